import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import type { Backup } from '../../api/backups';
import { installFakeGo } from '../../test/fakeGo';

const older: Backup = {
  path: '',
  name: 'kam-workbench-20260310-080000-000-auto.db',
  size: 812 * 1024,
  mod_time: '',
};
const newer: Backup = {
  path: '',
  name: 'kam-workbench-20260312-091405-123-manual.db',
  size: 2.5 * 1024 * 1024,
  mod_time: '',
};
const taken: Backup = {
  path: '',
  name: 'kam-workbench-20260313-170000-000-manual.db',
  size: 2.6 * 1024 * 1024,
  mod_time: '',
};

function backend() {
  let list = [newer, older];
  let keep = 10;
  const app = installFakeGo({
    Startup: { Problem: () => ({ code: '', kind: '', message: '', backup_name: '' }) },
    Clients: { List: () => [] },
    Settings: { Language: () => 'de', Workspace: () => ({ path: '/w.db', version: 'dev' }) },
    Backups: {
      List: () => list,
      Keep: () => keep,
      SetKeep: (n: number) => {
        keep = n;
      },
      BackupNow: () => {
        list = [taken, ...list];
        return taken;
      },
      Restore: () => {
        keep = 5; // the restored workspace keeps another count
        return { saved: 'kam-workbench-20260313-170100-000-before-restore.db', restart: false };
      },
    },
  });
  return app;
}

async function open() {
  window.location.hash = '#/backups';
  render(<App />);
  return screen.findByRole('list', { name: 'Sicherungen, neueste zuerst' });
}

describe('the backups screen', () => {
  it('lists the backups newest first with date, kind and size', async () => {
    backend();
    const list = await open();
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('12. März 2026 um 09:14:05'),
      expect.stringContaining('10. März 2026 um 08:00:00'),
    ]);
    expect(rows[0]).toHaveTextContent('Von Hand · 2,5 MB');
    expect(rows[1]).toHaveTextContent('Automatisch · 812 KB');
    expect(screen.getByRole('link', { name: 'Sicherungen' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('backs up now and shows the new backup', async () => {
    const user = userEvent.setup();
    const app = backend();
    await open();
    await user.click(screen.getByRole('button', { name: 'Jetzt sichern' }));
    expect(app.Backups?.BackupNow).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Gesichert: 13. März 2026 um 17:00:00')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Sicherungen, neueste zuerst' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
  });

  it('restores only after a confirmation that says the current state is backed up first, then reloads', async () => {
    const user = userEvent.setup();
    const app = backend();
    await open();
    await user.click(
      screen.getByRole('button', {
        name: 'Sicherung vom 10. März 2026 um 08:00:00 wiederherstellen',
      }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Sicherung vom 10. März 2026 um 08:00:00 wiederherstellen?',
    });
    expect(dialog).toHaveTextContent('Der jetzige Stand wird vorher gesichert');
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(app.Backups?.Restore).not.toHaveBeenCalled();

    const listCalls = app.Clients?.List?.mock.calls.length ?? 0;
    await user.click(
      screen.getByRole('button', {
        name: 'Sicherung vom 10. März 2026 um 08:00:00 wiederherstellen',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Sichern und wiederherstellen' }));
    expect(app.Backups?.Restore).toHaveBeenCalledWith(older.name);
    expect(
      await screen.findByText(/Stand vom 10. März 2026 um 08:00:00 wiederhergestellt/),
    ).toBeInTheDocument();
    // The sidebar and this screen read the restored workspace.
    await waitFor(() => expect(app.Clients?.List?.mock.calls.length).toBeGreaterThan(listCalls));
    expect(await screen.findByLabelText('Anzahl aufbewahren')).toHaveValue(5);
  });

  it('saves the number of automatic backups as typed, only when it is 1 to 365', async () => {
    const app = backend();
    await open();
    vi.useFakeTimers();
    try {
      const field = screen.getByLabelText('Anzahl aufbewahren');
      expect(field).toHaveValue(10);
      fireEvent.change(field, { target: { value: '0' } });
      await act(async () => vi.advanceTimersByTime(1000));
      expect(screen.getByText('Bitte eine ganze Zahl von 1 bis 365 eingeben.')).toBeInTheDocument();
      fireEvent.change(field, { target: { value: '366' } });
      await act(async () => vi.advanceTimersByTime(1000));
      expect(app.Backups?.SetKeep).not.toHaveBeenCalled();
      fireEvent.change(field, { target: { value: '365' } });
      await act(async () => vi.advanceTimersByTime(1000));
      expect(app.Backups?.SetKeep).toHaveBeenCalledWith(365);
      expect(screen.queryByText(/ganze Zahl/)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
