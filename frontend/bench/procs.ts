import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/**
 * The processes a benchmark starts (wails dev, vite preview), each in its
 * own process group so that stopping it stops all of it, and waiting for
 * them to answer.
 */

/** within rejects with what() when p takes longer than ms. */
export function within<T>(p: Promise<T>, ms: number, what: () => string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(what())), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Proc is a child started in its own process group, so stop() ends all of it. */
export interface Proc {
  log: () => string;
  /** why the child ended or failed, or null while it runs */
  ended: () => string | null;
  stop: () => Promise<void>;
}

/** startProc starts file; a line of its output matching fatal ends the wait for it. */
export function startProc(
  name: string,
  file: string,
  args: string[],
  cwd: string,
  fatal?: RegExp,
): Proc {
  const child = spawn(file, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  let ended: string | null = null;
  const add = (d: Buffer) => (log = (log + d.toString()).slice(-20_000));
  child.stdout.on('data', add);
  child.stderr.on('data', add);
  child.on('error', (e) => (ended = `${name} did not start: ${e.message}`));
  child.on('exit', (code, sig) => (ended = `${name} exited (${sig ?? `code ${code}`})`));
  const group = child.pid;
  const alive = () => {
    if (!group) return false;
    try {
      process.kill(-group, 0);
      return true;
    } catch {
      return false;
    }
  };
  const stop = async () => {
    for (const sig of ['SIGTERM', 'SIGKILL'] as const) {
      if (!alive()) return;
      try {
        process.kill(-(group as number), sig);
      } catch {
        return; // already gone
      }
      // The e2e lock is released when we exit: nothing of ours may outlive it.
      for (let i = 0; i < 100 && alive(); i++) await sleep(100);
    }
  };
  const why = () => ended ?? (fatal?.test(log) ? `${name} failed` : null);
  const proc = { log: () => log, ended: why, stop };
  running.add(proc);
  return proc;
}

/** running are the processes started and not yet stopped. */
export const running = new Set<Proc>();

/** freePort asks the system for a port nobody listens on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() =>
        typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * waitForHTML polls url until it answers 200 with HTML that passes check,
 * failing at once when proc ends and after limit ms.
 */
export async function waitForHTML(
  proc: Proc,
  url: string,
  limit: number,
  check: (html: string) => string | null,
): Promise<string> {
  const until = Date.now() + limit;
  let last = 'no answer yet';
  while (Date.now() < until) {
    const ended = proc.ended();
    if (ended) throw new Error(`${ended} before ${url} answered:\n${proc.log().slice(-3000)}`);
    try {
      const r = await fetch(url);
      const html = await r.text();
      if (r.ok) {
        const wrong = check(html);
        if (!wrong) return html;
        last = wrong;
      } else {
        last = `HTTP ${r.status}`;
      }
    } catch (err) {
      last = String(err);
    }
    await sleep(1000);
  }
  throw new Error(
    `${url} did not come up in ${limit / 1000} s (${last}):\n${proc.log().slice(-3000)}`,
  );
}
