import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../api/errors';
import type { de } from '../i18n/de';
import { Button } from './Button';
import { Modal } from './Modal';
import { TextField } from './TextField';
import { errorReason } from './errorReason';
import { useSaveStore } from './save/SaveStatusContext';

type Messages = typeof de;

/** ItemTexts are the texts a namespace holds for its new-item dialog. */
interface ItemTexts {
  newTitle: string;
  newText: string;
  name: string;
  nameRequired: string;
  create: string;
}

/** ItemNamespace is every message namespace that has the texts of a new-item dialog. */
export type ItemNamespace = {
  [K in keyof Messages]: Messages[K] extends ItemTexts ? K : never;
}[keyof Messages];

/** FieldKey is a key of namespace N with a label (N.key) and a placeholder (N.keyPlaceholder). */
export type FieldKey<N extends ItemNamespace> = {
  [F in keyof Messages[N] & string]: `${F}Placeholder` extends keyof Messages[N] ? F : never;
}[keyof Messages[N] & string];

interface Props<T, N extends ItemNamespace, K extends FieldKey<N>> {
  /** ns names the messages: ns.newTitle, ns.newText, ns.name, ns.nameRequired, ns.create. */
  ns: N;
  /** saveKey names the save for the saved indicator ("client:create"). */
  saveKey: string;
  /** fields are asked beside the name, side by side in one row, labelled ns.key. */
  fields?: readonly K[];
  /** children stand below the fields (a picker whose value the caller keeps). */
  children?: ReactNode;
  /** create stores the item from the trimmed name and the trimmed fields. */
  create: (name: string, fields: Record<K, string>) => Promise<T>;
  onClose: () => void;
  onCreated: (item: T) => void;
}

/**
 * NewItemDialog asks for what a new item needs at first, its name above all,
 * and creates it: an empty name is refused with a message at the name field,
 * and so is a failed save, the dialog staying open with what was typed.
 */
export function NewItemDialog<T, N extends ItemNamespace, K extends FieldKey<N> = never>({
  ns,
  saveKey,
  fields = [],
  children,
  create,
  onClose,
  onCreated,
}: Props<T, N, K>) {
  const { t } = useTranslation();
  // t cannot follow the generic keys; Props has checked that ns.key and ns.keyPlaceholder exist.
  const fieldText = t as unknown as (key: `${N}.${K}` | `${N}.${K}Placeholder`) => string;
  const store = useSaveStore();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [values, setValues] = useState<Partial<Record<K, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError(t(`${ns}.nameRequired`));
      nameRef.current?.focus();
      return;
    }
    const trimmedFields = {} as Record<K, string>;
    for (const k of fields) trimmedFields[k] = (values[k] ?? '').trim();
    setBusy(true);
    try {
      onCreated(await store.track(saveKey, create(trimmed, trimmedFields)));
    } catch (err) {
      setError(errorReason(toApiError(err), t));
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t(`${ns}.newTitle`)}
      description={t(`${ns}.newText`)}
      onClose={onClose}
      initialFocus={nameRef}
    >
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          ref={nameRef}
          label={t(`${ns}.name`)}
          value={name}
          required
          autoComplete="off"
          error={error}
          onChange={(e) => {
            setName(e.target.value);
            if (error) setError(null);
          }}
        />
        {fields.length > 0 ? (
          <div className="form__row">
            {fields.map((k) => (
              <TextField
                key={k}
                label={fieldText(`${ns}.${k}`)}
                placeholder={fieldText(`${ns}.${k}Placeholder`)}
                value={values[k] ?? ''}
                autoComplete="off"
                onChange={(e) => setValues((v) => ({ ...v, [k]: e.target.value }))}
              />
            ))}
          </div>
        ) : null}
        {children}
        <div className="modal__footer">
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="primary" busy={busy}>
            {t(`${ns}.create`)}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
