import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listVotes } from '../../api/assessment';
import { ApiError } from '../../api/errors';
import { onParticipantAdded } from '../../api/roomVoting';
import { listStakeholders, type Stakeholder } from '../../api/stakeholders';
import {
  addParticipant,
  removeParticipant,
  saveWorkshop,
  updateParticipant,
  type Participant,
  type Workshop,
} from '../../api/workshops';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Modal } from '../../components/Modal';
import { ruleText } from '../../components/errorReason';
import { useAutosave } from '../../components/save/useAutosave';
import { DetailsFields, type Details } from './DetailsFields';
import { ParticipantsEditor } from './ParticipantsEditor';
import {
  blank,
  changes,
  rowError,
  toParticipant,
  toRows,
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

/** atRow puts Go's refusal of one participant at that participant's row. */
function atRow(err: unknown, key: string): unknown {
  if (!(err instanceof ApiError) || err.code !== 'invalid' || !err.field) return err;
  return new ApiError(err.code, err.message, `rows.${key}.${err.field}`, err.kind, err.limits);
}

/**
 * WorkshopDetailsDialog edits a workshop's date, place, facilitator and
 * participants, saved as typed like every other form. Participants are
 * added, changed and removed one at a time by id, so they keep their votes
 * and no save drops one the dialog never saw (a phone in the room may add
 * one at any moment); removing one who voted asks first.
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
  // Which row is stored as which participant; updated by every call as it
  // returns, so the next save (maybe already queued) knows what is stored.
  const stored = useRef<Stored>(init.stored);
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
        if ([...stored.current.values()].some((p) => p.id === a.participant.id)) return;
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
      const b = base.current;
      if (d.date !== b.date || d.location !== b.location || d.facilitator !== b.facilitator) {
        base.current = await saveWorkshop({
          ...b,
          date: d.date,
          location: d.location,
          facilitator: d.facilitator,
        });
      }
      const keep = (key: string, p: Participant | null) => {
        const next = new Map(stored.current);
        if (p) next.set(key, p);
        else next.delete(key);
        stored.current = next;
      };
      const todo = changes(d.rows, stored.current);
      for (const { key, id } of todo.remove) {
        await removeParticipant(workshop.id, id).catch((err: unknown) => {
          if (!(err instanceof ApiError && err.code === 'not_found')) throw err; // gone already
        });
        keep(key, null);
      }
      for (const { key, participant } of todo.update) {
        keep(
          key,
          await updateParticipant(workshop.id, participant).catch((e: unknown) => {
            throw atRow(e, key);
          }),
        );
      }
      for (const r of todo.add) {
        keep(
          r.key,
          await addParticipant(workshop.id, toParticipant(r, stored.current)).catch(
            (e: unknown) => {
              throw atRow(e, r.key);
            },
          ),
        );
      }
      const participants = d.rows.flatMap((r) => stored.current.get(r.key) ?? []);
      onSaved({ ...base.current, participants });
    },
    [onSaved, t, workshop.id],
  );
  const { error, flush } = useAutosave(draft, save);

  const fieldError = (f: keyof Details) =>
    error && error.field === f ? (ruleText(error, t) ?? error.message) : null;
  const cellError = (key: string, field: string) => {
    const at = rowError(error, []);
    if (!error || !at || at.key !== key || at.field !== field) return null;
    return ruleText(error, t) ?? error.message;
  };

  const remove = (r: Row) => {
    setDraft((d) => ({ ...d, rows: d.rows.filter((x) => x.key !== r.key) }));
  };
  const askRemove = (r: Row) => {
    const id = stored.current.get(r.key)?.id;
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
