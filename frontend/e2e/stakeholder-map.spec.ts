import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newClient, newWorkshop } from './steps';

/**
 * The stakeholder map against the real app (wails dev, a real SQLite file):
 * create by dragging from the palette, move a card and find it in the same
 * place after a reload, connect two cards, edit the attitude, undo a delete,
 * use the influence × attitude grid, watch a coverage gap go, and import a
 * German Excel CSV through the preview (the Go file dialog answers with
 * e2e/fixtures/kontakte-excel.csv, see KAMW_E2E_OPEN_FILE in the config).
 */

const artefacts = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'artefacts');
mkdirSync(artefacts, { recursive: true });

interface Person {
  id: string;
  name: string;
  department: string;
  influence: number;
  attitude: number;
  x: number;
  y: number;
}

interface GoStakeholders {
  List: (client: string) => Promise<Person[]>;
  Save: (p: Record<string, unknown>) => Promise<Person>;
  SaveRelation: (r: Record<string, unknown>) => Promise<{ id: string }>;
}

/** stored asks Go for the client's people, as stored in SQLite. */
async function stored(page: Page, clientID: string): Promise<Person[]> {
  return page.evaluate(async (id) => {
    const w = window as unknown as { go: { app: { Stakeholders: GoStakeholders } } };
    return w.go.app.Stakeholders.List(id);
  }, clientID);
}

/** seed stores people and relations through the bound Go methods (setup only). */
async function seed(
  page: Page,
  clientID: string,
  people: {
    name: string;
    department: string;
    x: number;
    y: number;
    owner?: string;
    title?: string;
  }[],
  relations: [number, number, string][] = [],
) {
  await page.evaluate(
    async ({ clientID, people, relations }) => {
      const go = (window as unknown as { go: { app: { Stakeholders: GoStakeholders } } }).go.app
        .Stakeholders;
      const ids: string[] = [];
      for (const p of people) {
        const saved = await go.Save({
          id: '',
          client_id: clientID,
          title: '',
          buying_role: 'other',
          attitude: 0,
          influence: 3,
          relationship: 1,
          owner: '',
          knows_portfolio: false,
          last_contact: '',
          notes: '',
          email: '',
          phone: '',
          ...p,
        });
        ids.push(saved.id);
      }
      for (const [a, b, kind] of relations) {
        await go.SaveRelation({ id: '', client_id: clientID, from: ids[a], to: ids[b], kind });
      }
    },
    { clientID, people, relations },
  );
}

/** newClientMap creates a client and a workshop like a person and opens the stakeholder tab. */
async function newClientMap(page: Page, name: string): Promise<string> {
  await page.goto('/');
  const id = await newClient(page, name);
  await newWorkshop(page, 'Buying Center');
  await page.getByRole('tab', { name: 'Stakeholder' }).click();
  await expect(page.getByTestId('stakeholder-canvas')).toBeVisible();
  return id;
}

const canvas = (page: Page) => page.getByTestId('stakeholder-canvas');
const card = (page: Page, name: string) => canvas(page).getByRole('group', { name, exact: true });
const coverageTab = (page: Page) => page.getByRole('tab', { name: /^Abdeckung/ });

/** flowPosition is where React Flow placed a card, in map coordinates. */
async function flowPosition(node: Locator): Promise<{ x: number; y: number }> {
  const t = await node.evaluate((el) => getComputedStyle(el).transform);
  const m = /matrix\(1, 0, 0, 1, (-?[\d.]+), (-?[\d.]+)\)/.exec(t);
  if (!m) throw new Error(`unexpected transform ${t}`);
  return { x: Number(m[1]), y: Number(m[2]) };
}

async function centre(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error('not visible');
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/**
 * settled waits until a locator stops moving (after a reload the map fits
 * its view once the cards are measured) and gives its centre.
 */
async function settled(l: Locator) {
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await l.boundingBox());
      const still = now === last;
      last = now;
      return still;
    })
    .toBe(true);
  return centre(l);
}

/** drag moves the mouse from one point to another in steps, as a hand does. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

test.describe('stakeholder map', () => {
  // Whatever a test does on the map, our page throws nothing. (Wails' own
  // browser-mode script, /wails/ipc.js, throws on every load under wails
  // dev when it mounts its "disconnected" overlay; the built window has no
  // such script.)
  let pageErrors: string[] = [];
  test.beforeEach(({ page }) => {
    pageErrors = [];
    page.on('pageerror', (e) => {
      if (!e.stack?.includes('/wails/ipc.js')) pageErrors.push(e.stack ?? e.message);
    });
  });
  test.afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  test('create from the palette, move, reload, connect, edit the attitude', async ({ page }) => {
    const clientID = await newClientMap(page, 'Karte & Söhne GmbH');
    await expect(page.getByText('Noch niemand auf der Landkarte')).toBeVisible();

    // Drag "Einkauf" from the palette onto the map.
    const box = await canvas(page).boundingBox();
    if (!box) throw new Error('no canvas');
    // Jürgen low on the left, Cara later high on the right: the two cards must
    // not overlap, or the connecting drag would end on the wrong card.
    const dropAt = { x: box.x + box.width * 0.15, y: box.y + box.height * 0.55 };
    await drag(
      page,
      await centre(page.getByRole('button', { name: 'Person in Einkauf hinzufügen' })),
      dropAt,
    );
    const name = page.getByLabel(/^Name/);
    await expect(name).toBeFocused();
    await name.fill('Jürgen Größ');
    await page.getByLabel('Funktion').fill('Leiter Einkauf');
    const anna = card(page, 'Jürgen Größ');
    await expect(anna).toBeVisible();
    await expect(anna).toContainText('Einkauf');
    // It lies where it was dropped: its top-left corner near the pointer.
    const dropped = await anna.boundingBox();
    expect(Math.abs((dropped?.x ?? 0) - dropAt.x)).toBeLessThan(60);
    expect(Math.abs((dropped?.y ?? 0) - dropAt.y)).toBeLessThan(60);
    await expect
      .poll(async () => (await stored(page, clientID)).map((p) => p.name))
      .toEqual(['Jürgen Größ']);

    // A second person, by click (the keyboard way), then moved by mouse.
    await page.getByRole('button', { name: 'Person in Geschäftsführung hinzufügen' }).click();
    await expect(name).toBeFocused();
    await name.fill('Cara Lenz');
    const cara = card(page, 'Cara Lenz');
    await expect(cara).toBeVisible();
    const before = await flowPosition(cara);
    const from = await centre(cara.locator('.sh-card__name'));
    await drag(page, from, { x: box.x + box.width * 0.75, y: box.y + box.height * 0.15 });
    await expect.poll(async () => (await flowPosition(cara)).x).not.toBe(before.x);
    const moved = await flowPosition(cara);
    await expect
      .poll(async () => {
        const p = (await stored(page, clientID)).find((s) => s.name === 'Cara Lenz');
        return p && Math.abs(p.x - moved.x) < 1 && Math.abs(p.y - moved.y) < 1;
      })
      .toBe(true);
    await page.reload();
    await expect(card(page, 'Cara Lenz')).toBeVisible();
    expect(await flowPosition(card(page, 'Cara Lenz'))).toEqual(moved);

    // Connect: from the bottom edge of Jürgen to Cara, then pick the kind.
    const [j, c] = [
      await card(page, 'Jürgen Größ').boundingBox(),
      await card(page, 'Cara Lenz').boundingBox(),
    ];
    if (!j || !c) throw new Error('cards not visible');
    expect(j.x + j.width < c.x || j.y > c.y + c.height, 'the two cards overlap').toBe(true);
    const handle = card(page, 'Jürgen Größ').locator('.react-flow__handle-bottom');
    await drag(
      page,
      await settled(handle),
      await settled(card(page, 'Cara Lenz').locator('.sh-card__name')),
    );
    const popover = page.getByRole('dialog', { name: 'Welche Beziehung?' });
    await popover.getByRole('button', { name: 'Jürgen Größ berichtet an Cara Lenz' }).click();
    const edge = canvas(page).getByRole('group', { name: 'Jürgen Größ berichtet an Cara Lenz' });
    await expect(edge).toHaveCount(1);
    await page.reload();
    await expect(
      canvas(page).getByRole('group', { name: 'Jürgen Größ berichtet an Cara Lenz' }),
    ).toHaveCount(1);

    // Edit the attitude in the side panel: the card turns red.
    await card(page, 'Cara Lenz').click();
    const form = page.getByRole('form', { name: 'Angaben zu Cara Lenz' });
    await form.getByRole('radio', { name: '−2 ablehnend' }).check();
    await form.getByLabel('Rolle im Buying Center').selectOption({ label: 'Entscheider' });
    await expect(card(page, 'Cara Lenz').locator('.sh-card__attitude')).toHaveText(/−2/);
    await expect(card(page, 'Cara Lenz')).toContainText('Entscheider dagegen');
    await expect(page.getByRole('status').filter({ hasText: 'Gespeichert' }).first()).toBeVisible();
    await page.reload();
    await expect(card(page, 'Cara Lenz').locator('.sh-card__attitude')).toHaveText(/−2/);
  });

  test('delete a card with its relation and undo it; redo', async ({ page }) => {
    const clientID = await newClientMap(page, 'Löschen & Zurück AG');
    await seed(
      page,
      clientID,
      [
        { name: 'Anna Berg', department: 'management', x: 0, y: 0 },
        { name: 'Ben Roth', department: 'it', x: 0, y: 260 },
        { name: 'Cara Lenz', department: 'finance', x: 320, y: 260 },
      ],
      [
        [1, 0, 'reports_to'],
        [2, 1, 'conflict'],
      ],
    );
    await page.reload();
    await expect(card(page, 'Ben Roth')).toBeVisible();
    await card(page, 'Ben Roth').click();
    await page.keyboard.press('Delete');
    await expect(card(page, 'Ben Roth')).toHaveCount(0);
    await expect(canvas(page).locator('.react-flow__edge')).toHaveCount(0);
    await expect.poll(async () => (await stored(page, clientID)).length).toBe(2);

    await page.keyboard.press('Control+z');
    await expect(card(page, 'Ben Roth')).toBeVisible();
    await expect(
      canvas(page).getByRole('group', { name: 'Ben Roth berichtet an Anna Berg' }),
    ).toHaveCount(1);
    await expect(
      canvas(page).getByRole('group', { name: 'Konflikt zwischen Cara Lenz und Ben Roth' }),
    ).toHaveCount(1);
    await page.reload();
    await expect(card(page, 'Ben Roth')).toBeVisible();
    await expect(canvas(page).locator('.react-flow__edge')).toHaveCount(2);
    expect(await flowPosition(card(page, 'Ben Roth'))).toEqual({ x: 0, y: 260 });
  });

  test('the grid changes influence and attitude by drag', async ({ page }) => {
    const clientID = await newClientMap(page, 'Raster GmbH');
    await seed(page, clientID, [
      { name: 'Anna Berg', department: 'management', x: 0, y: 0 },
      { name: 'Ben Roth', department: 'it', x: 300, y: 0 },
    ]);
    await page.reload();
    await page.getByRole('button', { name: 'Matrix' }).click();
    const chip = page.getByRole('button', { name: /^Ben Roth/ });
    const target = page.getByRole('cell', { name: 'Einfluss 5, Einstellung +2' });
    await expect(
      page
        .getByRole('cell', { name: 'Einfluss 3, Einstellung 0' })
        .getByRole('button', { name: /^Ben Roth/ }),
    ).toBeVisible();
    await drag(page, await centre(chip), await centre(target));
    await expect(target.getByRole('button', { name: /^Ben Roth/ })).toBeVisible();
    await expect
      .poll(async () => (await stored(page, clientID)).find((p) => p.name === 'Ben Roth'))
      .toMatchObject({ influence: 5, attitude: 2 });
    await page.screenshot({ path: join(artefacts, 'stakeholder-grid.png') });
    await page.reload();
    await page.getByRole('button', { name: 'Matrix' }).click();
    await expect(
      page
        .getByRole('cell', { name: 'Einfluss 5, Einstellung +2' })
        .getByRole('button', { name: /^Ben Roth/ }),
    ).toBeVisible();
  });

  test('a big map zoomed far out draws names only, zoomed in everything', async ({ page }) => {
    const clientID = await newClientMap(page, 'Großkunde AG');
    const people = Array.from({ length: 64 }, (_, i) => ({
      name: `Person ${i + 1}`,
      title: `Funktion ${i + 1}`,
      department: 'it',
      x: (i % 8) * 320,
      y: Math.floor(i / 8) * 260,
    }));
    await seed(page, clientID, people);
    await page.reload();
    const first = card(page, 'Person 1');
    await expect(first).toBeVisible();
    // Fitted to 64 cards, the map is far out: the small print is not drawn.
    await expect(first.locator('.sh-card__name')).toBeVisible();
    await expect(first.locator('.sh-card__title')).toBeHidden();
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Vergrößern' }).click();
    await expect(first.locator('.sh-card__title')).toBeVisible();
  });

  test('a coverage gap goes when its department gets a contact', async ({ page }) => {
    const clientID = await newClientMap(page, 'Abdeckung KG');
    await seed(page, clientID, [
      { name: 'Anna Berg', department: 'management', x: 0, y: 0, owner: 'Kim' },
      { name: 'Ben Roth', department: 'it', x: 300, y: 0 },
    ]);
    await page.reload();
    await coverageTab(page).click();
    const panel = page.getByRole('region', { name: 'Abdeckung' });
    const gap = panel.getByRole('button', { name: 'Person in Betriebsrat hinzufügen' });
    await expect(gap).toBeVisible();
    await expect(
      panel.getByRole('button', { name: 'Person in Geschäftsführung hinzufügen' }),
    ).toHaveCount(0);
    await expect(
      panel
        .getByRole('region', { name: 'Ohne Beziehungsverantwortlichen' })
        .getByRole('button', { name: 'Ben Roth' }),
    ).toBeVisible();
    await page.screenshot({ path: join(artefacts, 'stakeholder-coverage.png') });

    // Drag "Betriebsrat" from the palette onto the map and name the person.
    const box = await canvas(page).boundingBox();
    if (!box) throw new Error('no canvas');
    await drag(
      page,
      await centre(page.getByRole('button', { name: 'Person in Betriebsrat hinzufügen' }).first()),
      {
        x: box.x + box.width * 0.5,
        y: box.y + box.height * 0.7,
      },
    );
    await page.getByLabel(/^Name/).fill('Bärbel Weiß');
    await coverageTab(page).click();
    await expect(
      panel.getByRole('button', { name: 'Person in Betriebsrat hinzufügen' }),
    ).toHaveCount(0);
    await expect(
      panel.getByRole('button', { name: 'Person in Finanzen hinzufügen' }),
    ).toBeVisible();
  });

  test('import a German Excel CSV through the preview; cancel writes nothing', async ({ page }) => {
    const clientID = await newClientMap(page, 'Import Müller GmbH');
    await page.getByRole('button', { name: 'Kontakte importieren' }).click();
    let dialog = page.getByRole('dialog', { name: 'Kontakte importieren' });
    await expect(dialog).toContainText('kontakte-excel.csv');
    await expect(dialog.getByRole('rowheader', { name: 'Jürgen Größ' })).toBeVisible();
    await expect(dialog.getByRole('rowheader', { name: 'Bärbel Weiß' })).toBeVisible();
    await expect(dialog.getByRole('row', { name: /Klaus Schäfer/ })).toContainText('Finanzen');
    // Rows left out say why in German: Go's kinds, worded by the window.
    await expect(
      dialog.getByRole('region', { name: 'Nicht übernommen' }).getByRole('listitem'),
    ).toHaveText([
      'Zeile 5: Kein Name angegeben.',
      'Zeile 7: Das Feld „E-Mail“ von Sabine Lang ist zu lang (höchstens 500 Zeichen).',
    ]);
    await page.screenshot({
      path: join(artefacts, 'stakeholder-import.png'),
      animations: 'disabled',
    });
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await expect(dialog).toHaveCount(0);
    expect(await stored(page, clientID)).toEqual([]);

    await page.getByRole('button', { name: 'Kontakte importieren' }).click();
    dialog = page.getByRole('dialog', { name: 'Kontakte importieren' });
    await dialog.getByRole('button', { name: '3 Personen hinzufügen' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(card(page, 'Bärbel Weiß')).toBeVisible();
    const people = await stored(page, clientID);
    expect(people.map((p) => [p.name, p.department]).sort()).toEqual([
      ['Bärbel Weiß', 'works_council'],
      ['Jürgen Größ', 'purchasing'],
      ['Klaus Schäfer', 'finance'],
    ]);
    // Each has a place of their own.
    expect(new Set(people.map((p) => `${p.x},${p.y}`)).size).toBe(3);
    // The same file again adds nobody: everyone usable is on the map already.
    await page.getByRole('button', { name: 'Kontakte importieren' }).click();
    dialog = page.getByRole('dialog', { name: 'Kontakte importieren' });
    await expect(dialog).toContainText(
      'Niemand Neues: Wer aus der Datei übernommen werden kann, ist schon auf der Karte.',
    );
    await expect(dialog).toContainText('Zeile 2: Jürgen Größ ist schon auf der Karte.');
    await expect(dialog.getByRole('button', { name: '0 Personen hinzufügen' })).toBeDisabled();
    await page.screenshot({
      path: join(artefacts, 'stakeholder-import-again.png'),
      animations: 'disabled',
    });
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    expect(await stored(page, clientID)).toHaveLength(3);
    await page.getByRole('button', { name: 'Tabelle' }).click();
    await page.getByRole('button', { name: 'Bärbel Weiß' }).click();
    await expect(page.getByLabel('Notizen')).toHaveValue(
      'Wichtig bei neuer Software.\nVorab informieren!',
    );
  });

  test('the sample client on the map, arranged as an org chart', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('link', { name: /Hofmann Antriebstechnik GmbH/ })
      .first()
      .click();
    // Any workshop of the sample client will do: the map is the client's, and
    // other specs (hostile.spec.ts) may have retitled the sample workshops.
    await page.locator('a[href*="/workshops/"]').first().click();
    await page.getByRole('tab', { name: 'Stakeholder' }).click();
    await expect(canvas(page).locator('.react-flow__node').first()).toBeVisible();
    await page.getByRole('button', { name: 'Als Organigramm anordnen' }).click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(artefacts, 'stakeholder-map.png') });
    // Full screen for the projector: the map over the whole window, Esc leaves.
    await page.getByRole('button', { name: 'Vollbild', exact: true }).click();
    await page.getByRole('button', { name: 'Als Organigramm anordnen' }).click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(artefacts, 'stakeholder-map-fullscreen.png') });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Vollbild', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Tabelle' }).click();
    await page.screenshot({ path: join(artefacts, 'stakeholder-table.png') });
    // Off to another tab and back: the map is as it was.
    await page.getByRole('button', { name: 'Landkarte' }).click();
    const cards = await canvas(page).locator('.react-flow__node').count();
    await page.getByRole('tab', { name: 'Assessment' }).click();
    await page.getByRole('tab', { name: 'Stakeholder' }).click();
    await expect(canvas(page).locator('.react-flow__node')).toHaveCount(cards);
  });
});
