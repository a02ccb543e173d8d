import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// `wails dev` starts Vite in a process group of its own, so stopping the web
// server leaves Vite running with Playwright's pipe open, and the run never
// ends. Stop this checkout's Vite first.
export default function teardown(): void {
  const vite = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.bin', 'vite');
  try {
    execFileSync('pkill', ['-f', vite]);
  } catch {
    // none left: nothing to do
  }
}
