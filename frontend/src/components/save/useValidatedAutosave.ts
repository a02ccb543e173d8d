import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors';
import { errorReason } from '../errorReason';
import { useAutosave, type Autosave } from './useAutosave';

/** FieldErrors are the inline messages of a form, by field name. */
export type FieldErrors = Record<string, string | undefined>;

export interface ValidatedAutosave extends Autosave {
  /**
   * discard drops what is not stored yet: the record is being deleted, so
   * nothing more is saved and its "not saved" message goes.
   */
  discard: () => void;
  /**
   * fieldError is the message to show at a field: the UI's own check first,
   * else what Go refused about that field, in the window's language.
   */
  fieldError: (field: string) => string | null;
}

interface Options<T> {
  /** validate returns the inline messages for a draft; none means savable. */
  validate: (draft: T) => FieldErrors;
  /** persist stores a valid draft in Go. */
  persist: (draft: T) => Promise<unknown>;
  /**
   * blank says a draft holds nothing yet (a new row nobody typed into): it is
   * neither checked nor stored, so no empty record is ever created.
   */
  blank?: (draft: T) => boolean;
  delay?: number;
}

/**
 * useValidatedAutosave is useAutosave for a record with rules: a draft that
 * breaks a rule is refused here, before any Go call, with the message at its
 * field and "not saved" in the saved indicator; the text stays on screen and
 * is stored as soon as it is valid. Should Go still refuse, its field and
 * message are shown the same way.
 */
export function useValidatedAutosave<T>(draft: T, opts: Options<T>): ValidatedAutosave {
  const { validate, persist, blank, delay } = opts;
  const { t } = useTranslation();
  const discarded = useRef(false);
  const auto = useAutosave(
    draft,
    async (d: T) => {
      if (discarded.current || blank?.(d)) return;
      const first = Object.entries(validate(d)).find(([, m]) => m);
      if (first) throw new ApiError('invalid', first[1] ?? '', first[0]);
      await persist(d);
    },
    delay,
  );
  const local = blank?.(draft) ? {} : validate(draft);
  const fieldError = (field: string): string | null => {
    const mine = local[field];
    if (mine) return mine;
    const e = auto.error;
    if (e && e.field && (e.field === field || e.field.endsWith(`.${field}`)))
      return errorReason(e, t);
    return null;
  };
  const { flush } = auto;
  const discard = useCallback(() => {
    discarded.current = true;
    void flush();
  }, [flush]);
  return { ...auto, fieldError, discard };
}
