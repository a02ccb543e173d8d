import type { Deleted } from './bin';
import { call } from './bridge';

export const departments = [
  'purchasing',
  'it',
  'management',
  'works_council',
  'finance',
  'operations',
  'sales',
  'marketing',
  'specialist',
  'other',
] as const;
export type Department = (typeof departments)[number];

export const buyingRoles = [
  'decision_maker',
  'economic_buyer',
  'technical_buyer',
  'user',
  'influencer',
  'gatekeeper',
  'champion',
  'other',
] as const;
export type BuyingRole = (typeof buyingRoles)[number];

export const relationKinds = ['reports_to', 'influences', 'conflict'] as const;
export type RelationKind = (typeof relationKinds)[number];

/** Stakeholder is a person at the client, with a position on the map. */
export interface Stakeholder {
  id: string;
  client_id?: string;
  name: string;
  title: string;
  department: Department;
  buying_role: BuyingRole;
  /** −2 … +2 */
  attitude: number;
  /** 1 … 5 */
  influence: number;
  /** 0 … 3 */
  relationship: number;
  owner: string;
  knows_portfolio: boolean;
  last_contact: string;
  notes: string;
  email: string;
  phone: string;
  x: number;
  y: number;
}

/** newStakeholder is a person of a client with every field at its default, placed at x, y. */
export function newStakeholder(
  clientID: string,
  name: string,
  department: Department,
): Stakeholder {
  return {
    id: '',
    client_id: clientID,
    name,
    title: '',
    department,
    buying_role: 'other',
    attitude: 0,
    influence: 3,
    relationship: 0,
    owner: '',
    knows_portfolio: false,
    last_contact: '',
    notes: '',
    email: '',
    phone: '',
    x: 0,
    y: 0,
  };
}

export interface Relation {
  id: string;
  client_id?: string;
  from: string;
  to: string;
  kind: RelationKind;
}

export interface Position {
  id: string;
  x: number;
  y: number;
}

export async function listStakeholders(clientID: string): Promise<Stakeholder[]> {
  return (await (call('Stakeholders', 'List', clientID) as Promise<Stakeholder[] | null>)) ?? [];
}

export function saveStakeholder(s: Stakeholder): Promise<Stakeholder> {
  return call('Stakeholders', 'Save', s) as Promise<Stakeholder>;
}

/** deleteStakeholder deletes a person and their relations; what it returns undoes it (putBack). */
export function deleteStakeholder(id: string): Promise<Deleted> {
  return call('Stakeholders', 'Delete', id) as Promise<Deleted>;
}

/** moveStakeholders stores new map positions in one transaction. */
export async function moveStakeholders(positions: Position[]): Promise<void> {
  await call('Stakeholders', 'Move', positions);
}

export async function listRelations(clientID: string): Promise<Relation[]> {
  return (await (call('Stakeholders', 'Relations', clientID) as Promise<Relation[] | null>)) ?? [];
}

export function saveRelation(r: Relation): Promise<Relation> {
  return call('Stakeholders', 'SaveRelation', r) as Promise<Relation>;
}

export async function deleteRelation(id: string): Promise<void> {
  await call('Stakeholders', 'DeleteRelation', id);
}
