import { describe, expect, it } from 'vitest';
import type { Action } from '../../api/actions';
import { i18n } from '../../i18n';
import {
  NO_OWNER,
  compare,
  emptyAction,
  isOverdue,
  matches,
  owners,
  toForm,
  validateAction,
} from './model';

const act = (title: string, patch: Partial<Action> = {}): Action => ({
  ...emptyAction('w'),
  id: title,
  title,
  ...patch,
});

const list = [
  act('A', { due: '2026-05-01', priority: 'low', owner: 'Jörg', status: 'done' }),
  act('B', { due: '', priority: 'high', owner: 'Anna' }),
  act('C', { due: '2026-03-01', priority: 'medium', owner: '' }),
  act('D', { due: '2026-04-01', priority: 'high', owner: 'Jörg', status: 'in_progress' }),
];
const titles = (xs: Action[]) => xs.map((a) => a.title).join('');

describe('action plan', () => {
  it('marks overdue: due before today and not done', () => {
    expect(isOverdue({ due: '2026-04-30', status: 'open' }, '2026-05-01')).toBe(true);
    expect(isOverdue({ due: '2026-05-01', status: 'open' }, '2026-05-01')).toBe(false);
    expect(isOverdue({ due: '2026-04-30', status: 'done' }, '2026-05-01')).toBe(false);
    expect(isOverdue({ due: '', status: 'open' }, '2026-05-01')).toBe(false);
  });
  it('filters by owner, status and priority', () => {
    expect(
      titles(list.filter((a) => matches(a, { owner: 'Jörg', status: '', priority: '' }))),
    ).toBe('AD');
    expect(
      titles(list.filter((a) => matches(a, { owner: NO_OWNER, status: '', priority: '' }))),
    ).toBe('C');
    expect(
      titles(list.filter((a) => matches(a, { owner: '', status: 'open', priority: 'high' }))),
    ).toBe('B');
  });
  it('sorts by due date (undated last either way) and by priority', () => {
    const sorted = (key: 'due' | 'priority', dir: 'asc' | 'desc') =>
      titles([...list].sort((a, b) => compare(a, b, { key, dir })));
    expect(sorted('due', 'asc')).toBe('CDAB');
    expect(sorted('due', 'desc')).toBe('ADCB');
    expect(sorted('priority', 'asc')).toBe('DBCA');
    expect(sorted('priority', 'desc')).toBe('ACDB');
  });
  it('lists owners once each', () => {
    expect(owners(list)).toEqual(['Anna', 'Jörg']);
  });
  it('refuses a blank title, a probability outside 0–100 and a bad date', () => {
    const errs = validateAction(
      { ...toForm(list[0] ?? act('x')), title: ' ', probability: '120', due: '2026-13-01' },
      i18n.t.bind(i18n),
    );
    expect(errs).toEqual({
      title: 'Bitte geben Sie einen Titel ein.',
      probability: 'Bitte eine ganze Zahl von 0 bis 100.',
      due: 'Bitte ein gültiges Datum eingeben.',
    });
  });
});
