import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { RoomVotingCounts } from './RoomVotingPanel';
import { RoomVotingError } from './RoomVotingError';
import type { RoomVoting } from './RoomVotingContext';

interface Props {
  voting: RoomVoting;
  /** onStarted runs once voting is on (the screen opens the projector with the QR code). */
  onStarted?: () => void;
}

/**
 * RoomVotingControl starts and stops room voting from a toolbar; while on it
 * shows how far the room is.
 */
export function RoomVotingControl({ voting, onStarted }: Props) {
  const { t } = useTranslation();
  const { status } = voting;
  return (
    <div className="room-voting-control">
      {status.on ? (
        <>
          <span className="room-voting-control__on">
            <span className="room-voting-control__dot" aria-hidden="true" />
            {t('roomVoting.on')}
          </span>
          <RoomVotingCounts status={status} />
          <Button variant="ghost" icon="x" busy={voting.busy} onClick={() => void voting.stop()}>
            {t('roomVoting.stop')}
          </Button>
        </>
      ) : (
        <Button
          variant="secondary"
          icon="phone"
          busy={voting.busy}
          title={t('roomVoting.startHint')}
          onClick={() => {
            void voting.start().then((ok) => {
              if (ok) onStarted?.();
            });
          }}
        >
          {t('roomVoting.start')}
        </Button>
      )}
      <RoomVotingError voting={voting} />
    </div>
  );
}
