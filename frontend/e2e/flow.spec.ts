import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newClient, newWorkshop } from './steps';

/**
 * The flow in the room, against the real app at the consultant's laptop size:
 * a delete undone (by click and by Ctrl+Z) with everything it took, still
 * there after a reload.
 */

const artefacts = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'artefacts');
mkdirSync(artefacts, { recursive: true });

test.use({ viewport: { width: 1366, height: 768 } });

const toasts = (page: Page) => page.getByRole('region', { name: 'Meldungen' });

test.describe('flow in the room', () => {
  test('a deleted client and a deleted workshop come back with Rückgängig, ids and all', async ({
    page,
  }) => {
    const name = `Rückgängig & Söhne ${Date.now()}`;
    await page.goto('/');
    const clientID = await newClient(page, name);
    await newWorkshop(page, 'Frühjahrsrunde');
    await page.getByRole('button', { name: '3 – etabliert' }).click();
    await expect(page.getByTestId('overall-score')).toHaveText('75');
    await page.goto(`/#/clients/${encodeURIComponent(clientID)}`);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    // The client goes, with a toast to take it back.
    await page.getByRole('button', { name: 'Kunde löschen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Kunde löschen' }).click();
    await expect(page).toHaveURL(/#\/$/);
    const toast = toasts(page).getByText(`„${name}“ wurde gelöscht.`);
    await expect(toast).toBeVisible();
    await page.screenshot({ path: join(artefacts, 'flow-undo-toast.png') });
    await toasts(page).getByRole('button', { name: 'Rückgängig' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    expect(page.url()).toContain(encodeURIComponent(clientID));
    await expect(toasts(page).getByText(`„${name}“ ist wieder da.`)).toBeVisible();
    const workshops = page.getByRole('region', { name: 'Workshops' });
    await expect(workshops.getByRole('link', { name: /Frühjahrsrunde/ })).toBeVisible();

    // The workshop goes, and Ctrl+Z (outside any field) brings it back.
    await page.getByRole('button', { name: '„Frühjahrsrunde“ löschen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Workshop löschen' }).click();
    await expect(toasts(page).getByText('„Frühjahrsrunde“ wurde gelöscht.')).toBeVisible();
    await expect(page.getByRole('button', { name: '„Frühjahrsrunde“ löschen' })).toHaveCount(0);
    await page.locator('body').focus();
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('button', { name: '„Frühjahrsrunde“ löschen' })).toBeVisible();

    // After a reload everything is there, the rating included.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await workshops.getByRole('link', { name: /Frühjahrsrunde/ }).click();
    await expect(page.getByTestId('overall-score')).toHaveText('75');
  });
});
