import { useTranslation } from 'react-i18next';
import { errorReason } from '../../components/errorReason';
import type { RoomVoting } from './RoomVotingContext';

const kinds = ['no_network', 'network', 'listen'] as const;

/** RoomVotingError says in the user's words why voting could not start or go on. */
export function RoomVotingError({ voting }: { voting: RoomVoting }) {
  const { t } = useTranslation();
  const err = voting.error;
  if (!err) return null;
  const kind = kinds.find((k) => k === err.kind);
  const reason = kind ? t(`roomVoting.kinds.${kind}`) : errorReason(err, t);
  return (
    <p className="room-voting__error" role="alert">
      {t('roomVoting.failed', { reason })}
    </p>
  );
}
