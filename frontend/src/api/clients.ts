import type { Deleted } from './bin';
import { call } from './bridge';

/** SWOT is our own position at a client. */
export interface Swot {
  strengths: string;
  weaknesses: string;
  opportunities: string;
  threats: string;
}

/** Client is a customer account. An empty id creates one on save. */
export interface Client {
  id: string;
  name: string;
  industry: string;
  location: string;
  notes: string;
  swot: Swot;
  updated_at?: string;
}

/** WorkshopRef is a workshop as listed under its client. */
export interface WorkshopRef {
  id: string;
  title: string;
  date: string;
}

/** ClientSummary is a client as listed in the sidebar. */
export interface ClientSummary {
  id: string;
  name: string;
  industry: string;
  location: string;
  workshops: WorkshopRef[];
}

/** emptyClient is a new, unsaved client. */
export function emptyClient(name = ''): Client {
  return {
    id: '',
    name,
    industry: '',
    location: '',
    notes: '',
    swot: { strengths: '', weaknesses: '', opportunities: '', threats: '' },
  };
}

export async function listClients(): Promise<ClientSummary[]> {
  const list = await (call('Clients', 'List') as Promise<ClientSummary[] | null>);
  return (list ?? []).map((c) => ({ ...c, workshops: c.workshops ?? [] }));
}

export function getClient(id: string): Promise<Client> {
  return call('Clients', 'Get', id) as Promise<Client>;
}

/** saveClient creates the client when its id is empty and returns it as stored. */
export function saveClient(c: Client): Promise<Client> {
  return call('Clients', 'Save', c) as Promise<Client>;
}

/** deleteClient deletes a client with everything about it; what it returns undoes it (putBack). */
export function deleteClient(id: string): Promise<Deleted> {
  return call('Clients', 'Delete', id) as Promise<Deleted>;
}
