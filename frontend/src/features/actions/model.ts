import type { TFunction } from 'i18next';
import { priorities, type Action, type Priority, type Status } from '../../api/actions';
import type { Catalog } from '../../api/assessment';
import { defaults } from '../../api/domain.gen';
import type { FieldErrors } from '../../components/save/useValidatedAutosave';
import { tx } from '../assessment/text';
import { parseProbability, validDate } from '../opportunities/model';

/** overdue: due before today and not done. */
export function isOverdue(a: Pick<Action, 'due' | 'status'>, today: string): boolean {
  return a.due !== '' && a.due < today && a.status !== 'done';
}

/** Filters narrow the action plan; '' means any. NO_OWNER picks actions without one. */
export interface Filters {
  owner: string;
  status: Status | '';
  priority: Priority | '';
}

export const NO_OWNER = '\u0000none';
export const noFilters: Filters = { owner: '', status: '', priority: '' };

export function matches(a: Action, f: Filters): boolean {
  if (f.owner === NO_OWNER ? a.owner.trim() !== '' : f.owner && a.owner.trim() !== f.owner)
    return false;
  if (f.status && a.status !== f.status) return false;
  if (f.priority && a.priority !== f.priority) return false;
  return true;
}

export type SortKey = 'due' | 'priority';
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

const rank = (p: Priority) => priorities.indexOf(p);

/**
 * compare orders actions by due date (undated last, whichever direction) or
 * by priority (high first when ascending); ties by due date, then title.
 */
export function compare(a: Action, b: Action, s: Sort): number {
  const sign = s.dir === 'asc' ? 1 : -1;
  const byDue = () => {
    if (!a.due || !b.due) return a.due ? -1 : b.due ? 1 : 0;
    return a.due.localeCompare(b.due);
  };
  const primary = s.key === 'due' ? byDue() : rank(a.priority) - rank(b.priority);
  if (primary !== 0) {
    const undated = s.key === 'due' && (!a.due || !b.due);
    return undated ? primary : sign * primary;
  }
  return byDue() || a.title.localeCompare(b.title);
}

/** owners lists the distinct owners named in the plan, alphabetically. */
export function owners(list: readonly Action[]): string[] {
  return [...new Set(list.map((a) => a.owner.trim()).filter(Boolean))].sort((a, b) =>
    a.localeCompare(b),
  );
}

/** questionLabels names each question by its number, as every report does: "1.3 Existiert ein CRM?". */
export function questionLabels(cat: Catalog, lang: string): Map<string, string> {
  const out = new Map<string, string>();
  cat.areas.forEach((area) =>
    area.questions.forEach((q) => out.set(q.id, `${q.number} ${tx(q.text, lang)}`)),
  );
  return out;
}

/** ActionForm is an action as its row holds it: the probability as typed. */
export interface ActionForm extends Omit<Action, 'probability'> {
  probability: string;
}

export const toForm = (a: Action): ActionForm => ({ ...a, probability: String(a.probability) });

export function fromForm(f: ActionForm): Action {
  return {
    ...f,
    title: f.title.trim(),
    owner: f.owner.trim(),
    probability: parseProbability(f.probability) ?? 0,
  };
}

/** validateAction is the UI's copy of Go's rules (internal/kam/validate.go). */
export function validateAction(f: ActionForm, t: TFunction): FieldErrors {
  return {
    title: f.title.trim() ? undefined : t('actionPlan.titleRequired'),
    probability:
      parseProbability(f.probability) === null ? t('actionPlan.probabilityRange') : undefined,
    due: validDate(f.due) ? undefined : t('actionPlan.dateInvalid'),
  };
}

/** isBlank: nothing typed into the row yet (the choices it starts with do not count). */
export function isBlank(f: ActionForm): boolean {
  return !f.title.trim() && !f.owner.trim() && !f.due;
}

/** emptyAction is a new action of a workshop with Go's defaults (kam.NewAction). */
export function emptyAction(workshopID: string): Action {
  return { ...defaults.action, workshop_id: workshopID };
}
