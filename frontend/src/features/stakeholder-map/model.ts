import { putBack, type Deleted } from '../../api/bin';
import { stakeholderCoverage, type Gap, type GapKind } from '../../api/coverage';
import { toApiError, type ApiError } from '../../api/errors';
import {
  deleteRelation,
  deleteStakeholder,
  listRelations,
  listStakeholders,
  moveStakeholders,
  saveRelation,
  saveStakeholder,
  type Position,
  type Relation,
  type RelationKind,
  type Stakeholder,
} from '../../api/stakeholders';
import { personGaps } from './flow';

/** Track reports a Go call to the screen's saved indicator (SaveStore.track). */
export type Track = <T>(key: string, op: Promise<T>) => Promise<T>;

/** What a step of the history did, for the undo and redo buttons' titles. */
export type StepKind =
  'create' | 'edit' | 'move' | 'delete' | 'connect' | 'relation' | 'import' | 'layout';

export interface MapSnapshot {
  status: 'loading' | 'ready' | 'failed';
  loadError: ApiError | null;
  people: readonly Stakeholder[];
  relations: readonly Relation[];
  gaps: readonly Gap[];
  /** The gaps about each person; a person's list keeps its identity while unchanged. */
  gapsByPerson: ReadonlyMap<string, readonly GapKind[]>;
  /**
   * epochs counts, per person, the changes that did not come from the side
   * panel's own typing (undo, redo, the grid): the panel starts afresh when
   * the count moves, and never while the user types.
   */
  epochs: ReadonlyMap<string, number>;
  undo: StepKind | null;
  redo: StepKind | null;
}

interface Step {
  kind: StepKind;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  /**
   * Steps with the same key in quick succession become one (typing, arrow
   * keys): the first one's undo with the last one's redo.
   */
  key?: string;
  at: number;
}

/**
 * Removal is a delete of people just made, as the screen offers to undo it:
 * who went, and the step of the history that brings them back (revert).
 */
export interface Removal {
  people: readonly Stakeholder[];
  step: object;
}

/** Changes closer together than this, with the same key, undo as one. */
const coalesceMs = 1500;
const maxHistory = 200;

/**
 * Fields the side panel and the grid edit; the map position is the move's
 * business, the version (updated_at) the save queue's.
 */
type Fields = Omit<Stakeholder, 'x' | 'y' | 'id' | 'client_id' | 'updated_at'>;

function fieldsOf(p: Stakeholder): Fields {
  const { x: _x, y: _y, id: _id, client_id: _c, updated_at: _v, ...rest } = p;
  return rest;
}

const sameFields = (a: Stakeholder, b: Stakeholder) =>
  JSON.stringify(fieldsOf(a)) === JSON.stringify(fieldsOf(b));

/**
 * MapModel is a client's buying center as the map, the table and the grid
 * show it: the people and relations as stored in Go, the coverage gaps, and
 * an undo/redo history. Every change is a Go call; the model changes only
 * once the call resolved, so what is shown is what is stored. Changes run one
 * after another in the order made.
 *
 * Undo of a delete creates the people and relations again; the store gives
 * them new ids, so the history keeps an alias from each old id to its
 * successor and every step looks its ids up when it runs.
 */
export class MapModel {
  readonly clientId: string;
  private snap: MapSnapshot = {
    status: 'loading',
    loadError: null,
    people: [],
    relations: [],
    gaps: [],
    gapsByPerson: new Map(),
    epochs: new Map(),
    undo: null,
    redo: null,
  };
  private listeners = new Set<() => void>();
  private removals = new Set<(r: Removal) => void>();
  private past: Step[] = [];
  private future: Step[] = [];
  private alias = new Map<string, string>();
  private chain: Promise<unknown> = Promise.resolve();
  private track: Track;
  private coverageTimer: ReturnType<typeof setTimeout> | null = null;
  private coverageDelay: number;
  private disposed = false;
  private now: () => number;

  constructor(
    clientId: string,
    opts: { track?: Track; coverageDelay?: number; now?: () => number } = {},
  ) {
    this.clientId = clientId;
    this.track = opts.track ?? (<T>(_k: string, op: Promise<T>) => op);
    this.coverageDelay = opts.coverageDelay ?? 120;
    this.now = opts.now ?? Date.now;
  }

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  getSnapshot = (): MapSnapshot => this.snap;

  /** onRemoved tells l of every delete of people, so the screen can offer its undo. */
  onRemoved(l: (r: Removal) => void): () => void {
    this.removals.add(l);
    return () => void this.removals.delete(l);
  }

  /** dispose stops pending work when the screen goes; load starts again. */
  dispose(): void {
    this.disposed = true;
    if (this.coverageTimer) clearTimeout(this.coverageTimer);
    this.coverageTimer = null;
  }

  private set(patch: Partial<MapSnapshot>): void {
    if (this.disposed) return;
    this.snap = {
      ...this.snap,
      ...patch,
      undo: this.past.at(-1)?.kind ?? null,
      redo: this.future.at(-1)?.kind ?? null,
    };
    for (const l of this.listeners) l();
  }

  /** person returns the current version of a person, following aliases. */
  person(id: string): Stakeholder | undefined {
    const rid = this.resolve(id);
    return this.snap.people.find((p) => p.id === rid);
  }

  /** resolve follows an id to the id it has now, after undo re-created it. */
  resolve(id: string): string {
    let cur = id;
    for (let i = 0; i < 1000; i++) {
      const next = this.alias.get(cur);
      if (!next) return cur;
      cur = next;
    }
    return cur;
  }

  /** run queues a change after the ones before it. */
  private run<T>(fn: () => Promise<T>): Promise<T> {
    const p = this.chain.then(fn);
    this.chain = p.catch(() => undefined);
    return p;
  }

  async load(): Promise<void> {
    this.disposed = false;
    try {
      const [people, relations] = await Promise.all([
        listStakeholders(this.clientId),
        listRelations(this.clientId),
      ]);
      this.set({ status: 'ready', loadError: null, people, relations });
      this.refreshCoverage();
    } catch (err) {
      this.set({ status: 'failed', loadError: toApiError(err) });
    }
  }

  // --- coverage ------------------------------------------------------------

  /** refreshCoverage asks Go for the gaps again, shortly, once per burst. */
  refreshCoverage(): void {
    if (this.coverageTimer) clearTimeout(this.coverageTimer);
    this.coverageTimer = setTimeout(() => {
      this.coverageTimer = null;
      stakeholderCoverage(this.clientId).then(
        (gaps) => this.set({ gaps, gapsByPerson: personGaps(gaps, this.snap.gapsByPerson) }),
        () => undefined, // keep the last known gaps; the next change asks again
      );
    }, this.coverageDelay);
  }

  // --- primitive Go calls that update the state (no history) ---------------

  private bump(ids: Iterable<string>): Map<string, number> {
    const epochs = new Map(this.snap.epochs);
    for (const id of ids) epochs.set(id, (epochs.get(id) ?? 0) + 1);
    return epochs;
  }

  private replacePerson(p: Stakeholder, external: boolean): void {
    this.set({
      people: this.snap.people.map((q) => (q.id === p.id ? p : q)),
      epochs: external ? this.bump([p.id]) : this.snap.epochs,
    });
  }

  /** recreate stores people again (after a delete) and aliases their old ids. */
  private async recreate(people: readonly Stakeholder[]): Promise<Stakeholder[]> {
    const out: Stakeholder[] = [];
    for (const p of people) {
      const saved = await saveStakeholder({ ...p, id: '', client_id: this.clientId });
      if (p.id) this.alias.set(this.resolve(p.id), saved.id);
      out.push(saved);
      this.set({ people: [...this.snap.people, saved] });
    }
    return out;
  }

  private async recreateRelations(rels: readonly Relation[]): Promise<void> {
    for (const r of rels) {
      const saved = await saveRelation({
        ...r,
        id: '',
        client_id: this.clientId,
        from: this.resolve(r.from),
        to: this.resolve(r.to),
      });
      if (r.id) this.alias.set(this.resolve(r.id), saved.id);
      this.set({ relations: [...this.snap.relations, saved] });
    }
  }

  /** deletePeople deletes people with their relations; Go keeps them for putBack. */
  private async deletePeople(ids: readonly string[]): Promise<Deleted[]> {
    const out: Deleted[] = [];
    for (const id of ids) {
      const rid = this.resolve(id);
      out.push(await deleteStakeholder(rid));
      this.set({
        people: this.snap.people.filter((p) => p.id !== rid),
        relations: this.snap.relations.filter((r) => r.from !== rid && r.to !== rid),
      });
    }
    return out;
  }

  /**
   * putBackPeople undoes deletes of people: Go puts each back as they were,
   * ids and relations included (those whose other end is still there).
   */
  private async putBackPeople(deleted: readonly Deleted[], people: readonly Stakeholder[]) {
    for (const d of [...deleted].reverse()) await putBack(d.undo_id);
    const back = new Set(deleted.map((d) => d.id));
    const relations = await listRelations(this.clientId);
    this.set({
      people: [
        ...this.snap.people,
        ...people.filter((p) => back.has(p.id) && !this.snap.people.some((q) => q.id === p.id)),
      ],
      relations,
    });
  }

  private async deleteRelations(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      const rid = this.resolve(id);
      if (!this.snap.relations.some((r) => r.id === rid)) continue; // gone with a person
      await deleteRelation(rid);
      this.set({ relations: this.snap.relations.filter((r) => r.id !== rid) });
    }
  }

  /** saveFields stores a person's fields, keeping their current map position. */
  private async saveFields(
    id: string,
    fields: Stakeholder,
    external: boolean,
  ): Promise<Stakeholder> {
    const cur = this.person(id);
    if (!cur) throw toApiError({ code: 'not_found', message: 'stakeholder not found' });
    const saved = await saveStakeholder({
      ...fields,
      id: cur.id,
      client_id: this.clientId,
      x: cur.x,
      y: cur.y,
    });
    this.replacePerson(saved, external);
    return saved;
  }

  private async savePositions(positions: readonly Position[]): Promise<void> {
    const resolved = positions.map((p) => ({ ...p, id: this.resolve(p.id) }));
    try {
      await moveStakeholders(resolved);
    } catch (err) {
      // The cards were moved on screen already; give them new objects, so the
      // map puts them back where they are stored.
      const ids = new Set(resolved.map((p) => p.id));
      this.set({ people: this.snap.people.map((p) => (ids.has(p.id) ? { ...p } : p)) });
      throw err;
    }
    const at = new Map(resolved.map((p) => [p.id, p]));
    this.set({
      people: this.snap.people.map((p) => {
        const m = at.get(p.id);
        return m && (m.x !== p.x || m.y !== p.y) ? { ...p, x: m.x, y: m.y } : p;
      }),
    });
  }

  private async saveRelationAs(r: Relation): Promise<Relation> {
    const saved = await saveRelation({
      ...r,
      id: this.resolve(r.id),
      client_id: this.clientId,
      from: this.resolve(r.from),
      to: this.resolve(r.to),
    });
    this.set({ relations: this.snap.relations.map((q) => (q.id === saved.id ? saved : q)) });
    return saved;
  }

  // --- history ---------------------------------------------------------------

  private record(step: Omit<Step, 'at'>): void {
    const s: Step = { ...step, at: this.now() };
    const last = this.past.at(-1);
    if (s.key && last?.key === s.key && this.future.length === 0 && s.at - last.at < coalesceMs) {
      last.redo = s.redo;
      last.at = s.at;
    } else {
      this.past.push(s);
      if (this.past.length > maxHistory) this.past.shift();
    }
    this.future = [];
    this.set({});
  }

  /** changed runs after every stored change: coverage may have moved. */
  private changed(): void {
    this.refreshCoverage();
  }

  private async step(from: Step[], to: Step[], dir: 'undo' | 'redo'): Promise<void> {
    const s = from.pop();
    if (!s) return;
    this.set({});
    try {
      await this.track(`map:${dir}`, s[dir]());
      to.push(s);
      this.set({});
    } catch (err) {
      // Part of the step may have happened: show what is stored and start a
      // fresh history rather than undo from a state that is not on screen.
      this.past = [];
      this.future = [];
      await this.load();
      throw err;
    } finally {
      this.changed();
    }
  }

  undo(): Promise<void> {
    return this.run(() => this.step(this.past, this.future, 'undo'));
  }

  redo(): Promise<void> {
    return this.run(() => this.step(this.future, this.past, 'redo'));
  }

  // --- changes the user makes -----------------------------------------------

  /** create stores a new person and returns them with their id. */
  create(draft: Omit<Stakeholder, 'id'>): Promise<Stakeholder> {
    return this.run(async () => {
      const saved = await this.track(
        'map:create',
        saveStakeholder({ ...draft, id: '', client_id: this.clientId }),
      );
      this.set({ people: [...this.snap.people, saved] });
      this.record({
        kind: 'create',
        undo: async () => {
          await this.deletePeople([saved.id]);
        },
        redo: async () => {
          await this.recreate([saved]);
        },
      });
      this.changed();
      return saved;
    });
  }

  /**
   * update stores a person's fields (not the position). Edits of the same
   * fields of one person in quick succession undo as one. external marks a
   * change the side panel did not type itself (the grid), so it shows it.
   */
  update(next: Stakeholder, opts: { external?: boolean } = {}): Promise<Stakeholder> {
    return this.run(async () => {
      const before = this.person(next.id);
      if (!before) throw toApiError({ code: 'not_found', message: 'stakeholder not found' });
      if (sameFields(before, next)) return before;
      const saved = await this.track(
        `map:edit:${next.id}`,
        this.saveFields(next.id, next, opts.external ?? false),
      );
      const changedKeys = (Object.keys(fieldsOf(saved)) as (keyof Fields)[]).filter(
        (k) => saved[k] !== before[k],
      );
      this.record({
        kind: 'edit',
        key: `edit:${saved.id}:${changedKeys.sort().join(',')}`,
        undo: () => this.saveFields(before.id, before, true).then(() => undefined),
        redo: () => this.saveFields(saved.id, saved, true).then(() => undefined),
      });
      this.changed();
      return saved;
    });
  }

  /**
   * move stores new map positions, all in one Go call. Positions equal to the
   * stored ones are left out; coalesce joins quick repeats (arrow keys).
   */
  move(
    positions: readonly Position[],
    opts: { coalesce?: boolean; kind?: StepKind } = {},
  ): Promise<void> {
    return this.run(async () => {
      const from: Position[] = [];
      const to: Position[] = [];
      for (const pos of positions) {
        const cur = this.person(pos.id);
        if (!cur || (cur.x === pos.x && cur.y === pos.y)) continue;
        from.push({ id: cur.id, x: cur.x, y: cur.y });
        to.push({ id: cur.id, x: pos.x, y: pos.y });
      }
      if (to.length === 0) return;
      await this.track('map:move', this.savePositions(to));
      this.record({
        kind: opts.kind ?? 'move',
        key: opts.coalesce
          ? `move:${to
              .map((p) => p.id)
              .sort()
              .join(',')}`
          : undefined,
        undo: () => this.savePositions(from),
        redo: () => this.savePositions(to),
      });
    });
  }

  /**
   * remove deletes people (with every relation that touches them) and
   * relations. Undo brings all of them back.
   */
  remove(personIds: readonly string[], relationIds: readonly string[] = []): Promise<void> {
    return this.run(async () => {
      const ids = new Set(personIds.map((id) => this.resolve(id)));
      const people = this.snap.people.filter((p) => ids.has(p.id));
      const relIds = new Set(relationIds.map((id) => this.resolve(id)));
      const relations = this.snap.relations.filter(
        (r) => relIds.has(r.id) || ids.has(r.from) || ids.has(r.to),
      );
      const onlyRelations = relations.filter(
        (r) => relIds.has(r.id) && !ids.has(r.from) && !ids.has(r.to),
      );
      if (people.length === 0 && relations.length === 0) return;
      // Go keeps the people for undo (putBack), with their ids and relations;
      // a relation deleted on its own comes back as a new one.
      let deleted: Deleted[] = [];
      const doDelete = async () => {
        await this.deleteRelations(onlyRelations.map((r) => r.id));
        deleted = await this.deletePeople(people.map((p) => p.id));
      };
      await this.track('map:delete', doDelete());
      this.record({
        kind: 'delete',
        undo: async () => {
          await this.putBackPeople(deleted, people);
          await this.recreateRelations(onlyRelations);
        },
        redo: doDelete,
      });
      const step = this.past.at(-1);
      if (step && people.length > 0) for (const l of this.removals) l({ people, step });
      this.changed();
    });
  }

  /**
   * revert undoes one step of the history, wherever it is now (the undo
   * offered after a delete, when other changes came after it): it runs the
   * step's undo and drops it from the history. A step no longer in the past
   * (undone already) is left alone; the result says whether it ran.
   */
  revert(step: object): Promise<boolean> {
    return this.run(async () => {
      const i = this.past.findIndex((s) => s === step);
      const s = this.past[i];
      if (!s) return false;
      try {
        await this.track('map:undo', s.undo());
        this.past.splice(i, 1);
        this.set({});
        return true;
      } catch (err) {
        this.past = [];
        this.future = [];
        await this.load();
        throw err;
      } finally {
        this.changed();
      }
    });
  }

  /** connect stores a relation from one person to another. */
  connect(from: string, to: string, kind: RelationKind): Promise<Relation> {
    return this.run(async () => {
      const saved = await this.track(
        'map:connect',
        saveRelation({
          id: '',
          client_id: this.clientId,
          from: this.resolve(from),
          to: this.resolve(to),
          kind,
        }),
      );
      this.set({ relations: [...this.snap.relations, saved] });
      this.record({
        kind: 'connect',
        undo: () => this.deleteRelations([saved.id]),
        redo: () => this.recreateRelations([saved]),
      });
      return saved;
    });
  }

  /** updateRelation changes a relation's kind or direction. */
  updateRelation(next: Relation): Promise<Relation> {
    return this.run(async () => {
      const rid = this.resolve(next.id);
      const before = this.snap.relations.find((r) => r.id === rid);
      if (!before) throw toApiError({ code: 'not_found', message: 'relation not found' });
      const saved = await this.track('map:relation', this.saveRelationAs({ ...next, id: rid }));
      this.record({
        kind: 'relation',
        undo: () => this.saveRelationAs(before).then(() => undefined),
        redo: () => this.saveRelationAs(saved).then(() => undefined),
      });
      return saved;
    });
  }

  /**
   * addImported takes people an import has just stored, where Go placed
   * them on the map, and makes the import one step of the history.
   */
  addImported(people: readonly Stakeholder[]): Promise<void> {
    return this.run(async () => {
      if (people.length === 0) return;
      this.set({ people: [...this.snap.people, ...people] });
      const placed = [...people];
      this.record({
        kind: 'import',
        undo: async () => {
          await this.deletePeople(placed.map((p) => p.id));
        },
        redo: async () => {
          await this.recreate(placed);
        },
      });
      this.changed();
    });
  }
}
