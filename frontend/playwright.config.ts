import { defineConfig, devices } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * End-to-end tests against the real thing: `go tool wails dev` (Go bindings,
 * a real SQLite file) under Xvfb, driven with Debian's Chromium. Playwright
 * never downloads a browser here.
 */

const configDir = dirname(fileURLToPath(import.meta.url));

const port = Number(process.env.KAMW_E2E_PORT ?? 34115);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  throw new Error(`KAMW_E2E_PORT is not a port: ${process.env.KAMW_E2E_PORT}`);
}

// A fresh workspace per run, in a folder whose name has a space and an
// umlaut, to prove such paths work end to end. The config is evaluated again
// in each worker, so the folder is named after the runner's process (workers
// see it as their parent) and made only once.
const runId = process.env.KAMW_E2E_RUN ?? String(process.pid);
process.env.KAMW_E2E_RUN = runId;
export const scratchDir = join(tmpdir(), `kamw e2e Ä-${runId}`);
const dbPath = join(scratchDir, 'workspace.db');
mkdirSync(scratchDir, { recursive: true });
// While this file says "full", every write of the app fails as on a full
// disk (app/fulldisk_dev.go); the disk-full spec writes and removes it.
export const diskFullFile = join(scratchDir, 'diskfull');
// Where the save dialog "saves" under wails dev (app/dialogs_dev.go): specs
// read exported files back from here.
export const saveDir = join(scratchDir, 'saved');
mkdirSync(saveDir, { recursive: true });
// The bundle the open dialog answers with when it asks for a .kamw (the
// client import): specs put the file there before they import.
export const importBundlePath = join(scratchDir, 'import.kamw');
// Where "Öffnen" and "Im Ordner zeigen" write the command they would start
// under wails dev (app/files_dev.go), one line each, instead of starting it.
export const openedLog = join(scratchDir, 'opened.txt');
// The address room voting offers in the tests (a loopback address).
export const roomVoteAddr = '127.0.0.2';
if (/["'\\$`]/.test(dbPath)) throw new Error(`cannot quote the scratch path ${dbPath}`);

// -appargs is split like a shell would (shlex), hence the inner quotes.
// -s: node_modules are installed already; -nogorebuild/-noreload: edits by
// others in the tree must not restart the app mid-test; -skipbindings and
// -nosyncgomod: a test run changes no tracked file.
const wailsDev = [
  'xvfb-run -a go tool wails dev',
  '-s -m -nosyncgomod -skipbindings -nogorebuild -noreload',
  `-devserver localhost:${port}`,
  `-appargs '--db "${dbPath}"'`,
].join(' ');

export default defineConfig({
  testDir: 'e2e',
  // Per port, so two runs side by side (they need two ports) keep their artefacts.
  outputDir: `test-results/e2e-${port}`,
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1440, height: 900 },
    locale: 'de-DE',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
      // Date fields follow the browser's language (chromium-l10n), not the
      // page's locale: German, like the consultants' laptops.
      env: { ...process.env, LANG: 'de_DE.UTF-8', LANGUAGE: 'de' },
    },
  },
  globalTeardown: './e2e/teardown.ts',
  webServer: {
    command: wailsDev,
    cwd: '..',
    url: `http://localhost:${port}`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    // A native file dialog cannot be driven by Playwright: under `wails dev`
    // the Go side answers every open-file dialog with this file instead
    // (app/dialogs_dev.go), so the contact import runs its real preview; a
    // dialog asking for a .kamw gets importBundlePath instead.
    // The same for save dialogs: every file is written into saveDir under
    // the name Go suggests.
    env: {
      KAMW_E2E_OPEN_FILE: [
        join(configDir, 'e2e', 'fixtures', 'kontakte-excel.csv'),
        importBundlePath,
      ].join(delimiter),
      KAMW_E2E_SAVE_DIR: saveDir,
      KAMW_E2E_DISKFULL_FILE: diskFullFile,
      KAMW_E2E_OPENED: openedLog,
      // Room voting binds and offers this loopback address instead of the
      // laptop's network: test traffic never leaves the machine, and the
      // address shown and encoded in the QR code is still not "localhost".
      KAMW_VOTE_ADDR: roomVoteAddr,
    },
  },
});
