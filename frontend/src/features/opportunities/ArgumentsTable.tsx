import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../api/errors';
import {
  deleteArgument,
  listArguments,
  reorderArguments,
  type Argument,
} from '../../api/intelligence';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { useToast } from '../../components/Toasts';
import { useOfferUndo, useRestored } from '../../components/useOfferUndo';
import { errorReason } from '../../components/errorReason';
import { useSaveStore } from '../../components/save/SaveStatusContext';
import { ArgumentRow } from './ArgumentRow';
import { usePointerDrag } from './usePointerDrag';

/** Row is an argument on screen; key stays the same when a new row gets its id. */
interface Row {
  key: string;
  arg: Argument;
}

/** Deleting is a row about to go, with what drops its unsaved edits. */
interface Deleting {
  row: Row;
  discard: () => void;
}

interface Props {
  clientID: string;
  initial: Argument[];
  onCount: (n: number) => void;
}

/** moved returns rows with the one at from put at index to (of the list without it). */
export function moved<T>(rows: readonly T[], from: number, to: number): T[] {
  const out = [...rows];
  const [r] = out.splice(from, 1);
  if (r !== undefined) out.splice(Math.max(0, Math.min(to, out.length)), 0, r);
  return out;
}

/**
 * withRestored puts the argument id, just put back by Go, among the rows at
 * its place in Go's order (args); rows not stored yet stay at the end.
 */
export function withRestored(rows: readonly Row[], args: readonly Argument[], id: string): Row[] {
  const arg = args.find((a) => a.id === id);
  if (!arg || rows.some((r) => r.arg.id === id)) return [...rows];
  const place = new Map(args.map((a, i) => [a.id, i]));
  const at = place.get(id) ?? args.length;
  let i = rows.findIndex((r) => !r.arg.id || (place.get(r.arg.id) ?? Infinity) > at);
  if (i < 0) i = rows.length;
  return [...rows.slice(0, i), { key: id, arg }, ...rows.slice(i)];
}

/**
 * ArgumentsTable is the client's feature → advantage → benefit arguments,
 * strongest first: typed straight into the table, reordered by dragging the
 * handle or with the arrow buttons, each optionally for one buying role.
 */
export function ArgumentsTable({ clientID, initial, onCount }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const offerUndo = useOfferUndo();
  const store = useSaveStore();
  const nextKey = useRef(0);
  const [rows, setRows] = useState<Row[]>(() => initial.map((arg) => ({ key: arg.id, arg })));
  // An undone delete: the argument back at its place, the rows typed here kept as they are.
  useRestored((r) => {
    if (r.kind !== 'argument' || r.client_id !== clientID) return;
    listArguments(clientID).then(
      (args) => setRows((rs) => withRestored(rs, args, r.id)),
      () => undefined,
    );
  });
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Deleting | null>(null);
  const [announce, setAnnounce] = useState('');
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const stored = rows.filter((r) => r.arg.id);
  useEffect(() => onCount(stored.length), [onCount, stored.length]);

  const reorder = async (next: Row[], from: number, to: number) => {
    const before = rows;
    setRows(next);
    setAnnounce(t('arguments.reordered', { n: from + 1, to: to + 1 }));
    try {
      await store.track(
        'arguments:reorder',
        reorderArguments(
          clientID,
          next.filter((r) => r.arg.id).map((r) => r.arg.id),
        ),
      );
    } catch (err) {
      setRows(before);
      toast.show(t('errors.actionFailed', { reason: errorReason(toApiError(err), t) }), 'error');
    }
  };

  const move = (index: number, step: -1 | 1) => {
    const to = index + step;
    if (to < 0 || to >= stored.length) return;
    void reorder(moved(rows, index, to), index, to);
  };

  /** insertionAt is the gap between rows (0 … n) nearest to a point. */
  const insertionAt = (_x: number, y: number): number => {
    const trs = bodyRef.current?.querySelectorAll<HTMLElement>('[data-arg-row]') ?? [];
    let i = 0;
    for (const tr of trs) {
      const r = tr.getBoundingClientRect();
      if (y < r.top + r.height / 2) return i;
      i++;
    }
    return Math.min(i, stored.length);
  };

  const { drag, onPointerDown } = usePointerDrag<number, number>({
    hitTest: insertionAt,
    onDrop: (from, gap) => {
      const to = gap > from ? gap - 1 : gap;
      if (to !== from) void reorder(moved(rows, from, to), from, to);
    },
  });
  const gap = drag?.target ?? null;

  const add = () => {
    const blank = rows.find((r) => !r.arg.id);
    if (blank) {
      // One new row at a time: go back to the one still empty.
      bodyRef.current
        ?.querySelector<HTMLTextAreaElement>(`[data-arg-key="${blank.key}"] textarea`)
        ?.focus();
      return;
    }
    const key = `new-${nextKey.current++}`;
    const arg: Argument = {
      id: '',
      client_id: clientID,
      feature: '',
      advantage: '',
      benefit: '',
      buying_role: '',
      position: rows.length,
    };
    setRows((rs) => [...rs, { key, arg }]);
    setFocusKey(key);
  };

  const remove = async ({ row, discard }: Deleting) => {
    try {
      const deleted = row.arg.id
        ? await store.track(`argument:delete:${row.key}`, deleteArgument(row.arg.id))
        : null;
      discard();
      setRows((rs) => rs.filter((r) => r.key !== row.key));
      const what = row.arg.feature.trim()
        ? t('arguments.deleted', { feature: row.arg.feature })
        : t('arguments.deletedUnnamed');
      if (deleted) offerUndo(deleted, what);
    } catch (err) {
      toast.show(t('errors.actionFailed', { reason: errorReason(toApiError(err), t) }), 'error');
    } finally {
      setDeleting(null);
    }
  };

  const addButton = (
    <Button variant="primary" icon="plus" onClick={add}>
      {t('arguments.add')}
    </Button>
  );

  return (
    <section className="args" aria-labelledby="args-heading">
      <header className="section-head">
        <div>
          <h2 className="section-head__title" id="args-heading">
            {t('arguments.heading')}
          </h2>
          <p className="section-head__text">{t('arguments.intro')}</p>
        </div>
        {rows.length > 0 ? addButton : null}
      </header>
      {rows.length === 0 ? (
        <div className="placeholder">
          <EmptyState icon="target" title={t('arguments.emptyTitle')} action={addButton}>
            <p>{t('arguments.emptyText')}</p>
          </EmptyState>
        </div>
      ) : (
        <div className="card args__card">
          <table
            className={`args__table${drag ? ' is-dragging' : ''}`}
            aria-label={t('arguments.tableLabel')}
          >
            <thead>
              <tr>
                <th scope="col" className="args__order">
                  <span className="visually-hidden">{t('arguments.order')}</span>
                  {t('arguments.position')}
                </th>
                <th scope="col">{t('arguments.feature')}</th>
                <th scope="col">{t('arguments.advantage')}</th>
                <th scope="col">{t('arguments.benefit')}</th>
                <th scope="col">{t('arguments.role')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('arguments.order')}</span>
                </th>
              </tr>
            </thead>
            <tbody ref={bodyRef}>
              {rows.map((row, i) => (
                <ArgumentRow
                  key={row.key}
                  rowKey={row.key}
                  initial={row.arg}
                  n={i + 1}
                  count={stored.length}
                  autoFocus={focusKey === row.key}
                  dragging={drag?.item === i}
                  dropLine={
                    drag && gap !== null && gap !== drag.item && gap !== drag.item + 1
                      ? gap === i
                        ? 'before'
                        : gap === rows.length && i === rows.length - 1
                          ? 'after'
                          : null
                      : null
                  }
                  onSaved={(arg) =>
                    setRows((rs) => rs.map((r) => (r.key === row.key ? { ...r, arg } : r)))
                  }
                  onMove={(step) => move(i, step)}
                  onDelete={(arg, discard) => {
                    const d = { row: { ...row, arg }, discard };
                    if (!arg.id) void remove(d);
                    else setDeleting(d);
                  }}
                  onGrip={(e) => onPointerDown(e, i)}
                />
              ))}
            </tbody>
          </table>
          <p className="visually-hidden" aria-live="polite">
            {announce}
          </p>
        </div>
      )}
      {deleting ? (
        <ConfirmDialog
          danger
          title={t('arguments.deleteTitle', { feature: deleting.row.arg.feature })}
          message={t('arguments.deleteText')}
          confirmLabel={t('common.delete')}
          onConfirm={() => remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      ) : null}
    </section>
  );
}
