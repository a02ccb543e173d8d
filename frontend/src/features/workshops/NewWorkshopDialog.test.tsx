import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Stakeholder } from '../../api/stakeholders';
import type { Workshop } from '../../api/workshops';
import { SaveStatusProvider } from '../../components/save/SaveStatusContext';
import { installFakeGo } from '../../test/fakeGo';
import { NewWorkshopDialog } from './NewWorkshopDialog';

const roth = { id: 's-roth', name: 'Nadine Roth', title: 'IT-Projektleiterin' } as Stakeholder;
const spring: Workshop = {
  id: 'w-spring',
  client_id: 'c1',
  title: 'Frühjahr',
  date: '2026-04-22',
  location: 'Heilbronn, Werk 1',
  facilitator: 'Dr. Katrin Albers',
  participants: [
    { id: 'p1', name: 'Thomas Brenner', role: 'Vertriebsleiter', side: 'ours', stakeholder_id: '' },
  ],
};

function setup(create: (w: Workshop, copy: string) => unknown = (w) => ({ ...w, id: 'w-new' })) {
  const go = installFakeGo({
    Workshops: { CreateRound: create },
    Stakeholders: { List: () => [roth] },
  });
  const onCreated = vi.fn();
  render(
    <SaveStatusProvider>
      <NewWorkshopDialog
        clientId="c1"
        previous={[spring]}
        onClose={vi.fn()}
        onCreated={onCreated}
      />
    </SaveStatusProvider>,
  );
  return { go, onCreated, user: userEvent.setup() };
}

describe('NewWorkshopDialog', () => {
  it('creates a round with its date, place, facilitator and participants', async () => {
    const { go, onCreated, user } = setup();
    const fill = async (el: HTMLElement, text: string) => {
      await user.clear(el);
      await user.click(el);
      await user.paste(text);
    };
    await fill(screen.getByLabelText(/^Titel/), 'Herbst 2026');
    await fill(screen.getByLabelText('Datum'), '2026-11-26');
    await fill(screen.getByRole('textbox', { name: 'Ort' }), 'Heilbronn, Raum Neckar');
    await fill(screen.getByRole('textbox', { name: 'Moderation' }), 'Dr. Katrin Albers');
    await screen.findByRole('option', { name: 'Nadine Roth – IT-Projektleiterin' });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Von der Landkarte übernehmen' }),
      'Nadine Roth – IT-Projektleiterin',
    );
    await user.click(screen.getByRole('button', { name: 'Person hinzufügen' }));
    await fill(screen.getByRole('textbox', { name: 'Name, Zeile 2' }), 'Julia Kessler');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Seite, Zeile 2' }), 'ours');
    // A row nobody typed into is not created.
    await user.click(screen.getByRole('button', { name: 'Person hinzufügen' }));
    await user.click(screen.getByRole('button', { name: 'Workshop anlegen' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(go.Workshops?.CreateRound).toHaveBeenCalledWith(
      {
        id: '',
        client_id: 'c1',
        title: 'Herbst 2026',
        date: '2026-11-26',
        location: 'Heilbronn, Raum Neckar',
        facilitator: 'Dr. Katrin Albers',
        participants: [
          {
            id: '',
            name: 'Nadine Roth',
            role: 'IT-Projektleiterin',
            side: 'customer',
            stakeholder_id: 's-roth',
          },
          { id: '', name: 'Julia Kessler', role: '', side: 'ours', stakeholder_id: '' },
        ],
      },
      '',
    );
  });

  it('starts from the place, facilitator and people of the round it continues', async () => {
    const { go, user } = setup();
    await user.selectOptions(screen.getByLabelText('Antworten übernehmen aus'), 'w-spring');
    expect(screen.getByRole('textbox', { name: 'Ort' })).toHaveValue('Heilbronn, Werk 1');
    expect(screen.getByRole('textbox', { name: 'Name, Zeile 1' })).toHaveValue('Thomas Brenner');
    await user.click(screen.getByRole('button', { name: 'Workshop anlegen' }));
    await waitFor(() => expect(go.Workshops?.CreateRound).toHaveBeenCalled());
    const [w, copy] = go.Workshops?.CreateRound?.mock.calls[0] ?? [];
    expect(copy).toBe('w-spring');
    expect((w as Workshop).participants).toEqual([
      { id: '', name: 'Thomas Brenner', role: 'Vertriebsleiter', side: 'ours', stakeholder_id: '' },
    ]);
  });

  it('asks for the name of a participant and says what Go refused at its field', async () => {
    const { go, onCreated, user } = setup(() => {
      throw {
        code: 'invalid',
        field: 'location',
        kind: 'too_long',
        max: 500,
        message: 'location: is 501 characters long; at most 500 are allowed',
      };
    });
    await user.click(screen.getByRole('button', { name: 'Person hinzufügen' }));
    await user.type(screen.getByRole('textbox', { name: 'Funktion, Zeile 1' }), 'Einkauf');
    await user.click(screen.getByRole('button', { name: 'Workshop anlegen' }));
    expect(await screen.findByText('Bitte einen Namen eingeben.')).toBeInTheDocument();
    expect(go.Workshops?.CreateRound).not.toHaveBeenCalled();

    await user.type(screen.getByRole('textbox', { name: 'Name, Zeile 1' }), 'Lena Brandt');
    await user.click(screen.getByRole('button', { name: 'Workshop anlegen' }));
    expect(await screen.findByText('zu lang: höchstens 500 Zeichen')).toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();
  });
});
