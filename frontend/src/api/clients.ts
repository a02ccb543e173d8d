import type { app, kam } from '../../wailsjs/go/models';
import type { Deleted } from './bin';
import { call } from './bridge';
import { queued } from './saveQueue';
import type { Wire } from './wire';
import { defaults } from './domain.gen';

/** SWOT is our own position at a client. */
export type Swot = Wire<kam.SWOT>;
export type Client = Wire<kam.Client>;
export type WorkshopRef = Wire<app.WorkshopSummary>;
/** ClientSummary is a client as the sidebar lists it, with its workshops. */
export type ClientSummary = Wire<app.ClientSummary>;

/** emptyClient is a new, unsaved client. */
export function emptyClient(name = ''): Client {
  return { ...defaults.client, swot: { ...defaults.client.swot }, name };
}

export async function listClients(): Promise<ClientSummary[]> {
  const list = await call('Clients', 'List');
  return (list ?? []).map((c) => ({ ...c, workshops: c.workshops ?? [] }));
}

export function getClient(id: string): Promise<Client> {
  return call('Clients', 'Get', id);
}

/**
 * saveClient creates the client when its id is empty and returns it as
 * stored; saves go through the window's save queue (saveQueue.ts).
 */
export function saveClient(c: Client): Promise<Client> {
  return queued('client', c, (v) => call('Clients', 'Save', v));
}

/** deleteClient deletes a client with everything about it; what it returns undoes it (putBack). */
export function deleteClient(id: string): Promise<Deleted> {
  return call('Clients', 'Delete', id);
}
