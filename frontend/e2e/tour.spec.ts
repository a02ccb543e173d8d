import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The tour: the main screens of the sample workshop, as the README shows
 * them. It needs a workspace holding only the sample client, so it runs on
 * its own (`make screenshots`, or as the last step of `make e2e`, each a
 * fresh workspace) and only when KAMW_TOUR_DIR names the folder for the
 * pictures; the normal e2e run skips it.
 */

const dir = process.env.KAMW_TOUR_DIR ?? '';
const client = 'Hofmann Antriebstechnik GmbH';
const workshop = 'KAM-Workshop Herbst 2026';

test.skip(!dir, 'KAMW_TOUR_DIR is not set');
// The consultant's laptop (DESIGN.md, "Screens"); the projector view at a
// projector's 1280×720.
test.use({ viewport: { width: 1366, height: 768 } });

async function shot(page: Page, name: string) {
  mkdirSync(resolve(dir), { recursive: true });
  await page.screenshot({ path: resolve(dir, `${name}.png`), animations: 'disabled' });
}

const tab = (page: Page, name: string) =>
  page.getByRole('tablist', { name: 'Bereiche des Workshops' }).getByRole('tab', { name });

test('the sample workshop, screen by screen', async ({ page }) => {
  await page.goto('/');
  // Only the sample client: the pictures show what a newcomer sees. (The
  // built window opens on its latest round at first start; under wails dev
  // the dev window has taken that welcome already, see internal/smoke.)
  const clients = page.getByRole('navigation', { name: 'Kundenliste' }).getByRole('list').first();
  await expect(clients.locator(':scope > li')).toHaveCount(1);
  // The start page: where one worked last, and what is due.
  await expect(page.getByRole('region', { name: 'Fällige Maßnahmen' })).toBeVisible();
  await shot(page, 'start');
  await clients.getByRole('link', { name: new RegExp(client) }).click();
  await page
    .getByRole('link', { name: new RegExp(workshop) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: workshop })).toBeVisible();

  // Assessment: a question of the second area, rated, with its guide.
  await tab(page, 'Assessment').click();
  await page.getByRole('button', { name: /^Marketing/ }).click();
  await expect(page.getByRole('button', { name: /^[0-4] – /, pressed: true })).toBeVisible();
  await shot(page, 'assessment');

  // What the room sees, on a projector.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('button', { name: 'Projektor', exact: true }).click();
  const projector = page.getByRole('dialog', { name: 'Projektoransicht' });
  await expect(projector).toBeVisible();
  await shot(page, 'projector');
  await projector.getByRole('button', { name: 'Projektoransicht beenden' }).click();
  await expect(projector).toBeHidden();
  await page.setViewportSize({ width: 1366, height: 768 });

  // The scores against the earlier round.
  await page.getByRole('button', { name: 'Auswertung' }).click();
  await expect(page.getByRole('img', { name: /Radar|Netz/ }).first()).toBeVisible();
  await shot(page, 'scores');

  // The buying center, full screen, as an org chart.
  await tab(page, 'Stakeholder').click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.getByRole('button', { name: 'Vollbild', exact: true }).click();
  await page.getByRole('button', { name: 'Als Organigramm anordnen' }).click();
  await page.waitForTimeout(600); // the fit-to-screen animation
  await shot(page, 'stakeholder-map');
  await page.keyboard.press('Escape');

  await tab(page, 'Wettbewerb & SWOT').click();
  await expect(page.getByLabel(/Stärken/).filter({ visible: true })).toHaveValue(/Komplettpaket/);
  await shot(page, 'competitors');

  await tab(page, 'Maßnahmen').click();
  await expect(page.getByRole('table').first()).toBeVisible();
  await shot(page, 'actions');

  // The report, exported and its first result page rendered.
  await tab(page, 'Bericht').click();
  await page.getByRole('radio', { name: /Kundenversion/ }).check();
  await shot(page, 'report');
  await page.getByRole('button', { name: 'PDF exportieren' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Bericht gespeichert' });
  await expect(saved).toBeVisible();
  const pdf = join(
    (await saved.locator('.report-saved__path').textContent()) ?? '',
    (await saved.locator('.report-saved__name').textContent()) ?? '',
  );
  expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain(client);
  // Page 3, the management summary.
  const page3 = ['-png', '-r', '80', '-f', '3', '-l', '3', '-singlefile'];
  execFileSync('pdftoppm', [...page3, pdf, resolve(dir, 'report-summary')]);
});
