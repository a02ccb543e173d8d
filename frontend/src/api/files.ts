import { call } from './bridge';

/**
 * openSaved opens the file the last export saved with the system's program
 * for it. Go takes no path from here: it opens only what its own save
 * dialog named last.
 */
export async function openSaved(): Promise<void> {
  await call('Files', 'OpenSaved');
}

/** showSaved shows the file the last export saved in the system's file manager. */
export async function showSaved(): Promise<void> {
  await call('Files', 'ShowSaved');
}
