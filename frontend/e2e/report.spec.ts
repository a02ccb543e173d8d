import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBundlePath, openedLog } from '../playwright.config';
import { openClient, pdfText, savedPath } from './steps';

/**
 * The report tab and moving a client, against the real app (wails dev, a
 * real SQLite file): an action locked as internal, a finding and a note
 * typed, then the sample workshop's PDF in the customer and the internal
 * version, saved through Go's save dialog (KAMW_E2E_SAVE_DIR) and read back
 * with pdftotext; the sample client exported as a .kamw bundle and
 * imported back as a copy through Go's open dialog (KAMW_E2E_OPEN_FILE lists
 * importBundlePath for .kamw dialogs), and a broken bundle refused.
 */

const artefacts = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'artefacts', 'report');
mkdirSync(artefacts, { recursive: true });

const client = 'Hofmann Antriebstechnik GmbH';
const workshop = 'KAM-Workshop Herbst 2026';
/** An answer note of the sample workshop, with umlauts and a dash. */
const answerNote =
  'Innendienst arbeitet täglich im CRM – der Außendienst trägt Besuche erst am Monatsende nach.';
/** A stakeholder note: for our side only. */
const internalNote = 'Sieht uns als teuer; braucht TCO-Argumente.';
/** A battle card's counter-argument: for our side only. */
const battleCard = 'Projektkapazität und Inbetriebnahme aus einer Hand betonen.';
/** The sample's internal action, and an agreed one this test makes internal. */
const battleAction = 'Battle-Card gegen Stahlwerk Kranich aktualisieren';
const agreedAction = 'Referenzbericht Retrofit Linie 3 erstellen';
/** A finding and a note typed here; the sample's own for the first question, put back at the end. */
const finding = 'E2E-Feststellung: Das CRM wird im Außendienst täglich genutzt – 4 von 6.';
const note = 'E2E-Notiz intern: Vertriebsleiter blockt – nicht weitersagen.';
const sampleFinding =
  'Ein CRM ist vorhanden; die Pflege ist noch nicht im ganzen Vertrieb verankert.';
const sampleNote =
  'CRM vorhanden (Salesforce), wird aber nur von zwei von sechs Vertrieblern gepflegt.';

async function shot(page: Page, name: string) {
  await page.screenshot({
    path: join(artefacts, `${name}.png`),
    animations: 'disabled',
  });
}

/** opened is what "Öffnen" and "Im Ordner zeigen" would have started so far. */
function opened(): string {
  return existsSync(openedLog) ? readFileSync(openedLog, 'utf8') : '';
}

async function openSampleClient(page: Page) {
  await page.goto('/');
  await openClient(page, client);
}

test('the sample workshop as PDF, for the customer and for us', async ({ page }) => {
  await openSampleClient(page);
  await page
    .getByRole('link', { name: new RegExp(workshop) })
    .first()
    .click();
  const workshopURL = page.url();
  const tabs = page.getByRole('tablist', { name: 'Bereiche des Workshops' });

  // An agreed action made internal with its lock.
  await tabs.getByRole('tab', { name: 'Maßnahmen' }).click();
  const lock = page.getByRole('button', { name: `Intern: ${agreedAction}` });
  await expect(lock).toHaveAttribute('aria-pressed', 'false');
  await lock.click();
  await expect(lock).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: `Intern: ${battleAction}` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await shot(page, '00-action-locked');

  // A finding for the customer and a note for us on the first question.
  await page.goto(`${workshopURL}/assessment/org.crm_exists`);
  const findingField = page.getByLabel('Feststellung für den Bericht');
  await findingField.fill(finding);
  const notesField = page.getByLabel('Notizen (intern)');
  await notesField.fill(note);
  await notesField.blur();
  await expect(page.getByText('Gespeichert').first()).toBeVisible();
  await shot(page, '00-finding-and-note');
  await page.goto(workshopURL);
  await tabs.getByRole('tab', { name: 'Bericht' }).click();

  // The customer version comes first, with its safe sections.
  const exportButton = page.getByRole('button', { name: 'PDF exportieren' });
  await expect(page.getByRole('radio', { name: /Kundenversion/ })).toBeChecked();
  await expect(exportButton).toBeEnabled();
  const preview = page.getByRole('list', { name: 'Abschnitte im Bericht' });
  await expect(preview.getByRole('listitem')).toHaveCount(4);
  await expect(preview).toContainText(/\d+ von \d+ bewertet/);
  await expect(preview).toContainText('im Vergleich mit „KAM-Erstaufnahme“');
  await expect(preview).toContainText('2 interne ausgelassen');
  await expect(page.getByText('Nie in der Kundenversion')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Wettbewerb|SWOT|Chancen/ })).toHaveCount(0);
  await shot(page, '01-report-tab');

  // With the org chart: names, titles, departments and reporting lines.
  const orgChart = page.getByRole('checkbox', { name: 'Organigramm' });
  await orgChart.check();
  await expect(preview.getByRole('listitem')).toHaveCount(5);
  await shot(page, '02-customer-chosen');
  await exportButton.click();
  const customer = await savedPath(page);
  expect(customer).toMatch(
    /Hofmann Antriebstechnik GmbH – KAM-Workshop Herbst 2026 – 2026-11-26 \(Kunde\)\.pdf$/,
  );
  await shot(page, '03-customer-saved');
  // The file just saved opens with the system's viewer, or in its folder
  // (under wails dev the command is written down instead of started).
  const savedStatus = page.getByRole('status').filter({ hasText: 'Bericht gespeichert' });
  await savedStatus.getByRole('button', { name: 'Öffnen' }).click();
  await expect.poll(() => opened()).toContain(`xdg-open\t${customer}`);
  await savedStatus.getByRole('button', { name: 'Im Ordner zeigen' }).click();
  await expect.poll(() => opened()).toContain(`xdg-open\t${dirname(customer)}`);
  let text = pdfText(customer);
  for (const want of [client, 'Organigramm', finding, 'Claudia Neumann', 'Leiterin Controlling'])
    expect(text).toContain(want);
  for (const never of [
    note,
    answerNote,
    internalNote,
    battleCard,
    agreedAction,
    battleAction,
    'Gatekeeper',
    'Stahlwerk Kranich',
    'Vertraulich',
  ])
    expect(text).not.toContain(never);

  // The internal version, in English, without the arguments.
  await page.getByRole('radio', { name: /Interne Version/ }).check();
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('checkbox', { name: 'Argumente' }).uncheck();
  await expect(preview.getByRole('listitem')).toHaveCount(8);
  await page.getByRole('button', { name: 'PDF exportieren' }).click();
  const internal = await savedPath(page);
  expect(internal).toMatch(
    /Hofmann Antriebstechnik GmbH – KAM-Workshop Herbst 2026 – 2026-11-26\.pdf$/,
  );
  text = pdfText(internal);
  for (const want of [
    client,
    finding,
    note,
    answerNote,
    internalNote,
    battleCard,
    agreedAction,
    battleAction,
    'Confidential – for internal use only',
  ])
    expect(text).toContain(want);
  await shot(page, '04-internal-saved');

  // Back to the customer: its own defaults again, nothing carried over.
  await page.getByRole('radio', { name: /Kundenversion/ }).check();
  await expect(orgChart).not.toBeChecked();
  await expect(preview.getByRole('listitem')).toHaveCount(4);

  // Every page at 100 dpi, to look at.
  for (const [path, prefix] of [
    [customer, 'customer'],
    [internal, 'internal'],
  ] as const)
    execFileSync('pdftoppm', ['-r', '100', '-png', path, join(artefacts, prefix)]);

  // The shared workspace as it was: the action agreed again, no finding, no note.
  await tabs.getByRole('tab', { name: 'Maßnahmen' }).click();
  await lock.click();
  await expect(lock).toHaveAttribute('aria-pressed', 'false');
  await lock.blur();
  await page.goto(`${workshopURL}/assessment/org.crm_exists`);
  await page.getByLabel('Feststellung für den Bericht').fill(sampleFinding);
  await page.getByLabel('Notizen (intern)').fill(sampleNote);
  await page.getByLabel('Notizen (intern)').blur();
  await expect(page.getByText('Gespeichert').first()).toBeVisible();
});

test('a client leaves as a bundle and comes back as a copy; a broken bundle changes nothing', async ({
  page,
}) => {
  await openSampleClient(page);
  const originalUrl = page.url();
  const nav = page.getByRole('navigation', { name: 'Kundenliste' });
  const sampleLinks = nav.getByRole('link', { name: new RegExp(client) });
  const before = await sampleLinks.count();

  await page.getByRole('button', { name: 'Kunde exportieren (.kamw)' }).click();
  const toast = page.locator('.toast').filter({ hasText: 'exportiert:' });
  await expect(toast).toBeVisible();
  const message = toast.getByText('exportiert:');
  const bundle = ((await message.textContent()) ?? '').replace(/^.*exportiert:\s*/, '').trim();
  expect(bundle).toMatch(/Hofmann Antriebstechnik GmbH-\d{4}-\d{2}-\d{2}\.kamw$/);
  expect(existsSync(bundle)).toBe(true);
  await shot(page, '05-client-exported');
  // The bundle just saved, opened from the message.
  await toast.getByRole('button', { name: 'Öffnen' }).click();
  await expect.poll(() => opened()).toContain(`xdg-open\t${bundle}\n`);

  // A broken bundle: refused with its own message, nothing changes.
  writeFileSync(importBundlePath, 'kein ZIP');
  await page.getByRole('button', { name: 'Kunde importieren…' }).click();
  const refused = page.getByRole('alert').filter({ hasText: 'Nicht importiert' });
  await expect(refused).toContainText('Ihr Arbeitsbereich ist unverändert');
  await expect(refused).toContainText('not a ZIP archive');
  await shot(page, '06-bundle-refused');
  await refused.getByRole('button', { name: 'Meldung schließen' }).click();
  await expect(sampleLinks).toHaveCount(before);

  // The real bundle: the client is here already, so it asks, by name.
  copyFileSync(bundle, importBundlePath);
  await page.getByRole('button', { name: 'Kunde importieren…' }).click();
  const ask = page.getByRole('alertdialog', { name: `„${client}“ gibt es hier schon` });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('button', { name: 'Ersetzen' })).toBeVisible();
  await shot(page, '07-import-conflict');
  await ask.getByRole('button', { name: 'Als Kopie importieren' }).click();
  await expect(ask).toBeHidden();

  // The copy opens, and is in the sidebar beside the original, named as a copy.
  await expect(sampleLinks).toHaveCount(before + 1);
  await expect(
    page.getByRole('heading', { level: 1, name: `${client} (Kopie)`, exact: true }),
  ).toBeVisible();
  expect(page.url()).not.toBe(originalUrl);
  const copy = nav
    .getByRole('link', { name: new RegExp(client), exact: false })
    .and(nav.locator('[aria-current="page"]'));
  await expect(copy).toHaveCount(1);
  await expect(copy).toContainText(`${client} (Kopie)`);
  await expect(page.getByText(`„${client} (Kopie)“ importiert – 2 Workshops.`)).toBeVisible();
  await expect(page.getByRole('link', { name: /KAM-Workshop Herbst 2026/ }).first()).toBeVisible();
  await shot(page, '08-copy-imported');

  // It survives a reload.
  await page.reload();
  await expect(sampleLinks).toHaveCount(before + 1);

  // Tidy the shared workspace: the copy goes again.
  await page.getByRole('button', { name: 'Kunde löschen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Kunde löschen' }).click();
  await expect(sampleLinks).toHaveCount(before);
  rmSync(importBundlePath, { force: true });
});
