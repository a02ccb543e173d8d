import type { app } from '../../wailsjs/go/models';
import { call } from './bridge';
import type { Wire } from './wire';

/** Deleted is what a delete took out, and the key to undo it (Bin.PutBack). */
export type Deleted = Wire<app.Deleted>;

/** Restored is what an undo brought back and where it belongs. */
export type Restored = Wire<app.Restored>;

/** putBack undoes a delete: what it took out comes back as it was, ids included. */
export function putBack(undoID: string): Promise<Restored> {
  return call('Bin', 'PutBack', undoID);
}
