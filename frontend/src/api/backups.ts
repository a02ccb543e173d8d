import { call } from './bridge';

/** Backup is one backup file of the workspace (sqlite.BackupInfo). */
export interface Backup {
  /** name identifies the backup towards Go; the UI never handles paths. */
  name: string;
  size: number;
  /** mod_time is when it was written, as RFC 3339. */
  mod_time: string;
}

/** RestoreResult says where the state before a restore was kept. */
export interface RestoreResult {
  /** saved is the file name of the backup taken first ('' when none). */
  saved: string;
  /** restart: the window must restart (Startup.Restart) to open the restored workspace. */
  restart: boolean;
}

/**
 * The range of automatic backups kept that the screen accepts: what Go
 * accepts (SetBackupKeep and MaxBackupKeep in internal/sqlite/backup_keep.go;
 * backups.test.ts compares).
 */
export const keepRange = { min: 1, max: 365 } as const;

function toBackup(raw: unknown): Backup {
  const o = (raw ?? {}) as Partial<Record<keyof Backup, unknown>>;
  return {
    name: typeof o.name === 'string' ? o.name : '',
    size: typeof o.size === 'number' ? o.size : 0,
    mod_time: typeof o.mod_time === 'string' ? o.mod_time : '',
  };
}

/** listBackups returns the workspace's backups, newest first. */
export async function listBackups(): Promise<Backup[]> {
  const raw = await call('Backups', 'List');
  return Array.isArray(raw) ? raw.map(toBackup) : [];
}

/** backupNow takes a backup of the workspace and returns it. */
export async function backupNow(): Promise<Backup> {
  return toBackup(await call('Backups', 'BackupNow'));
}

/**
 * restoreBackup replaces the workspace with the named backup; Go backs up the
 * current state first (or sets a damaged file aside).
 */
export async function restoreBackup(name: string): Promise<RestoreResult> {
  const o = ((await call('Backups', 'Restore', name)) ?? {}) as Partial<RestoreResult>;
  return { saved: typeof o.saved === 'string' ? o.saved : '', restart: o.restart === true };
}

/** getBackupKeep returns how many automatic backups are kept. */
export async function getBackupKeep(): Promise<number> {
  return (await call('Backups', 'Keep')) as number;
}

/** setBackupKeep sets how many automatic backups are kept. */
export async function setBackupKeep(n: number): Promise<void> {
  await call('Backups', 'SetKeep', n);
}
