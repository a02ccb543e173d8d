import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomVotingStatus } from '../../api/roomVoting';
import { Button } from '../../components/Button';
import { RoomVotingError } from './RoomVotingError';
import type { RoomVoting } from './RoomVotingContext';

/** spaced shows a 6-digit code as two groups of three, easier to read from afar. */
export function spaced(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

interface Props {
  voting: RoomVoting;
}

/**
 * RoomVotingPanel is room voting on the projector: the QR code to scan, the
 * short address and code to type, how many phones joined and voted on the
 * open question, the network (when the laptop has several) and the stop.
 * The results themselves stay with the room's votes display until revealed.
 */
export function RoomVotingPanel({ voting }: Props) {
  const { t } = useTranslation();
  const { status } = voting;
  const headingId = useId();
  const networkId = useId();
  const networks = status.networks ?? [];
  return (
    <aside className="room-voting" aria-labelledby={headingId} data-testid="room-voting">
      <h2 className="room-voting__heading" id={headingId}>
        {t('roomVoting.heading')}
      </h2>
      <img className="room-voting__qr" src={status.qr} alt={t('roomVoting.qrAlt')} />
      <p className="room-voting__or">{t('roomVoting.orType')}</p>
      <dl className="room-voting__join">
        <div>
          <dt>{t('roomVoting.address')}</dt>
          <dd data-testid="room-address">{status.address}</dd>
        </div>
        <div>
          <dt>{t('roomVoting.code')}</dt>
          <dd
            data-testid="room-code"
            className={status.code_dead ? 'room-voting__dead' : undefined}
          >
            {spaced(status.code)}
          </dd>
        </div>
      </dl>
      {status.code_dead ? <p className="room-voting__warn">{t('roomVoting.codeDead')}</p> : null}
      <RoomVotingCounts status={status} />
      {networks.length > 1 ? (
        <p className="room-voting__network">
          <label htmlFor={networkId}>{t('roomVoting.network')}</label>
          <select
            id={networkId}
            value={status.address.slice(0, status.address.lastIndexOf(':'))}
            disabled={voting.busy}
            onChange={(e) => void voting.start(e.target.value)}
          >
            {networks.map((n) => (
              <option key={n.addr} value={n.addr}>
                {t('roomVoting.networkOption', { addr: n.addr, name: n.interface })}
              </option>
            ))}
          </select>
        </p>
      ) : null}
      <RoomVotingError voting={voting} />
      <Button variant="ghost" icon="x" busy={voting.busy} onClick={() => void voting.stop()}>
        {t('roomVoting.stop')}
      </Button>
    </aside>
  );
}

/** RoomVotingCounts says how many phones joined and voted on the open question. */
export function RoomVotingCounts({ status }: { status: RoomVotingStatus }) {
  const { t } = useTranslation();
  return (
    <p className="room-voting__counts" role="status" data-testid="room-counts">
      <span>{t('roomVoting.phones', { count: status.phones })}</span>
      <span aria-hidden="true"> · </span>
      <span>
        {status.question_id
          ? t('roomVoting.voted', { count: status.voted })
          : t('roomVoting.noQuestion')}
      </span>
    </p>
  );
}
