import type { Deleted } from './bin';
import { call } from './bridge';
import { queued } from './saveQueue';
import type { kam, sqlite } from '../../wailsjs/go/models';
import { defaults } from './domain.gen';
import type { Wire } from './wire';

export { buyingRoles, departments, relationKinds } from './domain.gen';
export type Department = Wire<kam.Department>;
export type BuyingRole = Wire<kam.BuyingRole>;
export type RelationKind = Wire<kam.RelationKind>;

/** Stakeholder is a person at the client, with a position on the map. */
export type Stakeholder = Wire<kam.Stakeholder>;

/** newStakeholder is a person of a client with every field at Go's default (kam.NewStakeholder). */
export function newStakeholder(
  clientID: string,
  name: string,
  department: Department,
): Stakeholder {
  return { ...defaults.stakeholder, client_id: clientID, name, department };
}

export type Relation = Wire<kam.Relation>;

/** Position is a person's place on the map. */
export type Position = Wire<sqlite.Position>;

export async function listStakeholders(clientID: string): Promise<Stakeholder[]> {
  return (await call('Stakeholders', 'List', clientID)) ?? [];
}

/**
 * saveStakeholder stores a person through the window's save queue
 * (saveQueue.ts); their place on the map only moveStakeholders changes.
 */
export function saveStakeholder(s: Stakeholder): Promise<Stakeholder> {
  return queued('stakeholder', s, (v) => call('Stakeholders', 'Save', v));
}

/** deleteStakeholder deletes a person and their relations; what it returns undoes it (putBack). */
export function deleteStakeholder(id: string): Promise<Deleted> {
  return call('Stakeholders', 'Delete', id);
}

/** moveStakeholders stores new map positions in one transaction. */
export async function moveStakeholders(positions: Position[]): Promise<void> {
  await call('Stakeholders', 'Move', positions);
}

export async function listRelations(clientID: string): Promise<Relation[]> {
  return (await call('Stakeholders', 'Relations', clientID)) ?? [];
}

/** saveRelation stores a relation through the window's save queue (saveQueue.ts). */
export function saveRelation(r: Relation): Promise<Relation> {
  return queued('relation', r, (v) => call('Stakeholders', 'SaveRelation', v));
}

export async function deleteRelation(id: string): Promise<void> {
  await call('Stakeholders', 'DeleteRelation', id);
}
