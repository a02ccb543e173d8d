import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openClient, pdfText } from './steps';

/**
 * A workshop's own details against the real app (wails dev, a real SQLite
 * file) on the consultant's 1366×768 laptop: date, place, facilitator and
 * the people in the room entered when the workshop is created, edited
 * later in the Details dialog, still there after a reload, and on the PDF
 * cover (read back with pdftotext); removing someone who voted asks first.
 */

const artefacts = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'artefacts',
  'workshop-details',
);
mkdirSync(artefacts, { recursive: true });

const client = 'Hofmann Antriebstechnik GmbH';

test.use({ viewport: { width: 1366, height: 768 } });

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(artefacts, `${name}.png`), animations: 'disabled' });
}

async function openSampleClient(page: Page) {
  await page.goto('/');
  await openClient(page, client);
}

const savedIndicator = (page: Page) => page.locator('.saved-indicator');

test('a workshop with its date, place, facilitator and people: created, edited, reloaded, on the PDF cover', async ({
  page,
}) => {
  const title = `Workshop Öhringen ${Date.now()}`;
  await openSampleClient(page);

  // Everything when the workshop is created.
  await page.getByRole('button', { name: 'Neuer Workshop' }).first().click();
  const create = page.getByRole('dialog', { name: 'Neuer Workshop' });
  await create.getByLabel('Titel').fill(title);
  await create.getByLabel('Datum').fill('2027-03-18');
  await create.getByRole('textbox', { name: 'Ort' }).fill('Öhringen, Werk 2');
  await create.getByRole('textbox', { name: 'Moderation' }).fill('Dr. Katrin Albers');
  await create
    .getByRole('combobox', { name: 'Von der Landkarte übernehmen' })
    .selectOption({ label: 'Stefan Maier – Technischer Leiter' });
  await expect(create.getByRole('textbox', { name: 'Name, Zeile 1' })).toHaveValue('Stefan Maier');
  await create.getByRole('button', { name: 'Person hinzufügen' }).click();
  await expect(create.getByRole('textbox', { name: 'Name, Zeile 2' })).toBeFocused();
  await page.keyboard.type('Julia Kessler');
  await create.getByRole('textbox', { name: 'Funktion, Zeile 2' }).fill('Key Account Managerin');
  await create
    .getByRole('combobox', { name: 'Seite, Zeile 2' })
    .selectOption({ label: 'Unser Team' });
  await shot(page, '01-new-workshop');
  await create.getByRole('button', { name: 'Workshop anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(
    page.getByText('18. März 2027 · Öhringen, Werk 2 · Dr. Katrin Albers'),
  ).toBeVisible();

  // Edited later, from the header.
  const open = page.getByRole('button', { name: /^Details des Workshops/ });
  await expect(open).toContainText('2');
  await open.click();
  const details = page.getByRole('dialog', { name: 'Details des Workshops' });
  await details.getByRole('textbox', { name: 'Ort' }).fill('Öhringen, Werk 2 – Raum Kocher');
  await details
    .getByRole('combobox', { name: 'Von der Landkarte übernehmen' })
    .selectOption({ label: 'Jörg Schäfer – Leiter Einkauf' });
  await expect(details.getByRole('textbox', { name: 'Funktion, Zeile 3' })).toHaveValue(
    'Leiter Einkauf',
  );
  await expect(savedIndicator(page)).toHaveText(/Gespeichert/);
  await shot(page, '02-details');
  await details.getByRole('button', { name: 'Fertig' }).click();
  await expect(details).toBeHidden();
  await expect(page.getByText('Öhringen, Werk 2 – Raum Kocher')).toBeVisible();

  // Still there after a reload, with the same people on the same sides.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(
    page.getByText('18. März 2027 · Öhringen, Werk 2 – Raum Kocher · Dr. Katrin Albers'),
  ).toBeVisible();
  await page.getByRole('button', { name: /^Details des Workshops/ }).click();
  await expect(details.getByRole('textbox', { name: /^Name, Zeile/ })).toHaveCount(3);
  for (const [n, name, side] of [
    [1, 'Stefan Maier', 'customer'],
    [2, 'Julia Kessler', 'ours'],
    [3, 'Jörg Schäfer', 'customer'],
  ] as const) {
    await expect(details.getByRole('textbox', { name: `Name, Zeile ${n}` })).toHaveValue(name);
    await expect(details.getByRole('combobox', { name: `Seite, Zeile ${n}` })).toHaveValue(side);
  }
  await expect(
    details.getByRole('combobox', { name: 'Person der Landkarte, Zeile 3' }),
  ).not.toHaveValue('');
  await details.getByRole('button', { name: 'Fertig' }).click();

  // The PDF cover names them, by side.
  await page.getByRole('tab', { name: 'Bericht' }).click();
  await page.getByRole('radio', { name: /Kundenversion/ }).check();
  await page.getByRole('button', { name: 'PDF exportieren' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Bericht gespeichert' });
  await expect(saved).toBeVisible();
  const file = join(
    (await saved.locator('.report-saved__path').textContent()) ?? '',
    (await saved.locator('.report-saved__name').textContent()) ?? '',
  );
  const text = pdfText(file);
  for (const want of [
    title,
    'Datum 18.03.2027',
    'Ort Öhringen, Werk 2 – Raum Kocher',
    'Moderation Dr. Katrin Albers',
    'Teilnehmende KUNDE (2) Stefan Maier – Technischer Leiter Jörg Schäfer – Leiter Einkauf',
    'UNSER TEAM (1) Julia Kessler – Key Account Managerin',
  ]) {
    expect(text).toContain(want);
  }
  expect(text).not.toContain('0 Teilnehmende');
  execFileSync('pdftoppm', [
    '-r',
    '60',
    '-png',
    '-f',
    '1',
    '-l',
    '1',
    file,
    join(artefacts, 'cover'),
  ]);

  // Tidy the shared workspace: the workshop goes again.
  await page.getByRole('link', { name: client }).first().click();
  await page.getByRole('button', { name: `„${title}“ löschen` }).click();
  await page.getByRole('button', { name: 'Workshop löschen' }).click();
  await expect(page.getByRole('link', { name: new RegExp(title) })).toHaveCount(0);
});

test('removing someone who voted asks first', async ({ page }) => {
  await openSampleClient(page);
  await page
    .getByRole('link', { name: /KAM-Workshop Herbst 2026/ })
    .first()
    .click();
  await page.getByRole('button', { name: /^Details des Workshops/ }).click();
  const details = page.getByRole('dialog', { name: 'Details des Workshops' });
  await expect(details.getByRole('textbox', { name: /^Name, Zeile/ })).toHaveCount(8);
  await shot(page, '03-sample-details');
  await details.getByRole('button', { name: '„Stefan Maier“ entfernen' }).click();
  const ask = page.getByRole('dialog', { name: '„Stefan Maier“ entfernen?' });
  await expect(ask).toContainText('Stefan Maier hat 10 Fragen bewertet.');
  await shot(page, '04-remove-asks');
  await ask.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(details.getByRole('textbox', { name: 'Name, Zeile 1' })).toHaveValue('Stefan Maier');
  await details.getByRole('button', { name: 'Fertig' }).click();
  await page.reload();
  await expect(page.getByRole('button', { name: /^Details des Workshops/ })).toContainText('8');
});
