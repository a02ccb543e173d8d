import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

/**
 * The hand-overs besides the PDF, against the real app (wails dev, a real
 * SQLite file): slides of the sample workshop for the customer and for us,
 * read back from the .pptx (slide XML), and the org chart as PNG and SVG,
 * saved through Go's save dialog (KAMW_E2E_SAVE_DIR).
 */

const artefacts = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'artefacts',
  'deliverables',
);
mkdirSync(artefacts, { recursive: true });

const client = 'Hofmann Antriebstechnik GmbH';
const workshop = 'KAM-Workshop Herbst 2026';
/** What only our side may read: a competitor, an internal action. */
const competitor = 'Stahlwerk Kranich';
const internalAction = 'Battle-Card gegen Stahlwerk Kranich aktualisieren';

async function openReportTab(page: Page) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Kundenliste' })
    .getByRole('link', { name: new RegExp(client) })
    .first()
    .click();
  await page
    .getByRole('link', { name: new RegExp(workshop) })
    .first()
    .click();
  await page
    .getByRole('tablist', { name: 'Bereiche des Workshops' })
    .getByRole('tab', { name: 'Bericht' })
    .click();
  await expect(page.getByRole('radio', { name: /Kundenversion/ })).toBeChecked();
}

/** saved is the file the report tab names after an export whose name matches. */
async function saved(page: Page, file: RegExp): Promise<string> {
  const status = page
    .getByRole('status')
    .filter({ hasText: 'gespeichert' })
    .filter({ hasText: file });
  await expect(status).toBeVisible({ timeout: 30_000 });
  const name = (await status.locator('.report-saved__name').textContent()) ?? '';
  const folder = (await status.locator('.report-saved__path').textContent()) ?? '';
  return join(folder, name);
}

async function slideText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const slides = Object.keys(zip.files).filter((n) =>
    /^ppt\/(slides\/slide|charts\/chart)\d+\.xml$/.test(n),
  );
  expect(slides.length).toBeGreaterThan(3);
  const parts = await Promise.all(slides.map((n) => zip.file(n)?.async('string') ?? ''));
  return parts.join('\n');
}

test('slides for the customer hold the results and nothing internal; ours hold the battle cards', async ({
  page,
}) => {
  await openReportTab(page);
  await page.getByRole('button', { name: 'Als Folien speichern (PowerPoint)' }).click();
  const customerDeck = await saved(page, /\(Kunde\)\.pptx/);
  expect(statSync(customerDeck).mode & 0o777).toBe(0o600);
  const customer = await slideText(customerDeck);
  expect(customer).toContain(client);
  expect(customer).toContain(workshop);
  expect(customer).toContain('Ergebnis der Bewertung');
  expect(customer).toContain('Maßnahmenplan');
  expect(customer).not.toContain(competitor);
  expect(customer).not.toContain(internalAction);
  expect(customer).not.toContain('Wahrscheinlichkeit');

  await page.getByRole('radio', { name: /Interne Version/ }).check();
  await page.getByRole('button', { name: 'Als Folien speichern (PowerPoint)' }).click();
  const internalDeck = await saved(page, /Folien\.pptx/);
  const internal = await slideText(internalDeck);
  expect(internal).toContain(competitor);
  expect(internal).toContain(internalAction);
  // LibreOffice opens the deck; its pages are kept to look at.
  try {
    execFileSync(
      'soffice',
      ['--headless', '--convert-to', 'pdf', '--outdir', artefacts, customerDeck],
      { timeout: 120_000 },
    );
  } catch {
    // soffice is optional here; the XML checks above are the test.
  }
  await page.screenshot({ path: join(artefacts, 'report-tab-formats.png') });
});

test('the org chart as PNG and SVG', async ({ page }) => {
  await openReportTab(page);
  await page.getByRole('checkbox', { name: 'Organigramm' }).check();
  await page.getByRole('button', { name: 'Landkarte als Bild (SVG)' }).click();
  const svgPath = await saved(page, /Organigramm.*\(Kunde\)\.svg/);
  const svg = readFileSync(svgPath, 'utf8');
  expect(svg).toContain('<svg');
  expect((svg.match(/data-person=/g) ?? []).length).toBeGreaterThanOrEqual(10);
  // Customer-safe: names, titles and departments, no attitudes.
  expect(svg).not.toMatch(/skeptisch|ablehnend|unterstützend|wohlwollend/);

  await page.getByRole('button', { name: 'Landkarte als Bild (PNG)' }).click();
  const pngPath = await saved(page, /\.png/);
  const png = readFileSync(pngPath);
  expect(png.subarray(0, 8).toString('binary')).toBe('\x89PNG\r\n\x1a\n');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  // Twice the SVG's size, for slides.
  const svgWidth = Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
  expect(width).toBe(Math.round(svgWidth * 2));
  expect(height).toBeGreaterThan(400);
});
