import type { app, sqlite } from '../../wailsjs/go/models';
import { call } from './bridge';
import { limits } from './domain.gen';
import type { Wire } from './wire';

/** Backup is one checked copy of the workspace in the backups folder. */
export type Backup = Wire<sqlite.BackupInfo>;

/** RestoreResult says where the state before a restore went and whether the window restarts. */
export type RestoreResult = Wire<app.RestoreResult>;

export const keepRange = { min: limits.minBackupKeep, max: limits.maxBackupKeep } as const;

/** listBackups returns the workspace's backups, newest first. */
export async function listBackups(): Promise<Backup[]> {
  return (await call('Backups', 'List')) ?? [];
}

/** backupNow takes a backup of the workspace and returns it. */
export async function backupNow(): Promise<Backup> {
  return call('Backups', 'BackupNow');
}

/**
 * restoreBackup replaces the workspace with the named backup; Go backs up the
 * current state first (or sets a damaged file aside).
 */
export async function restoreBackup(name: string): Promise<RestoreResult> {
  return call('Backups', 'Restore', name);
}

/** getBackupKeep returns how many automatic backups are kept. */
export async function getBackupKeep(): Promise<number> {
  return call('Backups', 'Keep');
}

/** setBackupKeep sets how many automatic backups are kept. */
export async function setBackupKeep(n: number): Promise<void> {
  await call('Backups', 'SetKeep', n);
}
