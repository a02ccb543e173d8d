import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newClient } from './steps';

/**
 * The Sicherungen screen against the real app (wails dev, a real SQLite
 * file): back up now, restore after confirming (the state before is kept as
 * a backup, so the restore can be undone the same way), the app shows the
 * restored data at once, and the number of automatic backups is saved as
 * typed.
 */

const artefacts = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'artefacts');
mkdirSync(artefacts, { recursive: true });

function savedIndicator(page: Page) {
  return page.getByRole('banner').getByRole('status');
}

test('back up now, restore after confirming and undo it the same way; the kept count as typed', async ({
  page,
}) => {
  const stamp = Date.now();
  const before = `Vor der Sicherung ${stamp}`;
  const after = `Nach der Sicherung ${stamp}`;
  const nav = page.getByRole('navigation', { name: 'Kundenliste' });
  const backups = page.getByRole('list', { name: 'Sicherungen, neueste zuerst' });
  const rows = backups.getByRole('listitem');

  await page.goto('/');
  await newClient(page, before);

  // Reached from the sidebar's footer.
  await page.getByRole('link', { name: 'Sicherungen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sicherungen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sicherungen' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const count = await rows.count();
  await page.getByRole('button', { name: 'Jetzt sichern' }).click();
  await expect(
    page.getByText(/^Gesichert: \d{1,2}\. \w+ \d{4} um \d{2}:\d{2}:\d{2}$/),
  ).toBeVisible();
  await expect(rows).toHaveCount(count + 1);
  const mine = rows.first();
  await expect(mine).toContainText('Von Hand');
  await expect(mine).toContainText(/\d+(,\d)? (KB|MB)/);
  const date = (await mine.locator('.row__title').innerText()).replace(/\s*Neueste$/i, '').trim();

  // Something typed after the backup.
  await page.goto('/');
  await newClient(page, after);
  await expect(nav.getByText(after, { exact: true })).toBeVisible();

  // Restore asks first and says the current state is backed up.
  await page.getByRole('link', { name: 'Sicherungen' }).click();
  await page.getByRole('button', { name: `Sicherung vom ${date} wiederherstellen` }).click();
  const dialog = page.getByRole('dialog', { name: `Sicherung vom ${date} wiederherstellen?` });
  await expect(dialog).toContainText('Der jetzige Stand wird vorher gesichert');
  await expect(dialog.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
  await page.screenshot({
    path: join(artefacts, 'backups-restore-confirm.png'),
    animations: 'disabled',
  });
  await dialog.getByRole('button', { name: 'Sichern und wiederherstellen' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText(`Stand vom ${date} wiederhergestellt.`, { exact: false }),
  ).toBeVisible();

  // The sidebar shows the restored workspace at once, without a reload.
  await expect(nav.getByText(after, { exact: true })).toBeHidden();
  await expect(nav.getByText(before, { exact: true })).toBeVisible();
  // The state before the restore is a backup now: restoring it undoes the restore.
  const undo = rows.filter({ hasText: 'Stand vor einer Wiederherstellung' }).first();
  await expect(undo).toBeVisible();
  await page.screenshot({ path: join(artefacts, 'backups.png'), animations: 'disabled' });
  await undo.getByRole('button', { name: /wiederherstellen$/ }).click();
  await page.getByRole('button', { name: 'Sichern und wiederherstellen' }).click();
  await expect(nav.getByText(after, { exact: true })).toBeVisible();

  // How many automatic backups are kept: refused out of range, saved as typed.
  const keep = page.getByLabel('Anzahl aufbewahren');
  await keep.fill('0');
  await expect(page.getByText('Bitte eine ganze Zahl von 1 bis 365 eingeben.')).toBeVisible();
  await keep.fill('366');
  await expect(page.getByText('Bitte eine ganze Zahl von 1 bis 365 eingeben.')).toBeVisible();
  await keep.fill('25');
  await expect(page.getByText('Bitte eine ganze Zahl von 1 bis 365 eingeben.')).toBeHidden();
  await expect(savedIndicator(page)).toHaveText('Gespeichert');
  await page.reload();
  await expect(page.getByLabel('Anzahl aufbewahren')).toHaveValue('25');
  await expect(nav.getByText(after, { exact: true })).toBeVisible();
});
