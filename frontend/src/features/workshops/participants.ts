import type { Vote } from '../../api/assessment';
import type { Stakeholder } from '../../api/stakeholders';
import type { Participant, Side } from '../../api/workshops';

/**
 * Row is a participant as the details form edits it: `key` names the row on
 * screen for its whole life. Which stored participant a row is lives beside
 * the rows, in a Stored map (key → participant as stored), so a save never
 * waits for a render to know what the save before it stored.
 */
export type Row = Omit<Participant, 'id'> & { key: string };

/** Stored maps a row's key to the participant it is stored as. */
export type Stored = ReadonlyMap<string, Participant>;

let next = 0;
function newKey(): string {
  next += 1;
  return `p${next}`;
}

/** toRows makes rows of stored participants and remembers their ids. */
export function toRows(list: Participant[]): { rows: Row[]; stored: Stored } {
  const stored = new Map<string, Participant>();
  const rows = list.map((p) => {
    const key = newKey();
    if (p.id) stored.set(key, p);
    const { id: _id, ...rest } = p;
    return { ...rest, key };
  });
  return { rows, stored };
}

/** emptyRow is a new participant on the given side. */
export function emptyRow(side: Side): Row {
  return { key: newKey(), name: '', role: '', side, stakeholder_id: '' };
}

/** linked fills a row from a person on the client's map: name, function, the customer's side. */
export function linked(row: Row, s: Stakeholder): Row {
  return { ...row, name: s.name, role: s.title, side: 'customer', stakeholder_id: s.id };
}

/**
 * blank says a row was added but nothing typed into it: it is not stored
 * (a participant needs a name), so it never becomes an empty record.
 */
export function blank(r: Row, stored: Stored): boolean {
  return !stored.has(r.key) && !r.name.trim() && !r.role.trim() && !r.stakeholder_id;
}

/**
 * toSave is the participant list to store and, per entry, the row it came
 * from: rows in their order with the ids they are stored under, blank new
 * rows left out.
 */
export function toSave(rows: Row[], stored: Stored): { list: Participant[]; keys: string[] } {
  const kept = rows.filter((r) => !blank(r, stored));
  return {
    list: kept.map((r) => toParticipant(r, stored)),
    keys: kept.map((r) => r.key),
  };
}

/** toParticipant is a row as Go stores it: under its id (none when new), trimmed. */
export function toParticipant({ key, ...p }: Row, stored: Stored): Participant {
  return { ...p, id: stored.get(key)?.id ?? '', name: p.name.trim(), role: p.role.trim() };
}

/** Changes are what a save of the rows does, one participant at a time. */
export interface Changes {
  /** Rows to store as new participants (blank ones left out). */
  add: Row[];
  /** Stored participants whose row differs from what is stored. */
  update: { key: string; participant: Participant }[];
  /** Stored participants whose row was removed. */
  remove: { key: string; id: string }[];
}

/**
 * changes compares the rows with what is stored. Only the participants the
 * form knows are touched: a save never drops one it has not seen, such as
 * one a phone in the room added meanwhile.
 */
export function changes(rows: Row[], stored: Stored): Changes {
  const out: Changes = { add: [], update: [], remove: [] };
  const keys = new Set(rows.map((r) => r.key));
  for (const [key, p] of stored) {
    if (!keys.has(key)) out.remove.push({ key, id: p.id });
  }
  for (const r of rows) {
    const was = stored.get(r.key);
    if (!was) {
      if (!blank(r, stored)) out.add.push(r);
      continue;
    }
    const now = toParticipant(r, stored);
    if (
      now.name !== was.name ||
      now.role !== was.role ||
      now.side !== was.side ||
      now.stakeholder_id !== was.stakeholder_id
    ) {
      out.update.push({ key: r.key, participant: now });
    }
  }
  return out;
}

/**
 * rowError finds the row and field an error is about: "rows.<key>.name" as
 * the form words it, or "participants[2].name" as Go does, about the third
 * participant of the save that sent the rows keys.
 */
export function rowError(
  err: { field: string } | null,
  keys: string[],
): { key: string; field: string } | null {
  if (!err) return null;
  const own = /^rows\.([^.]+)\.(\w+)$/.exec(err.field);
  if (own?.[1] && own[2]) return { key: own[1], field: own[2] };
  const go = /^participants\[(\d+)\]\.(\w+)$/.exec(err.field);
  const key = go?.[1] ? keys[Number(go[1])] : undefined;
  return key && go?.[2] ? { key, field: go[2] } : null;
}

/** voteCounts counts each participant's votes. */
export function voteCounts(votes: Vote[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const v of votes) n.set(v.participant_id, (n.get(v.participant_id) ?? 0) + 1);
  return n;
}

/** bySide counts participants per side. */
export function bySide(list: Participant[]): Record<Side, number> {
  const n: Record<Side, number> = { customer: 0, ours: 0 };
  for (const p of list) n[p.side] += 1;
  return n;
}
