import { call } from './bridge';
import type { Stakeholder } from './stakeholders';

/**
 * ContactProblem is a row or card of a contact file that is not added: it
 * cannot be used, or it holds a person who is there already (skipped, with
 * their name). kind says why, for the window to word (internal/contacts/
 * problems.go: no_name, too_long, invalid, organisation, …); reason says it
 * in English, shown when the window does not know the kind.
 */
export interface ContactProblem {
  /** The line of the file where the row or card starts, from 1. */
  line: number;
  reason: string;
  kind?: string;
  /** The stakeholder field (as Go names it: "email") of too_long and invalid. */
  field?: string;
  /** too_long: the most characters the field may hold; more: how many are listed. */
  max?: number;
  /** quote_unclosed: the last line that could not be read. */
  last_line?: number;
  /** on_map: already a stakeholder of the client; repeated: earlier in the file. */
  skipped?: 'on_map' | 'repeated';
  name?: string;
}

/**
 * The limits of one contact file (MaxSize and MaxPeople in
 * internal/contacts/contacts.go; contacts.test.ts compares), for the
 * messages that name them.
 */
export const contactLimits = { maxMB: 16, maxPeople: 5000 } as const;

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
