import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openWorkshop } from './steps';

/**
 * The sample workshop on the consultant's laptop (DESIGN.md, "Screens"):
 * 1366×768 and 1536×864 (1920×1080 at 125 %). Only the content area
 * scrolls, with the mouse wheel as a person scrolls; the window never does,
 * and the tabs stay on screen.
 */

const artefacts = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'artefacts', 'laptop');
mkdirSync(artefacts, { recursive: true });

const client = 'Hofmann Antriebstechnik GmbH';
const workshop = 'KAM-Workshop Herbst 2026';
const sizes = [
  { width: 1366, height: 768 },
  { width: 1536, height: 864 },
];
const tabNames = [
  'Assessment',
  'Stakeholder',
  'Wettbewerb & SWOT',
  'Chancen & Argumente',
  'Maßnahmen',
  'Bericht',
];

const tabList = (page: Page) => page.getByRole('tablist', { name: 'Bereiche des Workshops' });
const tab = (page: Page, name: string) => tabList(page).getByRole('tab', { name, exact: true });
const panel = (page: Page, name: string) => page.getByRole('tabpanel', { name, exact: true });

async function openSample(page: Page) {
  await page.goto('/');
  await openWorkshop(page, client, workshop);
}

/** The window itself: never scrolled, never wider than it is. */
async function windowMetrics(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return {
      scrollTop: root.scrollTop,
      scrollHeight: root.scrollHeight,
      scrollWidth: root.scrollWidth,
      width: window.innerWidth,
      height: window.innerHeight,
    };
  });
}

/** The last control of a tab's panel that a person can use, in page order. */
function lastControl(scope: Locator): Locator {
  return scope
    .locator('button, a[href], input:not([type="hidden"]), select, textarea')
    .filter({ visible: true })
    .last();
}

/** wheelUntil turns the mouse wheel over (x, y) until done() holds, at most `turns` notches. */
async function wheelUntil(
  page: Page,
  at: { x: number; y: number },
  dy: number,
  done: () => Promise<boolean>,
  turns = 40,
) {
  await page.mouse.move(at.x, at.y);
  for (let i = 0; i < turns && !(await done()); i++) {
    await page.mouse.wheel(0, dy);
    // Let the scroll land before looking again.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  }
}

/**
 * shown tells whether the whole of l is on screen: in the window and not
 * cut off by a scroll container (what toBeInViewport measures, without
 * waiting).
 */
const shown = (l: Locator) => async () =>
  (await l.evaluate(
    (el) =>
      new Promise<number>((resolve) => {
        const o = new IntersectionObserver(([e]) => {
          o.disconnect();
          resolve(e?.intersectionRatio ?? 0);
        });
        o.observe(el);
      }),
  )) > 0.99;

for (const size of sizes) {
  test(`at ${size.width}×${size.height} every tab is on screen, the wheel reaches each tab's last control and the tabs stay`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openSample(page);

    // All six tabs, whole, in the window.
    for (const name of tabNames) await expect(tab(page, name)).toBeInViewport({ ratio: 1 });

    for (const name of tabNames) {
      await tab(page, name).click();
      await expect(tab(page, name)).toHaveAttribute('aria-selected', 'true');
      const content = panel(page, name);
      await expect(content).toBeVisible();
      // What the tab shows once it has loaded.
      await expect(content.locator('.page-loading')).toHaveCount(0);
      const box = await content.boundingBox();
      if (!box) throw new Error(`no panel on ${name}`);
      const last = lastControl(content);
      await expect(last).toBeAttached();

      // Over the middle of the content, the wheel scrolls it down to its last control.
      const middle = { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 200) };
      await wheelUntil(page, middle, 400, shown(last));
      await expect(last, `the last control of ${name}`).toBeInViewport({ ratio: 1 });
      await expect(tab(page, name), `the tabs after scrolling ${name}`).toBeInViewport({
        ratio: 1,
      });
      await page.screenshot({
        path: join(artefacts, `${size.width}x${size.height}-${tabNames.indexOf(name) + 1}-end.png`),
        animations: 'disabled',
      });

      const win = await windowMetrics(page);
      expect(win.scrollTop, `the window scrolled on ${name}`).toBe(0);
      expect(win.scrollHeight, `the window is taller than itself on ${name}`).toBe(win.height);
      expect(win.scrollWidth, `something is wider than the window on ${name}`).toBe(win.width);

      // Back up: the first control of the tab and the tabs.
      const first = content
        .locator('button:not([disabled]), a[href], input, select, textarea')
        .filter({ visible: true })
        .first();
      await wheelUntil(page, middle, -400, shown(first));
      await expect(first).toBeInViewport({ ratio: 1 });
      await expect(tab(page, name)).toBeInViewport({ ratio: 1 });
    }
  });
}

/** fullyVisibleRows counts the table's rows wholly inside its scroll view and the window. */
async function fullyVisibleRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const view = document.querySelector('.sh-view-area')?.getBoundingClientRect();
    if (!view) return 0;
    const bottom = Math.min(view.bottom, window.innerHeight);
    return Array.from(document.querySelectorAll('table tbody tr')).filter((r) => {
      const b = r.getBoundingClientRect();
      return b.height > 0 && b.top >= view.top && b.bottom <= bottom;
    }).length;
  });
}

for (const size of sizes) {
  test(`at ${size.width}×${size.height} the map, the table and the grid take the height left`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openSample(page);
    await tab(page, 'Stakeholder').click();
    const canvas = page.getByTestId('stakeholder-canvas');
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no canvas');
    const share = (box.width * box.height) / (size.width * size.height);
    expect(share, `canvas ${box.width}×${box.height}`).toBeGreaterThanOrEqual(0.4);
    await expect(canvas).toBeInViewport({ ratio: 1 });
    await page.screenshot({
      path: join(artefacts, `${size.width}x${size.height}-map.png`),
      animations: 'disabled',
    });

    // The table: at least 8 of the sample's 12 people without scrolling.
    await page.getByRole('button', { name: 'Tabelle', exact: true }).click();
    const table = page.getByRole('table', { name: 'Stakeholder des Kunden' });
    await expect(table.getByRole('row')).toHaveCount(13);
    expect(await fullyVisibleRows(page)).toBeGreaterThanOrEqual(8);
    // Each name whole, not cut.
    for (const name of await table.locator('tbody th button').all()) {
      expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    }
    await page.screenshot({
      path: join(artefacts, `${size.width}x${size.height}-table.png`),
      animations: 'disabled',
    });

    // The grid: every person's chip on screen, whole.
    await page.getByRole('button', { name: 'Matrix', exact: true }).click();
    const chips = page.locator('.sh-grid__chip');
    await expect(chips).toHaveCount(12);
    for (const chip of await chips.all()) {
      await expect(chip).toBeInViewport({ ratio: 1 });
      expect(await chip.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    }

    // A person's panel scrolls inside itself down to its last field.
    await page.getByRole('button', { name: 'Landkarte', exact: true }).click();
    await page.locator('.react-flow__node').first().click();
    const side = page.getByRole('complementary', { name: 'Details und Abdeckung' });
    const remove = side.getByRole('button', { name: 'Person löschen' });
    const sideBox = await side.boundingBox();
    if (!sideBox) throw new Error('no side panel');
    await wheelUntil(
      page,
      { x: sideBox.x + sideBox.width / 2, y: sideBox.y + sideBox.height / 2 },
      300,
      shown(remove),
    );
    await expect(remove).toBeInViewport({ ratio: 1 });
    await expect(tab(page, 'Stakeholder')).toBeInViewport({ ratio: 1 });
  });
}

test("the sample's cards do not overlap on the map", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openSample(page);
  await tab(page, 'Stakeholder').click();
  const nodes = page.locator('.react-flow__node');
  await expect(nodes).toHaveCount(12);
  // The cards as drawn (their measured size at the map's zoom).
  const boxes = await nodes.evaluateAll((els) =>
    els.map((el) => {
      const b = el.getBoundingClientRect();
      return {
        name: el.textContent ?? '',
        left: b.left,
        top: b.top,
        right: b.right,
        bottom: b.bottom,
      };
    }),
  );
  const overlaps: string[] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
        overlaps.push(`${a.name.slice(0, 24)} / ${b.name.slice(0, 24)}`);
  expect(overlaps).toEqual([]);
});

test('the client list folds to a rail and back with Ctrl+B, remembered; the help overlay lists it and fits', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openSample(page);
  const rail = page.getByRole('button', { name: 'Kundenliste ausklappen' });
  const full = page.getByRole('button', { name: 'Kundenliste einklappen' });
  const nav = page.getByRole('navigation', { name: 'Kundenliste' });
  const earlier = nav.getByRole('link', { name: /KAM-Erstaufnahme/ });
  // A laptop starts with the rail, unless a choice is stored already.
  if (await full.isVisible()) await page.keyboard.press('Control+b');
  await expect(rail).toBeVisible();
  await expect(earlier).toHaveCount(0);

  await page.keyboard.press('Control+b');
  await expect(full).toBeVisible();
  await expect(earlier).toBeVisible();
  // All six tabs fit beside the open list too.
  for (const name of tabNames) await expect(tab(page, name)).toBeInViewport({ ratio: 1 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: workshop })).toBeVisible();
  await expect(full).toBeVisible();

  await full.click();
  await expect(rail).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: workshop })).toBeVisible();
  await expect(rail).toBeVisible();
  await expect(nav.getByRole('link', { name: new RegExp(client) })).toBeVisible();

  // The help overlay: whole on a 768 px window, at its top, in two columns.
  await tab(page, 'Assessment').click();
  await page.getByRole('button', { name: 'Tastenkürzel' }).click();
  const help = page.getByRole('dialog', { name: 'Tastenkürzel' });
  await expect(help).toBeInViewport({ ratio: 1 });
  await expect(help.getByRole('heading', { name: 'Tastenkürzel' })).toBeInViewport({ ratio: 1 });
  await expect(help.getByText('Kundenliste ein- und ausklappen')).toBeInViewport({ ratio: 1 });
  await expect(help.getByText('Strg+B')).toBeVisible();
  expect(await help.evaluate((el) => el.scrollTop)).toBe(0);
  expect(await help.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
  const lefts = new Set(
    await help
      .locator('.help-overlay__list--columns > li')
      .evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().left))),
  );
  expect(lefts.size).toBe(2);
  await page.screenshot({ path: join(artefacts, 'help-1366x768.png'), animations: 'disabled' });
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});
