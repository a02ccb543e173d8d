import type { kam } from '../../wailsjs/go/models';
import type { Deleted } from './bin';
import { call } from './bridge';
import { queued } from './saveQueue';
import type { Wire } from './wire';

export { sides } from './domain.gen';
/** Side of a participant: the customer's people in the room, or our own team. */
export type Side = Wire<kam.Side>;

/** Participant takes part in a workshop; an empty id is a new participant. */
export type Participant = Wire<kam.Participant>;

/** Workshop is one assessment round at a client. An empty id creates one on save. */
export type Workshop = Wire<kam.Workshop>;

function normalise(w: Workshop): Workshop {
  return { ...w, participants: w.participants ?? [] };
}

export async function listWorkshops(clientID: string): Promise<Workshop[]> {
  const list = await call('Workshops', 'List', clientID);
  return (list ?? []).map(normalise);
}

export async function getWorkshop(id: string): Promise<Workshop> {
  return normalise(await call('Workshops', 'Get', id));
}

/**
 * saveWorkshop stores a workshop's title, date, place and facilitator
 * through the window's save queue (saveQueue.ts). For a stored workshop Go
 * leaves the participants alone, whatever w lists, and returns them as
 * stored now; they change one at a time (addParticipant, updateParticipant,
 * removeParticipant).
 */
export function saveWorkshop(w: Workshop): Promise<Workshop> {
  return queued('workshop', w, async (v) => normalise(await call('Workshops', 'Save', v)));
}

/** addParticipant adds a participant at the end of a workshop's list; it comes back with its id. */
export async function addParticipant(workshopID: string, p: Participant): Promise<Participant> {
  return call('Workshops', 'AddParticipant', workshopID, { ...p, id: '' });
}

/** updateParticipant changes one stored participant; the others and all votes stay. */
export async function updateParticipant(workshopID: string, p: Participant): Promise<Participant> {
  return call('Workshops', 'UpdateParticipant', workshopID, p);
}

/** removeParticipant removes one participant with their votes. */
export function removeParticipant(workshopID: string, id: string): Promise<void> {
  return call('Workshops', 'RemoveParticipant', workshopID, id);
}

/** NewRound is what a new workshop starts with; its participants all get new ids. */
export type NewRound = Omit<Workshop, 'id'>;

/**
 * createRound starts a new workshop with the given details (an empty date
 * means today), copying the answers of copyFromID when it is not empty.
 */
export async function createRound(w: NewRound, copyFromID = ''): Promise<Workshop> {
  return normalise(await call('Workshops', 'CreateRound', { ...w, id: '' }, copyFromID));
}

/** deleteWorkshop deletes a workshop with its answers and actions; what it returns undoes it (putBack). */
export function deleteWorkshop(id: string): Promise<Deleted> {
  return call('Workshops', 'Delete', id);
}
