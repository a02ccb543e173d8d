import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BundleImport } from '../../api/bundles';
import { ToastProvider } from '../../components/Toasts';
import { installFakeGo } from '../../test/fakeGo';
import { ClientListProvider } from '../clients/ClientListContext';
import { ExportClientButton } from './ExportClientButton';
import { ImportClientButton } from './ImportClientButton';

const conflict: BundleImport = {
  status: 'conflict',
  conflict: 'client',
  token: 't1',
  file_name: 'Hofmann-2026-11-27.kamw',
  client_id: 'c1',
  client_name: 'Hofmann Antriebstechnik GmbH',
  workshops: 2,
};

function setup(importImpl: (mode: string) => unknown) {
  const app = installFakeGo({
    Clients: { List: () => [] },
    Bundles: {
      Import: importImpl,
      Resolve: (_t: string, mode: string) => ({
        ...conflict,
        status: 'imported',
        conflict: '',
        client_id: mode === 'copy' ? 'c2' : 'c1',
      }),
      Discard: () => undefined,
      Export: () => '/home/kb/Hofmann Antriebstechnik GmbH-2026-11-27.kamw',
    },
    Files: {
      OpenSaved: () => undefined,
      ShowSaved: () => {
        throw JSON.stringify({ code: 'not_found', message: 'the file is no longer there' });
      },
    },
  });
  render(
    <ToastProvider>
      <ClientListProvider>
        <ImportClientButton />
        <ExportClientButton clientId="c1" name="Hofmann Antriebstechnik GmbH" />
      </ClientListProvider>
    </ToastProvider>,
  );
  return app;
}

describe('moving a client', () => {
  it('asks, naming the client, when it is here already; a copy opens the copy', async () => {
    const user = userEvent.setup();
    const app = setup(() => conflict);
    await user.click(screen.getByRole('button', { name: 'Kunde importieren…' }));
    const dialog = await screen.findByRole('alertdialog', {
      name: '„Hofmann Antriebstechnik GmbH“ gibt es hier schon',
    });
    expect(dialog).toHaveTextContent('Hofmann-2026-11-27.kamw');
    expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    expect(within(dialog).getByRole('button', { name: 'Ersetzen' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Als Kopie importieren' }));
    expect(app.Bundles?.Resolve).toHaveBeenCalledWith('t1', 'copy');
    await waitFor(() => expect(window.location.hash).toBe('#/clients/c2'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(
      screen.getByText('„Hofmann Antriebstechnik GmbH“ importiert – 2 Workshops.'),
    ).toBeInTheDocument();
    expect(app.Bundles?.Import).toHaveBeenCalledTimes(1);
    expect(app.Clients?.List).toHaveBeenCalledTimes(2); // the sidebar reloads
  });

  it('forgets the bundle when the user cancels', async () => {
    const user = userEvent.setup();
    const app = setup(() => ({ ...conflict, conflict: 'records' }));
    await user.click(screen.getByRole('button', { name: 'Kunde importieren…' }));
    const dialog = await screen.findByRole('alertdialog', {
      name: '„Hofmann Antriebstechnik GmbH“ als Kopie importieren?',
    });
    expect(within(dialog).queryByRole('button', { name: 'Ersetzen' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(app.Bundles?.Discard).toHaveBeenCalledWith('t1');
    expect(app.Bundles?.Resolve).not.toHaveBeenCalled();
    expect(window.location.hash).toBe('');
  });

  it("shows a refused bundle's own message", async () => {
    const user = userEvent.setup();
    setup(() => {
      throw {
        code: 'invalid',
        message: 'workshop.json: stakeholders[0].influence: 7 is outside 1–5',
      };
    });
    await user.click(screen.getByRole('button', { name: 'Kunde importieren…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nicht importiert, Ihr Arbeitsbereich ist unverändert: workshop.json: stakeholders[0].influence: 7 is outside 1–5',
    );
  });

  it('names the exported file', async () => {
    const user = userEvent.setup();
    const app = setup(() => null);
    await user.click(screen.getByRole('button', { name: 'Kunde exportieren (.kamw)' }));
    expect(app.Bundles?.Export).toHaveBeenCalledWith('c1');
    const toasts = screen.getByRole('region', { name: 'Meldungen' });
    expect(
      await within(toasts).findByText(
        '„Hofmann Antriebstechnik GmbH“ exportiert: /home/kb/Hofmann Antriebstechnik GmbH-2026-11-27.kamw',
      ),
    ).toBeVisible();

    // The file can be opened or shown in its folder from the message.
    await user.click(within(toasts).getByRole('button', { name: 'Öffnen' }));
    expect(app.Files?.OpenSaved).toHaveBeenCalledTimes(1);
    await user.click(within(toasts).getByRole('button', { name: 'Im Ordner zeigen' }));
    expect(app.Files?.ShowSaved).toHaveBeenCalledTimes(1);
    expect(await within(toasts).findByRole('alert')).toHaveTextContent(
      'Die Datei ist nicht mehr da – sie wurde verschoben oder gelöscht.',
    );
  });
});
