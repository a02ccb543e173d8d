import {
  devices,
  expect,
  test,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import jsQR from 'jsqr';
import { mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { roomVoteAddr } from '../playwright.config';
import { newClient, newWorkshop } from './steps';

/**
 * Voting from phones in the room against the real app (wails dev, a real
 * SQLite file, the real voting server on 127.0.0.2): the facilitator starts
 * voting, phones (Chromium with the device profiles of an iPhone and a
 * Pixel) open the address decoded from the QR code on the screen, join,
 * vote and change a vote; the votes are the workshop's; the facilitator
 * moves on and the phones follow; stopping closes the port.
 */

const artefacts = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'artefacts');
mkdirSync(artefacts, { recursive: true });

interface Participant {
  id: string;
  name: string;
  role: string;
  side: 'customer' | 'ours';
  stakeholder_id: string;
}
interface Vote {
  participant_id: string;
  question_id: string;
  rating: number | null;
  na: boolean;
}
interface Answer {
  question_id: string;
  rating: number | null;
}

/** goCall runs a bound Go method in the page, as the window does. */
async function goCall<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    async ([fn, args]) => {
      const [service, method] = (fn as string).split('.') as [string, string];
      const app = (window as unknown as { go: { app: Record<string, Record<string, unknown>> } }).go
        .app;
      const f = app[service]?.[method] as (...a: unknown[]) => Promise<unknown>;
      return f(...(args as unknown[]));
    },
    [fn, args] as const,
  ) as Promise<T>;
}

function workshopIDFrom(url: string): string {
  const m = /#\/clients\/[^/]+\/workshops\/([^/]+)/.exec(url);
  if (!m?.[1]) throw new Error(`no workshop in ${url}`);
  return decodeURIComponent(m[1]);
}

const room = [
  { name: 'Anna Köhler', side: 'customer' },
  { name: 'Dirk Ober', side: 'ours' },
  { name: 'Clara Weiß', side: 'customer' },
] as const;

/**
 * workshopWithRoom makes a client and a workshop with three participants
 * and opens its assessment. The participants go in through the bound
 * Workshops.Save until the workshop details editor lands.
 */
async function workshopWithRoom(
  page: Page,
  client = `Raumabstimmung ${Date.now()}`,
): Promise<string> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await newClient(page, client);
  await newWorkshop(page, 'Runde 1');
  const id = workshopIDFrom(page.url());
  for (const p of room) {
    await goCall(page, 'Workshops.AddParticipant', id, {
      id: '',
      name: p.name,
      role: '',
      side: p.side,
      stakeholder_id: '',
    });
  }
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Existiert ein CRM?' })).toBeVisible();
  return id;
}

/** startVoting starts room voting from the toolbar; the projector opens with the QR code. */
async function startVoting(page: Page) {
  await page.getByRole('button', { name: 'Abstimmung im Raum' }).click();
  const panel = page.getByTestId('room-voting');
  await expect(panel).toBeVisible();
  await expect(
    panel.getByRole('img', { name: 'QR-Code mit der Adresse der Abstimmung' }),
  ).toBeVisible();
  return panel;
}

/** decodeQR reads the QR code off a screenshot of the screen, as a phone's camera would. */
async function decodeQR(page: Page, shot: string): Promise<string> {
  const png = PNG.sync.read(await page.screenshot({ path: join(artefacts, shot) }));
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!code) throw new Error(`no QR code found on the screen (${shot})`);
  return code.data;
}

/** A phone: Chromium with a device profile (WebKit cannot be installed here). */
async function phone(
  browser: Browser,
  device: string,
): Promise<{ ctx: BrowserContext; page: Page }> {
  const d = devices[device];
  if (!d) throw new Error(`no device profile ${device}`);
  const { defaultBrowserType: _, ...profile } = d;
  const ctx = await browser.newContext({ ...profile, locale: 'de-DE' });
  return { ctx, page: await ctx.newPage() };
}

const rateButton = (p: Page, name: string) =>
  p.getByRole('group', { name: 'Ihre Bewertung' }).getByRole('button', { name, exact: true });

/** portClosed resolves true when nothing accepts connections on address (host:port). */
function portClosed(address: string): Promise<boolean> {
  const i = address.lastIndexOf(':');
  return new Promise((resolve) => {
    const s = connect({ host: address.slice(0, i), port: Number(address.slice(i + 1)) });
    s.once('connect', () => {
      s.destroy();
      resolve(false);
    });
    s.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ECONNREFUSED'));
  });
}

test.describe('room voting', () => {
  test('phones open the QR code, join, vote and change a vote; the votes are the workshop’s; they follow the facilitator', async ({
    page,
    browser,
  }) => {
    const workshopID = await workshopWithRoom(page);
    const people = (
      await goCall<{ participants: Participant[] }>(page, 'Workshops.Get', workshopID)
    ).participants;

    const panel = await startVoting(page);
    await expect(page.getByTestId('projector')).toBeVisible();
    const address = (await panel.getByTestId('room-address').textContent()) ?? '';
    expect(address).toMatch(new RegExp(`^${roomVoteAddr.replaceAll('.', '\\.')}:\\d+$`));
    await expect(panel.getByTestId('room-code')).toHaveText(/^\d{3} \d{3}$/);
    await expect(panel.getByTestId('room-counts')).toHaveText(
      '0 Telefone verbunden · 0 haben abgestimmt',
    );

    // The phones get the address from the QR code on the screen, secret and all.
    const url = await decodeQR(page, 'room-voting-projector.png');
    expect(url).toMatch(new RegExp(`^http://${address.replaceAll('.', '\\.')}/v/[a-z2-7]{26}/$`));

    const phones = await Promise.all([
      phone(browser, 'iPhone 13'),
      phone(browser, 'Pixel 7'),
      phone(browser, 'iPhone SE'),
    ]);
    const [anna, dirk, anon] = phones.map((p) => p.page) as [Page, Page, Page];
    for (const p of [anna, dirk, anon]) {
      await p.goto(url);
      await expect(p.getByRole('heading', { name: 'Wer sind Sie?' })).toBeVisible();
      await expect(p.getByRole('button', { name: 'Anna Köhler' })).toBeVisible();
    }
    await anna.getByRole('button', { name: 'Anna Köhler' }).click();
    await dirk.getByRole('button', { name: 'Dirk Ober' }).click();
    await anon.getByRole('button', { name: 'Anonym – Kunde' }).click();
    for (const [p, name] of [
      [anna, 'Anna Köhler'],
      [dirk, 'Dirk Ober'],
      [anon, 'Anonym 1'],
    ] as const) {
      await expect(p.getByText(`Sie stimmen ab als ${name}.`)).toBeVisible();
      await expect(p.getByRole('heading', { level: 1, name: 'Existiert ein CRM?' })).toBeVisible();
    }
    await anna.screenshot({ path: join(artefacts, 'room-voting-phone-iphone13.png') });

    // They vote; each sees it arrived.
    await rateButton(anna, '3 – etabliert').click();
    await rateButton(dirk, '1 – ansatzweise').click();
    await rateButton(anon, 'nicht zutreffend').click();
    for (const p of [anna, dirk, anon]) {
      await expect(p.getByText('Danke – angekommen')).toBeVisible();
    }
    await expect(rateButton(anna, '3 – etabliert')).toHaveAttribute('aria-pressed', 'true');
    await expect(panel.getByTestId('room-counts')).toHaveText(
      '3 Telefone verbunden · 3 haben abgestimmt',
    );

    // Anna changes her mind while the question is open.
    await rateButton(anna, '4 – vorbildlich').click();
    await expect(rateButton(anna, '4 – vorbildlich')).toHaveAttribute('aria-pressed', 'true');
    await expect(rateButton(anna, '3 – etabliert')).toHaveAttribute('aria-pressed', 'false');
    await expect(anna.getByText('Danke – angekommen')).toBeVisible();
    await anna.screenshot({ path: join(artefacts, 'room-voting-phone-voted.png') });

    // The votes are the workshop's, as if typed; the anonymous phone added a participant.
    const after = (await goCall<{ participants: Participant[] }>(page, 'Workshops.Get', workshopID))
      .participants;
    const anonymous = after.find((p) => p.name === 'Anonym 1');
    expect(anonymous?.side).toBe('customer');
    const byName = new Map(
      [...people, ...(anonymous ? [anonymous] : [])].map((p) => [p.id, p.name]),
    );
    await expect
      .poll(async () =>
        (await goCall<Vote[]>(page, 'Assessment.Votes', workshopID))
          .map((v) => `${byName.get(v.participant_id)} ${v.question_id} ${v.na ? 'na' : v.rating}`)
          .sort(),
      )
      .toEqual([
        'Anna Köhler org.crm_exists 4',
        'Anonym 1 org.crm_exists na',
        'Dirk Ober org.crm_exists 1',
      ]);
    await page.screenshot({ path: join(artefacts, 'room-voting-projector-voted.png') });

    // The phones' votes are hidden on the projector until the facilitator reveals them
    // (V): then the distribution, and the phones hear that the result is up.
    const onProjector = page.getByTestId('projector').getByTestId('projector-votes');
    await expect(onProjector.getByTestId('votes-hidden')).toBeVisible();
    await expect(onProjector.getByTestId('vote-mean')).toHaveCount(0);
    await page.keyboard.press('v');
    await expect(onProjector.getByTestId('distribution-4')).toHaveAccessibleName(
      '4 – vorbildlich: 1 Stimme',
    );
    await expect(onProjector.getByTestId('distribution-1')).toHaveAccessibleName(
      '1 – ansatzweise: 1 Stimme',
    );
    await expect(onProjector.getByTestId('vote-mean')).toHaveText('2,5');
    await expect(onProjector.getByTestId('no-consensus')).toHaveText('kein Konsens');
    for (const p of [anna, dirk, anon]) {
      await expect(p.getByText('Das Ergebnis steht auf dem Projektor.')).toBeVisible();
    }
    // The facilitator confirms the proposal (2.5 → 3) as the agreed rating.
    await page.keyboard.press('c');
    await expect(
      page.getByTestId('projector').getByRole('button', { name: '3 – etabliert' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await expect
      .poll(
        async () =>
          (await goCall<Answer[]>(page, 'Assessment.Answers', workshopID)).find(
            (a) => a.question_id === 'org.crm_exists',
          )?.rating,
      )
      .toBe(3);
    // The projector's own size: the QR code, address and code all in view.
    await page.setViewportSize({ width: 1280, height: 720 });
    for (const id of ['room-address', 'room-code', 'room-counts']) {
      await expect(panel.getByTestId(id)).toBeInViewport({ ratio: 1 });
    }
    await expect(
      panel.getByRole('img', { name: 'QR-Code mit der Adresse der Abstimmung' }),
    ).toBeInViewport({
      ratio: 1,
    });
    expect(await decodeQR(page, 'room-voting-projector-1280x720.png')).toBe(url);
    await page.setViewportSize({ width: 1366, height: 768 });

    // The facilitator moves on: the phones follow, nothing chosen yet.
    await page.keyboard.press('Enter');
    const next = (await page.locator('.projector__question').textContent()) ?? '';
    expect(next).not.toBe('Existiert ein CRM?');
    for (const p of [anna, dirk, anon]) {
      await expect(p.getByRole('heading', { level: 1, name: next })).toBeVisible();
      await expect(p.getByRole('button', { pressed: true })).toHaveCount(0);
    }
    await expect(panel.getByTestId('room-counts')).toHaveText(
      '3 Telefone verbunden · 0 haben abgestimmt',
    );
    await rateButton(dirk, '2 – teilweise').click();
    await expect(dirk.getByText('Danke – angekommen')).toBeVisible();
    await expect(panel.getByTestId('room-counts')).toHaveText(
      '3 Telefone verbunden · 1 hat abgestimmt',
    );

    // A reload of a phone keeps who it is.
    await anna.reload();
    await expect(anna.getByText('Sie stimmen ab als Anna Köhler.')).toBeVisible();
    await expect(anna.getByRole('heading', { level: 1, name: next })).toBeVisible();

    await panel.getByRole('button', { name: 'Abstimmung beenden' }).click();
    for (const p of [anna, dirk, anon]) {
      await expect(p.getByText('Die Abstimmung ist beendet. Vielen Dank!')).toBeVisible();
    }
    await Promise.all(phones.map((p) => p.ctx.close()));
  });

  test('typing the short address and the code', async ({ page, browser }) => {
    await workshopWithRoom(page);
    const panel = await startVoting(page);
    const address = (await panel.getByTestId('room-address').textContent()) ?? '';
    const code = ((await panel.getByTestId('room-code').textContent()) ?? '').replace(' ', '');
    const { ctx, page: p } = await phone(browser, 'Pixel 7');
    await p.goto(`http://${address}/`);
    const field = p.getByLabel('6-stelliger Code');
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    await field.fill(wrong);
    await p.getByRole('button', { name: 'Weiter' }).click();
    await expect(p.getByText('Falscher Code – noch 9 Versuche.')).toBeVisible();
    await field.fill(`${code.slice(0, 3)} ${code.slice(3)}`);
    await p.getByRole('button', { name: 'Weiter' }).click();
    await expect(p.getByRole('heading', { name: 'Wer sind Sie?' })).toBeVisible();
    await p.getByRole('button', { name: 'Anonym – Unser Team' }).click();
    await expect(p.getByText('Sie stimmen ab als Anonym 1.')).toBeVisible();
    await rateButton(p, '0 – nicht vorhanden').click();
    await expect(p.getByText('Danke – angekommen')).toBeVisible();
    await expect(panel.getByTestId('room-counts')).toHaveText(
      '1 Telefon verbunden · 1 hat abgestimmt',
    );
    await ctx.close();
    await panel.getByRole('button', { name: 'Abstimmung beenden' }).click();
  });

  test('stopping closes the port; leaving the workshop stops voting too', async ({
    page,
    browser,
  }) => {
    const client = `Raum verlassen ${Date.now()}`;
    await workshopWithRoom(page, client);
    let panel = await startVoting(page);
    let address = (await panel.getByTestId('room-address').textContent()) ?? '';
    const url = await decodeQR(page, 'room-voting-before-stop.png');
    const { ctx, page: p } = await phone(browser, 'iPhone 13');
    await p.goto(url);
    await expect(p.getByRole('heading', { name: 'Wer sind Sie?' })).toBeVisible();
    expect(await portClosed(address)).toBe(false);

    // From the projector view.
    await panel.getByRole('button', { name: 'Abstimmung beenden' }).click();
    await expect(page.getByTestId('room-voting')).toHaveCount(0);
    await expect(p.getByText('Die Abstimmung ist beendet. Vielen Dank!')).toBeVisible();
    expect(await portClosed(address)).toBe(true);
    await ctx.close();

    // Started again from the projector, then the workshop is left.
    await page.getByTestId('projector').getByRole('button', { name: 'Abstimmung im Raum' }).click();
    panel = page.getByTestId('room-voting');
    await expect(panel).toBeVisible();
    address = (await panel.getByTestId('room-address').textContent()) ?? '';
    expect(await portClosed(address)).toBe(false);
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: client }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: client })).toBeVisible();
    await expect.poll(() => portClosed(address)).toBe(true);
  });
});
