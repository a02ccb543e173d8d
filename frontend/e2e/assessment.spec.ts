import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatScore } from '../src/features/assessment/scoreFormat';
import { newClient, newWorkshop } from './steps';

/**
 * The assessment workshop against the real app (wails dev, a real SQLite
 * file): rate by click and by keyboard, notes with umlauts and a <script>
 * tag, scores equal to what Go's Report gives, a reload that finds
 * everything, two rounds compared, an action created from a gap.
 */

const artefacts = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'artefacts');
mkdirSync(artefacts, { recursive: true });

interface AreaScore {
  id: string;
  score: number | null;
}
interface Report {
  overall: number | null;
  areas: AreaScore[];
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

/** The screen's formatting: whole numbers, German notation. */
const de = (v: number | null) => formatScore(v, 'de');

function workshopIDFrom(url: string): string {
  const m = /#\/clients\/[^/]+\/workshops\/([^/]+)/.exec(url);
  if (!m?.[1]) throw new Error(`no workshop in ${url}`);
  return decodeURIComponent(m[1]);
}

async function newClientWithWorkshop(page: Page, name: string) {
  await page.goto('/');
  await newClient(page, name);
  await newWorkshop(page, 'Runde 1');
  await expect(page.getByRole('heading', { level: 2, name: 'Existiert ein CRM?' })).toBeVisible();
}

const question = (page: Page) => page.locator('.question-card h2');
const areaScore = (page: Page, id: string) => page.getByTestId(`area-score-${id}`);
const rating = (page: Page, name: string) =>
  page.getByRole('group', { name: /^(Bewertung|Rating)$/ }).getByRole('button', { name });

test.describe('assessment workshop', () => {
  test('rate by click and keyboard, notes kept literally, scores as the contract, reload persists', async ({
    page,
  }) => {
    await newClientWithWorkshop(page, `Müller & Söhne ${Date.now()}`);
    const workshopID = workshopIDFrom(page.url());

    // Rate the first question by click.
    await rating(page, '3 – etabliert').click();
    await expect(rating(page, '3 – etabliert')).toHaveAttribute('aria-pressed', 'true');
    await expect(areaScore(page, 'organisation')).toHaveText('75');

    // Notes with umlauts, emoji and a script tag: typed, never interpreted.
    await page.keyboard.press('e');
    const notes = page.getByLabel('Notizen (intern)');
    await expect(notes).toBeFocused();
    const text = 'Größere Außendienst-Übersicht 🚀 <script>window.__pwned = 1</script> & "Zitat"';
    await notes.pressSequentially(text);
    // Typing digits and n in the notes must not rate.
    await notes.pressSequentially(' 0 n 4');
    await expect(rating(page, '3 – etabliert')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect(notes).not.toBeFocused();

    // The rest by keyboard: next, rate, not applicable, follow-up flag.
    await page.keyboard.press('Enter');
    await expect(question(page)).toHaveText('Wird das CRM vom Vertriebler/BDM akzeptiert/genutzt?');
    await page.keyboard.press('2');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('n');
    await page.keyboard.press('ArrowRight');
    // Rated twice quickly: the last rating must be the one stored.
    await page.keyboard.press('1');
    await page.keyboard.press('4');
    await page.keyboard.press('f');
    await page.getByRole('checkbox', { name: 'ERP' }).check();
    await page.getByRole('checkbox', { name: 'Ticketsystem' }).check();
    await expect(page.getByRole('button', { name: 'Nachfassen' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    // (3 + 2 + 4) / 3 × 25 = 75, the not applicable one left out.
    await expect(areaScore(page, 'organisation')).toHaveText('75');
    // And into the next area with Page Down.
    await page.keyboard.press('PageDown');
    await expect(page.getByRole('button', { name: /^Marketing/ })).toHaveAttribute(
      'aria-current',
      'step',
    );
    await page.keyboard.press('1');
    await expect(areaScore(page, 'marketing')).toHaveText('25');

    // Everything stored: the screen equals Go's Report.
    await expect(page.getByRole('status').filter({ hasText: 'Gespeichert' })).toBeVisible();
    await expect(async () => {
      const r = await report(page, workshopID);
      for (const a of r.areas) await expect(areaScore(page, a.id)).toHaveText(de(a.score));
      await expect(page.getByTestId('overall-score')).toHaveText(de(r.overall));
      expect(r.areas.find((a) => a.id === 'organisation')?.score).toBe(75);
      expect(r.overall).toBe(50);
    }).toPass();

    // Reload: the same question, the same answers.
    await page.reload();
    await expect(question(page)).toHaveText(
      'Werden vertriebsbegleitende Maßnahmen genutzt/eingesetzt?',
    );
    await expect(rating(page, '1 – ansatzweise')).toHaveAttribute('aria-pressed', 'true');
    await expect(areaScore(page, 'organisation')).toHaveText('75');
    await page.getByRole('button', { name: /^Organisation/ }).click();
    await expect(rating(page, '3 – etabliert')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByLabel('Notizen (intern)')).toHaveValue(`${text} 0 n 4`);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    await page.screenshot({ path: join(artefacts, 'assessment-workshop.png') });

    // The language switch changes the questions too.
    await page.getByRole('group', { name: 'Sprache' }).getByRole('button', { name: 'EN' }).click();
    await expect(question(page)).toHaveText('Is there a CRM system?');
    await expect(rating(page, '3 – established')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: /^Organisation/ })).toContainText('4/9 answered');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'DE' }).click();
    await expect(question(page)).toHaveText('Existiert ein CRM?');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('button', { name: 'nicht zutreffend' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.keyboard.press('ArrowDown');
    await expect(rating(page, '4 – vorbildlich')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'Nachfassen' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('checkbox', { name: 'ERP' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Shop' })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Ticketsystem' })).toBeChecked();

    // The help overlay lists the keys.
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Tastenkürzel' });
    await expect(help.getByText('Projektoransicht an/aus')).toBeVisible();
    await page.screenshot({ path: join(artefacts, 'assessment-help.png') });
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    // Projector mode: one key, the notes hidden, still rated from the keyboard.
    await page.keyboard.press('p');
    const projector = page.getByTestId('projector');
    await expect(projector).toBeVisible();
    await expect(projector.getByRole('heading', { level: 2 })).toHaveText(
      /^Wie ist das CRM in die Unternehmensprozesse/,
    );
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(projector.getByRole('heading', { level: 2 })).toHaveText('Existiert ein CRM?');
    // Internal notes never reach the projector.
    await expect(projector.getByText(/Außendienst-Übersicht/)).toHaveCount(0);
    await expect(projector.getByRole('button', { name: 'Nachfassen' })).toHaveCount(0);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageUp');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
    await expect(projector.getByRole('heading', { level: 2 })).toHaveText(
      'Existiert ein Kunden-Funnel?',
    );
    await page.keyboard.press('2');
    await expect(projector.getByRole('button', { name: '2 – teilweise' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.screenshot({ path: join(artefacts, 'assessment-projector.png') });
    await page.keyboard.press('p');
    await expect(projector).toBeHidden();
    await expect(rating(page, '2 – teilweise')).toHaveAttribute('aria-pressed', 'true');
  });

  test('compare two rounds and create an action from a gap', async ({ page }) => {
    await newClientWithWorkshop(page, `Zweirunden GmbH ${Date.now()}`);
    const first = workshopIDFrom(page.url());
    // Round 1: a rating in every area, the first area twice.
    for (const key of [
      '1',
      'Enter',
      '2',
      'PageDown',
      '3',
      'PageDown',
      '2',
      'PageDown',
      '1',
      'PageDown',
      '2',
    ]) {
      await page.keyboard.press(key);
    }
    await expect(areaScore(page, 'organisation')).toHaveText('38'); // 37.5, shown as a whole number
    await expect(areaScore(page, 'product')).toHaveText('50');

    // The next round starts as a copy of this one.
    await page.keyboard.press('o');
    await page.getByRole('button', { name: 'Nächste Runde beginnen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Neuer Workshop' });
    await dialog.getByLabel('Titel').fill('Runde 2');
    await expect(dialog.getByLabel('Antworten übernehmen aus')).toHaveValue(first);
    await dialog.getByRole('button', { name: 'Workshop anlegen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Runde 2' })).toBeVisible();
    const second = workshopIDFrom(page.url());
    expect(second).not.toBe(first);

    // Revisit: the copied ratings are there; raise the first one.
    await expect(areaScore(page, 'product')).toHaveText('50');
    await expect(rating(page, '1 – ansatzweise')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('4');
    await page.keyboard.press('Enter');
    await expect(rating(page, '2 – teilweise')).toHaveAttribute('aria-pressed', 'true');
    await expect(areaScore(page, 'organisation')).toHaveText('75');

    // Gap to action: rated 2, so an action can be created, pre-filled and linked.
    await page.getByRole('button', { name: 'Maßnahme anlegen' }).click();
    const form = page.getByRole('dialog', { name: 'Maßnahme zur Lücke anlegen' });
    await expect(form.getByLabel(/Titel/)).toHaveValue(
      'Wird das CRM vom Vertriebler/BDM akzeptiert/genutzt',
    );
    await expect(form.getByLabel('Priorität')).toHaveValue('medium');
    await form.getByLabel(/Titel/).fill('CRM-Schulung für den Außendienst');
    await form.getByLabel('Verantwortlich').fill('Frau Jäger');
    await form.getByLabel('Fällig am').fill('2026-09-30');
    await form.getByRole('button', { name: 'Maßnahme speichern' }).click();
    await expect(form).toBeHidden();
    const actions = page.getByRole('list', { name: 'Maßnahmen zu dieser Frage' });
    await expect(actions.getByText('CRM-Schulung für den Außendienst')).toBeVisible();
    await page.locator('.assess-toolbar').evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: join(artefacts, 'assessment-gap-action.png') });

    // Account management up, product down.
    for (const key of ['PageDown', 'PageDown', '3', 'PageDown', 'PageDown', '1']) {
      await page.keyboard.press(key);
    }
    await expect(areaScore(page, 'account_management')).toHaveText('75');
    await expect(areaScore(page, 'product')).toHaveText('25');

    // Compare with round 1.
    await page.getByRole('button', { name: 'Auswertung' }).click();
    await expect(page.getByLabel('Vergleichen mit')).toHaveValue(first);
    const changes = page.getByRole('region', { name: 'Veränderungen je Frage seit „Runde 1“' });
    const row = changes.getByRole('row', { name: /Existiert ein CRM/ });
    await expect(row).toContainText('1');
    await expect(row).toContainText('▲ +3');
    await expect(changes.getByRole('row')).toHaveCount(4); // header + three changes
    await expect(changes.getByRole('row').last()).toContainText('▼ −1');
    await expect(page.locator('[data-series="previous"] polygon')).toHaveCount(1);
    await expect(page.locator('[data-series="current"] polygon')).toHaveCount(1);
    const scores = page.getByRole('region', { name: 'Werte (0–100)' });
    await expect(scores.getByRole('row', { name: /^Organisation/ })).toContainText('+37'); // 75 − 38, as shown
    await expect(scores.getByRole('row', { name: /^Produkt/ })).toContainText('−25');
    await expect(scores.getByRole('row', { name: /^Marketing/ })).toContainText('±0');
    // The app scrolls inside its content pane: bring the results to the top for the picture.
    await page.locator('.assess-toolbar').evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: join(artefacts, 'assessment-rounds.png') });

    // Reload: the action is stored and shown on its question; the deep link opens it.
    await page.reload();
    await page.getByRole('button', { name: 'Fragen' }).click();
    const [, hashBase] = /^(.*\/assessment)/.exec(new URL(page.url()).hash) ?? [];
    await page.evaluate((h) => {
      window.location.hash = h;
    }, `${hashBase}/org.crm_adopted`);
    await expect(question(page)).toHaveText('Wird das CRM vom Vertriebler/BDM akzeptiert/genutzt?');
    await expect(
      page
        .getByRole('list', { name: 'Maßnahmen zu dieser Frage' })
        .getByText('CRM-Schulung für den Außendienst'),
    ).toBeVisible();
    const stored = await page.evaluate(async (id) => {
      const w = window as unknown as {
        go: {
          app: {
            Actions: { List: (id: string) => Promise<{ question_id: string; priority: string }[]> };
          };
        };
      };
      return w.go.app.Actions.List(id);
    }, second);
    expect(stored).toEqual([
      expect.objectContaining({ question_id: 'org.crm_adopted', priority: 'medium' }),
    ]);

    // Typed and straight into another area, before the pause in typing is over: still stored.
    await page.keyboard.press('e');
    await page.getByLabel('Notizen (intern)').pressSequentially('Mitten im Satz – ßüö');
    await page.getByRole('button', { name: /^Produkt/ }).click();
    await expect(question(page)).toHaveText(/MVN/);
    await expect(page.getByRole('status').filter({ hasText: 'Gespeichert' })).toBeVisible();
    await page.reload();
    await page.getByRole('button', { name: /^Organisation/ }).click();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Notizen (intern)')).toHaveValue('Mitten im Satz – ßüö');
  });
});
