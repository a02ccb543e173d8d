import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactPreview, ContactProblem } from '../../api/contacts';
import { toApiError, type ApiError } from '../../api/errors';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { Modal } from '../../components/Modal';
import { errorReason } from '../../components/errorReason';
import { problemReason } from './importReasons';

interface Props {
  preview: ContactPreview;
  /** onCommit stores the people; a rejection keeps the dialog open. */
  onCommit: () => Promise<void>;
  onCancel: () => void;
}

const shownMax = 200;

/**
 * nobodyNew says why a file adds nobody: everyone in it is on the map
 * already, the usable ones are, or nobody in it can be used.
 */
function nobodyNew(problems: ContactProblem[]): 'allThere' | 'usableThere' | 'nobody' {
  const there = problems.filter((p) => p.skipped).length;
  if (there === 0) return 'nobody';
  return there === problems.length ? 'allThere' : 'usableThere';
}

/**
 * ImportDialog shows what a contact file would add, and the rows or cards
 * it leaves out with their line numbers and why, in the UI language
 * (unusable, or a person there already), before anything is written.
 * Cancel writes nothing.
 */
export function ImportDialog({ preview, onCommit, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const n = preview.people.length;

  const commit = async () => {
    setBusy(true);
    setError(null);
    try {
      await onCommit();
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('stakeholderMap.import.title')}
      description={[
        t('stakeholderMap.import.summary', { file: preview.file_name, count: n }),
        preview.problems.length > 0
          ? t('stakeholderMap.import.unusable', { count: preview.problems.length })
          : '',
      ]
        .filter(Boolean)
        .join(' ')}
      onClose={() => !busy && onCancel()}
      initialFocus={n > 0 ? addRef : undefined}
      className="sh-import"
      footer={
        <>
          <Button onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button
            ref={addRef}
            variant="primary"
            icon="plus"
            busy={busy}
            disabled={n === 0}
            onClick={() => void commit()}
          >
            {t('stakeholderMap.import.add', { count: n })}
          </Button>
        </>
      }
    >
      {error ? (
        <Banner>{t('errors.actionFailed', { reason: errorReason(error, t) })}</Banner>
      ) : null}
      {n > 0 ? (
        <div className="sh-import__scroll">
          <table className="sh-table sh-table--compact">
            <caption className="sh-import__caption">{t('stakeholderMap.import.people')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('stakeholderMap.columns.name')}</th>
                <th scope="col">{t('stakeholderMap.columns.title')}</th>
                <th scope="col">{t('stakeholderMap.columns.department')}</th>
                <th scope="col">{t('stakeholderMap.fields.email')}</th>
                <th scope="col">{t('stakeholderMap.fields.phone')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.people.slice(0, shownMax).map((p, i) => (
                <tr key={i}>
                  <th scope="row">{p.name}</th>
                  <td>{p.title}</td>
                  <td>{t(`glossary.department.${p.department}`)}</td>
                  <td>{p.email}</td>
                  <td>{p.phone}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {n > shownMax ? (
            <p className="sh-import__more">
              {t('stakeholderMap.import.more', { count: n - shownMax })}
            </p>
          ) : null}
        </div>
      ) : (
        <p>{t(`stakeholderMap.import.${nobodyNew(preview.problems)}`)}</p>
      )}
      {preview.problems.length > 0 ? (
        <section className="sh-import__problems" aria-labelledby="sh-import-problems">
          <h3 id="sh-import-problems">{t('stakeholderMap.import.problems')}</h3>
          <ul>
            {preview.problems.map((p, i) => (
              <li key={i}>
                <strong>{t('stakeholderMap.import.line', { line: String(p.line) })}</strong>{' '}
                {problemReason(p, t, i18n.language)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Modal>
  );
}
