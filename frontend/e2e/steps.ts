import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Steps several specs take the way a person does, through the dialogs of
 * the real app.
 */

/** clientIDFrom reads the client's id from an address such as #/clients/ID/…. */
export function clientIDFrom(url: string): string {
  const m = /#\/clients\/([^/]+)/.exec(url);
  if (!m?.[1]) throw new Error(`no client in ${url}`);
  return decodeURIComponent(m[1]);
}

/** newClient creates a client through its dialog and returns its id once its page shows. */
export async function newClient(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Neuer Kunde' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Neuer Kunde' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Kunde anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return clientIDFrom(page.url());
}

/** newWorkshop starts a workshop of the client shown, through its dialog, and opens it. */
export async function newWorkshop(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Neuer Workshop' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Neuer Workshop' });
  await dialog.getByLabel('Titel').fill(title);
  await dialog.getByRole('button', { name: 'Workshop anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** pdfText is a PDF's text (pdftotext) with runs of white space as one space. */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
    .split(/\s+/)
    .join(' ');
}

/** savedPath reads the file the report tab names after an export (Go's save dialog under wails dev). */
export async function savedPath(page: Page): Promise<string> {
  const saved = page.getByRole('status').filter({ hasText: 'Bericht gespeichert' });
  await expect(saved).toBeVisible();
  const name = (await saved.locator('.report-saved__name').textContent()) ?? '';
  const folder = (await saved.locator('.report-saved__path').textContent()) ?? '';
  return join(folder, name);
}

/** openClient opens a client from the client list and waits for its page. */
export async function openClient(page: Page, client: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Kundenliste' })
    .getByRole('link', { name: new RegExp(client) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: client })).toBeVisible();
}

/** openWorkshop opens a client, then one of its workshops, and waits for it. */
export async function openWorkshop(page: Page, client: string, workshop: string): Promise<void> {
  await openClient(page, client);
  await page
    .getByRole('main')
    .getByRole('link', { name: new RegExp(workshop) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: workshop })).toBeVisible();
}
