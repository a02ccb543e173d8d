import { expect, test, type Page } from '@playwright/test';

const clientName = 'Müller & Söhne Präzisionstechnik GmbH';
const firstTitle = 'Kick-off Workshop';
const newTitle = 'Strategie-Workshop Q3 – Überblick';
const notes = 'Ansprechpartnerin: Frau Özdemir. <script>alert("x")</script> bleibt Text.';

/** shot saves a screenshot next to the test's other artefacts. */
async function shot(page: Page, name: string) {
  await page.screenshot({
    path: test.info().outputPath(`${name}.png`),
    fullPage: true,
    animations: 'disabled',
  });
}

function savedIndicator(page: Page) {
  return page
    .getByRole('status')
    .filter({ hasText: /^(Speichert…|Gespeichert|Nicht gespeichert.*|Autospeichern an)$/ });
}

test('a client and its workshop survive a reload; deleting asks first', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('dialog', (d) => {
    problems.push(`unexpected browser dialog: ${d.message()}`);
    void d.dismiss();
  });

  await page.goto('/');
  const clientNav = page.getByRole('navigation', { name: 'Kundenliste' });
  await expect(clientNav).toBeVisible();

  // Create the client: the name is required.
  await page.getByRole('button', { name: 'Neuer Kunde' }).first().click();
  const create = page.getByRole('dialog', { name: 'Neuer Kunde' });
  await create.getByRole('button', { name: 'Kunde anlegen' }).click();
  await expect(create.getByText('Bitte geben Sie einen Namen ein.')).toBeVisible();
  await create.getByLabel('Name').fill(clientName);
  await create.getByLabel('Branche').fill('Präzisionsmechanik');
  await create.getByLabel('Standort').fill('Tuttlingen');
  await create.getByRole('button', { name: 'Kunde anlegen' }).click();
  await expect(create).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: clientName })).toBeVisible();
  await expect(clientNav.getByRole('link', { name: new RegExp(clientName) })).toBeVisible();

  // Notes are saved as typed; "Gespeichert" only once Go has stored them.
  await page.getByLabel('Notizen').fill(notes);
  await expect(savedIndicator(page)).toHaveText('Gespeichert');
  await shot(page, '01-client');

  // Add a workshop; it opens on its Assessment tab.
  await page.getByRole('button', { name: 'Neuer Workshop' }).click();
  const newWorkshop = page.getByRole('dialog', { name: 'Neuer Workshop' });
  await newWorkshop.getByLabel('Titel').fill(firstTitle);
  await newWorkshop.getByRole('button', { name: 'Workshop anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: firstTitle })).toBeVisible();
  const tabs = page.getByRole('tablist', { name: 'Bereiche des Workshops' });
  await expect(tabs.getByRole('tab')).toHaveText([
    'Assessment',
    'Stakeholder',
    'Wettbewerb & SWOT',
    'Chancen & Argumente',
    'Maßnahmen',
    'Bericht',
  ]);
  await expect(tabs.getByRole('tab', { name: 'Assessment' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await tabs.getByRole('tab', { name: 'Wettbewerb' }).click();
  await expect(tabs.getByRole('tab', { name: 'Wettbewerb' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page).toHaveURL(/\/competitors$/);
  await shot(page, '02-workshop');

  // Rename it inline.
  await page.getByRole('button', { name: `„${firstTitle}“ umbenennen` }).click();
  const title = page.getByRole('textbox', { name: `Titel von „${firstTitle}“` });
  await title.fill(newTitle);
  await title.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: newTitle })).toBeVisible();
  await expect(savedIndicator(page)).toHaveText('Gespeichert');

  // Reload: the same screen, everything still there.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: newTitle })).toBeVisible();
  await expect(page.getByRole('tablist').getByRole('tab', { name: 'Wettbewerb' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page
    .getByRole('navigation', { name: 'Navigationspfad' })
    .getByRole('link', { name: clientName })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: clientName })).toBeVisible();
  await expect(page.getByLabel('Notizen')).toHaveValue(notes);
  await expect(page.getByLabel('Branche')).toHaveValue('Präzisionsmechanik');
  const workshops = page.getByRole('region', { name: /^Workshops/ });
  await expect(workshops.getByRole('link', { name: new RegExp(newTitle) })).toBeVisible();

  // Deleting the workshop asks; Cancel keeps it, confirming deletes it.
  await workshops.getByRole('button', { name: `„${newTitle}“ löschen` }).click();
  let confirm = page.getByRole('dialog', { name: `Workshop „${newTitle}“ löschen?` });
  await expect(confirm).toBeVisible();
  await shot(page, '03-confirm-workshop');
  await confirm.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(confirm).toBeHidden();
  await expect(workshops.getByRole('link', { name: new RegExp(newTitle) })).toBeVisible();
  await workshops.getByRole('button', { name: `„${newTitle}“ löschen` }).click();
  await confirm.getByRole('button', { name: 'Workshop löschen' }).click();
  await expect(workshops.getByRole('link', { name: new RegExp(newTitle) })).toHaveCount(0);
  await expect(workshops.getByText('Noch keine Workshops')).toBeVisible();

  // Deleting the client names it; Escape cancels, confirming deletes it.
  await page.getByRole('button', { name: 'Kunde löschen' }).click();
  confirm = page.getByRole('dialog', { name: `Kunde „${clientName}“ löschen?` });
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: clientName })).toBeVisible();
  await page.getByRole('button', { name: 'Kunde löschen' }).click();
  await confirm.getByRole('button', { name: 'Kunde löschen' }).click();
  await expect(page).toHaveURL(/#\/$/);
  await expect(clientNav.getByRole('link', { name: new RegExp(clientName) })).toHaveCount(0);
  await page.reload();
  await expect(clientNav).toBeVisible();
  await expect(clientNav.getByRole('link', { name: new RegExp(clientName) })).toHaveCount(0);
  await shot(page, '04-deleted');

  expect(problems).toEqual([]);
});

test('the language choice is stored in the workspace', async ({ page }) => {
  await page.goto('/');
  const language = page.getByRole('group', { name: 'Sprache' });
  await language.getByRole('button', { name: 'EN' }).click();
  await expect(page.getByRole('navigation', { name: 'Client list' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New client' }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Client list' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'New client' }).first().click();
  await page
    .getByRole('dialog', { name: 'New client' })
    .getByRole('button', { name: 'Create client' })
    .click();
  await expect(page.getByText('Please enter a name.')).toBeVisible();
  await shot(page, '05-english-new-client');
  await page.keyboard.press('Escape');
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'DE' }).click();
  await expect(page.getByRole('navigation', { name: 'Kundenliste' })).toBeVisible();
});
