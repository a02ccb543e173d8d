import { describe, expect, it } from 'vitest';
import type { Opportunity } from '../../api/intelligence';
import { i18n } from '../../i18n';
import {
  fromForm,
  moveTo,
  neighbour,
  parseProbability,
  pipeline,
  stageTotals,
  toForm,
  validDate,
  validateOpportunity,
} from './model';

const opp = (id: string, stage: Opportunity['stage'], value: number, probability: number) =>
  ({ id, title: id, stage, value, probability, expected_close: '', next_step: '' }) as Opportunity;

const b = opp('b', 'proposal', 50000, 50);
const list = [
  opp('a', 'lead', 10000, 10),
  b,
  opp('c', 'proposal', 1234.56, 40),
  opp('d', 'won', 80000, 100),
  opp('e', 'lost', 30000, 0),
];

describe('funnel totals', () => {
  it('adds up each stage', () => {
    const t = stageTotals(list);
    expect(t.proposal).toEqual({ count: 2, value: 51234.56, weighted: 25000 + 493.824 });
    expect(t.negotiation).toEqual({ count: 0, value: 0, weighted: 0 });
  });
  it('weights only the open stages', () => {
    const p = pipeline(list);
    expect(p.open).toBeCloseTo(61234.56);
    expect(p.weighted).toBeCloseTo(1000 + 25000 + 493.824);
    expect(p.won).toBe(80000);
    expect(p.openCount).toBe(3);
  });
  it('moves a card: totals follow, won is 100 %, lost 0 %', () => {
    const moved = list.map((o) => (o.id === 'a' ? moveTo(o, 'qualified') : o));
    expect(stageTotals(moved).lead.count).toBe(0);
    expect(stageTotals(moved).qualified.value).toBe(10000);
    expect(moveTo(b, 'won').probability).toBe(100);
    expect(moveTo(b, 'lost').probability).toBe(0);
    expect(pipeline(list.map((o) => (o.id === 'b' ? moveTo(o, 'won') : o))).weighted).toBeCloseTo(
      1000 + 493.824,
    );
  });
  it('knows the neighbouring stages', () => {
    expect(neighbour('lead', 1)).toBe('qualified');
    expect(neighbour('lead', -1)).toBeNull();
    expect(neighbour('lost', 1)).toBeNull();
  });
});

describe('opportunity form', () => {
  const t = i18n.t.bind(i18n);
  it('refuses what Go refuses, in German', () => {
    const f = { ...toForm(b, 'de'), title: ' ', value: '-5', probability: '101' };
    const errs = validateOpportunity({ ...f, expected_close: '2026-02-30' }, 'de', t);
    expect(errs).toEqual({
      title: 'Bitte geben Sie einen Titel ein.',
      value: 'Bitte einen Betrag ab 0 € eingeben, z. B. 12.500 oder 1.234,56.',
      probability: 'Bitte eine ganze Zahl von 0 bis 100.',
      expected_close: 'Bitte ein gültiges Datum eingeben.',
    });
  });
  it('reads German amounts back', () => {
    const f = toForm(opp('x', 'lead', 1234.56, 30), 'de');
    expect(f.value).toBe('1.234,56');
    expect(fromForm({ ...f, value: '12.500' }, 'de').value).toBe(12500);
    expect(Object.values(validateOpportunity(f, 'de', t)).filter(Boolean)).toEqual([]);
  });
  it('checks percentages and dates', () => {
    expect(parseProbability('0')).toBe(0);
    expect(parseProbability('100')).toBe(100);
    expect(parseProbability('4.5')).toBeNull();
    expect(parseProbability('')).toBeNull();
    expect(validDate('2028-02-29')).toBe(true);
    expect(validDate('2026-02-29')).toBe(false);
    expect(validDate('31.12.2026')).toBe(false);
    expect(validDate('')).toBe(true);
  });
});
