import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../../api/errors';
import {
  onParticipantAdded,
  onRoomVotingChanged,
  openRoomQuestion,
  revealRoomQuestion,
  roomVotingOff,
  roomVotingStatus,
  startRoomVoting,
  stopRoomVoting,
  type RoomVotingStatus,
} from '../../api/roomVoting';

/** RoomVoting is room voting as a workshop's screens use it. */
export interface RoomVoting {
  /** The status while on for this workshop; off otherwise. */
  status: RoomVotingStatus;
  /** busy while starting or stopping. */
  busy: boolean;
  /** The last failure, shown until the next action. */
  error: ApiError | null;
  /** start opens voting on addr ('' for the best network); true when it is on. */
  start: (addr?: string) => Promise<boolean>;
  stop: () => Promise<void>;
  /** follow makes the phones rate questionID (the facilitator's current question). */
  follow: (questionID: string) => void;
  /** reveal marks questionID's result as shown, when it is the open one. */
  reveal: (questionID: string) => void;
}

const Context = createContext<RoomVoting | null>(null);

/** useRoomVoting is the workshop's room voting, or null outside a RoomVotingProvider. */
export function useRoomVoting(): RoomVoting | null {
  return useContext(Context);
}

interface Props {
  workshopID: string;
  /** onAdded runs when a phone joined anonymously and so added a participant. */
  onAdded?: () => void;
  children: ReactNode;
}

/**
 * RoomVotingProvider holds room voting for one workshop page. It follows
 * Go's status as it changes (phones joining, votes, stop), and stops voting
 * when the workshop is left: the laptop listens only while the workshop it
 * was started for is open.
 */
export function RoomVotingProvider({ workshopID, onAdded, children }: Props) {
  const { i18n } = useTranslation();
  const [status, setStatus] = useState<RoomVotingStatus>(roomVotingOff);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const onRef = useRef(false);
  const addedRef = useRef(onAdded);
  useEffect(() => {
    addedRef.current = onAdded;
  });

  const accept = useCallback(
    (s: RoomVotingStatus) => {
      const mine = s.on && s.workshop_id === workshopID ? s : roomVotingOff;
      onRef.current = mine.on;
      setStatus(mine);
    },
    [workshopID],
  );

  useEffect(() => {
    let live = true;
    const off = onRoomVotingChanged((s) => {
      if (live) accept(s);
    });
    const offAdded = onParticipantAdded((a) => {
      if (live && a.workshop_id === workshopID) addedRef.current?.();
    });
    roomVotingStatus().then(
      (s) => {
        if (live) accept(s);
      },
      () => undefined,
    );
    return () => {
      live = false;
      off();
      offAdded();
      // Leaving the workshop ends its voting.
      if (onRef.current) {
        onRef.current = false;
        stopRoomVoting().catch(() => undefined);
      }
    };
  }, [accept, workshopID]);

  const start = useCallback(
    async (addr = '') => {
      setBusy(true);
      setError(null);
      try {
        accept(await startRoomVoting(workshopID, i18n.language, addr));
        return true;
      } catch (err) {
        setError(toApiError(err));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [accept, workshopID, i18n.language],
  );

  const stop = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      await stopRoomVoting();
      accept(roomVotingOff);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  }, [accept]);

  const follow = useCallback(
    (questionID: string) => {
      if (!onRef.current) return;
      openRoomQuestion(workshopID, questionID).then(accept, (err: unknown) =>
        setError(toApiError(err)),
      );
    },
    [accept, workshopID],
  );

  const reveal = useCallback(
    (questionID: string) => {
      if (!onRef.current) return;
      revealRoomQuestion(workshopID, questionID).then(accept, () => undefined);
    },
    [accept, workshopID],
  );

  const value = useMemo(
    () => ({ status, busy, error, start, stop, follow, reveal }),
    [status, busy, error, start, stop, follow, reveal],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}
