import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Vote } from '../../api/assessment';
import type { Stakeholder } from '../../api/stakeholders';
import type { Participant, Workshop } from '../../api/workshops';
import { SaveStatusProvider } from '../../components/save/SaveStatusContext';
import { installFakeGo } from '../../test/fakeGo';
import { WorkshopDetailsDialog } from './WorkshopDetailsDialog';

const maier = {
  id: 's-maier',
  name: 'Stefan Maier',
  title: 'Technischer Leiter',
} as Stakeholder;
const schaefer = { id: 's-schaefer', name: 'Jörg Schäfer', title: 'Leiter Einkauf' } as Stakeholder;

const workshop: Workshop = {
  id: 'w1',
  client_id: 'c1',
  title: 'Herbst',
  date: '2026-11-26',
  location: 'Heilbronn',
  facilitator: 'Dr. Katrin Albers',
  participants: [
    {
      id: 'p-brenner',
      name: 'Thomas Brenner',
      role: 'Vertriebsleiter',
      side: 'ours',
      stakeholder_id: '',
    },
    { id: 'p-kessler', name: 'Julia Kessler', role: 'KAM', side: 'ours', stakeholder_id: '' },
  ],
};

/**
 * setup stands in for the store as Go behaves: a participant without id is
 * new, a listed id must be stored, one left out is deleted with its votes.
 */
function setup(opts: { votes?: Vote[]; save?: (w: Workshop) => unknown } = {}) {
  let stored = workshop.participants.map((p) => ({ ...p }));
  let n = 0;
  const sent: Participant[][] = [];
  const go = installFakeGo({
    Workshops: {
      Save: (w: Workshop) => {
        sent.push(w.participants.map((p) => ({ ...p })));
        const bad = opts.save?.(w);
        if (bad) throw bad;
        for (const p of w.participants) {
          if (p.id && !stored.some((s) => s.id === p.id)) {
            throw { code: 'not_found', message: 'participant not found' };
          }
        }
        stored = w.participants.map((p) => ({ ...p, id: p.id || `new${++n}` }));
        return { ...w, participants: stored };
      },
    },
    Stakeholders: { List: () => [maier, schaefer] },
    Assessment: { Votes: () => opts.votes ?? [] },
  });
  const onSaved = vi.fn();
  const onClose = vi.fn();
  render(
    <SaveStatusProvider>
      <WorkshopDetailsDialog workshop={workshop} onSaved={onSaved} onClose={onClose} />
    </SaveStatusProvider>,
  );
  return { go, sent, onSaved, onClose, stored: () => stored, user: userEvent.setup() };
}

const lastSent = (sent: Participant[][]) => sent[sent.length - 1] ?? [];

describe('WorkshopDetailsDialog', () => {
  it('adds a person from the map with name and function, and keeps the new id on later saves', async () => {
    const { sent, user, stored, onSaved } = setup();
    await screen.findAllByRole('option', { name: 'Stefan Maier – Technischer Leiter' });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Von der Landkarte übernehmen' }),
      'Stefan Maier – Technischer Leiter',
    );
    expect(screen.getByRole('textbox', { name: 'Name, Zeile 3' })).toHaveValue('Stefan Maier');
    expect(screen.getByRole('textbox', { name: 'Funktion, Zeile 3' })).toHaveValue(
      'Technischer Leiter',
    );
    expect(screen.getByRole('combobox', { name: 'Seite, Zeile 3' })).toHaveValue('customer');
    await waitFor(() => expect(stored()).toHaveLength(3));
    expect(stored()[2]).toMatchObject({
      name: 'Stefan Maier',
      side: 'customer',
      stakeholder_id: 's-maier',
    });
    const id = stored()[2]?.id;

    await user.type(screen.getByRole('textbox', { name: 'Funktion, Zeile 3' }), ' (Werk 1)');
    await waitFor(() =>
      expect(lastSent(sent)[2]).toMatchObject({ id, role: 'Technischer Leiter (Werk 1)' }),
    );
    // The two stored participants were never replaced.
    expect(stored().map((p) => p.id)).toEqual(['p-brenner', 'p-kessler', id]);
    expect(onSaved).toHaveBeenCalled();
  });

  it('stores no empty row and asks for the name of a person that has none', async () => {
    const { sent, user, go } = setup();
    await user.click(screen.getByRole('button', { name: 'Person hinzufügen' }));
    await user.click(screen.getByRole('textbox', { name: 'Ort' }));
    await user.paste(', Raum 2');
    await waitFor(() =>
      expect(go.Workshops?.Save).toHaveBeenLastCalledWith(
        expect.objectContaining({ location: 'Heilbronn, Raum 2' }),
      ),
    );
    expect(lastSent(sent)).toHaveLength(2);
    const before = sent.length;

    await user.clear(screen.getByRole('textbox', { name: 'Name, Zeile 1' }));
    expect(await screen.findByText('Bitte einen Namen eingeben.')).toBeInTheDocument();
    expect(sent).toHaveLength(before);
    await user.type(screen.getByRole('textbox', { name: 'Name, Zeile 1' }), 'Tom Brenner');
    await waitFor(() =>
      expect(lastSent(sent)[0]).toMatchObject({ id: 'p-brenner', name: 'Tom Brenner' }),
    );
    expect(screen.queryByText('Bitte einen Namen eingeben.')).toBeNull();
  });

  it('asks before removing a participant who voted', async () => {
    const votes: Vote[] = [
      { participant_id: 'p-kessler', question_id: 'q1', rating: 3, na: false },
      { participant_id: 'p-kessler', question_id: 'q2', rating: null, na: true },
    ];
    const { sent, user, stored } = setup({ votes });
    await screen.findAllByRole('option', { name: 'Stefan Maier – Technischer Leiter' });
    await user.click(screen.getByRole('button', { name: '„Julia Kessler“ entfernen' }));
    const ask = await screen.findByRole('dialog', { name: '„Julia Kessler“ entfernen?' });
    expect(ask).toHaveTextContent('Julia Kessler hat 2 Fragen bewertet.');
    await user.click(within(ask).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.getByRole('textbox', { name: 'Name, Zeile 2' })).toHaveValue('Julia Kessler');

    await user.click(screen.getByRole('button', { name: '„Julia Kessler“ entfernen' }));
    await user.click(await screen.findByRole('button', { name: 'Entfernen und Stimmen löschen' }));
    await waitFor(() => expect(stored().map((p) => p.id)).toEqual(['p-brenner']));
    expect(sent).toHaveLength(1);

    // Who has not voted goes without asking.
    await user.click(screen.getByRole('button', { name: '„Thomas Brenner“ entfernen' }));
    expect(screen.queryByRole('dialog', { name: /entfernen\?/ })).toBeNull();
    await waitFor(() => expect(stored()).toEqual([]));
  });

  it("says Go's refusal at the field, in the window's language", async () => {
    const { user } = setup({
      save: (w) =>
        w.participants[1]?.role.includes('!')
          ? {
              code: 'invalid',
              field: 'participants[1].role',
              kind: 'too_long',
              max: 500,
              message: 'participants[1].role: is 501 characters long; at most 500 are allowed',
            }
          : null,
    });
    await user.type(screen.getByRole('textbox', { name: 'Funktion, Zeile 2' }), '!');
    expect(await screen.findByText('zu lang: höchstens 500 Zeichen')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Funktion, Zeile 2' })).toHaveValue('KAM!');
  });

  it('saves date, place and facilitator and closes with Fertig', async () => {
    const { sent, user, onClose, go } = setup();
    const date = screen.getByLabelText('Datum');
    await user.clear(date);
    await user.type(date, '2027-01-15');
    await user.click(screen.getByRole('button', { name: 'Fertig' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const saved = go.Workshops?.Save?.mock.calls.at(-1)?.[0] as Workshop;
    expect(saved).toMatchObject({ date: '2027-01-15', location: 'Heilbronn' });
    expect(lastSent(sent).map((p) => p.id)).toEqual(['p-brenner', 'p-kessler']);
  });

  it('keeps a participant a phone added while the dialog is open, with its id', async () => {
    let added: ((d: unknown) => void) | undefined;
    window.runtime = {
      EventsOn: (name: string, cb: (...d: unknown[]) => void) => {
        if (name === 'participant:added') added = (d) => cb(d);
        return () => undefined;
      },
    };
    try {
      const { sent, user, stored } = setup();
      const anon: Participant = {
        id: 'p-anon',
        name: 'Anonym 1',
        role: '',
        side: 'customer',
        stakeholder_id: '',
      };
      await screen.findAllByRole('option', { name: 'Stefan Maier – Technischer Leiter' });
      act(() => added?.({ workshop_id: 'other', participant: { ...anon, id: 'p-x' } }));
      stored().push(anon); // Go stored it as the phone joined
      act(() => added?.({ workshop_id: 'w1', participant: anon }));
      expect(await screen.findByDisplayValue('Anonym 1')).toBeInTheDocument();
      // An edit afterwards sends the phone's participant along, under its id.
      await user.type(screen.getByDisplayValue('Julia Kessler'), 'x');
      await waitFor(() =>
        expect(lastSent(sent).map((p) => p.id)).toEqual(['p-brenner', 'p-kessler', 'p-anon']),
      );
      await waitFor(() => expect(stored().map((p) => p.name)).toContain('Anonym 1'));
    } finally {
      delete window.runtime;
    }
  });
});
