import { call } from './bridge';
import type { Stakeholder } from './stakeholders';

/**
 * ContactProblem is a row or card of a contact file that is not added: it
 * cannot be used (reason says why, in English), or it holds a person who is
 * there already (skipped, with their name).
 */
export interface ContactProblem {
  /** The line of the file where the row or card starts, from 1. */
  line: number;
  reason: string;
  /** on_map: already a stakeholder of the client; repeated: earlier in the file. */
  skipped?: 'on_map' | 'repeated';
  name?: string;
}

/** ContactPreview is what a contact file would add; nothing is stored yet. */
export interface ContactPreview {
  token: string;
  file_name: string;
  /** "csv" or "vcard" */
  format: string;
  encoding: string;
  people: Stakeholder[];
  problems: ContactProblem[];
}

/**
 * previewContacts lets the user pick a CSV or vCard file in Go's file dialog
 * and returns what it would add to the client, or null when they cancelled.
 */
export async function previewContacts(clientID: string): Promise<ContactPreview | null> {
  const p = await (call('Contacts', 'Preview', clientID) as Promise<ContactPreview | null>);
  if (!p) return null;
  return { ...p, people: p.people ?? [], problems: p.problems ?? [] };
}

/** commitContacts stores the people of a preview and returns them as stored. */
export async function commitContacts(token: string): Promise<Stakeholder[]> {
  return (await (call('Contacts', 'Commit', token) as Promise<Stakeholder[] | null>)) ?? [];
}

/** discardContacts forgets a preview; nothing is written. */
export async function discardContacts(token: string): Promise<void> {
  await call('Contacts', 'Discard', token);
}
