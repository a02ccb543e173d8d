import { call } from './bridge';

/** How the workspace failed to open (app/problem_kind.go). */
export type ProblemKind = 'damaged' | 'newer' | 'unreadable' | 'disk_full' | 'busy';

/** StartupProblem is why the workspace could not be opened at start. */
export interface StartupProblem {
  kind: ProblemKind;
  code: string;
  /** message is Go's technical sentence (English), shown as a detail. */
  message: string;
  /** backupName is the newest sound backup to offer, '' when none would help. */
  backupName: string;
}

function toKind(v: unknown): ProblemKind {
  return v === 'damaged' || v === 'newer' || v === 'disk_full' || v === 'busy' ? v : 'unreadable';
}

/**
 * getStartupProblem asks Go whether the workspace opened: null when it did,
 * else what went wrong. Only Startup and Backups work while there is a problem.
 */
export async function getStartupProblem(): Promise<StartupProblem | null> {
  const o = ((await call('Startup', 'Problem')) ?? {}) as Record<string, unknown>;
  const message = typeof o.message === 'string' ? o.message : '';
  if (!message) return null;
  return {
    kind: toKind(o.kind),
    code: typeof o.code === 'string' ? o.code : '',
    message,
    backupName: typeof o.backup_name === 'string' ? o.backup_name : '',
  };
}

/** restartApp starts KAM Workbench anew after a restore replaced the workspace. */
export async function restartApp(): Promise<void> {
  await call('Startup', 'Restart');
}
