import { call } from './bridge';

/** Deleted is what a delete took out, and the key to undo it (Bin.PutBack). */
export interface Deleted {
  undo_id: string;
  kind: string;
  id: string;
  name: string;
}

/** Restored is what an undo brought back and where it belongs. */
export interface Restored {
  kind: string;
  id: string;
  client_id: string;
  workshop_id?: string;
  name: string;
}

/** putBack undoes a delete: what it took out comes back as it was, ids included. */
export function putBack(undoID: string): Promise<Restored> {
  return call('Bin', 'PutBack', undoID) as Promise<Restored>;
}
