import type { kam } from '../../wailsjs/go/models';
import type { Deleted } from './bin';
import { call } from './bridge';
import { queued } from './saveQueue';
import type { Wire } from './wire';

export { priorities, statuses } from './domain.gen';
export type Priority = Wire<kam.Priority>;
export type Status = Wire<kam.Status>;

/** Action is an agreed task of a workshop. */
export type Action = Wire<kam.Action>;

export async function listActions(workshopID: string): Promise<Action[]> {
  return (await call('Actions', 'List', workshopID)) ?? [];
}

/** saveAction stores an action through the window's save queue (saveQueue.ts). */
export function saveAction(a: Action): Promise<Action> {
  return queued('action', a, (v) => call('Actions', 'Save', v));
}

/** deleteAction deletes an action; what it returns undoes it (putBack). */
export function deleteAction(id: string): Promise<Deleted> {
  return call('Actions', 'Delete', id);
}

/**
 * exportActionsCSV asks (in a Go save dialog) where to save the workshop's
 * actions as a CSV file for Excel and writes it; it resolves to the path
 * written, or '' when the user cancelled.
 */
export async function exportActionsCSV(workshopID: string): Promise<string> {
  return (await call('Actions', 'ExportCSV', workshopID)) ?? '';
}
