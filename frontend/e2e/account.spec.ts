import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newClient, newWorkshop } from './steps';

/**
 * Account intelligence against the real app (wails dev, a real SQLite file):
 * battle cards with umlauts and a <script> tag kept as text, our SWOT, the
 * opportunity funnel moved by drag and by keyboard with its totals, the
 * arguments reordered, the action plan filtered, edited inline and exported
 * as CSV for German Excel; reloads prove every edit was stored.
 */

const artefacts = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'artefacts');
mkdirSync(artefacts, { recursive: true });

async function shot(page: Page, name: string, target?: Locator) {
  await (target ?? page.locator('.tab-panel')).evaluate((el) => el.scrollIntoView());
  await page.screenshot({ path: join(artefacts, `account-${name}.png`), animations: 'disabled' });
}

function savedIndicator(page: Page) {
  return page
    .getByRole('status')
    .filter({ hasText: /^(Speichert…|Gespeichert|Nicht gespeichert.*|Autospeichern an)$/ });
}

/** The German euro format of the screen (Intl, as the app uses it). */
function eur(v: number): string {
  const whole = Math.abs(v - Math.round(v)) < 0.005;
  return new Intl.NumberFormat('de-DE', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(v);
}

async function newClientWithWorkshop(page: Page, name: string) {
  await page.goto('/');
  await newClient(page, name);
  await newWorkshop(page, 'Herbstrunde');
}

const tab = (page: Page, name: string) =>
  page.getByRole('tablist', { name: 'Bereiche des Workshops' }).getByRole('tab', { name });

test.describe('account intelligence', () => {
  test('battle cards keep umlauts and a <script> tag as text, sorted by threat; our SWOT', async ({
    page,
  }) => {
    await newClientWithWorkshop(page, `Hofmann Antriebstechnik ${Date.now()}`);
    await tab(page, 'Wettbewerb & SWOT').click();
    await expect(
      page.getByRole('heading', { name: 'Noch keine Wettbewerber erfasst' }),
    ).toBeVisible();

    // A blank name is refused in the dialog, nothing is stored.
    await page.getByRole('button', { name: 'Wettbewerber anlegen' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Neuer Wettbewerber' });
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await expect(dialog.getByText('Bitte geben Sie einen Namen ein.')).toBeVisible();
    const name = 'Müller & Söhne Präzisionsteile GmbH';
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Standort').fill('Fürth, Vertrieb über Händler');
    await dialog.getByRole('radio', { name: '4 – hoch' }).check();
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await expect(dialog).toBeHidden();

    // The one battle card on screen (its name follows what is typed).
    const card = page.getByRole('article', { name: /^Battle Card/ });
    await expect(card.getByRole('textbox', { name: 'Name' })).toHaveValue(name);
    const strengths = `Günstige Preise & „Rabatte“ <script>window.__pwned = 1</script> <b>fett</b>`;
    await card.getByLabel('Stärken').fill(strengths);
    await card.getByLabel('Schwächen').fill('Lange Lieferzeiten, kein Service vor Ort');
    await card.getByLabel('Partner').fill('Schäfer Logistik – liefert just in time');
    await card
      .getByLabel('Unsere Gegenargumente')
      .fill('24-h-Ersatzteilservice, Techniker in Ihrer Nähe');
    await expect(savedIndicator(page)).toHaveText('Gespeichert');

    // An emptied name is refused inline and never stored; the card keeps it on screen.
    await card.getByRole('textbox', { name: 'Name' }).fill('  ');
    await expect(card.getByText('Bitte geben Sie einen Namen ein.')).toBeVisible();
    await expect(savedIndicator(page)).toHaveText(
      'Nicht gespeichert – Bitte geben Sie einen Namen ein.',
    );
    await card.getByRole('textbox', { name: 'Name' }).fill(name);
    await expect(savedIndicator(page)).toHaveText('Gespeichert');

    // A second competitor, less dangerous: listed below; raised to 5, it moves to the top.
    await page.getByRole('button', { name: 'Wettbewerber anlegen' }).click();
    await dialog.getByLabel('Name').fill('Zeller AG');
    await dialog.getByRole('radio', { name: '2 – mäßig' }).check();
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    const list = page.getByRole('navigation', { name: 'Wettbewerber, nach Bedrohung sortiert' });
    await expect(list.getByRole('button')).toHaveText([/^Müller & Söhne/, /^Zeller AG/]);
    await expect(card).toHaveAccessibleName('Battle Card Zeller AG');
    await card.getByRole('radio', { name: '5 – kritisch' }).check();
    await expect(list.getByRole('button')).toHaveText([/^Zeller AG/, /^Müller & Söhne/]);
    await list.getByRole('button', { name: /Müller & Söhne/ }).click();
    await expect(card.getByLabel('Stärken')).toHaveValue(strengths);
    await shot(page, 'battle-card');

    // The comparison grid shows the notes as typed, as text; no script ran.
    await page.getByRole('button', { name: /^Vergleich/ }).click();
    const grid = page.getByRole('table', { name: /Alle Wettbewerber im Vergleich/ });
    await expect(grid.getByRole('row')).toHaveCount(3);
    const müller = grid.getByRole('row', { name: /Müller & Söhne/ });
    await expect(müller).toContainText('<script>window.__pwned = 1</script> <b>fett</b>');
    await expect(grid.locator('script, b')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(
      undefined,
    );
    await shot(page, 'compare');

    // Our SWOT, saved as typed.
    await page.getByRole('button', { name: 'Unsere SWOT' }).click();
    const swot = page.getByRole('group', { name: 'SWOT-Analyse' });
    const quadrants = {
      Stärken: 'Service in 24 h, Techniker kennen die Linien',
      Schwächen: 'Preis über Marktniveau',
      Chancen: 'Werkserweiterung in Aalen 2027',
      Risiken: 'Einkauf bündelt Lieferanten – „Konsolidierung“',
    };
    for (const [label, text] of Object.entries(quadrants)) {
      await swot.getByLabel(label).fill(text);
    }
    await expect(savedIndicator(page)).toHaveText('Gespeichert');
    await shot(page, 'swot');

    // Reload: the same view, everything stored.
    await page.reload();
    for (const [label, text] of Object.entries(quadrants)) {
      await expect(page.getByRole('group', { name: 'SWOT-Analyse' }).getByLabel(label)).toHaveValue(
        text,
      );
    }
    await page.getByRole('button', { name: /^Battle Cards/ }).click();
    await expect(list.getByRole('button')).toHaveText([/^Zeller AG/, /^Müller & Söhne/]);
    await list.getByRole('button', { name: /Müller & Söhne/ }).click();
    await expect(card.getByLabel('Stärken')).toHaveValue(strengths);
    await expect(card.getByRole('radio', { name: '4 – hoch' })).toBeChecked();
    await expect(card.getByLabel('Standort')).toHaveValue('Fürth, Vertrieb über Händler');
  });

  test('opportunities move by drag and keyboard with their totals; arguments reorder', async ({
    page,
  }) => {
    await newClientWithWorkshop(page, `Brenner Verpackung ${Date.now()}`);
    await tab(page, 'Chancen & Argumente').click();
    await page.getByRole('button', { name: /^Chancen/ }).click();

    // Bad input is refused in the dialog.
    await page.getByRole('button', { name: 'Chance anlegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Neue Chance' });
    await dialog.getByLabel('Wert (EUR)').fill('-5');
    await dialog.getByLabel('Wahrscheinlichkeit (%)').fill('101');
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await expect(dialog.getByText('Bitte geben Sie einen Titel ein.')).toBeVisible();
    await expect(dialog.getByText(/Bitte einen Betrag ab 0 €/)).toBeVisible();
    await expect(dialog.getByText('Bitte eine ganze Zahl von 0 bis 100.')).toBeVisible();
    await dialog.getByLabel('Titel').fill('Rahmenvertrag Ersatzteile 2027');
    await dialog.getByLabel('Wert (EUR)').fill('12.500');
    await dialog.getByLabel('Wahrscheinlichkeit (%)').fill('40');
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole('button', { name: 'Chance in „Angebot“ anlegen' }).click();
    await dialog.getByLabel('Titel').fill('Wartungsvertrag Linie 3');
    await dialog.getByLabel('Wert (EUR)').fill('1.234,56');
    await dialog.getByLabel('Wahrscheinlichkeit (%)').fill('50');
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await expect(dialog).toBeHidden();

    const total = (stage: string) => page.getByTestId(`stage-total-${stage}`);
    const weighted = page.getByRole('group', { name: 'Gewichtete Pipeline' });
    await expect(total('lead')).toContainText(eur(12500));
    await expect(total('proposal')).toContainText(eur(1234.56));
    await expect(total('proposal')).toContainText('1.234,56 €');
    await expect(weighted).toContainText(eur(5000 + 617.28));
    await expect(weighted).toHaveAttribute('title', /offenen Phasen.*zählen nicht mit/);

    // Drag the lead to the next stage with the mouse.
    const rahmen = page.getByRole('button', {
      name: 'Chance „Rahmenvertrag Ersatzteile 2027“ bearbeiten',
    });
    const drag = async (card: Locator, stage: string) => {
      const from = await card.boundingBox();
      const to = await page.getByRole('region', { name: stage }).boundingBox();
      if (!from || !to) throw new Error('not on screen');
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await page.mouse.down();
      await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 8, {
        steps: 3,
      });
      await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 12 });
      await page.mouse.up();
    };
    await drag(rahmen, 'Qualifiziert');
    await expect(
      page
        .getByRole('region', { name: 'Qualifiziert' })
        .getByRole('button', { name: /Rahmenvertrag/ }),
    ).toBeVisible();
    await expect(total('lead')).toContainText(eur(0));
    await expect(total('qualified')).toContainText(eur(12500));
    await expect(savedIndicator(page)).toHaveText('Gespeichert');

    // The keyboard alternative: Alt+→ moves a card one stage on.
    const wartung = page.getByRole('button', {
      name: 'Chance „Wartungsvertrag Linie 3“ bearbeiten',
    });
    await wartung.focus();
    await page.keyboard.press('Alt+ArrowRight');
    await expect(
      page
        .getByRole('region', { name: 'Verhandlung' })
        .getByRole('button', { name: /Wartungsvertrag/ }),
    ).toBeVisible();
    await expect(wartung).toBeFocused();
    await expect(total('negotiation')).toContainText(eur(1234.56));
    await expect(total('proposal')).toContainText(eur(0));

    // Won leaves the weighted pipeline: it counts open stages only.
    await drag(rahmen, 'Gewonnen');
    await expect(total('won')).toContainText(eur(12500));
    await expect(page.getByRole('group', { name: 'Gewonnen' })).toContainText(eur(12500));
    await expect(weighted).toContainText(eur(617.28));

    // Edit in the dialog: a bad probability is refused inline, a good one saved as typed.
    await wartung.click();
    const editor = page.getByRole('dialog', { name: 'Chance bearbeiten' });
    await editor.getByLabel('Wahrscheinlichkeit (%)').fill('120');
    await expect(editor.getByText('Bitte eine ganze Zahl von 0 bis 100.')).toBeVisible();
    await editor.getByLabel('Wahrscheinlichkeit (%)').fill('80');
    await editor.getByLabel('Erwarteter Abschluss').fill('2026-12-15');
    await editor.getByLabel('Nächster Schritt').fill('Termin mit Frau Öztürk (Einkauf)');
    await expect(savedIndicator(page)).toHaveText('Gespeichert');
    await editor.getByRole('button', { name: 'Fertig' }).click();
    await expect(weighted).toContainText(eur(1234.56 * 0.8));
    await shot(page, 'funnel');

    // Arguments: typed into the table, reordered by button and by drag.
    await page.getByRole('button', { name: /^Argumente/ }).click();
    const features = ['24/7-Service-Hotline', 'Ersatzteile in 24 h', 'Schulung an der Linie'];
    for (const [i, f] of features.entries()) {
      await page.getByRole('button', { name: 'Argument hinzufügen' }).click();
      const n = i + 1;
      await expect(page.getByRole('textbox', { name: `Merkmal ${n}` })).toBeFocused();
      await page.getByRole('textbox', { name: `Merkmal ${n}` }).fill(f);
      await page.getByRole('textbox', { name: `Vorteil ${n}` }).fill(`Vorteil von ${f}`);
      await page.getByRole('textbox', { name: `Nutzen ${n}` }).fill(`Nutzen für den Kunden ${n}`);
      // Stored once it has a feature: then it can be moved.
      await expect(
        page.getByRole('button', { name: `Argument ${n} ziehen, um es umzusortieren` }),
      ).toBeEnabled();
    }
    await page.getByLabel('Für Kaufrolle 2').selectOption({ label: 'Technischer Prüfer' });
    await expect(savedIndicator(page)).toHaveText('Gespeichert');
    const order = async () =>
      page
        .getByRole('textbox', { name: /^Merkmal \d$/ })
        .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    await page.getByRole('button', { name: 'Argument 3 nach oben' }).click();
    await expect.poll(order).toEqual([features[0], features[2], features[1]]);
    await expect(page.getByLabel('Für Kaufrolle 3')).toHaveValue('technical_buyer');

    // Drag the first row's handle below the last row.
    const grip = await page.getByRole('button', { name: /Argument 1 ziehen/ }).boundingBox();
    const last = await page.getByRole('textbox', { name: 'Merkmal 3' }).boundingBox();
    if (!grip || !last) throw new Error('not on screen');
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2, grip.y + 30, { steps: 4 });
    await page.mouse.move(grip.x + grip.width / 2, last.y + last.height + 20, { steps: 10 });
    await page.mouse.up();
    await expect.poll(order).toEqual([features[2], features[1], features[0]]);

    // An emptied feature is refused inline.
    await page.getByRole('textbox', { name: 'Merkmal 1' }).fill('');
    await expect(page.getByText('Bitte zuerst das Merkmal eingeben.')).toBeVisible();
    await page.getByRole('textbox', { name: 'Merkmal 1' }).fill(features[2] ?? '');
    await expect(savedIndicator(page)).toHaveText('Gespeichert');
    await shot(page, 'arguments');

    // Reload: the order and every field are stored; the funnel too.
    await page.reload();
    await expect.poll(order).toEqual([features[2], features[1], features[0]]);
    await expect(page.getByLabel('Für Kaufrolle 2')).toHaveValue('technical_buyer');
    await expect(page.getByRole('textbox', { name: 'Nutzen 3' })).toHaveValue(
      'Nutzen für den Kunden 1',
    );
    await page.getByRole('button', { name: /^Chancen/ }).click();
    await expect(total('won')).toContainText(eur(12500));
    await expect(total('negotiation')).toContainText(eur(1234.56));
    await expect(weighted).toContainText(eur(1234.56 * 0.8));
    await expect(page.getByRole('region', { name: 'Verhandlung' })).toContainText(
      'Termin mit Frau Öztürk (Einkauf)',
    );

    // In English: English stage names and euro notation.
    const language = page.getByRole('group', { name: 'Sprache' });
    await language.getByRole('button', { name: 'EN' }).click();
    await expect(page.getByRole('group', { name: 'Weighted pipeline' })).toContainText('€987.65');
    await expect(page.getByRole('region', { name: 'Negotiation' })).toContainText('€1,234.56');
    await shot(page, 'funnel-en');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'DE' }).click();
    await expect(language.getByRole('button', { name: 'DE' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('the action plan: gap actions included, filtered, edited inline, exported as CSV', async ({
    page,
  }) => {
    const client = `Keller Kunststofftechnik ${Date.now()}`;
    await newClientWithWorkshop(page, client);

    // An action created from a gap in the assessment.
    await expect(page.getByRole('heading', { level: 2, name: 'Existiert ein CRM?' })).toBeVisible();
    await page
      .getByRole('group', { name: 'Bewertung' })
      .getByRole('button', { name: '1 – ansatzweise' })
      .click();
    await page.getByRole('button', { name: 'Maßnahme anlegen' }).click();
    const gap = page.getByRole('dialog', { name: 'Maßnahme zur Lücke anlegen' });
    await gap.getByLabel(/Titel/).fill('CRM auswählen und einführen');
    await gap.getByLabel('Verantwortlich').fill('Frau Jäger');
    await gap.getByLabel('Fällig am').fill('2031-09-30');
    await gap.getByRole('button', { name: 'Maßnahme speichern' }).click();
    await expect(gap).toBeHidden();

    await tab(page, 'Maßnahmen').click();
    const table = page.getByRole('table', { name: 'Maßnahmen des Workshops' });
    await expect(table.getByRole('textbox', { name: 'Maßnahme' })).toHaveValue(
      'CRM auswählen und einführen',
    );
    await expect(table.getByRole('link', { name: '1.1 Existiert ein CRM?' })).toBeVisible();

    // Two more, typed straight into new rows.
    const addRow = async (title: string, owner: string, due: string, priority: string) => {
      await page.getByRole('button', { name: 'Maßnahme anlegen' }).click();
      const focused = table.getByRole('textbox', { name: 'Maßnahme' }).first();
      await expect(focused).toBeFocused();
      await focused.fill(title);
      const row = table.getByRole('row').nth(1);
      await row.getByRole('combobox', { name: 'Verantwortlich' }).fill(owner);
      await row.getByLabel('Fällig am').fill(due);
      await row.getByRole('combobox', { name: 'Priorität' }).selectOption({ label: priority });
      return row;
    };
    const overdueRow = await addRow(
      'Angebot Wartung nachfassen',
      'Herr Öztürk',
      '2024-01-15',
      'Hoch',
    );
    await expect(overdueRow).toContainText('Überfällig');
    const priceRow = await addRow(
      'Preisliste 2027 „Premium“; mit "Rabatt"',
      'Frau Jäger',
      '2031-12-31',
      'Niedrig',
    );
    await priceRow.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Erledigt' });
    await expect(savedIndicator(page)).toHaveText('Gespeichert');
    await expect(page.getByText('3 Maßnahmen')).toBeVisible();
    await expect(page.getByText('1 überfällig')).toBeVisible();

    // A row without a title is refused inline and never stored.
    await page.getByRole('button', { name: 'Maßnahme anlegen' }).click();
    const blank = table.getByRole('row').nth(1);
    await blank.getByRole('combobox', { name: 'Verantwortlich' }).fill('Niemand');
    await expect(blank.getByText('Bitte geben Sie einen Titel ein.')).toBeVisible();
    await blank.getByRole('button', { name: /Maßnahme löschen/ }).click();
    await expect(table.getByRole('row')).toHaveCount(4);
    // Gone with its row: the refusal no longer stands.
    await expect(savedIndicator(page)).toHaveText('Gespeichert');

    await shot(page, 'actions');

    // Filter: Frau Jäger's open actions; edit one inline.
    const filters = page.getByRole('group', { name: 'Filter' });
    await filters.getByLabel('Verantwortlich').selectOption('Frau Jäger');
    await expect(table.getByRole('row')).toHaveCount(3);
    await filters.getByLabel('Status').selectOption({ label: 'Offen' });
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(page.getByText('1 von 3 angezeigt')).toBeVisible();
    const row = table.getByRole('row').nth(1);
    await expect(row.getByRole('textbox', { name: 'Maßnahme' })).toHaveValue(
      'CRM auswählen und einführen',
    );
    await row.getByRole('textbox', { name: 'Erfolg (%)' }).fill('101');
    await expect(row.getByText('Bitte eine ganze Zahl von 0 bis 100.')).toBeVisible();
    await row.getByRole('textbox', { name: 'Erfolg (%)' }).fill('75');
    await row.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'In Arbeit' });
    await expect(savedIndicator(page)).toHaveText('Gespeichert');
    // The edited row stays in view until the filters change.
    await expect(table.getByRole('row')).toHaveCount(2);
    await shot(page, 'actions-filtered');
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await expect(table.getByRole('row')).toHaveCount(4);

    // Sort by priority: high first.
    await table.getByRole('button', { name: 'Priorität' }).click();
    const titles = () =>
      table
        .getByRole('textbox', { name: 'Maßnahme' })
        .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    await expect
      .poll(titles)
      .toEqual([
        'Angebot Wartung nachfassen',
        'CRM auswählen und einführen',
        'Preisliste 2027 „Premium“; mit "Rabatt"',
      ]);

    // Export for Excel: the file Go wrote, read back.
    await page.getByRole('button', { name: 'CSV für Excel' }).click();
    const toast = page.locator('.toast').filter({ hasText: 'Gespeichert unter' });
    await expect(toast).toBeVisible();
    // The toast names the file, then offers to open it or show its folder.
    await expect(toast.getByRole('button', { name: 'Öffnen' })).toBeVisible();
    await expect(toast.getByRole('button', { name: 'Im Ordner zeigen' })).toBeVisible();
    const said = (await toast.getByText('Gespeichert unter').textContent()) ?? '';
    const path = said.replace(/^.*Gespeichert unter\s*/, '').trim();
    expect(path).toMatch(
      /Keller Kunststofftechnik \d+ – Herbstrunde – Maßnahmen \d{4}-\d{2}-\d{2}\.csv$/,
    );
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      '"Titel";"Verantwortlich";"Fällig am";"Priorität";"Erfolgswahrscheinlichkeit (%)";"Status";"Frage"',
    );
    expect(lines).toEqual([
      lines[0],
      '"Angebot Wartung nachfassen";"Herr Öztürk";"15.01.2024";"Hoch";"50";"Offen";""',
      '"CRM auswählen und einführen";"Frau Jäger";"30.09.2031";"Hoch";"75";"In Arbeit";"1.1 Existiert ein CRM?"',
      '"Preisliste 2027 „Premium“; mit ""Rabatt""";"Frau Jäger";"31.12.2031";"Niedrig";"50";"Erledigt";""',
      '',
    ]);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');

    // The linked question opens in the assessment.
    await table.getByRole('link', { name: '1.1 Existiert ein CRM?' }).click();
    await expect(page).toHaveURL(/\/assessment\/org\.crm_exists$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Existiert ein CRM?' })).toBeVisible();

    // Reload on the action plan: every edit was stored.
    await tab(page, 'Maßnahmen').click();
    await page.reload();
    await expect(table.getByRole('row')).toHaveCount(4);
    const crm = table
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: /Existiert ein CRM/ }) });
    await expect(crm.getByRole('textbox', { name: 'Erfolg (%)' })).toHaveValue('75');
    await expect(crm.getByRole('combobox', { name: 'Status' })).toHaveValue('in_progress');
    await expect(page.getByText('1 überfällig')).toBeVisible();
  });
});
