import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { installFakeGo } from '../../test/fakeGo';

const backupName = 'kam-workbench-20260312-091405-123-auto.db';

/** A window whose workspace did not open: only Startup and Backups answer. */
function problemBackend(kind: string, code: string, offer: string, restore?: () => unknown) {
  const others = vi.fn(() => {
    throw new Error('called without a workspace');
  });
  const app = installFakeGo({
    Startup: {
      Problem: () => ({
        code,
        kind,
        message: `/home/kb/.config/kam-workbench/workspace.db is damaged (*** in database main ***)`,
        backup_name: offer,
      }),
      Restart: () => undefined,
    },
    Backups: {
      List: () => [{ name: backupName, path: '/x', size: 2.5 * 1024 * 1024, mod_time: '' }],
      Restore: restore ?? (() => ({ saved: 'set-aside-workspace.db', restart: true })),
    },
    Clients: { List: others },
    Settings: { Language: others, Workspace: others },
  });
  return { app, others };
}

describe('the workspace problem screen', () => {
  it('explains a damaged workspace and restores the newest sound backup after asking', async () => {
    const user = userEvent.setup();
    const { app, others } = problemBackend('damaged', 'invalid', backupName);
    render(<App />);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Der Arbeitsbereich ist beschädigt' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Die Datei wurde nicht verändert/)).toBeInTheDocument();
    expect(await screen.findByText('Automatisch · 2,5 MB')).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Sicherung vom 12. März 2026 um 09:14 wiederherstellen' }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Sicherung vom 12. März 2026 um 09:14 wiederherstellen?',
    });
    expect(dialog).toHaveTextContent('Die jetzige Datei bleibt unverändert im Sicherungsordner');
    expect(app.Backups?.Restore).not.toHaveBeenCalled();
    await user.click(
      within(dialog).getByRole('button', { name: 'Wiederherstellen und neu starten' }),
    );

    await waitFor(() => expect(app.Startup?.Restart).toHaveBeenCalled());
    expect(app.Backups?.Restore).toHaveBeenCalledWith(backupName);
    expect(await screen.findByRole('status')).toHaveTextContent('startet neu');
    expect(others).not.toHaveBeenCalled();
    // Nothing of the normal app.
    expect(screen.queryByRole('navigation', { name: 'Kundenliste' })).toBeNull();
  });

  it('asks to update a workspace from a newer version and offers no restore', async () => {
    const { others } = problemBackend('newer', 'conflict', '');
    render(<App />);
    expect(
      await screen.findByRole('heading', {
        name: 'Dieser Arbeitsbereich stammt aus einer neueren Version',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Bitte aktualisieren Sie die KAM Workbench/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /wiederherstellen/ })).toBeNull();
    expect(others).not.toHaveBeenCalled();
  });

  it('asks to free space on a full disk and offers no restore, even with a backup', async () => {
    problemBackend('disk_full', 'disk_full', backupName);
    render(<App />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Der Datenträger ist voll' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Geben Sie Speicherplatz frei/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /wiederherstellen/ })).toBeNull();
    expect(screen.queryByText(/keine intakte Sicherung/)).toBeNull();
  });

  it('says another program holds the workspace locked and offers no restore', async () => {
    problemBackend('busy', 'busy', '');
    render(<App />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Der Arbeitsbereich ist gesperrt' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Warten Sie, bis das andere Programm fertig ist/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /wiederherstellen/ })).toBeNull();
  });

  it('says so when no backup would help, and shows the technical details', async () => {
    problemBackend('unreadable', 'invalid', '');
    render(<App />);
    expect(
      await screen.findByRole('heading', { name: 'Der Arbeitsbereich lässt sich nicht öffnen' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/keine intakte Sicherung/)).toBeInTheDocument();
    expect(screen.getByText('Technische Angaben')).toBeInTheDocument();
    expect(screen.getByText(/\*\*\* in database main \*\*\*/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /wiederherstellen/ })).toBeNull();
  });

  it('keeps the offer and says why when the restore fails; no restart', async () => {
    const user = userEvent.setup();
    const { app } = problemBackend('damaged', 'invalid', backupName, () => {
      throw { code: 'internal', message: 'cannot restore: permission denied' };
    });
    render(<App />);
    await user.click(await screen.findByRole('button', { name: /wiederherstellen$/ }));
    await user.click(screen.getByRole('button', { name: 'Wiederherstellen und neu starten' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Die Sicherung konnte nicht wiederhergestellt werden',
    );
    expect(app.Startup?.Restart).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: /wiederherstellen$/ })).toBeEnabled();
  });

  it('shows the app when the workspace opened', async () => {
    installFakeGo({
      Startup: { Problem: () => ({ code: '', kind: '', message: '', backup_name: '' }) },
      Clients: { List: () => [] },
      Settings: { Language: () => 'de', Workspace: () => ({ path: '/w.db', version: 'dev' }) },
    });
    render(<App />);
    expect(await screen.findByRole('navigation', { name: 'Kundenliste' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sicherungen' })).toHaveAttribute('href', '#/backups');
  });
});
