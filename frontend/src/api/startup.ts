import type { app } from '../../wailsjs/go/models';
import { call } from './bridge';
import type { Wire } from './wire';

/** How the workspace failed to open (app/problem_kind.go). */
export type ProblemKind = Exclude<Wire<app.ProblemKind>, ''>;

/** StartupProblem is why the workspace could not be opened at start. */
export interface StartupProblem {
  kind: ProblemKind;
  code: string;
  /** message is Go's technical sentence (English), shown as a detail. */
  message: string;
  /** backupName is the newest sound backup to offer, '' when none would help. */
  backupName: string;
}

/**
 * getStartupProblem asks Go whether the workspace opened: null when it did,
 * else what went wrong. Only Startup and Backups work while there is a problem.
 */
export async function getStartupProblem(): Promise<StartupProblem | null> {
  // A test's stand-in for Go may answer nothing at all.
  const p = (await call('Startup', 'Problem')) ?? null;
  if (!p?.message) return null;
  return {
    kind: p.kind || 'unreadable',
    code: p.code,
    message: p.message,
    backupName: p.backup_name,
  };
}

/** restartApp starts KAM Workbench anew after a restore replaced the workspace. */
export async function restartApp(): Promise<void> {
  await call('Startup', 'Restart');
}
