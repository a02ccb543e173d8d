import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Client } from '../../api/clients';
import type { Competitor } from '../../api/intelligence';
import type { Workshop } from '../../api/workshops';
import { ScreenSavedIndicator } from '../../components/save/SavedIndicator';
import { SaveStatusProvider } from '../../components/save/SaveStatusContext';
import { installFakeGo } from '../../test/fakeGo';
import { CompetitorsTab } from './CompetitorsTab';
import { emptyCompetitor } from './model';

const client: Client = {
  id: 'c1',
  name: 'Hofmann GmbH',
  industry: '',
  location: '',
  notes: '',
  swot: { strengths: '', weaknesses: '', opportunities: '', threats: '' },
};
const workshop = { id: 'w1', client_id: 'c1', title: 'Herbst' } as Workshop;

const comp = (id: string, name: string, threat: number, patch: Partial<Competitor> = {}) => ({
  ...emptyCompetitor('c1', name, threat),
  id,
  ...patch,
});

function setup(list: Competitor[], stored: Client = client) {
  const db = new Map(list.map((c) => [c.id, c]));
  let clientRow = stored;
  let n = 0;
  const go = installFakeGo({
    Intelligence: {
      Competitors: () => [...db.values()],
      SaveCompetitor: (c: Competitor) => {
        if (!c.name.trim())
          throw { code: 'invalid', field: 'name', message: 'name: must not be empty' };
        const saved = { ...c, id: c.id || `k${++n}` };
        db.set(saved.id, saved);
        return saved;
      },
      DeleteCompetitor: (id: string) => void db.delete(id),
    },
    Clients: {
      Get: () => clientRow,
      Save: (c: Client) => (clientRow = c),
    },
  });
  render(
    <SaveStatusProvider>
      <ScreenSavedIndicator />
      <CompetitorsTab client={client} workshop={workshop} />
    </SaveStatusProvider>,
  );
  return { go, user: userEvent.setup(), db };
}

const listButtons = () =>
  within(screen.getByRole('navigation', { name: 'Wettbewerber, nach Bedrohung sortiert' }))
    .getAllByRole('button')
    .map((b) => b.textContent);

describe('CompetitorsTab', () => {
  it('lists by threat and refuses a blank name before calling Go', async () => {
    const { go, user } = setup([comp('a', 'Zeller AG', 2), comp('b', 'Bäcker KG', 5)]);
    await screen.findByRole('article', { name: 'Battle Card Bäcker KG' });
    expect(listButtons()).toEqual(['Bäcker KG', 'Zeller AG']);
    const card = screen.getByRole('article');
    await user.clear(within(card).getByRole('textbox', { name: /^Name/ }));
    expect(within(card).getByText('Bitte geben Sie einen Namen ein.')).toBeInTheDocument();
    await user.tab();
    expect(go.Intelligence?.SaveCompetitor).not.toHaveBeenCalled();
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(
      'Nicht gespeichert – Bitte geben Sie einen Namen ein.',
    );
  });

  it('saves a card as typed and re-sorts the list when the threat changes', async () => {
    const { go, user, db } = setup([comp('a', 'Zeller AG', 2), comp('b', 'Bäcker KG', 5)]);
    await user.click(await screen.findByRole('button', { name: /Zeller AG/ }));
    const card = screen.getByRole('article', { name: 'Battle Card Zeller AG' });
    await user.type(within(card).getByLabelText('Unsere Gegenargumente'), 'Service vor Ort');
    await user.click(within(card).getByRole('radio', { name: '5 – kritisch' }));
    await user.tab();
    await waitFor(() => expect(db.get('a')?.threat).toBe(5));
    expect(db.get('a')?.counter).toBe('Service vor Ort');
    expect(go.Intelligence?.SaveCompetitor).toHaveBeenCalled();
    await waitFor(() => expect(listButtons()).toEqual(['Bäcker KG', 'Zeller AG']));
    await waitFor(() => expect(screen.getAllByRole('status')[0]).toHaveTextContent('Gespeichert'));
  });

  it('shows notes in the comparison grid as text', async () => {
    const { user } = setup([
      comp('a', 'Müller & Söhne', 4, { strengths: '<script>window.__x = 1</script> <b>fett</b>' }),
    ]);
    await user.click(await screen.findByRole('button', { name: /^Vergleich/ }));
    const grid = screen.getByRole('table');
    expect(
      within(grid).getByText('<script>window.__x = 1</script> <b>fett</b>'),
    ).toBeInTheDocument();
    expect(grid.querySelector('script, b')).toBeNull();
  });

  it('creates a competitor only with a name', async () => {
    const { go, user } = setup([]);
    const [add] = await screen.findAllByRole('button', { name: 'Wettbewerber anlegen' });
    if (!add) throw new Error('no add button');
    await user.click(add);
    const dialog = screen.getByRole('dialog', { name: 'Neuer Wettbewerber' });
    await user.click(within(dialog).getByRole('button', { name: 'Anlegen' }));
    expect(within(dialog).getByText('Bitte geben Sie einen Namen ein.')).toBeInTheDocument();
    expect(go.Intelligence?.SaveCompetitor).not.toHaveBeenCalled();
    await user.type(within(dialog).getByLabelText(/^Name/), 'Öztürk Technik');
    await user.click(within(dialog).getByRole('button', { name: 'Anlegen' }));
    expect(
      await screen.findByRole('article', { name: 'Battle Card Öztürk Technik' }),
    ).toBeVisible();
  });

  it('saves the SWOT onto the client as stored now, nothing else changed', async () => {
    const { go, user } = setup([], { ...client, name: 'Hofmann GmbH (neu)', notes: 'von nebenan' });
    await user.click(await screen.findByRole('button', { name: 'Unsere SWOT' }));
    const swot = await screen.findByRole('group', { name: 'SWOT-Analyse' });
    await user.type(within(swot).getByLabelText('Stärken'), 'Service in 24 h');
    await user.tab();
    await waitFor(() => expect(go.Clients?.Save).toHaveBeenCalled());
    expect(go.Clients?.Save).toHaveBeenLastCalledWith(
      expect.objectContaining({
        name: 'Hofmann GmbH (neu)',
        notes: 'von nebenan',
        swot: { strengths: 'Service in 24 h', weaknesses: '', opportunities: '', threats: '' },
      }),
    );
  });
});
