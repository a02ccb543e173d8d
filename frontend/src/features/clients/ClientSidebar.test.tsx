import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import type { Client, ClientSummary } from '../../api/clients';
import { installFakeGo } from '../../test/fakeGo';

const clients: ClientSummary[] = [
  {
    id: 'c1',
    name: 'Müller & Söhne Präzisionstechnik GmbH',
    industry: 'Maschinenbau',
    location: 'Stuttgart',
    workshops: [{ id: 'w1', title: 'Kick-off', date: '2026-03-04' }],
  },
  { id: 'c2', name: '<script>alert(1)</script>', industry: '', location: '', workshops: [] },
];

function fakeBackend(language = 'de', list = clients, sidebar = '') {
  const stored: Client[] = [];
  const app = installFakeGo({
    Startup: { Problem: () => ({ code: '', kind: '', message: '', backup_name: '' }) },
    Clients: {
      List: () => list,
      Save: (c: Client) => {
        const saved = { ...c, id: c.id || 'new-id' };
        stored.push(saved);
        return saved;
      },
      Get: (id: string) => {
        const s = stored.find((c) => c.id === id);
        if (!s) throw { code: 'not_found', message: 'no such client' };
        return s;
      },
    },
    Workshops: { List: () => [] },
    Settings: {
      Language: () => language,
      SetLanguage: () => undefined,
      Sidebar: () => sidebar,
      SetSidebar: () => undefined,
      Workspace: () => ({ path: '/tmp/ws/workspace.db', schema_version: 1, version: 'dev' }),
    },
  });
  return { app, stored };
}

describe('client list', () => {
  it('lists the clients from Go, user text as plain text', async () => {
    fakeBackend();
    render(<App />);
    const nav = await screen.findByRole('navigation', { name: 'Kundenliste' });
    const links = await within(nav).findAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      expect.stringContaining('Müller & Söhne Präzisionstechnik GmbH'),
      expect.stringContaining('<script>alert(1)</script>'),
    ]);
    expect(within(nav).getByText('Maschinenbau · Stuttgart')).toBeInTheDocument();
    expect(document.querySelector('script')).toBeNull();
  });

  it('nests the workshops of the selected client', async () => {
    fakeBackend();
    window.location.hash = '#/clients/c1';
    render(<App />);
    const nested = await screen.findByRole('list', {
      name: 'Workshops von Müller & Söhne Präzisionstechnik GmbH',
    });
    expect(within(nested).getByRole('link', { name: /Kick-off/ })).toHaveAttribute(
      'href',
      '#/clients/c1/workshops/w1/assessment',
    );
  });

  it('shows the full name of a client and the full title of a workshop on hover', async () => {
    const long = 'Hofmann Antriebstechnik GmbH';
    const title = 'Strategie-Workshop Vertrieb und Key-Account-Management 2027';
    fakeBackend('de', [
      {
        id: 'c1',
        name: long,
        industry: 'Maschinenbau',
        location: '',
        workshops: [{ id: 'w1', title, date: '2026-11-20' }],
      },
      { id: 'c2', name: `${long} (Kopie)`, industry: '', location: '', workshops: [] },
      { id: 'c3', name: '', industry: '', location: '', workshops: [] },
    ]);
    window.location.hash = '#/clients/c1';
    render(<App />);
    const nav = await screen.findByRole('navigation', { name: 'Kundenliste' });
    const clientLinks = (await within(nav).findAllByRole('link')).filter((l) =>
      l.classList.contains('client-link'),
    );
    expect(clientLinks.map((l) => l.getAttribute('title'))).toEqual([
      long,
      `${long} (Kopie)`,
      'Ohne Namen',
    ]);
    const workshop = within(nav).getByRole('link', { name: /Strategie-Workshop/ });
    expect(workshop).toHaveAttribute('title', title);
  });

  it('requires a name for a new client, then creates it and opens it', async () => {
    const { app } = fakeBackend();
    const user = userEvent.setup();
    render(<App />);
    await screen.findAllByRole('link', { name: /Müller/ });

    const [newClient] = screen.getAllByRole('button', { name: 'Neuer Kunde' });
    if (!newClient) throw new Error('no Neuer Kunde button');
    await user.click(newClient);
    const dialog = screen.getByRole('dialog', { name: 'Neuer Kunde' });
    await user.click(within(dialog).getByRole('button', { name: 'Kunde anlegen' }));
    expect(within(dialog).getByText('Bitte geben Sie einen Namen ein.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/Name/)).toHaveAttribute('aria-invalid', 'true');
    expect(app.Clients?.Save).not.toHaveBeenCalled();

    await user.type(within(dialog).getByLabelText(/Name/), 'Ölmühle Kärcher AG');
    await user.click(within(dialog).getByRole('button', { name: 'Kunde anlegen' }));
    await waitFor(() => expect(window.location.hash).toBe('#/clients/new-id'));
    expect(app.Clients?.Save).toHaveBeenCalledWith(
      expect.objectContaining({ id: '', name: 'Ölmühle Kärcher AG' }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ölmühle Kärcher AG' }),
    ).toBeInTheDocument();
  });

  it('speaks the language stored in the workspace', async () => {
    fakeBackend('en');
    render(<App />);
    expect(await screen.findByRole('navigation', { name: 'Client list' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'New client' }).length).toBeGreaterThan(0);
  });

  describe('collapsed to a rail', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('collapses with Ctrl+B and remembers it in the workspace; the clients keep their names', async () => {
      const { app } = fakeBackend();
      window.location.hash = '#/clients/c1';
      const user = userEvent.setup();
      render(<App />);
      const nav = await screen.findByRole('navigation', { name: 'Kundenliste' });
      await within(nav).findByRole('link', { name: /Kick-off/ });
      const toggle = screen.getByRole('button', { name: 'Kundenliste einklappen' });
      expect(toggle).toHaveAttribute('aria-expanded', 'true');
      expect(toggle).toHaveAttribute('title', 'Kundenliste einklappen (Strg+B)');

      await user.keyboard('{Control>}b{/Control}');
      expect(app.Settings?.SetSidebar).toHaveBeenCalledWith('collapsed');
      const expand = screen.getByRole('button', { name: 'Kundenliste ausklappen' });
      expect(expand).toHaveAttribute('aria-expanded', 'false');
      expect(document.querySelector('.shell--rail')).not.toBeNull();
      // Initials on screen, the whole name for screen readers and on hover.
      const link = within(nav).getByRole('link', { name: /Müller & Söhne Präzisionstechnik GmbH/ });
      expect(link).toHaveAttribute('title', 'Müller & Söhne Präzisionstechnik GmbH');
      expect(within(nav).queryByRole('link', { name: /Kick-off/ })).toBeNull();
      expect(screen.getByRole('button', { name: 'Neuer Kunde' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Sicherungen' })).toBeInTheDocument();

      await user.click(expand);
      expect(app.Settings?.SetSidebar).toHaveBeenLastCalledWith('expanded');
      expect(await within(nav).findByRole('link', { name: /Kick-off/ })).toBeInTheDocument();
    });

    it('opens as the workspace remembers it', async () => {
      fakeBackend('de', clients, 'collapsed');
      render(<App />);
      expect(
        await screen.findByRole('button', { name: 'Kundenliste ausklappen' }),
      ).toBeInTheDocument();
    });

    it('starts as a rail on a laptop until the person chooses', async () => {
      vi.stubGlobal('matchMedia', (q: string) => ({
        matches: q.includes('max-width: 1599px'),
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }));
      fakeBackend();
      render(<App />);
      expect(
        await screen.findByRole('button', { name: 'Kundenliste ausklappen' }),
      ).toBeInTheDocument();
    });

    it('a choice stored in the workspace beats the width', async () => {
      vi.stubGlobal('matchMedia', () => ({
        matches: true,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }));
      fakeBackend('de', clients, 'expanded');
      render(<App />);
      expect(
        await screen.findByRole('button', { name: 'Kundenliste einklappen' }),
      ).toBeInTheDocument();
    });
  });
});
