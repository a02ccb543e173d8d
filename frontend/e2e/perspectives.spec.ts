import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatChange, formatScore } from '../src/features/assessment/scoreFormat';
import { openWorkshop } from './steps';

/**
 * The room's perspectives on the overview of the sample workshop (real app,
 * real SQLite): the customer's view, ours and the agreed scores with the
 * numbers of Go's report (as `report --json` prints them), each side's
 * change since the earlier round, where the room disagrees and where the
 * sides differ, a click on a question opening it; at 1366×768 and on the
 * projector's 1280×720.
 */

const artefacts = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'artefacts',
  'perspectives',
);
mkdirSync(artefacts, { recursive: true });

const client = 'Hofmann Antriebstechnik GmbH';
const workshop = 'KAM-Workshop Herbst 2026';

interface Scored {
  id: string;
  score: number | null;
}
interface Side {
  overall: number | null;
  areas: Scored[];
}
interface Question {
  id: string;
  value: number | null;
  votes: number;
  spread: number | null;
  consensus: boolean;
  customer: number | null;
  ours: number | null;
}
interface Report {
  overall: number | null;
  areas: Scored[];
  perspectives: { customer: Side; ours: Side };
  questions: Question[];
}

/** report asks the Go side for the contract scores, as `report --json` prints them. */
async function report(page: Page, workshopID: string): Promise<Report> {
  return page.evaluate(async (id) => {
    const w = window as unknown as {
      go: { app: { Assessment: { Report: (id: string) => Promise<Report> } } };
    };
    return w.go.app.Assessment.Report(id);
  }, workshopID);
}

/** questionText asks Go's catalogue for a question's German text. */
async function questionText(page: Page, questionID: string): Promise<string> {
  return page.evaluate(async (id) => {
    const w = window as unknown as {
      go: {
        app: {
          Assessment: {
            Catalog: () => Promise<{
              areas: { questions: { id: string; text: { de: string } }[] }[];
            }>;
          };
        };
      };
    };
    const cat = await w.go.app.Assessment.Catalog();
    return cat.areas.flatMap((a) => a.questions).find((q) => q.id === id)?.text.de ?? '';
  }, questionID);
}

const de = (v: number | null) => formatScore(v, 'de');

function workshopIDFrom(url: string): string {
  const m = /#\/clients\/[^/]+\/workshops\/([^/]+)/.exec(url);
  if (!m?.[1]) throw new Error(`no workshop in ${url}`);
  return decodeURIComponent(m[1]);
}

async function openOverview(page: Page): Promise<string> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await openWorkshop(page, client, workshop);
  await page.getByRole('button', { name: 'Auswertung' }).click();
  await expect(page.getByRole('region', { name: 'Sichtweisen im Raum' })).toBeVisible();
  return workshopIDFrom(page.url());
}

const perspectives = ['customer', 'ours', 'agreed'] as const;

function scoreOf(r: Report, p: (typeof perspectives)[number], area: string): number | null {
  if (area === 'overall') return p === 'agreed' ? r.overall : r.perspectives[p].overall;
  const list = p === 'agreed' ? r.areas : r.perspectives[p].areas;
  return list.find((a) => a.id === area)?.score ?? null;
}

test.describe('perspectives on the overview', () => {
  test("the customer's view beside ours and the agreed scores, as Go's report, with each side's change", async ({
    page,
  }) => {
    const workshopID = await openOverview(page);
    const section = page.getByRole('region', { name: 'Sichtweisen im Raum' });
    const table = section.getByRole('table', { name: /Werte je Bereich aus Sicht des Kunden/ });
    await expect(table.getByRole('columnheader', { name: 'Sicht des Kunden' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Unsere Sicht' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Vereinbart' })).toBeVisible();
    // The radar: both sides and the agreed scores, named for a screen reader.
    const radar = section.getByRole('img', { name: /Netzdiagramm: Sicht des Kunden/ });
    await expect(radar).toBeVisible();
    for (const p of perspectives) {
      await expect(radar.locator(`[data-series="${p}"] polygon`)).toHaveCount(1);
    }

    const now = await report(page, workshopID);
    // The sample's room voted on both sides.
    expect(now.perspectives.customer.overall).not.toBeNull();
    expect(now.perspectives.ours.overall).not.toBeNull();
    expect(now.perspectives.customer.overall).not.toBe(now.perspectives.ours.overall);
    for (const area of [...now.areas.map((a) => a.id), 'overall']) {
      for (const p of perspectives) {
        await expect(page.getByTestId(`persp-${p}-${area}`), `${p} ${area}`).toHaveText(
          de(scoreOf(now, p, area)),
        );
      }
    }

    // The earlier round (compared by default) had votes too: each side's change.
    const earlierID = await page.getByLabel('Vergleichen mit').inputValue();
    expect(earlierID).not.toBe('');
    const before = await report(page, earlierID);
    expect(before.perspectives.customer.overall).not.toBeNull();
    const overallRow = table.getByRole('row', { name: /^Gesamt/ });
    for (const p of perspectives) {
      await expect(overallRow).toContainText(
        `(${formatChange(scoreOf(now, p, 'overall'), scoreOf(before, p, 'overall'), 'de')})`,
      );
    }
    await expect(section).toContainText('Veränderung seit „KAM-Erstaufnahme“');

    await section.evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: join(artefacts, 'perspectives-1366x768.png') });
    await page.setViewportSize({ width: 1280, height: 720 });
    await section.evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: join(artefacts, 'perspectives-1280x720.png') });
    // Nothing of the card is cut off or overflows sideways on the projector's width.
    const fits = await section.evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(fits).toBe(true);

    // Without a comparison, no changes.
    await page.getByLabel('Vergleichen mit').selectOption('');
    await expect(overallRow).not.toContainText('(');
  });

  test('where the room disagrees and where the sides differ, a click opens the question', async ({
    page,
  }) => {
    const workshopID = await openOverview(page);
    const r = await report(page, workshopID);
    // Go's kam.Report.Disagreements and SideDifferences, applied to its own report.
    const disagree = r.questions
      .filter((q) => !q.consensus)
      .sort((a, b) => (b.spread ?? 0) - (a.spread ?? 0));
    const differ = r.questions
      .filter((q) => q.customer !== null && q.ours !== null && q.customer !== q.ours)
      .sort(
        (a, b) =>
          Math.abs((b.customer ?? 0) - (b.ours ?? 0)) - Math.abs((a.customer ?? 0) - (a.ours ?? 0)),
      );
    expect(disagree.length).toBeGreaterThan(0);
    expect(differ.length).toBeGreaterThan(0);

    const disagreeList = page.getByRole('list', { name: 'Hier ist sich der Raum uneins' });
    const differList = page.getByRole('list', {
      name: 'Hier sehen Kunde und wir es am unterschiedlichsten',
    });
    await expect(disagreeList.getByRole('listitem')).toHaveCount(Math.min(5, disagree.length));
    await expect(differList.getByRole('listitem')).toHaveCount(Math.min(5, differ.length));
    const first = disagree[0];
    if (!first) throw new Error('no disagreement');
    const text = await questionText(page, first.id);
    const item = disagreeList.getByRole('listitem').first();
    await expect(item).toContainText(`Spanne ${first.spread}`);
    await expect(item).toContainText('kein Konsens');
    await expect(differList.getByRole('listitem').first()).toContainText(
      await questionText(page, differ[0]?.id ?? ''),
    );
    await item.evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: join(artefacts, 'room-lists-1366x768.png') });

    await item.getByRole('button', { name: text }).click();
    await expect(page.locator('.question-card h2')).toHaveText(text);
    expect(decodeURIComponent(new URL(page.url()).hash)).toMatch(
      new RegExp(`/assessment/${first.id.replace(/\./g, '\\.')}$`),
    );
  });
});
