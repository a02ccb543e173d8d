import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { routeHref, useHashRoute } from '../../routing';
import { flushEvent } from './flushAll';
import { useLeaveGuard } from './LeaveGuard';
import { SaveStatusProvider, useSaveStatus } from './SaveStatusContext';
import { useAutosave } from './useAutosave';

/**
 * FakeDisk stands in for Go: while `full` every save rejects as Go does on a
 * full disk; `hold` keeps saves running until `release`.
 */
class FakeDisk {
  full = false;
  stored = '';
  calls: string[] = [];
  private held: (() => void)[] = [];
  hold = false;
  save = async (v: string): Promise<void> => {
    this.calls.push(v);
    if (this.hold) await new Promise<void>((r) => this.held.push(r));
    await Promise.resolve();
    if (this.full) {
      throw new Error(
        '{"code":"disk_full","message":"The disk is full: the change was not saved"}',
      );
    }
    this.stored = v;
  };
  release() {
    this.hold = false;
    for (const r of this.held.splice(0)) r();
  }
}

function Editor({ disk }: { disk: FakeDisk }) {
  const [text, setText] = useState(disk.stored);
  const { flush } = useAutosave(text, disk.save);
  return (
    <label>
      Notizen
      <textarea
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => void flush()}
      />
    </label>
  );
}

function ScreenStatus() {
  const { status } = useSaveStatus();
  return <p data-testid="screen-status">{status}</p>;
}

/** The app's wiring in small: a client screen with notes, a link and a tab-like button away. */
function Screens({ disk }: { disk: FakeDisk }) {
  const leave = useLeaveGuard();
  const [route, navigate] = useHashRoute(leave.canLeave);
  return (
    <>
      <a href={routeHref({ page: 'backups' })}>Sicherungen</a>
      <a href={routeHref({ page: 'client', clientId: 'c1' })}>Kunde</a>
      <button type="button" onClick={() => navigate({ page: 'home' })}>
        Übersicht
      </button>
      <h1>{route.page === 'client' ? route.clientId : route.page}</h1>
      {route.page === 'client' ? <Editor key={route.clientId} disk={disk} /> : null}
      <ScreenStatus />
      {leave.dialog}
    </>
  );
}

async function setup(disk: FakeDisk, hashes = ['#/clients/c1']) {
  for (const h of hashes) window.location.hash = h;
  await new Promise((r) => setTimeout(r, 0)); // the browser is done with those addresses
  render(
    <SaveStatusProvider>
      <div id="root">
        <Screens disk={disk} />
      </div>
    </SaveStatusProvider>,
  );
  return userEvent.setup();
}

const heading = () => screen.getByRole('heading', { level: 1 });
const notes = () => screen.getByLabelText('Notizen');
const dialog = () => screen.queryByRole('dialog');

/** failedEdit types into the notes on a full disk and waits for "not saved". */
async function failedEdit(disk: FakeDisk, text: string) {
  disk.full = true;
  fireEvent.change(notes(), { target: { value: text } });
  fireEvent.blur(notes());
  await waitFor(() => expect(screen.getByTestId('screen-status')).toHaveTextContent('error'));
}

describe('useLeaveGuard with useHashRoute', () => {
  it('changes the screen without a question while everything is stored', async () => {
    const disk = new FakeDisk();
    const user = await setup(disk);
    fireEvent.change(notes(), { target: { value: 'Rahmenvertrag' } });
    fireEvent.blur(notes());
    await waitFor(() => expect(screen.getByTestId('screen-status')).toHaveTextContent('saved'));

    await user.click(screen.getByRole('button', { name: 'Übersicht' }));
    expect(heading()).toHaveTextContent('home'); // at once, no waiting
    expect(window.location.hash).toBe('#/');
    expect(dialog()).toBeNull();
    expect(disk.stored).toBe('Rahmenvertrag');
  });

  it('asks before a link leaves an edit that a full disk refused; staying keeps it', async () => {
    const disk = new FakeDisk();
    const user = await setup(disk);
    await failedEdit(disk, 'Frau Özdemir ruft zurück');

    await user.click(screen.getByRole('link', { name: 'Sicherungen' }));
    const ask = await screen.findByRole('dialog', { name: 'Nicht gespeichert' });
    expect(ask).toHaveTextContent('Der Datenträger ist voll');
    expect(ask).toHaveTextContent('Verlassen Sie die Seite, geht sie verloren.');
    expect(screen.getByRole('button', { name: 'Auf dieser Seite bleiben' })).toHaveFocus();
    expect(heading()).toHaveTextContent('c1');

    await user.click(screen.getByRole('button', { name: 'Auf dieser Seite bleiben' }));
    expect(dialog()).toBeNull();
    expect(heading()).toHaveTextContent('c1');
    expect(window.location.hash).toBe('#/clients/c1');
    expect(notes()).toHaveValue('Frau Özdemir ruft zurück');

    // Room again: the edit is stored, and the link goes without a question.
    disk.full = false;
    fireEvent.blur(notes());
    await waitFor(() => expect(disk.stored).toBe('Frau Özdemir ruft zurück'));
    await user.click(screen.getByRole('link', { name: 'Sicherungen' }));
    await waitFor(() => expect(heading()).toHaveTextContent('backups'));
    expect(dialog()).toBeNull();
  });

  it('waits for the save of what was just typed: goes once stored, asks if it fails', async () => {
    const disk = new FakeDisk();
    const user = await setup(disk);
    disk.hold = true;
    fireEvent.change(notes(), { target: { value: 'Zusage bis Freitag' } });
    await user.click(screen.getByRole('button', { name: 'Übersicht' }));
    expect(heading()).toHaveTextContent('c1'); // the save still runs
    disk.release();
    await waitFor(() => expect(heading()).toHaveTextContent('home'));
    expect(disk.stored).toBe('Zusage bis Freitag');
    expect(dialog()).toBeNull();
  });

  it('follows a link once what was just typed is stored, however quick the save', async () => {
    const disk = new FakeDisk();
    const user = await setup(disk);
    fireEvent.change(notes(), { target: { value: 'Zusage bis Freitag' } });
    await user.click(screen.getByRole('link', { name: 'Sicherungen' }));
    await waitFor(() => expect(heading()).toHaveTextContent('backups'));
    await act(() => new Promise((r) => setTimeout(r, 50))); // and stays there
    expect(heading()).toHaveTextContent('backups');
    expect(window.location.hash).toBe('#/backups');
    expect(disk.stored).toBe('Zusage bis Freitag');
  });

  it('asks when the save of what was just typed fails on the way out', async () => {
    const disk = new FakeDisk();
    const user = await setup(disk);
    disk.full = true;
    fireEvent.change(notes(), { target: { value: 'Zusage bis Freitag' } });
    await user.click(screen.getByRole('link', { name: 'Sicherungen' }));
    await screen.findByRole('dialog', { name: 'Nicht gespeichert' });
    expect(heading()).toHaveTextContent('c1');
    expect(notes()).toHaveValue('Zusage bis Freitag');
    expect(disk.stored).toBe('');
  });

  it('undoes the browser back while asking; the history stays as it was', async () => {
    const disk = new FakeDisk();
    const user = await setup(disk, ['#/']);
    await user.click(screen.getByRole('link', { name: 'Sicherungen' }));
    await user.click(screen.getByRole('link', { name: 'Kunde' }));
    await waitFor(() => expect(heading()).toHaveTextContent('c1'));
    await failedEdit(disk, 'Einkauf prüft');

    act(() => window.history.back());
    await screen.findByRole('dialog', { name: 'Nicht gespeichert' });
    await waitFor(() => expect(window.location.hash).toBe('#/clients/c1'));
    expect(heading()).toHaveTextContent('c1');
    await user.click(screen.getByRole('button', { name: 'Auf dieser Seite bleiben' }));
    expect(notes()).toHaveValue('Einkauf prüft');

    // Stored once there is room; back then goes where it would have gone.
    disk.full = false;
    fireEvent.blur(notes());
    await waitFor(() => expect(disk.stored).toBe('Einkauf prüft'));
    act(() => window.history.back());
    await waitFor(() => expect(heading()).toHaveTextContent('backups'));
    expect(window.location.hash).toBe('#/backups');
    act(() => window.history.back());
    await waitFor(() => expect(heading()).toHaveTextContent('home'));
    expect(dialog()).toBeNull();
  });

  it('asks before navigate (a tab); leaving anyway goes and asks nothing more', async () => {
    const disk = new FakeDisk();
    const user = await setup(disk);
    await failedEdit(disk, 'Einkauf prüft');

    await user.click(screen.getByRole('button', { name: 'Übersicht' }));
    await screen.findByRole('dialog', { name: 'Nicht gespeichert' });
    expect(heading()).toHaveTextContent('c1');
    await user.click(screen.getByRole('button', { name: 'Trotzdem verlassen' }));
    expect(heading()).toHaveTextContent('home');
    await waitFor(() => expect(window.location.hash).toBe('#/'));
    // Given up means given up: the next step asks nothing, though the disk is still full.
    await user.click(screen.getByRole('link', { name: 'Sicherungen' }));
    await waitFor(() => expect(heading()).toHaveTextContent('backups'));
    expect(dialog()).toBeNull();
  });

  it('lets an address of the same screen through', async () => {
    const disk = new FakeDisk();
    await setup(disk);
    await failedEdit(disk, 'Notiz');
    act(() => {
      window.location.hash = '#/clients/c1/details';
    });
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(dialog()).toBeNull();
    expect(window.location.hash).toBe('#/clients/c1/details');
    expect(notes()).toHaveValue('Notiz');
  });

  it('says so when everything got saved while it asks', async () => {
    const disk = new FakeDisk();
    const user = await setup(disk);
    await failedEdit(disk, 'Notiz');
    await user.click(screen.getByRole('link', { name: 'Sicherungen' }));
    await screen.findByRole('dialog', { name: 'Nicht gespeichert' });

    disk.full = false;
    act(() => void window.dispatchEvent(new Event(flushEvent))); // as the retry does
    const ask = await screen.findByRole('dialog', { name: 'Alles gespeichert' });
    expect(ask).toHaveTextContent('Inzwischen ist alles gespeichert.');
    await user.click(screen.getByRole('button', { name: 'Seite verlassen' }));
    expect(heading()).toHaveTextContent('backups');
    expect(disk.stored).toBe('Notiz');
  });
});
