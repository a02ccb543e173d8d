import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog, Vote } from '../../api/assessment';
import type { Client } from '../../api/clients';
import { roomVotingEvents, roomVotingOff, type RoomVotingStatus } from '../../api/roomVoting';
import type { Workshop } from '../../api/workshops';
import { SaveStatusProvider } from '../../components/save/SaveStatusContext';
import { installFakeEvents, removeFakeEvents } from '../../test/fakeEvents';
import { installFakeGo } from '../../test/fakeGo';
import { RoomVotingProvider } from '../room-voting/RoomVotingContext';
import { AssessmentScreen } from './AssessmentScreen';

const text = (de: string) => ({ de, en: de });
const guide = { '0': text('Nichts'), '2': text('Teils'), '4': text('Vorbildlich') };
const question = (id: string, number: string, q: string) => ({
  id,
  number,
  text: text(q),
  followups: [],
  options: [],
  guide,
});
const catalog: Catalog = {
  version: 'test',
  areas: [
    {
      id: 'organisation',
      title: text('Organisation'),
      intro: text(''),
      questions: [
        question('org.a', '1.1', 'Existiert ein CRM?'),
        question('org.b', '1.2', 'Wird es genutzt?'),
      ],
    },
  ],
};
const client = { id: 'c1', name: 'Müller & Söhne' } as Client;
const workshop: Workshop = {
  id: 'w1',
  client_id: 'c1',
  title: 'Runde 1',
  date: '2026-03-01',
  location: '',
  facilitator: '',
  participants: [
    { id: 'p1', name: 'Anna Kunde', role: '', side: 'customer', stakeholder_id: '' },
    { id: 'p2', name: 'Ben Wir', role: '', side: 'ours', stakeholder_id: '' },
  ],
};

// The Wails runtime's events, as the window would hear them from Go.
let emit: (name: string, data: unknown) => void;
beforeEach(() => {
  window.location.hash = '#/clients/c1/workshops/w1/assessment';
  ({ emit } = installFakeEvents());
});
afterEach(removeFakeEvents);

function setup(votes: Vote[] = [], voting = false) {
  const saved: Vote[] = [];
  const status: RoomVotingStatus = voting
    ? { ...roomVotingOff, on: true, workshop_id: 'w1', question_id: 'org.a', lang: 'de' }
    : roomVotingOff;
  const go = installFakeGo({
    Assessment: {
      SaveAnswer: (a: unknown) => a,
      SaveVote: (_w: string, v: Vote) => {
        saved.push(v);
        return null;
      },
      DeleteVote: () => null,
    },
    RoomVoting: {
      Status: () => status,
      Open: () => status,
      Reveal: () => ({ ...status, revealed: true }),
    },
  });
  render(
    <SaveStatusProvider>
      <RoomVotingProvider workshopID="w1">
        <AssessmentScreen
          client={client}
          workshop={workshop}
          catalog={catalog}
          answers={[]}
          votes={votes}
          actions={[]}
          rounds={[workshop]}
        />
      </RoomVotingProvider>
    </SaveStatusProvider>,
  );
  return { go, saved, user: userEvent.setup() };
}

const valueOf = (name: string) =>
  within(
    screen.getAllByTestId('vote-person').find((li) => li.textContent?.includes(name)) ??
      document.body,
  ).getByTestId('vote-value');

describe("the room's votes on the workshop screen", { timeout: 30_000 }, () => {
  it('records votes round the table, every key of a fast run, and moves on after the last person', async () => {
    const { saved, user } = setup();
    await user.keyboard('r');
    expect(screen.getByTestId('round-status')).toHaveTextContent('Reihum: Anna Kunde ist dran');
    await user.keyboard('3n4');
    // After Ben, the second question with Anna again; her 4 is there.
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Wird es genutzt?');
    expect(valueOf('Anna Kunde')).toHaveTextContent('4');
    await waitFor(() =>
      expect(saved.map((v) => [v.participant_id, v.question_id, v.rating, v.na])).toEqual([
        ['p1', 'org.a', 3, false],
        ['p2', 'org.a', null, true],
        ['p1', 'org.b', 4, false],
      ]),
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('round-status')).toBeNull();
  });

  it("shows a phone's vote and a phone's participant as they arrive", async () => {
    setup([{ participant_id: 'p1', question_id: 'org.a', rating: 1, na: false }]);
    emit(roomVotingEvents.participantAdded, {
      workshop_id: 'w1',
      participant: { id: 'p3', name: 'Anonym 1', role: '', side: 'customer', stakeholder_id: '' },
    });
    emit(roomVotingEvents.voteStored, {
      workshop_id: 'w1',
      vote: { participant_id: 'p3', question_id: 'org.a', rating: 3, na: false },
    });
    // Another workshop's vote is not this one's.
    emit(roomVotingEvents.voteStored, {
      workshop_id: 'w9',
      vote: { participant_id: 'p2', question_id: 'org.a', rating: 0, na: false },
    });
    expect(valueOf('Anonym 1')).toHaveTextContent('3');
    expect(valueOf('Ben Wir')).toHaveTextContent('·');
    expect(screen.getByTestId('vote-mean')).toHaveTextContent('2,0');
    expect(screen.getByTestId('vote-spread')).toHaveTextContent('2');
    expect(screen.getByTestId('no-consensus')).toHaveTextContent('kein Konsens');
    expect(screen.getByTestId('vote-proposal')).toHaveTextContent('Vorschlag: 2 – teilweise');
  });

  it('hides the votes on the projector until V, which also reveals the phones’ question', async () => {
    const { go, user } = setup(
      [
        { participant_id: 'p1', question_id: 'org.a', rating: 4, na: false },
        { participant_id: 'p2', question_id: 'org.a', rating: 3, na: false },
      ],
      true,
    );
    await screen.findByText('Abstimmung im Raum läuft');
    await user.keyboard('p');
    const projector = screen.getByTestId('projector');
    expect(within(projector).getByTestId('votes-hidden')).toHaveTextContent('2 Stimmen');
    expect(within(projector).queryByTestId('distribution-4')).toBeNull();
    await user.keyboard('v');
    expect(within(projector).getByTestId('distribution-4')).toHaveAccessibleName(
      '4 – vorbildlich: 1 Stimme',
    );
    expect(within(projector).queryByText('Anna Kunde')).toBeNull();
    await waitFor(() => expect(go.RoomVoting?.Reveal).toHaveBeenCalledWith('w1', 'org.a'));
    // C confirms the proposal (3.5 → 4) as the agreed rating.
    await user.keyboard('c');
    expect(within(projector).getByRole('button', { name: '4 – vorbildlich' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
