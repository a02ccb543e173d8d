import type { app, contacts } from '../../wailsjs/go/models';
import { call } from './bridge';
import { limits } from './domain.gen';
import type { Wire } from './wire';
import type { Stakeholder } from './stakeholders';

/** ContactProblem is a row of a contact file that was left out, and why (contacts.Problem). */
export type ContactProblem = Wire<contacts.Problem>;

/** The contact import's limits (internal/contacts), for the messages that name them. */
export const contactLimits = {
  maxMB: limits.maxContactFileMB,
  maxPeople: limits.maxContactPeople,
} as const;

/** ContactPreview is what an import of a contact file would add, before it does. */
export type ContactPreview = Wire<app.ContactPreview>;

/**
 * previewContacts lets the user pick a CSV or vCard file in Go's file dialog
 * and returns what it would add to the client, or null when they cancelled.
 */
export async function previewContacts(clientID: string): Promise<ContactPreview | null> {
  const p = await call('Contacts', 'Preview', clientID);
  if (!p) return null;
  return { ...p, people: p.people ?? [], problems: p.problems ?? [] };
}

/** commitContacts stores the people of a preview and returns them as stored. */
export async function commitContacts(token: string): Promise<Stakeholder[]> {
  return (await call('Contacts', 'Commit', token)) ?? [];
}

/** discardContacts forgets a preview; nothing is written. */
export async function discardContacts(token: string): Promise<void> {
  await call('Contacts', 'Discard', token);
}
