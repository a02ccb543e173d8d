import type { TFunction } from 'i18next';
import { limits, openStages, stageProbability } from '../../api/domain.gen';
import { stages, type Opportunity, type Stage } from '../../api/intelligence';
import type { FieldErrors } from '../../components/save/useValidatedAutosave';
import { formatAmount, parseAmount } from './money';

export { openStages, stageProbability } from '../../api/domain.gen';

export function isOpen(stage: Stage): boolean {
  return (openStages as readonly Stage[]).includes(stage);
}

/** weightedValue is an opportunity's value × probability ÷ 100. */
export function weightedValue(o: Opportunity): number {
  return (o.value * o.probability) / 100;
}

export interface StageTotal {
  count: number;
  value: number;
  weighted: number;
}

/** stageTotals adds up the opportunities of each stage. */
export function stageTotals(list: readonly Opportunity[]): Record<Stage, StageTotal> {
  const out = Object.fromEntries(
    stages.map((s) => [s, { count: 0, value: 0, weighted: 0 }]),
  ) as Record<Stage, StageTotal>;
  for (const o of list) {
    const t = out[o.stage];
    t.count++;
    t.value += o.value;
    t.weighted += weightedValue(o);
  }
  return out;
}

export interface Pipeline {
  /** open is the value of every opportunity in an open stage. */
  open: number;
  /** weighted is Σ value × probability ÷ 100 over the open stages only. */
  weighted: number;
  won: number;
  openCount: number;
}

/** pipeline is the funnel's headline: open value, weighted pipeline, won. */
export function pipeline(list: readonly Opportunity[]): Pipeline {
  const p: Pipeline = { open: 0, weighted: 0, won: 0, openCount: 0 };
  for (const o of list) {
    if (isOpen(o.stage)) {
      p.open += o.value;
      p.weighted += weightedValue(o);
      p.openCount++;
    } else if (o.stage === 'won') {
      p.won += o.value;
    }
  }
  return p;
}

/**
 * moveTo puts an opportunity into another stage. Won means 100 %, lost 0 %;
 * between open stages the probability stays as the consultant set it.
 */
export function moveTo(o: Opportunity, stage: Stage): Opportunity {
  return { ...o, stage, probability: probabilityIn(stage, o.probability) };
}

/** probabilityIn is the probability after a move to stage: 100 won, 0 lost, else unchanged. */
export function probabilityIn(stage: Stage, current: number): number {
  if (stage === 'won') return 100;
  if (stage === 'lost') return 0;
  return current;
}

/** neighbour is the stage left (-1) or right (+1) of a stage, or null at the ends. */
export function neighbour(stage: Stage, step: -1 | 1): Stage | null {
  return stages[stages.indexOf(stage) + step] ?? null;
}

/** byStage groups opportunities by stage, each stage in the order given. */
export function byStage(list: readonly Opportunity[]): Record<Stage, Opportunity[]> {
  const out = Object.fromEntries(stages.map((s) => [s, [] as Opportunity[]])) as Record<
    Stage,
    Opportunity[]
  >;
  for (const o of list) out[o.stage].push(o);
  return out;
}

/** OpportunityForm is an opportunity as its form holds it: numbers as typed. */
export interface OpportunityForm extends Omit<Opportunity, 'value' | 'probability'> {
  value: string;
  probability: string;
}

export function toForm(o: Opportunity, lang: string): OpportunityForm {
  return {
    ...o,
    value: o.value ? formatAmount(o.value, lang) : '',
    probability: String(o.probability),
  };
}

/** parseProbability reads a whole percentage 0–100, or null. */
export function parseProbability(text: string): number | null {
  const s = text.trim();
  if (!/^\d{1,3}$/.test(s)) return null;
  const n = Number(s);
  return n <= limits.maxProbability ? n : null;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** validDate is Go's rule: empty, or a real calendar date YYYY-MM-DD. */
export function validDate(s: string): boolean {
  if (s === '') return true;
  const m = isoDate.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** validateOpportunity is the UI's copy of Go's rules (internal/kam/validate.go). */
export function validateOpportunity(f: OpportunityForm, lang: string, t: TFunction): FieldErrors {
  return {
    title: !f.title.trim()
      ? t('opportunities.titleRequired')
      : [...f.title.trim()].length > limits.maxName
        ? t('errors.rules.too_long', { max: limits.maxName })
        : undefined,
    value: parseAmount(f.value, lang) === null ? t('opportunities.valueInvalid') : undefined,
    probability:
      parseProbability(f.probability) === null ? t('opportunities.probabilityRange') : undefined,
    expected_close: validDate(f.expected_close) ? undefined : t('opportunities.dateInvalid'),
  };
}

/** fromForm turns a valid form back into an opportunity. */
export function fromForm(f: OpportunityForm, lang: string): Opportunity {
  return {
    ...f,
    title: f.title.trim(),
    value: parseAmount(f.value, lang) ?? 0,
    probability: parseProbability(f.probability) ?? 0,
  };
}

/** emptyOpportunity is a new opportunity in a stage, not yet stored. */
export function emptyOpportunity(clientID: string, stage: Stage): Opportunity {
  return {
    id: '',
    client_id: clientID,
    title: '',
    value: 0,
    stage,
    probability: stageProbability[stage],
    expected_close: '',
    next_step: '',
  };
}
