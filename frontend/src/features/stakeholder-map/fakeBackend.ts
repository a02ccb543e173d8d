import type { Deleted, Restored } from '../../api/bin';
import type { Gap } from '../../api/coverage';
import {
  newStakeholder,
  type Position,
  type Relation,
  type Stakeholder,
} from '../../api/stakeholders';

/**
 * fakeBackend is an in-memory stand-in for the Go Stakeholders service and
 * its Bin (for installFakeGo in tests): new ids on create, relations gone
 * with their people and back with them on PutBack, coverage of key
 * departments only.
 */
export function fakeBackend(clientId = 'c1') {
  const people = new Map<string, Stakeholder>();
  const relations = new Map<string, Relation>();
  const bin = new Map<string, { person: Stakeholder; relations: Relation[] }>();
  let n = 0;
  const id = (prefix: string) => `${prefix}${++n}`;
  const fail: { next: string | null } = { next: null };
  const check = (method: string) => {
    if (fail.next === method) {
      fail.next = null;
      throw { code: 'internal', message: `${method} failed` };
    }
  };

  const Stakeholders = {
    List: () => [...people.values()],
    Relations: () => [...relations.values()],
    Save: (p: Stakeholder) => {
      check('Save');
      if (!p.name.trim())
        throw { code: 'invalid', field: 'name', message: 'name: must not be empty' };
      if (p.id && !people.has(p.id)) throw { code: 'not_found', message: 'stakeholder not found' };
      const saved = { ...p, id: p.id || id('p'), client_id: clientId };
      people.set(saved.id, saved);
      return saved;
    },
    Move: (ps: Position[]) => {
      check('Move');
      for (const m of ps)
        if (!people.has(m.id)) throw { code: 'not_found', message: 'stakeholder not found' };
      for (const m of ps) {
        const p = people.get(m.id);
        if (p) people.set(m.id, { ...p, x: m.x, y: m.y });
      }
    },
    Delete: (pid: string): Deleted => {
      check('Delete');
      const person = people.get(pid);
      if (!person || !people.delete(pid))
        throw { code: 'not_found', message: 'stakeholder not found' };
      const gone: Relation[] = [];
      for (const [rid, r] of relations) {
        if (r.from === pid || r.to === pid) {
          gone.push(r);
          relations.delete(rid);
        }
      }
      const undo = id('u');
      bin.set(undo, { person, relations: gone });
      return { undo_id: undo, kind: 'stakeholder', id: pid, name: person.name };
    },
    SaveRelation: (r: Relation) => {
      check('SaveRelation');
      if (!people.has(r.from) || !people.has(r.to)) {
        throw {
          code: 'not_found',
          message: 'both people of a relation must be stakeholders of the same client',
        };
      }
      const saved = { ...r, id: r.id || id('r'), client_id: clientId };
      relations.set(saved.id, saved);
      return saved;
    },
    DeleteRelation: (rid: string) => {
      check('DeleteRelation');
      if (!relations.delete(rid)) throw { code: 'not_found', message: 'relation not found' };
    },
    Coverage: (): Gap[] => {
      const have = new Set([...people.values()].map((p) => p.department));
      return ['purchasing', 'it', 'management', 'works_council', 'finance']
        .filter((d) => !have.has(d as Stakeholder['department']))
        .map((d) => ({ kind: 'department_uncovered', department: d }) as Gap)
        .concat(
          [...people.values()]
            .filter((p) => !p.owner.trim())
            .map((p) => ({ kind: 'no_owner', stakeholder_id: p.id, name: p.name }) as Gap),
        );
    },
  };
  const Bin = {
    PutBack: (undo: string): Restored => {
      check('PutBack');
      const it = bin.get(undo);
      if (!it) throw { code: 'not_found', message: 'this delete can no longer be undone' };
      if (people.has(it.person.id))
        throw { code: 'conflict', message: 'stakeholder is back already' };
      bin.delete(undo);
      people.set(it.person.id, it.person);
      for (const r of it.relations) {
        if (people.has(r.from) && people.has(r.to)) relations.set(r.id, r);
      }
      return { kind: 'stakeholder', id: it.person.id, client_id: clientId, name: it.person.name };
    },
  };
  return { people, relations, fail, Stakeholders, Bin };
}

/** person returns a complete stakeholder for tests. */
export function person(over: Partial<Stakeholder> = {}): Stakeholder {
  return { ...newStakeholder('c1', 'Anna Berg', 'other'), ...over };
}
