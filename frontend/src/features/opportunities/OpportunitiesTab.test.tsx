import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Client } from '../../api/clients';
import type { Argument, Opportunity } from '../../api/intelligence';
import type { Workshop } from '../../api/workshops';
import { SaveStatusProvider } from '../../components/save/SaveStatusContext';
import { installFakeGo } from '../../test/fakeGo';
import { formatEUR } from './money';
import { OpportunitiesTab } from './OpportunitiesTab';

const client = { id: 'c1', name: 'Brenner GmbH' } as Client;
const workshop = { id: 'w1', client_id: 'c1', title: 'Herbst' } as Workshop;

const opp = (id: string, stage: Opportunity['stage'], value: number, probability: number) => ({
  id,
  client_id: 'c1',
  title: `Chance ${id}`,
  stage,
  value,
  probability,
  expected_close: '',
  next_step: '',
});
const arg = (id: string, feature: string, position: number): Argument => ({
  id,
  client_id: 'c1',
  feature,
  advantage: '',
  benefit: '',
  buying_role: '',
  position,
});

function setup(opps: Opportunity[], args: Argument[] = []) {
  const db = new Map(opps.map((o) => [o.id, o]));
  const argDb = new Map(args.map((a) => [a.id, a]));
  let n = 0;
  const go = installFakeGo({
    Intelligence: {
      Opportunities: () => [...db.values()],
      SaveOpportunity: (o: Opportunity) => {
        const saved = { ...o, id: o.id || `o${++n}` };
        db.set(saved.id, saved);
        return saved;
      },
      DeleteOpportunity: (id: string) => void db.delete(id),
      Arguments: () => [...argDb.values()],
      SaveArgument: (a: Argument) => {
        if (!a.feature.trim())
          throw { code: 'invalid', field: 'feature', message: 'feature: must not be empty' };
        const saved = { ...a, id: a.id || `a${++n}` };
        argDb.set(saved.id, saved);
        return saved;
      },
      ReorderArguments: () => undefined,
      DeleteArgument: (id: string) => void argDb.delete(id),
    },
  });
  window.sessionStorage.clear();
  render(
    <SaveStatusProvider>
      <OpportunitiesTab client={client} workshop={workshop} />
    </SaveStatusProvider>,
  );
  return { go, db, user: userEvent.setup() };
}

const total = (stage: string) => screen.getByTestId(`stage-total-${stage}`);
/** The screen's euro text; the matcher collapses its no-break space. */
const eur = (v: number) => formatEUR(v, 'de').replace(/\s/g, ' ');

describe('OpportunitiesTab', () => {
  it('adds up each stage and weights the open stages only', async () => {
    setup([
      opp('a', 'lead', 10000, 10),
      opp('b', 'proposal', 1234.56, 50),
      opp('c', 'won', 8000, 100),
    ]);
    expect(await screen.findByTestId('stage-total-lead')).toHaveTextContent(eur(10000));
    expect(total('proposal')).toHaveTextContent('1.234,56');
    const weighted = screen.getByRole('group', { name: 'Gewichtete Pipeline' });
    expect(weighted).toHaveTextContent(eur(1000 + 617.28));
    expect(weighted).toHaveAttribute('title', expect.stringContaining('über die offenen Phasen'));
    expect(screen.getByRole('group', { name: 'Gewonnen' })).toHaveTextContent(eur(8000));
  });

  it('moves a card with Alt+→, stores it and the totals follow', async () => {
    const { go, db } = setup([opp('a', 'lead', 10000, 10)]);
    const card = await screen.findByRole('button', { name: 'Chance „Chance a“ bearbeiten' });
    card.focus();
    fireEvent.keyDown(card, { key: 'ArrowRight', altKey: true });
    await waitFor(() => expect(db.get('a')?.stage).toBe('qualified'));
    expect(go.Intelligence?.SaveOpportunity).toHaveBeenCalledTimes(1);
    expect(total('lead')).toHaveTextContent(eur(0));
    expect(total('qualified')).toHaveTextContent(eur(10000));
    expect(
      within(screen.getByRole('region', { name: 'Qualifiziert' })).getByRole('button', {
        name: /Chance a/,
      }),
    ).toHaveFocus();
  });

  it('a card moved to won counts 100 %, out of the weighted pipeline', async () => {
    const { db } = setup([opp('a', 'negotiation', 10000, 60)]);
    const card = await screen.findByRole('button', { name: 'Chance „Chance a“ bearbeiten' });
    fireEvent.keyDown(card, { key: 'ArrowRight', altKey: true });
    await waitFor(() => expect(db.get('a')).toMatchObject({ stage: 'won', probability: 100 }));
    expect(screen.getByRole('group', { name: 'Gewichtete Pipeline' })).toHaveTextContent(eur(0));
  });

  it('refuses a blank title, a negative value and 101 % before calling Go', async () => {
    const { go, user } = setup([]);
    await user.click(await screen.findByRole('button', { name: 'Chance anlegen' }));
    const dialog = screen.getByRole('dialog', { name: 'Neue Chance' });
    await user.type(within(dialog).getByLabelText('Wert (EUR)'), '-5');
    await user.clear(within(dialog).getByLabelText('Wahrscheinlichkeit (%)'));
    await user.type(within(dialog).getByLabelText('Wahrscheinlichkeit (%)'), '101');
    await user.click(within(dialog).getByRole('button', { name: 'Anlegen' }));
    expect(within(dialog).getByText('Bitte geben Sie einen Titel ein.')).toBeInTheDocument();
    expect(within(dialog).getByText(/Bitte einen Betrag ab 0 €/)).toBeInTheDocument();
    expect(within(dialog).getByText('Bitte eine ganze Zahl von 0 bis 100.')).toBeInTheDocument();
    expect(go.Intelligence?.SaveOpportunity).not.toHaveBeenCalled();

    await user.type(within(dialog).getByLabelText(/^Titel/), 'Rahmenvertrag');
    await user.clear(within(dialog).getByLabelText('Wert (EUR)'));
    await user.type(within(dialog).getByLabelText('Wert (EUR)'), '12.500,50');
    await user.clear(within(dialog).getByLabelText('Wahrscheinlichkeit (%)'));
    await user.type(within(dialog).getByLabelText('Wahrscheinlichkeit (%)'), '40');
    await user.click(within(dialog).getByRole('button', { name: 'Anlegen' }));
    await waitFor(() =>
      expect(go.Intelligence?.SaveOpportunity).toHaveBeenCalledWith(
        expect.objectContaining({
          title: 'Rahmenvertrag',
          value: 12500.5,
          probability: 40,
          stage: 'lead',
        }),
      ),
    );
  });

  it('reorders arguments with the arrow buttons and stores the order', async () => {
    const { go, user } = setup(
      [],
      [arg('x', 'Hotline', 0), arg('y', 'Ersatzteile', 1), arg('z', 'Schulung', 2)],
    );
    await user.click(await screen.findByRole('button', { name: /^Argumente/ }));
    expect(screen.getByRole('button', { name: 'Argument 1 nach oben' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Argument 3 nach oben' }));
    await waitFor(() =>
      expect(go.Intelligence?.ReorderArguments).toHaveBeenCalledWith('c1', ['x', 'z', 'y']),
    );
    expect(screen.getByRole('textbox', { name: 'Merkmal 2' })).toHaveValue('Schulung');
  });

  it('stores a new argument only once it has a feature, and then only once', async () => {
    const { go, user } = setup([]);
    await user.click(await screen.findByRole('button', { name: /^Argumente/ }));
    await user.click(screen.getByRole('button', { name: 'Argument hinzufügen' }));
    expect(screen.getByRole('textbox', { name: 'Merkmal 1' })).toHaveFocus();
    await user.tab();
    expect(go.Intelligence?.SaveArgument).not.toHaveBeenCalled();
    await user.type(screen.getByRole('textbox', { name: 'Vorteil 1' }), 'schnell');
    expect(screen.getByText('Bitte zuerst das Merkmal eingeben.')).toBeInTheDocument();
    await user.tab();
    expect(go.Intelligence?.SaveArgument).not.toHaveBeenCalled();
    await user.type(screen.getByRole('textbox', { name: 'Merkmal 1' }), 'Hotline');
    await user.tab();
    await user.type(screen.getByRole('textbox', { name: 'Nutzen 1' }), 'Linie läuft');
    await user.tab();
    await waitFor(() =>
      expect(go.Intelligence?.SaveArgument).toHaveBeenLastCalledWith(
        expect.objectContaining({ id: 'a1', feature: 'Hotline', benefit: 'Linie läuft' }),
      ),
    );
    const calls = go.Intelligence?.SaveArgument?.mock.calls ?? [];
    expect(calls.filter(([a]) => (a as Argument).id === '')).toHaveLength(1);
  });
});
