import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeGo } from '../../test/fakeGo';
import { fakeBackend, person } from './fakeBackend';
import { MapModel } from './model';

let be: ReturnType<typeof fakeBackend>;
let go: ReturnType<typeof installFakeGo>;
let clock = 0;

async function ready(): Promise<MapModel> {
  const m = new MapModel('c1', { coverageDelay: 0, now: () => clock });
  await m.load();
  return m;
}

const names = (m: MapModel) =>
  m
    .getSnapshot()
    .people.map((p) => p.name)
    .sort();

beforeEach(() => {
  be = fakeBackend();
  go = installFakeGo({ Stakeholders: be.Stakeholders, Bin: be.Bin });
  clock = 0;
});

describe('MapModel', () => {
  it('undoes and redoes a create, following the new id', async () => {
    const m = await ready();
    const a = await m.create(person({ name: 'Anna' }));
    expect(names(m)).toEqual(['Anna']);
    await m.undo();
    expect(be.people.size).toBe(0);
    expect(m.getSnapshot().people).toEqual([]);
    await m.redo();
    expect(names(m)).toEqual(['Anna']);
    const again = m.getSnapshot().people[0];
    expect(again?.id).not.toBe(a.id);
    expect(m.resolve(a.id)).toBe(again?.id);
    await m.undo();
    expect(be.people.size).toBe(0);
  });

  it('brings back a deleted person with their relations, the same ids (Go keeps them)', async () => {
    const m = await ready();
    const a = await m.create(person({ name: 'Anna', x: 10, y: 20 }));
    const b = await m.create(person({ name: 'Ben' }));
    const c = await m.create(person({ name: 'Cara' }));
    await m.connect(a.id, b.id, 'reports_to');
    await m.connect(c.id, a.id, 'conflict');
    await m.connect(b.id, c.id, 'influences');
    const before = [...be.relations.values()];

    await m.remove([a.id]);
    expect(names(m)).toEqual(['Ben', 'Cara']);
    expect(m.getSnapshot().relations.map((r) => r.kind)).toEqual(['influences']);
    expect(be.relations.size).toBe(1);

    await m.undo();
    expect(go.Bin?.PutBack).toHaveBeenCalledTimes(1);
    expect(m.person(a.id)).toMatchObject({ id: a.id, name: 'Anna', x: 10, y: 20 });
    expect([...be.relations.values()]).toEqual(expect.arrayContaining(before));
    expect(m.getSnapshot().relations).toHaveLength(3);

    // Redo deletes again; undo puts back again, still the same person.
    await m.redo();
    expect(be.people.size).toBe(2);
    expect(be.relations.size).toBe(1);
    await m.undo();
    expect(be.people.get(a.id)?.name).toBe('Anna');
    expect(be.relations.size).toBe(3);
    // Steps recorded before the delete still find the person.
    await m.undo(); // influences
    await m.undo(); // conflict
    await m.undo(); // reports_to
    expect(be.relations.size).toBe(0);
    await m.undo(); // create Cara
    await m.undo(); // create Ben
    await m.undo(); // create Anna
    expect(be.people.size).toBe(0);
    for (let i = 0; i < 6; i++) await m.redo();
    expect(be.people.size).toBe(3);
    expect(be.relations.size).toBe(3);
    expect(m.getSnapshot().redo).toBe('delete');
  });

  it('reverts a delete from the toast even after later changes, and tells who went', async () => {
    const m = await ready();
    const a = await m.create(person({ name: 'Anna' }));
    const removals: string[][] = [];
    m.onRemoved((r) => removals.push(r.people.map((p) => p.name)));
    let step: object | null = null;
    m.onRemoved((r) => {
      step = r.step;
    });
    await m.remove([a.id]);
    expect(removals).toEqual([['Anna']]);
    await m.create(person({ name: 'Ben' }));
    expect(step).not.toBeNull();
    expect(await m.revert(step as unknown as object)).toBe(true);
    expect(names(m)).toEqual(['Anna', 'Ben']);
    expect(m.getSnapshot().undo).toBe('create'); // Ben's create is still there to undo
    // Spent: a second revert does nothing.
    expect(await m.revert(step as unknown as object)).toBe(false);
    expect(be.people.size).toBe(2);
  });

  it('stores a move of several cards in one call and undoes it', async () => {
    const m = await ready();
    const a = await m.create(person({ name: 'Anna', x: 0, y: 0 }));
    const b = await m.create(person({ name: 'Ben', x: 100, y: 0 }));
    go.Stakeholders?.Move?.mockClear();
    await m.move([
      { id: a.id, x: 50, y: 60 },
      { id: b.id, x: 150, y: 60 },
    ]);
    expect(go.Stakeholders?.Move).toHaveBeenCalledTimes(1);
    expect(be.people.get(a.id)).toMatchObject({ x: 50, y: 60 });
    await m.undo();
    expect(be.people.get(a.id)).toMatchObject({ x: 0, y: 0 });
    expect(be.people.get(b.id)).toMatchObject({ x: 100, y: 0 });
    expect(m.person(b.id)).toMatchObject({ x: 100, y: 0 });
  });

  it('joins quick edits of one field into one undo step, but not slow ones', async () => {
    const m = await ready();
    const a = await m.create(person({ name: 'Anna' }));
    await m.update({ ...a, name: 'Anna B' });
    clock += 300;
    await m.update({ ...a, name: 'Anna Be' });
    clock += 300;
    await m.update({ ...a, name: 'Anna Berg' });
    clock += 5000;
    await m.update({ ...a, name: 'Anna Berg', attitude: -1 });
    await m.undo();
    expect(be.people.get(a.id)).toMatchObject({ name: 'Anna Berg', attitude: 0 });
    await m.undo();
    expect(be.people.get(a.id)?.name).toBe('Anna');
    await m.redo();
    expect(be.people.get(a.id)?.name).toBe('Anna Berg');
  });

  it('keeps the position when a field is saved and bumps the epoch on undo only', async () => {
    const m = await ready();
    const a = await m.create(person({ name: 'Anna', x: 5, y: 5 }));
    await m.move([{ id: a.id, x: 300, y: 400 }]);
    // A stale draft from the panel still has the old position.
    await m.update({ ...a, title: 'CFO' });
    expect(be.people.get(a.id)).toMatchObject({ title: 'CFO', x: 300, y: 400 });
    expect(m.getSnapshot().epochs.get(a.id) ?? 0).toBe(0);
    await m.undo();
    expect(be.people.get(a.id)?.title).toBe('');
    expect(m.getSnapshot().epochs.get(a.id)).toBe(1);
  });

  it('puts cards back and reports when a move fails', async () => {
    const m = await ready();
    const a = await m.create(person({ name: 'Anna', x: 1, y: 2 }));
    const before = m.person(a.id);
    be.fail.next = 'Move';
    await expect(m.move([{ id: a.id, x: 9, y: 9 }])).rejects.toMatchObject({ code: 'internal' });
    const after = m.person(a.id);
    expect(after).toMatchObject({ x: 1, y: 2 });
    expect(after).not.toBe(before); // a new object, so the map resets the card
    expect(m.getSnapshot().undo).toBe('create');
  });

  it('changes a relation kind and undoes it', async () => {
    const m = await ready();
    const a = await m.create(person({ name: 'Anna' }));
    const b = await m.create(person({ name: 'Ben' }));
    const r = await m.connect(a.id, b.id, 'influences');
    await m.updateRelation({ ...r, kind: 'conflict' });
    expect(be.relations.get(r.id)?.kind).toBe('conflict');
    await m.undo();
    expect(be.relations.get(r.id)?.kind).toBe('influences');
    expect(m.getSnapshot().relations[0]?.kind).toBe('influences');
  });

  it('asks Go for coverage after a change', async () => {
    const m = await ready();
    await new Promise((r) => setTimeout(r, 5));
    expect(m.getSnapshot().gaps.filter((g) => g.kind === 'department_uncovered')).toHaveLength(5);
    const a = await m.create(person({ name: 'Bea', department: 'works_council' }));
    await new Promise((r) => setTimeout(r, 5));
    const snap = m.getSnapshot();
    expect(snap.gaps.map((g) => g.department)).not.toContain('works_council');
    expect(snap.gapsByPerson.get(a.id)).toEqual(['no_owner']);
  });
});
