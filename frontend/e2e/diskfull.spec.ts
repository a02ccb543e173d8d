import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diskFullFile } from '../playwright.config';

/**
 * A full disk against the real app: under wails dev the Go side caps the
 * workspace at its current size while diskFullFile says "full"
 * (app/fulldisk_dev.go, PRAGMA max_page_count), so saves fail with
 * disk_full exactly as on a full disk. The banner says so within a second,
 * the edit stays in the form, and once there is room it is saved by itself.
 */

const artefacts = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'artefacts');
mkdirSync(artefacts, { recursive: true });

function savedIndicator(page: Page) {
  return page
    .getByRole('status')
    .filter({ hasText: /^(Speichert…|Gespeichert|Nicht gespeichert.*|Autospeichern an)$/ });
}

const setDiskFull = (full: boolean) =>
  full ? writeFileSync(diskFullFile, 'full\n') : rmSync(diskFullFile, { force: true });

test.afterEach(() => setDiskFull(false)); // never leave the disk "full" for the next spec

test('a full disk keeps the edit on screen and saves it once there is room again', async ({
  page,
}) => {
  const name = `Vollmer Speichertechnik ${Date.now()}`;
  await page.goto('/');
  await page.getByRole('button', { name: 'Neuer Kunde' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Neuer Kunde' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Kunde anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  // Saved before the disk fills up: must never be lost.
  await page.getByLabel('Standort').fill('Tuttlingen');
  await expect(savedIndicator(page)).toHaveText('Gespeichert');

  setDiskFull(true);
  // An edit that needs room: a long meeting note (about 120 KB), then typed on.
  const long = Array.from(
    { length: 1500 },
    (_, i) => `Gesprächsnotiz ${i + 1}: Einkauf prüft Rahmenvertrag, Frau Özdemir ruft zurück.`,
  ).join('\n');
  const notes = page.getByLabel('Notizen');
  await notes.fill(long);
  await notes.press('End');
  await notes.pressSequentially(' Ende – ß');
  const typed = `${long} Ende – ß`;
  const started = Date.now();
  await notes.blur(); // saves at once, as leaving a field does

  const banner = page.getByRole('alert').filter({ hasText: 'Der Datenträger ist voll' });
  await expect(banner).toBeVisible({ timeout: 1000 });
  test.info().annotations.push({
    type: 'disk full shown after',
    description: `${Date.now() - started} ms`,
  });
  await expect(banner).toContainText('Ihre letzte Änderung ist noch nicht gespeichert');
  await expect(savedIndicator(page)).toHaveText('Nicht gespeichert – kein Speicherplatz frei');
  await expect(notes).toHaveValue(typed);
  await page.screenshot({ path: join(artefacts, 'diskfull-banner.png'), animations: 'disabled' });

  // Still full a few seconds later (the app keeps trying): nothing changed.
  await page.waitForTimeout(3500);
  await expect(banner).toBeVisible();
  await expect(notes).toHaveValue(typed);

  // Room again: saved by itself within the next retry, nobody types.
  setDiskFull(false);
  await expect(savedIndicator(page)).toHaveText('Gespeichert', { timeout: 8000 });
  await expect(banner).toBeHidden();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByLabel('Notizen')).toHaveValue(typed);
  await expect(page.getByLabel('Standort')).toHaveValue('Tuttlingen');
});
