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
 * setup stands in for the store as Go behaves: Save stores the details of a
 * stored workshop and leaves its participants alone; participants are
 * added at the end, updated and removed (with their votes) one at a time,
 * by id. `bad` may refuse a participant as Go would.
 */
function setup(opts: { votes?: Vote[]; bad?: (p: Participant) => unknown } = {}) {
  let stored = workshop.participants.map((p) => ({ ...p }));
  let n = 0;
  const has = (id: string) => {
    if (!stored.some((s) => s.id === id))
      throw { code: 'not_found', message: 'participant not found' };
  };
  const check = (p: Participant) => {
    const bad = opts.bad?.(p);
    if (bad) throw bad;
  };
  const go = installFakeGo({
    Workshops: {
      Save: (w: Workshop) => ({ ...w, participants: stored }),
      AddParticipant: (_w: string, p: Participant) => {
        check(p);
        const added = { ...p, id: `new${++n}` };
        stored = [...stored, added];
        return added;
      },
      UpdateParticipant: (_w: string, p: Participant) => {
        has(p.id);
        check(p);
        stored = stored.map((s) => (s.id === p.id ? { ...p } : s));
        return p;
      },
      RemoveParticipant: (_w: string, id: string) => {
        has(id);
        stored = stored.filter((s) => s.id !== id);
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
  const calls = (m: string) => go.Workshops?.[m]?.mock.calls ?? [];
  return {
    go,
    calls,
    onSaved,
    onClose,
    stored: () => stored,
    /** phone adds a participant in Go, as a phone in the room does. */
    phone: (p: Participant) => {
      stored = [...stored, p];
    },
    user: userEvent.setup(),
  };
}

describe('WorkshopDetailsDialog', () => {
  it('adds a person from the map with name and function, and keeps the new id on later saves', async () => {
    const { calls, user, stored, onSaved } = setup();
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
      expect(calls('UpdateParticipant').at(-1)?.[1]).toMatchObject({
        id,
        role: 'Technischer Leiter (Werk 1)',
      }),
    );
    // Added once; the two stored participants were never touched.
    expect(calls('AddParticipant')).toHaveLength(1);
    expect(calls('UpdateParticipant').every((c) => (c[1] as Participant).id === id)).toBe(true);
    expect(stored().map((p) => p.id)).toEqual(['p-brenner', 'p-kessler', id]);
    expect(onSaved).toHaveBeenCalled();
  });

  it('stores no empty row and asks for the name of a person that has none', async () => {
    const { calls, user, go } = setup();
    await user.click(screen.getByRole('button', { name: 'Person hinzufügen' }));
    await user.click(screen.getByRole('textbox', { name: 'Ort' }));
    await user.paste(', Raum 2');
    await waitFor(() =>
      expect(go.Workshops?.Save).toHaveBeenLastCalledWith(
        expect.objectContaining({ location: 'Heilbronn, Raum 2' }),
      ),
    );
    expect(calls('AddParticipant')).toHaveLength(0);

    await user.clear(screen.getByRole('textbox', { name: 'Name, Zeile 1' }));
    expect(await screen.findByText('Bitte einen Namen eingeben.')).toBeInTheDocument();
    expect(calls('UpdateParticipant')).toHaveLength(0);
    await user.type(screen.getByRole('textbox', { name: 'Name, Zeile 1' }), 'Tom Brenner');
    await waitFor(() =>
      expect(calls('UpdateParticipant').at(-1)?.[1]).toMatchObject({
        id: 'p-brenner',
        name: 'Tom Brenner',
      }),
    );
    expect(screen.queryByText('Bitte einen Namen eingeben.')).toBeNull();
  });

  it('asks before removing a participant who voted', async () => {
    const votes: Vote[] = [
      { participant_id: 'p-kessler', question_id: 'q1', rating: 3, na: false },
      { participant_id: 'p-kessler', question_id: 'q2', rating: null, na: true },
    ];
    const { calls, user, stored } = setup({ votes });
    await screen.findAllByRole('option', { name: 'Stefan Maier – Technischer Leiter' });
    await user.click(screen.getByRole('button', { name: '„Julia Kessler“ entfernen' }));
    const ask = await screen.findByRole('dialog', { name: '„Julia Kessler“ entfernen?' });
    expect(ask).toHaveTextContent('Julia Kessler hat 2 Fragen bewertet.');
    await user.click(within(ask).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.getByRole('textbox', { name: 'Name, Zeile 2' })).toHaveValue('Julia Kessler');

    await user.click(screen.getByRole('button', { name: '„Julia Kessler“ entfernen' }));
    await user.click(await screen.findByRole('button', { name: 'Entfernen und Stimmen löschen' }));
    await waitFor(() => expect(stored().map((p) => p.id)).toEqual(['p-brenner']));
    expect(calls('RemoveParticipant')).toEqual([['w1', 'p-kessler']]);

    // Who has not voted goes without asking.
    await user.click(screen.getByRole('button', { name: '„Thomas Brenner“ entfernen' }));
    expect(screen.queryByRole('dialog', { name: /entfernen\?/ })).toBeNull();
    await waitFor(() => expect(stored()).toEqual([]));
  });

  it("says Go's refusal at the field, in the window's language", async () => {
    const { user } = setup({
      bad: (p) =>
        p.role.includes('!')
          ? {
              code: 'invalid',
              field: 'role',
              kind: 'too_long',
              max: 500,
              message: 'role: is 501 characters long; at most 500 are allowed',
            }
          : null,
    });
    await user.type(screen.getByRole('textbox', { name: 'Funktion, Zeile 2' }), '!');
    expect(await screen.findByText('zu lang: höchstens 500 Zeichen')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Funktion, Zeile 2' })).toHaveValue('KAM!');
  });

  it('saves date, place and facilitator and closes with Fertig', async () => {
    const { calls, user, onClose, go } = setup();
    const date = screen.getByLabelText('Datum');
    await user.clear(date);
    await user.type(date, '2027-01-15');
    await user.click(screen.getByRole('button', { name: 'Fertig' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const saved = go.Workshops?.Save?.mock.calls.at(-1)?.[0] as Workshop;
    expect(saved).toMatchObject({ date: '2027-01-15', location: 'Heilbronn' });
    expect(calls('UpdateParticipant')).toHaveLength(0);
    expect(calls('RemoveParticipant')).toHaveLength(0);
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
      const { calls, user, stored, phone } = setup();
      const anon: Participant = {
        id: 'p-anon',
        name: 'Anonym 1',
        role: '',
        side: 'customer',
        stakeholder_id: '',
      };
      await screen.findAllByRole('option', { name: 'Stefan Maier – Technischer Leiter' });
      act(() => added?.({ workshop_id: 'other', participant: { ...anon, id: 'p-x' } }));
      phone(anon); // Go stored it as the phone joined
      act(() => added?.({ workshop_id: 'w1', participant: anon }));
      expect(await screen.findByDisplayValue('Anonym 1')).toBeInTheDocument();
      // An edit afterwards touches only the row edited.
      await user.type(screen.getByDisplayValue('Julia Kessler'), 'x');
      await waitFor(() =>
        expect(calls('UpdateParticipant').at(-1)?.[1]).toMatchObject({
          id: 'p-kessler',
          name: 'Julia Kesslerx',
        }),
      );
      expect(stored().map((p) => p.id)).toEqual(['p-brenner', 'p-kessler', 'p-anon']);
    } finally {
      delete window.runtime;
    }
  });

  it('never drops a participant a phone added that the dialog has not seen', async () => {
    const { user, stored, phone, calls } = setup();
    await screen.findAllByRole('option', { name: 'Stefan Maier – Technischer Leiter' });
    // No event reaches the dialog (it missed it): the phone's participant is
    // in Go only, and the dialog saves its details and edits its own rows.
    phone({ id: 'p-anon', name: 'Anonym 1', role: '', side: 'customer', stakeholder_id: '' });
    await user.type(screen.getByRole('textbox', { name: 'Ort' }), ', Halle 3');
    await user.click(screen.getByRole('button', { name: '„Thomas Brenner“ entfernen' }));
    await user.type(screen.getByRole('textbox', { name: 'Funktion, Zeile 1' }), ' Nord');
    await user.click(screen.getByRole('button', { name: 'Fertig' }));
    await waitFor(() => expect(calls('UpdateParticipant')).not.toHaveLength(0));
    await waitFor(() =>
      expect(stored().map((p) => [p.id, p.role])).toEqual([
        ['p-kessler', 'KAM Nord'],
        ['p-anon', ''],
      ]),
    );
  });
});
