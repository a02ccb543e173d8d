import { describe, expect, it } from 'vitest';
import type { Participant } from '../../api/workshops';
import { blank, changes, emptyRow, rowError, toRows, toSave } from './participants';

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
  });

  it('saves one participant at a time: new rows added, changed ones updated, removed ones removed by id', () => {
    const {
      rows: [maier, kessler],
      stored: ids,
    } = toRows(stored);
    if (!maier || !kessler) throw new Error('no rows');
    // Nothing typed: nothing to do.
    expect(changes([maier, kessler], ids)).toEqual({ add: [], update: [], remove: [] });
    const added = { ...emptyRow('customer'), name: 'Lena Brandt' };
    const untouched = emptyRow('ours');
    const renamed = { ...kessler, role: ' KAM Süd ' };
    const todo = changes([renamed, added, untouched], ids);
    expect(todo.add).toEqual([added]);
    expect(todo.update).toEqual([
      { key: kessler.key, participant: { ...stored[1], role: 'KAM Süd' } },
    ]);
    expect(todo.remove).toEqual([{ key: maier.key, id: 'p1' }]);
    // Only blank space changed: nothing to store.
    expect(changes([{ ...maier, name: 'Stefan Maier ' }, kessler], ids).update).toEqual([]);
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
