import { describe, expect, it } from 'vitest';
import type { Participant } from '../../api/workshops';
import { blank, emptyRow, remember, rowError, toRows, toSave } from './participants';

const stored: Participant[] = [
  {
    id: 'p1',
    name: 'Stefan Maier',
    role: 'Technischer Leiter',
    side: 'customer',
    stakeholder_id: 's1',
  },
  { id: 'p2', name: 'Julia Kessler', role: 'KAM', side: 'ours', stakeholder_id: '' },
];

describe('participants', () => {
  it('sends the rows in their order with the ids they are stored under, blank new rows left out', () => {
    const {
      rows: [maier, kessler],
      stored: ids,
    } = toRows(stored);
    if (!maier || !kessler) throw new Error('no rows');
    const added = { ...emptyRow('customer'), name: '  Lena Brandt ' };
    const untouched = emptyRow('ours');
    expect(blank(untouched, ids)).toBe(true);
    const { list, keys } = toSave([kessler, added, untouched, maier], ids);
    expect(list.map((p) => [p.id, p.name])).toEqual([
      ['p2', 'Julia Kessler'],
      ['', 'Lena Brandt'],
      ['p1', 'Stefan Maier'],
    ]);
    expect(keys).toEqual([kessler.key, added.key, maier.key]);

    // After the save, the new row is stored under its new id; a row left
    // out is not stored any more.
    const after = remember(
      keys,
      list.map((p, i) => ({ ...p, id: ['p2', 'p9', 'p1'][i] ?? '' })),
    );
    expect(after.get(added.key)).toBe('p9');
    expect(toSave([added], after).list[0]?.id).toBe('p9');
    expect(remember([added.key], [{ ...added, id: 'p9' }]).has(maier.key)).toBe(false);
  });

  it("finds the row of an error, the form's own or Go's", () => {
    expect(rowError({ field: 'rows.p7.name' }, [])).toEqual({ key: 'p7', field: 'name' });
    expect(rowError({ field: 'participants[1].role' }, ['a', 'b'])).toEqual({
      key: 'b',
      field: 'role',
    });
    expect(rowError({ field: 'participants[5].role' }, ['a'])).toBeNull();
    expect(rowError({ field: 'location' }, ['a'])).toBeNull();
    expect(rowError(null, [])).toBeNull();
  });
});
