import type { Deleted } from './bin';
import { call } from './bridge';

export const priorities = ['high', 'medium', 'low'] as const;
export type Priority = (typeof priorities)[number];

export const statuses = ['open', 'in_progress', 'done'] as const;
export type Status = (typeof statuses)[number];

/** Action is an agreed task of a workshop. */
export interface Action {
  id: string;
  workshop_id?: string;
  title: string;
  owner: string;
  due: string;
  priority: Priority;
  probability: number;
  status: Status;
  question_id: string;
  /** internal actions are ours alone: never in the customer version of a report. */
  internal: boolean;
}

export async function listActions(workshopID: string): Promise<Action[]> {
  return (await (call('Actions', 'List', workshopID) as Promise<Action[] | null>)) ?? [];
}

export function saveAction(a: Action): Promise<Action> {
  return call('Actions', 'Save', a) as Promise<Action>;
}

/** deleteAction deletes an action; what it returns undoes it (putBack). */
export function deleteAction(id: string): Promise<Deleted> {
  return call('Actions', 'Delete', id) as Promise<Deleted>;
}

/**
 * exportActionsCSV asks (in a Go save dialog) where to save the workshop's
 * actions as a CSV file for Excel and writes it; it resolves to the path
 * written, or '' when the user cancelled.
 */
export async function exportActionsCSV(workshopID: string): Promise<string> {
  return ((await call('Actions', 'ExportCSV', workshopID)) as string | null) ?? '';
}
