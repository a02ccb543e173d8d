import type { Deleted } from './bin';
import { call } from './bridge';

/** sides a participant can be on (kam.Sides): the customer's people in the room, or our own team. */
export const sides = ['customer', 'ours'] as const;
export type Side = (typeof sides)[number];

/** Participant takes part in a workshop; an empty id is a new participant. */
export interface Participant {
  id: string;
  name: string;
  role: string;
  side: Side;
  /** The stakeholder of the map this participant is, or ''. */
  stakeholder_id: string;
}

/** Workshop is one assessment round at a client. An empty id creates one on save. */
export interface Workshop {
  id: string;
  client_id: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  location: string;
  facilitator: string;
  participants: Participant[];
}

function normalise(w: Workshop): Workshop {
  return { ...w, participants: w.participants ?? [] };
}

export async function listWorkshops(clientID: string): Promise<Workshop[]> {
  const list = await (call('Workshops', 'List', clientID) as Promise<Workshop[] | null>);
  return (list ?? []).map(normalise);
}

export async function getWorkshop(id: string): Promise<Workshop> {
  return normalise(await (call('Workshops', 'Get', id) as Promise<Workshop>));
}

export async function saveWorkshop(w: Workshop): Promise<Workshop> {
  return normalise(await (call('Workshops', 'Save', w) as Promise<Workshop>));
}

/** NewRound is what a new workshop starts with; its participants all get new ids. */
export type NewRound = Omit<Workshop, 'id'>;

/**
 * createRound starts a new workshop with the given details (an empty date
 * means today), copying the answers of copyFromID when it is not empty.
 */
export async function createRound(w: NewRound, copyFromID = ''): Promise<Workshop> {
  return normalise(
    await (call('Workshops', 'CreateRound', { ...w, id: '' }, copyFromID) as Promise<Workshop>),
  );
}

/** deleteWorkshop deletes a workshop with its answers and actions; what it returns undoes it (putBack). */
export function deleteWorkshop(id: string): Promise<Deleted> {
  return call('Workshops', 'Delete', id) as Promise<Deleted>;
}
