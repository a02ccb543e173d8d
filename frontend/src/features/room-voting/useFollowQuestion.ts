import { useEffect } from 'react';
import type { RoomVoting } from './RoomVotingContext';

/**
 * useFollowQuestion keeps the phones on the facilitator's current question:
 * while voting is on, the question on screen is the one open for votes.
 */
export function useFollowQuestion(voting: RoomVoting | null, questionID: string): void {
  const on = voting?.status.on ?? false;
  const open = voting?.status.question_id ?? '';
  const follow = voting?.follow;
  useEffect(() => {
    if (on && follow && questionID && open !== questionID) follow(questionID);
  }, [on, open, questionID, follow]);
}
