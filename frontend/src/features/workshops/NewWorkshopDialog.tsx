import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../../api/errors';
import { listStakeholders, type Stakeholder } from '../../api/stakeholders';
import { createRound, type Workshop } from '../../api/workshops';
import { Button } from '../../components/Button';
import { Modal } from '../../components/Modal';
import { SelectField, TextField } from '../../components/TextField';
import { errorReason, ruleText } from '../../components/errorReason';
import { useSaveStore } from '../../components/save/SaveStatusContext';
import { formatDate, todayISO } from '../../i18n/format';
import { DetailsFields, type Details } from './DetailsFields';
import { ParticipantsEditor } from './ParticipantsEditor';
import { blank, rowError, toRows, toSave, type Row, type Stored } from './participants';
import './workshop-details.css';

interface Props {
  clientId: string;
  /** previous are the client's workshops whose answers can be carried over. */
  previous: Workshop[];
  /** defaultCopyFrom preselects the round whose answers are carried over. */
  defaultCopyFrom?: string;
  onClose: () => void;
  onCreated: (w: Workshop) => void;
}

const none: Stored = new Map();

/** detailsOf are the details a new round starts with: today, and the place, facilitator and people of the round it continues. */
function detailsOf(from: Workshop | undefined): Details & { rows: Row[] } {
  return {
    date: todayISO(),
    location: from?.location ?? '',
    facilitator: from?.facilitator ?? '',
    rows: toRows(from?.participants ?? []).rows,
  };
}

/**
 * NewWorkshopDialog starts an assessment round with its details — date,
 * place, facilitator and who is in the room — optionally continuing an
 * earlier round, whose answers, place, facilitator and people it starts from.
 */
export function NewWorkshopDialog({
  clientId,
  previous,
  defaultCopyFrom = '',
  onClose,
  onCreated,
}: Props) {
  const { t, i18n } = useTranslation();
  const store = useSaveStore();
  const titleRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState<string>(() =>
    t('workshops.defaultTitle', { date: formatDate(todayISO(), i18n.language) }),
  );
  const [copyFrom, setCopyFrom] = useState(defaultCopyFrom);
  const [details, setDetails] = useState(() =>
    detailsOf(previous.find((w) => w.id === defaultCopyFrom)),
  );
  // Details typed by hand are not replaced by another round's.
  const [touched, setTouched] = useState(false);
  const [people, setPeople] = useState<Stakeholder[]>([]);
  const [titleError, setTitleError] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ err: ApiError; keys: string[] } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    listStakeholders(clientId).then(
      (p) => live && setPeople(p),
      () => undefined, // without the map, participants are typed in
    );
    return () => {
      live = false;
    };
  }, [clientId]);

  const edit = (next: Partial<typeof details>) => {
    setDetails((d) => ({ ...d, ...next }));
    setTouched(true);
    setFailure(null);
  };
  const pickRound = (id: string) => {
    setCopyFrom(id);
    if (!touched) {
      const date = details.date;
      setDetails({ ...detailsOf(previous.find((w) => w.id === id)), date });
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) {
      setTitleError(t('workshops.titleRequired'));
      titleRef.current?.focus();
      return;
    }
    const missing = details.rows.find((r) => !blank(r, none) && !r.name.trim());
    if (missing) {
      setFailure({
        err: toApiError({
          code: 'invalid',
          field: `rows.${missing.key}.name`,
          message: t('workshopDetails.nameRequired'),
        }),
        keys: [],
      });
      return;
    }
    const { list, keys } = toSave(details.rows, none);
    setBusy(true);
    try {
      const w = await store.track(
        'workshop:create',
        createRound(
          {
            client_id: clientId,
            title: trimmed,
            date: details.date,
            location: details.location.trim(),
            facilitator: details.facilitator.trim(),
            participants: list,
          },
          copyFrom,
        ),
      );
      onCreated(w);
    } catch (err) {
      const ae = toApiError(err);
      if (ae.field === 'title') setTitleError(errorReason(ae, t));
      else setFailure({ err: ae, keys });
      setBusy(false);
    }
  };

  const err = failure?.err ?? null;
  const message = (e: ApiError) => ruleText(e, t) ?? e.message;
  const fieldError = (f: keyof Details) => (err && err.field === f ? message(err) : null);
  const cellError = (key: string, field: string) => {
    const at = rowError(err, failure?.keys ?? []);
    return err && at && at.key === key && at.field === field ? message(err) : null;
  };
  const placed =
    err &&
    (['date', 'location', 'facilitator'].includes(err.field) || rowError(err, failure?.keys ?? []));

  return (
    <Modal
      title={t('workshops.newTitle')}
      description={t('workshops.newText')}
      onClose={onClose}
      initialFocus={titleRef}
      className="modal--wide workshop-details"
    >
      <form className="form form--compact" onSubmit={(e) => void submit(e)} noValidate>
        <div className="details-fields details-fields--title">
          <TextField
            ref={titleRef}
            label={t('workshops.titleLabel')}
            value={title}
            required
            autoComplete="off"
            error={titleError}
            onChange={(e) => {
              setTitle(e.target.value);
              setTitleError(null);
            }}
          />
          {previous.length > 0 ? (
            <SelectField
              label={t('workshops.copyFrom')}
              value={copyFrom}
              onChange={(e) => pickRound(e.target.value)}
            >
              <option value="">{t('workshops.copyNone')}</option>
              {previous.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.date ? `${w.title} (${formatDate(w.date, i18n.language)})` : w.title}
                </option>
              ))}
            </SelectField>
          ) : null}
        </div>
        <DetailsFields value={details} onChange={edit} error={fieldError} />
        <ParticipantsEditor
          rows={details.rows}
          people={people}
          onChange={(rows) => edit({ rows })}
          onRemove={(r) => edit({ rows: details.rows.filter((x) => x.key !== r.key) })}
          error={cellError}
        />
        {err && !placed ? (
          <p className="field__error" role="alert">
            {errorReason(err, t)}
          </p>
        ) : null}
        <div className="modal__footer">
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="primary" busy={busy}>
            {t('workshops.create')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
