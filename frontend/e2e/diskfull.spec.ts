import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diskFullFile } from '../playwright.config';
import { newClient } from './steps';

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

/** The long meeting note of these tests: about 120 KB, more than the capped workspace takes. */
const longNote = (what: string) =>
  Array.from(
    { length: 1500 },
    (_, i) => `${what} ${i + 1}: Einkauf prüft Rahmenvertrag, Frau Özdemir ruft zurück.`,
  ).join('\n');

/** storedNotes reads a client's notes back from Go, as stored in the workspace. */
function storedNotes(page: Page, clientId: string): Promise<string> {
  return page.evaluate(async (id) => {
    const w = window as unknown as {
      go: { app: { Clients: { Get: (id: string) => Promise<{ notes: string }> } } };
    };
    return (await w.go.app.Clients.Get(id)).notes;
  }, clientId);
}

const setDiskFull = (full: boolean) =>
  full ? writeFileSync(diskFullFile, 'full\n') : rmSync(diskFullFile, { force: true });

test.afterEach(() => setDiskFull(false)); // never leave the disk "full" for the next spec

test('a full disk keeps the edit on screen and saves it once there is room again', async ({
  page,
}) => {
  const name = `Vollmer Speichertechnik ${Date.now()}`;
  await page.goto('/');
  await newClient(page, name);

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

test('leaving a screen while the disk is full asks first; staying keeps the text until it is stored', async ({
  page,
}) => {
  const stamp = Date.now();
  const other = `Adler Feinwerk ${stamp}`;
  const name = `Vollmer Antriebe ${stamp}`;
  await page.goto('/');
  await newClient(page, other);
  const id = await newClient(page, name);
  const nav = page.getByRole('navigation', { name: 'Kundenliste' });
  const leave = page.getByRole('dialog', { name: 'Nicht gespeichert' });

  setDiskFull(true);
  const typed = `${longNote('Besuchsnotiz')} Ende – ß`;
  const notes = page.getByLabel('Notizen');
  await notes.fill(typed);
  // Straight to the other client in the sidebar, before any save came back.
  await nav.getByRole('link', { name: new RegExp(other) }).click();
  await expect(leave).toBeVisible();
  await expect(leave).toContainText('Der Datenträger ist voll');
  await expect(leave).toContainText('Verlassen Sie die Seite, geht sie verloren.');
  await expect(leave.getByRole('button', { name: 'Auf dieser Seite bleiben' })).toBeFocused();
  await page.screenshot({ path: join(artefacts, 'diskfull-leave.png'), animations: 'disabled' });
  await leave.getByRole('button', { name: 'Auf dieser Seite bleiben' }).click();
  await expect(leave).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(notes).toHaveValue(typed);
  expect(decodeURIComponent(page.url())).toContain(`#/clients/${id}`);

  // The breadcrumb asks too; Escape stays.
  await page
    .getByRole('navigation', { name: 'Navigationspfad' })
    .getByRole('link', { name: 'Kunden' })
    .click();
  await expect(leave).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(leave).toBeHidden();
  await expect(notes).toHaveValue(typed);

  // So does the browser's back (to the other client): the address stays here.
  await page.goBack();
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Auf dieser Seite bleiben' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(notes).toHaveValue(typed);
  expect(decodeURIComponent(page.url())).toContain(`#/clients/${id}`);
  expect(await storedNotes(page, id)).toBe('');

  // Room again: stored by itself; now back goes, without a question, to
  // the client before (the history is as it was).
  setDiskFull(false);
  await expect(savedIndicator(page)).toHaveText('Gespeichert', { timeout: 8000 });
  expect(await storedNotes(page, id)).toBe(typed);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: other })).toBeVisible();
  await expect(leave).toBeHidden();
  await nav.getByRole('link', { name: new RegExp(name) }).click();
  await expect(page.getByLabel('Notizen')).toHaveValue(typed);
});

test('a workshop tab asks too while a note is not stored; leaving anyway goes', async ({
  page,
}) => {
  await page.goto('/');
  await newClient(page, `Brenner Messtechnik ${Date.now()}`);
  await page.getByRole('button', { name: 'Neuer Workshop' }).first().click();
  const wd = page.getByRole('dialog', { name: 'Neuer Workshop' });
  await wd.getByLabel('Titel').fill('Runde 1');
  await wd.getByRole('button', { name: 'Workshop anlegen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Existiert ein CRM?' })).toBeVisible();
  const tabs = page.getByRole('tablist', { name: 'Bereiche des Workshops' });
  const leave = page.getByRole('dialog', { name: 'Nicht gespeichert' });

  setDiskFull(true);
  const typed = longNote('CRM-Notiz');
  const notes = page.getByLabel('Notizen (intern)');
  await notes.fill(typed);
  await notes.blur();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Der Datenträger ist voll' }),
  ).toBeVisible();

  await tabs.getByRole('tab', { name: 'Maßnahmen' }).click();
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Auf dieser Seite bleiben' }).click();
  await expect(tabs.getByRole('tab', { name: 'Assessment' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(notes).toHaveValue(typed);

  // Asked again, the consultant gives the note up: the tab opens, and the
  // next step asks nothing more.
  await tabs.getByRole('tab', { name: 'Maßnahmen' }).click();
  await leave.getByRole('button', { name: 'Trotzdem verlassen' }).click();
  await expect(tabs.getByRole('tab', { name: 'Maßnahmen' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  // The banner no longer promises the left edit stays on screen.
  await expect(
    page.getByRole('alert').filter({ hasText: 'Der Datenträger ist voll' }),
  ).toContainText('Die Änderung auf der verlassenen Seite wurde nicht gespeichert');
  await tabs.getByRole('tab', { name: 'Bericht' }).click();
  await expect(tabs.getByRole('tab', { name: 'Bericht' })).toHaveAttribute('aria-selected', 'true');
  await expect(leave).toBeHidden();
});
