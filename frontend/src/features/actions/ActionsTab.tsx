import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  deleteAction,
  exportActionsCSV,
  listActions,
  priorities,
  statuses,
  type Action,
} from '../../api/actions';
import type { Catalog } from '../../api/assessment';
import { toApiError } from '../../api/errors';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { SelectField } from '../../components/TextField';
import { useToast } from '../../components/Toasts';
import { useOfferUndo, useRestored } from '../../components/useOfferUndo';
import { errorReason } from '../../components/errorReason';
import { useSaveStore } from '../../components/save/SaveStatusContext';
import { useLoad } from '../../components/useLoad';
import { todayISO } from '../../i18n/format';
import { catalog } from '../assessment/data';
import { questionHref } from '../assessment/deepLink';
import type { WorkshopTabProps } from '../workshops/tabProps';
import { ActionRow } from './ActionRow';
import {
  NO_OWNER,
  compare,
  emptyAction,
  isOverdue,
  matches,
  noFilters,
  owners,
  questionLabels,
  type Filters,
  type Sort,
  type SortKey,
} from './model';
import './actions.css';
import { LoadState } from '../../components/LoadState';

/**
 * ActionsTab is the workshop's action plan: every action, those created
 * from assessment gaps included, edited inline; filtered, sorted, overdue
 * ones marked, and exported as CSV for Excel.
 */
export function ActionsTab({ client, workshop }: WorkshopTabProps) {
  const load = useCallback(async () => {
    const [actions, cat] = await Promise.all([listActions(workshop.id), catalog()]);
    return { actions, cat };
  }, [workshop.id]);
  const [result, { reload }] = useLoad(load);
  if (result.state !== 'ready') return <LoadState result={result} reload={reload} />;
  return (
    <ActionPlan
      clientID={client.id}
      workshopID={workshop.id}
      initial={result.data.actions}
      cat={result.data.cat}
    />
  );
}

interface Row {
  key: string;
  action: Action;
}

/** Deleting is a row about to go, with what drops its unsaved edits. */
interface Deleting {
  row: Row;
  discard: () => void;
}

interface PlanProps {
  clientID: string;
  workshopID: string;
  initial: Action[];
  cat: Catalog;
}

const defaultSort: Sort = { key: 'due', dir: 'asc' };

/** visible is the order shown: the rows that pass the filters, sorted. */
function visible(rows: readonly Row[], f: Filters, s: Sort): string[] {
  return rows
    .filter((r) => matches(r.action, f))
    .sort((a, b) => compare(a.action, b.action, s))
    .map((r) => r.key);
}

function ActionPlan({ clientID, workshopID, initial, cat }: PlanProps) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const offerUndo = useOfferUndo();
  const store = useSaveStore();
  const ownersListId = useId();
  const today = todayISO();
  const [rows, setRows] = useState<Row[]>(() => initial.map((a) => ({ key: a.id, action: a })));
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [sort, setSort] = useState<Sort>(defaultSort);
  // The order on screen is worked out when the filters or the sort change, not
  // on every keystroke: a row being edited never jumps away or vanishes.
  const [order, setOrder] = useState<string[]>(() => visible(rows, noFilters, defaultSort));
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Deleting | null>(null);
  const [exporting, setExporting] = useState(false);
  const nextKey = useRef(0);
  // An undone delete: the action is back in the list, the rows being typed in kept.
  useRestored((r) => {
    if (r.kind !== 'action' || r.workshop_id !== workshopID) return;
    listActions(workshopID).then(
      (all) => {
        const a = all.find((x) => x.id === r.id);
        if (!a) return;
        setRows((rs) =>
          rs.some((x) => x.action.id === a.id) ? rs : [...rs, { key: a.id, action: a }],
        );
        setOrder((o) => (o.includes(a.id) ? o : [...o, a.id]));
      },
      () => undefined,
    );
  });
  const flushers = useRef(new Set<() => Promise<void>>());
  const register = useCallback((flush: () => Promise<void>) => {
    flushers.current.add(flush);
    return () => void flushers.current.delete(flush);
  }, []);

  const labels = useMemo(() => questionLabels(cat, i18n.language), [cat, i18n.language]);
  const stored = rows.filter((r) => r.action.id).map((r) => r.action);
  const ownerNames = owners(stored);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const shown = order.map((k) => byKey.get(k)).filter((r): r is Row => r !== undefined);
  const openCount = stored.filter((a) => a.status !== 'done').length;
  const overdueCount = stored.filter((a) => isOverdue(a, today)).length;
  const filtered = filters.owner !== '' || filters.status !== '' || filters.priority !== '';

  const applyFilters = (f: Filters) => {
    setFilters(f);
    setOrder(visible(rows, f, sort));
  };
  const applySort = (key: SortKey) => {
    const s: Sort = { key, dir: sort.key === key && sort.dir === 'asc' ? 'desc' : 'asc' };
    setSort(s);
    setOrder(visible(rows, filters, s));
  };

  const add = () => {
    const blank = rows.find((r) => !r.action.id && !r.action.title);
    const key = blank?.key ?? `new-${nextKey.current++}`;
    if (!blank) {
      setRows((rs) => [{ key, action: emptyAction(workshopID) }, ...rs]);
      setOrder((o) => [key, ...o]);
    } else if (!order.includes(key)) {
      setOrder((o) => [key, ...o]);
    }
    setFocusKey(key);
  };

  const remove = async ({ row, discard }: Deleting) => {
    try {
      if (row.action.id) {
        const deleted = await store.track(`action:delete:${row.key}`, deleteAction(row.action.id));
        offerUndo(deleted, t('actionPlan.deleted', { title: row.action.title }));
      }
      discard();
      setRows((rs) => rs.filter((r) => r.key !== row.key));
      setOrder((o) => o.filter((k) => k !== row.key));
    } catch (err) {
      toast.show(t('errors.actionFailed', { reason: errorReason(toApiError(err), t) }), 'error');
    } finally {
      setDeleting(null);
    }
  };

  const exportCSV = async () => {
    setExporting(true);
    try {
      // Everything typed goes to Go first, so the file holds what is on screen.
      await Promise.all([...flushers.current].map((f) => f()));
      const path = await exportActionsCSV(workshopID);
      if (path) toast.saved(t('actionPlan.exported', { path }));
    } catch (err) {
      toast.show(t('errors.actionFailed', { reason: errorReason(toApiError(err), t) }), 'error');
    } finally {
      setExporting(false);
    }
  };

  const sortHeader = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
      >
        <button
          type="button"
          className={`ap-sort${active ? ' is-active' : ''}`}
          title={t('actionPlan.sort.by', { column: label })}
          onClick={() => applySort(key)}
        >
          {label}
          <span className="ap-sort__arrow" aria-hidden="true">
            {active ? (sort.dir === 'asc' ? '↑' : '↓') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  const addButton = (
    <Button variant="primary" icon="plus" onClick={add}>
      {t('actionPlan.add')}
    </Button>
  );

  return (
    <div className="tab-screen ap">
      <div className="tab-toolbar">
        <div className="ap-summary" aria-live="polite">
          <strong>{t('actionPlan.summary.total', { count: stored.length })}</strong>
          <span>{t('actionPlan.summary.open', { count: openCount })}</span>
          {overdueCount > 0 ? (
            <span className="ap-summary__overdue">
              {t('actionPlan.summary.overdue', { count: overdueCount })}
            </span>
          ) : null}
          {filtered ? (
            <span>
              {t('actionPlan.summary.shown', { shown: shown.length, count: rows.length })}
            </span>
          ) : null}
        </div>
        <div className="tab-toolbar__end">
          <Button
            icon="download"
            busy={exporting}
            title={t('actionPlan.exportHint')}
            disabled={stored.length === 0}
            onClick={() => void exportCSV()}
          >
            {t('actionPlan.export')}
          </Button>
          {rows.length > 0 ? addButton : null}
        </div>
      </div>

      {rows.length === 0 ? (
        <div className="placeholder">
          <EmptyState icon="listCheck" title={t('actionPlan.emptyTitle')} action={addButton}>
            <p>{t('actionPlan.emptyText')}</p>
          </EmptyState>
        </div>
      ) : (
        <>
          <div className="ap-filters" role="group" aria-label={t('actionPlan.filters.label')}>
            <SelectField
              label={t('actionPlan.filters.owner')}
              value={filters.owner}
              onChange={(e) => applyFilters({ ...filters, owner: e.target.value })}
            >
              <option value="">{t('actionPlan.filters.all')}</option>
              {ownerNames.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
              <option value={NO_OWNER}>{t('actionPlan.filters.noOwner')}</option>
            </SelectField>
            <SelectField
              label={t('actionPlan.filters.status')}
              value={filters.status}
              onChange={(e) =>
                applyFilters({ ...filters, status: e.target.value as Filters['status'] })
              }
            >
              <option value="">{t('actionPlan.filters.all')}</option>
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {t(`glossary.status.${s}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('actionPlan.filters.priority')}
              value={filters.priority}
              onChange={(e) =>
                applyFilters({ ...filters, priority: e.target.value as Filters['priority'] })
              }
            >
              <option value="">{t('actionPlan.filters.all')}</option>
              {priorities.map((p) => (
                <option key={p} value={p}>
                  {t(`glossary.priority.${p}`)}
                </option>
              ))}
            </SelectField>
            {filtered ? (
              <Button variant="ghost" icon="x" onClick={() => applyFilters(noFilters)}>
                {t('actionPlan.filters.reset')}
              </Button>
            ) : null}
          </div>

          <div className="card ap-card">
            <table className="ap-table" aria-label={t('actionPlan.tableLabel')}>
              <thead>
                <tr>
                  <th scope="col">{t('actionPlan.columns.title')}</th>
                  <th scope="col">{t('actionPlan.columns.owner')}</th>
                  {sortHeader('due', t('actionPlan.columns.due'))}
                  {sortHeader('priority', t('actionPlan.columns.priority'))}
                  <th scope="col">{t('actionPlan.columns.probability')}</th>
                  <th scope="col">{t('actionPlan.columns.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('common.delete')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => {
                  const qid = row.action.question_id;
                  const label = qid ? (labels.get(qid) ?? qid) : '';
                  return (
                    <ActionRow
                      key={row.key}
                      initial={row.action}
                      today={today}
                      ownersListId={ownersListId}
                      autoFocus={focusKey === row.key}
                      question={
                        qid ? { label, href: questionHref(clientID, workshopID, qid) } : null
                      }
                      register={register}
                      onSaved={(a) =>
                        setRows((rs) =>
                          rs.map((r) => (r.key === row.key ? { ...r, action: a } : r)),
                        )
                      }
                      onDelete={(a, discard) => {
                        const d = { row: { ...row, action: a }, discard };
                        if (a.id) setDeleting(d);
                        else void remove(d);
                      }}
                    />
                  );
                })}
              </tbody>
            </table>
            {shown.length === 0 ? (
              <p className="ap-filtered-empty">{t('actionPlan.filteredEmpty')}</p>
            ) : null}
            <datalist id={ownersListId}>
              {ownerNames.map((o) => (
                <option key={o} value={o} />
              ))}
            </datalist>
          </div>
        </>
      )}

      {deleting ? (
        <ConfirmDialog
          danger
          title={t('actionPlan.deleteTitle', { title: deleting.row.action.title })}
          message={t('actionPlan.deleteText')}
          confirmLabel={t('actionPlan.delete')}
          onConfirm={() => remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      ) : null}
    </div>
  );
}
