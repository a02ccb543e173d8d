import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openWorkshop } from './steps';

/**
 * WCAG 2.1 AA on the consultant's laptop (1366×768): axe-core, run in the
 * real window, finds no violation on the start page, the six tabs of the
 * sample workshop and the projector view. What it found goes into
 * artefacts/a11y as JSON, one file per screen.
 */

const artefacts = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'artefacts', 'a11y');
mkdirSync(artefacts, { recursive: true });

const client = 'Hofmann Antriebstechnik GmbH';
const workshop = 'KAM-Workshop Herbst 2026';
const tabNames = [
  'Assessment',
  'Stakeholder',
  'Wettbewerb & SWOT',
  'Chancen & Argumente',
  'Maßnahmen',
  'Bericht',
];

const tab = (page: Page, name: string) =>
  page
    .getByRole('tablist', { name: 'Bereiche des Workshops' })
    .getByRole('tab', { name, exact: true });

/** violations runs axe on the page as it is and keeps its findings as an artefact. */
async function violations(page: Page, screen: string): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  writeFileSync(join(artefacts, `${screen}.json`), JSON.stringify(result.violations, null, 2));
  await page.screenshot({ path: join(artefacts, `${screen}.png`), animations: 'disabled' });
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`),
  );
}

async function openSample(page: Page) {
  await openWorkshop(page, client, workshop);
}

test.use({ viewport: { width: 1366, height: 768 } });

test('the start page has no WCAG 2.1 AA violation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Kundenliste' })).toBeVisible();
  await expect(page.locator('.page-loading')).toHaveCount(0);
  expect(await violations(page, 'start')).toEqual([]);
});

for (const [i, name] of tabNames.entries()) {
  test(`the sample workshop's tab ${name} has no WCAG 2.1 AA violation`, async ({ page }) => {
    await page.goto('/');
    await openSample(page);
    await tab(page, name).click();
    await expect(tab(page, name)).toHaveAttribute('aria-selected', 'true');
    const content = page.getByRole('tabpanel', { name, exact: true });
    await expect(content).toBeVisible();
    await expect(content.locator('.page-loading')).toHaveCount(0);
    if (name === 'Stakeholder')
      await expect(page.locator('.react-flow__node').first()).toBeVisible();
    expect(await violations(page, `tab-${i + 1}`)).toEqual([]);
  });
}

test('the projector view has no WCAG 2.1 AA violation', async ({ page }) => {
  await page.goto('/');
  await openSample(page);
  await tab(page, 'Assessment').click();
  await page.getByRole('button', { name: 'Projektor', exact: true }).click();
  const projector = page.getByRole('dialog', { name: 'Projektoransicht' });
  await expect(projector).toBeVisible();
  expect(await violations(page, 'projector')).toEqual([]);
});
