import type { app, roomvote } from '../../wailsjs/go/models';
import { call } from './bridge';
import { onGoEvent } from './events';
import type { Vote } from './assessment';
import type { Participant } from './workshops';

/**
 * Room voting: phones in the room rate the open question (app/roomvoting.go,
 * internal/roomvote). The types are the ones Wails generates from Go.
 */

/** RoomNetwork is a local address the laptop can offer the phones, with its interface. */
export type RoomNetwork = roomvote.Network;

/** RoomVotingStatus is off (on false), or on for a workshop with address, code, QR code and counts. */
export type RoomVotingStatus = Omit<app.RoomVotingStatus, 'convertValues' | 'networks'> & {
  networks: RoomNetwork[] | null;
};

/** The events Go sends about room voting (app/events.go). */
export const roomVotingEvents = {
  changed: 'roomvoting:changed',
  voteStored: 'vote:stored',
  participantAdded: 'participant:added',
} as const;

/** off is the status while no room votes. */
export const roomVotingOff: RoomVotingStatus = {
  on: false,
  workshop_id: '',
  lang: '',
  url: '',
  address: '',
  code: '',
  qr: '',
  networks: [],
  question_id: '',
  revealed: false,
  phones: 0,
  voted: 0,
  code_dead: false,
};

function normalise(s: RoomVotingStatus | null): RoomVotingStatus {
  return s ? { ...s, networks: s.networks ?? [] } : roomVotingOff;
}

/** startRoomVoting opens voting for a workshop, the phones' page in lang, on addr ('' for the best network). */
export async function startRoomVoting(
  workshopID: string,
  lang: string,
  addr = '',
): Promise<RoomVotingStatus> {
  return normalise(
    (await call('RoomVoting', 'Start', workshopID, lang, addr)) as RoomVotingStatus | null,
  );
}

/** stopRoomVoting ends voting: the port closes, the phones are told. */
export async function stopRoomVoting(): Promise<void> {
  await call('RoomVoting', 'Stop');
}

/** openRoomQuestion makes a question the one the phones rate ('' for none). */
export async function openRoomQuestion(
  workshopID: string,
  questionID: string,
): Promise<RoomVotingStatus> {
  return normalise(
    (await call('RoomVoting', 'Open', workshopID, questionID)) as RoomVotingStatus | null,
  );
}

/** revealRoomQuestion tells the phones the open question's result is on the projector. */
export async function revealRoomQuestion(
  workshopID: string,
  questionID: string,
): Promise<RoomVotingStatus> {
  return normalise(
    (await call('RoomVoting', 'Reveal', workshopID, questionID)) as RoomVotingStatus | null,
  );
}

export async function roomVotingStatus(): Promise<RoomVotingStatus> {
  return normalise((await call('RoomVoting', 'Status')) as RoomVotingStatus | null);
}

/** onRoomVotingChanged calls cb with every new status; it returns the unsubscribe. */
export function onRoomVotingChanged(cb: (s: RoomVotingStatus) => void): () => void {
  return onGoEvent(roomVotingEvents.changed, (d) => cb(normalise(d as RoomVotingStatus | null)));
}

/** StoredVote is a phone's vote, stored in a workshop. */
export interface StoredVote {
  workshop_id: string;
  vote: Vote;
}

/** onVoteStored calls cb with each vote a phone cast; it returns the unsubscribe. */
export function onVoteStored(cb: (v: StoredVote) => void): () => void {
  return onGoEvent(roomVotingEvents.voteStored, (d) => cb(d as StoredVote));
}

/** AddedParticipant is a participant a phone added by joining anonymously. */
export interface AddedParticipant {
  workshop_id: string;
  participant: Participant;
}

/** onParticipantAdded calls cb with each participant a phone added; it returns the unsubscribe. */
export function onParticipantAdded(cb: (p: AddedParticipant) => void): () => void {
  return onGoEvent(roomVotingEvents.participantAdded, (d) => cb(d as AddedParticipant));
}
