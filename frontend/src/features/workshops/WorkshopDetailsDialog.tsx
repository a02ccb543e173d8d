import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listVotes } from '../../api/assessment';
import { ApiError } from '../../api/errors';
import { onParticipantAdded } from '../../api/roomVoting';
import { listStakeholders, type Stakeholder } from '../../api/stakeholders';
import { saveWorkshop, type Workshop } from '../../api/workshops';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Modal } from '../../components/Modal';
import { ruleText } from '../../components/errorReason';
import { useAutosave } from '../../components/save/useAutosave';
import { DetailsFields, type Details } from './DetailsFields';
import { ParticipantsEditor } from './ParticipantsEditor';
import {
  blank,
  remember,
  rowError,
  toRows,
  toSave,
  voteCounts,
  type Row,
  type Stored,
} from './participants';

interface Props {
  workshop: Workshop;
  /** onSaved runs after each stored edit (the header shows the new details). */
  onSaved: (w: Workshop) => void;
  onClose: () => void;
}

type Draft = Details & { rows: Row[] };

/**
 * WorkshopDetailsDialog edits a workshop's date, place, facilitator and
 * participants, saved as typed like every other form. Participants keep
 * their ids, and with them their votes; removing one who voted asks first.
 */
export function WorkshopDetailsDialog({ workshop, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const [init] = useState(() => toRows(workshop.participants));
  const [draft, setDraft] = useState<Draft>({
    date: workshop.date,
    location: workshop.location,
    facilitator: workshop.facilitator,
    rows: init.rows,
  });
  // Which row is stored as which participant; updated by every save as it
  // returns, so the next save (maybe already queued) sends the right ids.
  const stored = useRef<Stored>(init.stored);
  // The rows of the latest save, in the order Go numbers its participants.
  const [sent, setSent] = useState<string[]>([]);
  const base = useRef(workshop);
  const [people, setPeople] = useState<Stakeholder[]>([]);
  const [votes, setVotes] = useState<Map<string, number>>(new Map());
  const [asking, setAsking] = useState<{ row: Row; votes: number } | null>(null);

  useEffect(() => {
    let live = true;
    listStakeholders(workshop.client_id).then(
      (p) => live && setPeople(p),
      () => undefined, // without the map, participants are typed in
    );
    listVotes(workshop.id).then(
      (v) => live && setVotes(voteCounts(v)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [workshop.client_id, workshop.id]);

  // A phone in the room that joins anonymously adds a participant (room
  // voting): it joins the rows, so the next save keeps it and its votes.
  useEffect(
    () =>
      onParticipantAdded((a) => {
        if (a.workshop_id !== workshop.id) return;
        if ([...stored.current.values()].includes(a.participant.id)) return;
        const added = toRows([a.participant]);
        stored.current = new Map([...stored.current, ...added.stored]);
        setDraft((d) => ({ ...d, rows: [...d.rows, ...added.rows] }));
      }),
    [workshop.id],
  );

  const missingName = (r: Row) => !blank(r, stored.current) && !r.name.trim();

  const save = useCallback(
    async (d: Draft) => {
      const missing = d.rows.find(missingName);
      if (missing) {
        throw new ApiError(
          'invalid',
          t('workshopDetails.nameRequired'),
          `rows.${missing.key}.name`,
        );
      }
      const { list, keys } = toSave(d.rows, stored.current);
      setSent(keys);
      const saved = await saveWorkshop({
        ...base.current,
        date: d.date,
        location: d.location,
        facilitator: d.facilitator,
        participants: list,
      });
      stored.current = remember(keys, saved.participants);
      base.current = saved;
      onSaved(saved);
    },
    [onSaved, t],
  );
  const { error, flush } = useAutosave(draft, save);

  const fieldError = (f: keyof Details) =>
    error && error.field === f ? (ruleText(error, t) ?? error.message) : null;
  const cellError = (key: string, field: string) => {
    const at = rowError(error, sent);
    if (!error || !at || at.key !== key || at.field !== field) return null;
    return ruleText(error, t) ?? error.message;
  };

  const remove = (r: Row) => {
    setDraft((d) => ({ ...d, rows: d.rows.filter((x) => x.key !== r.key) }));
  };
  const askRemove = (r: Row) => {
    const id = stored.current.get(r.key);
    const n = id ? (votes.get(id) ?? 0) : 0;
    if (n > 0) setAsking({ row: r, votes: n });
    else remove(r);
  };

  return (
    <>
      <Modal
        title={t('workshopDetails.title')}
        description={<p>{t('workshopDetails.text')}</p>}
        onClose={onClose}
        className="modal--wide workshop-details"
        footer={
          <Button variant="primary" onClick={() => void flush().then(onClose)}>
            {t('workshopDetails.done')}
          </Button>
        }
      >
        <div className="form form--compact">
          <DetailsFields
            value={draft}
            onChange={(d) => setDraft((x) => ({ ...x, ...d }))}
            onBlur={() => void flush()}
            error={fieldError}
          />
          <ParticipantsEditor
            rows={draft.rows}
            people={people}
            onChange={(rows) => setDraft((x) => ({ ...x, rows }))}
            onRemove={askRemove}
            error={cellError}
          />
        </div>
      </Modal>
      {asking ? (
        <ConfirmDialog
          title={t('workshopDetails.removeVotesTitle', { name: asking.row.name })}
          message={t('workshopDetails.removeVotesText', {
            name: asking.row.name,
            count: asking.votes,
          })}
          confirmLabel={t('workshopDetails.removeVotesConfirm')}
          danger
          onConfirm={() => {
            remove(asking.row);
            setAsking(null);
          }}
          onCancel={() => setAsking(null)}
        />
      ) : null}
    </>
  );
}
