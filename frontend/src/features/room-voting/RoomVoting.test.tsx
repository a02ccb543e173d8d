import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { roomVotingEvents, roomVotingOff, type RoomVotingStatus } from '../../api/roomVoting';
import { installFakeEvents, removeFakeEvents } from '../../test/fakeEvents';
import { installFakeGo } from '../../test/fakeGo';
import { RoomVotingProvider, useRoomVoting } from './RoomVotingContext';
import { RoomVotingControl } from './RoomVotingControl';
import { RoomVotingPanel } from './RoomVotingPanel';
import { useFollowQuestion } from './useFollowQuestion';

const on: RoomVotingStatus = {
  ...roomVotingOff,
  on: true,
  workshop_id: 'w1',
  lang: 'de',
  url: 'http://127.0.0.2:40000/v/abc/',
  address: '127.0.0.2:40000',
  code: '123456',
  qr: 'data:image/svg+xml;base64,PHN2Zy8+',
  networks: [{ addr: '127.0.0.2', interface: 'KAMW_VOTE_ADDR' }],
};

// The Wails runtime's events, as the window would hear them from Go.
let emit: (name: string, data: unknown) => void;
beforeEach(() => {
  ({ emit } = installFakeEvents());
});
afterEach(removeFakeEvents);

function Screen({ question = 'org.crm_exists' }: { question?: string }) {
  const voting = useRoomVoting();
  useFollowQuestion(voting, question);
  if (!voting) return null;
  return (
    <>
      <RoomVotingControl voting={voting} />
      {voting.status.on ? <RoomVotingPanel voting={voting} /> : null}
    </>
  );
}

function fakeRoom(overrides: Partial<RoomVotingStatus> = {}) {
  let status: RoomVotingStatus = roomVotingOff;
  const go = installFakeGo({
    RoomVoting: {
      Status: () => status,
      Start: (workshopID: string, lang: string, addr: string) => {
        status = { ...on, ...overrides, workshop_id: workshopID, lang };
        if (addr) status = { ...status, address: `${addr}:40001` };
        return status;
      },
      Stop: () => {
        status = roomVotingOff;
        return null;
      },
      Open: (_w: string, q: string) => {
        status = { ...status, question_id: q, voted: 0 };
        return status;
      },
    },
  });
  const fns = go.RoomVoting;
  if (!fns) throw new Error('no fake RoomVoting');
  return fns;
}

describe('room voting', () => {
  it('starts, shows how to join and how far the room is, follows the question and stops', async () => {
    const go = fakeRoom();
    const user = userEvent.setup();
    const { unmount } = render(
      <RoomVotingProvider workshopID="w1">
        <Screen />
      </RoomVotingProvider>,
    );
    await user.click(await screen.findByRole('button', { name: 'Abstimmung im Raum' }));
    expect(go.Start).toHaveBeenCalledWith('w1', 'de', '');
    expect(await screen.findByText('Abstimmung im Raum läuft')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'QR-Code mit der Adresse der Abstimmung' }),
    ).toHaveAttribute('src', on.qr);
    expect(screen.getByTestId('room-address')).toHaveTextContent('127.0.0.2:40000');
    expect(screen.getByTestId('room-code')).toHaveTextContent('123 456');
    // The open question follows the screen's.
    await waitFor(() => expect(go.Open).toHaveBeenCalledWith('w1', 'org.crm_exists'));

    emit(roomVotingEvents.changed, { ...on, question_id: 'org.crm_exists', phones: 3, voted: 2 });
    expect(screen.getAllByText('3 Telefone verbunden')).toHaveLength(2);
    expect(screen.getAllByText('2 haben abgestimmt')).toHaveLength(2);
    emit(roomVotingEvents.changed, { ...on, question_id: 'org.crm_exists', phones: 1, voted: 1 });
    expect(screen.getAllByText('1 Telefon verbunden')).toHaveLength(2);
    expect(screen.getAllByText('1 hat abgestimmt')).toHaveLength(2);

    // Voting on for another workshop is not this one's.
    emit(roomVotingEvents.changed, { ...on, workshop_id: 'w2' });
    expect(screen.getByRole('button', { name: 'Abstimmung im Raum' })).toBeInTheDocument();
    emit(roomVotingEvents.changed, { ...on, question_id: 'org.crm_exists' });

    const [stop] = screen.getAllByRole('button', { name: 'Abstimmung beenden' });
    if (!stop) throw new Error('no stop button');
    await user.click(stop);
    expect(go.Stop).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('button', { name: 'Abstimmung im Raum' })).toBeInTheDocument();
    expect(screen.queryByTestId('room-voting')).not.toBeInTheDocument();
    unmount();
    expect(go.Stop).toHaveBeenCalledTimes(1); // off already: leaving stops nothing
  });

  it('stops when the workshop is left', async () => {
    const go = fakeRoom();
    const user = userEvent.setup();
    const { unmount } = render(
      <RoomVotingProvider workshopID="w1">
        <Screen />
      </RoomVotingProvider>,
    );
    await user.click(await screen.findByRole('button', { name: 'Abstimmung im Raum' }));
    await screen.findByText('Abstimmung im Raum läuft');
    unmount();
    expect(go.Stop).toHaveBeenCalledTimes(1);
  });

  it('offers the other networks of the laptop', async () => {
    const go = fakeRoom({
      networks: [
        { addr: '192.168.178.23', interface: 'wlan0' },
        { addr: '192.168.137.1', interface: 'LAN-Verbindung* 10' },
      ],
      address: '192.168.178.23:40000',
    });
    const user = userEvent.setup();
    render(
      <RoomVotingProvider workshopID="w1">
        <Screen />
      </RoomVotingProvider>,
    );
    await user.click(await screen.findByRole('button', { name: 'Abstimmung im Raum' }));
    const select = await screen.findByRole('combobox', { name: 'Netzwerk' });
    expect(select).toHaveValue('192.168.178.23');
    await user.selectOptions(select, '192.168.137.1 (LAN-Verbindung* 10)');
    expect(go.Start).toHaveBeenLastCalledWith('w1', 'de', '192.168.137.1');
  });

  it('says in the user’s words why voting could not start', async () => {
    installFakeGo({
      RoomVoting: {
        Status: () => roomVotingOff,
        Start: () => {
          throw JSON.stringify({
            code: 'conflict',
            kind: 'no_network',
            message: 'no local network',
          });
        },
      },
    });
    const user = userEvent.setup();
    render(
      <RoomVotingProvider workshopID="w1">
        <Screen />
      </RoomVotingProvider>,
    );
    await user.click(await screen.findByRole('button', { name: 'Abstimmung im Raum' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Kein lokales Netzwerk. Verbinden Sie den Laptop mit dem WLAN des Raums oder öffnen Sie einen Hotspot.',
    );
  });

  it('tells the page when a phone adds a participant', async () => {
    fakeRoom();
    let added = 0;
    render(
      <RoomVotingProvider workshopID="w1" onAdded={() => added++}>
        <Screen />
      </RoomVotingProvider>,
    );
    await screen.findByRole('button', { name: 'Abstimmung im Raum' });
    emit(roomVotingEvents.participantAdded, { workshop_id: 'w2', participant: {} });
    expect(added).toBe(0);
    emit(roomVotingEvents.participantAdded, { workshop_id: 'w1', participant: {} });
    expect(added).toBe(1);
  });
});
