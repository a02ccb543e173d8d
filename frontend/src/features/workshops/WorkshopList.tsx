import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../api/clients';
import { toApiError } from '../../api/errors';
import { deleteWorkshop, listWorkshops, saveWorkshop, type Workshop } from '../../api/workshops';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { InlineEdit } from '../../components/InlineEdit';
import { errorReason } from '../../components/errorReason';
import { useSaveStore } from '../../components/save/SaveStatusContext';
import { useToast } from '../../components/Toasts';
import { useOfferUndo } from '../../components/useOfferUndo';
import { formatDate } from '../../i18n/format';
import { routeHref, type Route } from '../../routing';
import { NewWorkshopDialog } from './NewWorkshopDialog';

interface Props {
  client: Client;
  workshops: Workshop[];
  onChange: (workshops: Workshop[]) => void;
  navigate: (r: Route) => void;
}

/** WorkshopList shows a client's rounds: open, create, rename inline, delete. */
export function WorkshopList({ client, workshops, onChange, navigate }: Props) {
  const { t, i18n } = useTranslation();
  const store = useSaveStore();
  const toast = useToast();
  const offerUndo = useOfferUndo();
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Workshop | null>(null);

  const rename = async (w: Workshop, title: string) => {
    try {
      const saved = await store.track(`workshop:${w.id}`, saveWorkshop({ ...w, title }));
      onChange(workshops.map((x) => (x.id === saved.id ? saved : x)));
    } catch (err) {
      throw new Error(errorReason(toApiError(err), t));
    }
  };

  const remove = async (w: Workshop) => {
    try {
      const deleted = await store.track(`workshop:${w.id}`, deleteWorkshop(w.id));
      setDeleting(null);
      onChange(workshops.filter((x) => x.id !== w.id));
      offerUndo(deleted, t('workshops.deleted', { title: w.title }), () => {
        listWorkshops(client.id).then(onChange, () => undefined);
      });
    } catch (err) {
      setDeleting(null);
      toast.show(t('errors.actionFailed', { reason: errorReason(toApiError(err), t) }), 'error');
    }
  };

  return (
    <section className="card" aria-labelledby="workshops-heading">
      <div className="card__head">
        <h2 className="card__title" id="workshops-heading">
          {t('workshops.heading')}
          {workshops.length > 0 ? <span className="count-pill">{workshops.length}</span> : null}
        </h2>
        {workshops.length > 0 ? (
          <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>
            {t('workshops.new')}
          </Button>
        ) : null}
      </div>

      {workshops.length === 0 ? (
        <EmptyState
          icon="calendar"
          headingLevel={3}
          title={t('workshops.emptyTitle')}
          action={
            <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>
              {t('workshops.new')}
            </Button>
          }
        >
          {t('workshops.emptyText')}
        </EmptyState>
      ) : (
        <ul className="row-list">
          {workshops.map((w) => (
            <li key={w.id} className="row">
              <span className="row__icon" aria-hidden="true">
                <Icon name="calendar" size={20} />
              </span>
              {renaming === w.id ? (
                <InlineEdit
                  className="row__edit"
                  label={t('workshops.renameLabel', { title: w.title })}
                  initial={w.title}
                  requiredMessage={t('workshops.titleRequired')}
                  onCommit={(title) => rename(w, title)}
                  onDone={() => setRenaming(null)}
                />
              ) : (
                <a
                  className="row__main"
                  href={routeHref({
                    page: 'workshop',
                    clientId: client.id,
                    workshopId: w.id,
                    tab: 'assessment',
                  })}
                >
                  <span className="row__title">{w.title}</span>
                  <span className="row__meta">
                    {w.date ? formatDate(w.date, i18n.language) : t('workshops.noDate')}
                    {w.location ? ` · ${w.location}` : ''}
                  </span>
                </a>
              )}
              {renaming === w.id ? null : (
                <span className="row__actions">
                  <Button
                    variant="ghost"
                    icon="pencil"
                    aria-label={t('workshops.renameAction', { title: w.title })}
                    title={t('common.rename')}
                    onClick={() => setRenaming(w.id)}
                  />
                  <Button
                    variant="ghost"
                    icon="trash"
                    className="btn--ghost-danger"
                    aria-label={t('workshops.deleteAction', { title: w.title })}
                    title={t('common.delete')}
                    onClick={() => setDeleting(w)}
                  />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}

      {creating ? (
        <NewWorkshopDialog
          clientId={client.id}
          previous={workshops}
          onClose={() => setCreating(false)}
          onCreated={(w) => {
            setCreating(false);
            onChange([w, ...workshops]);
            navigate({
              page: 'workshop',
              clientId: client.id,
              workshopId: w.id,
              tab: 'assessment',
            });
          }}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          danger
          title={t('workshops.deleteTitle', { title: deleting.title })}
          message={t('workshops.deleteText')}
          confirmLabel={t('workshops.deleteConfirm')}
          onConfirm={() => remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      ) : null}
    </section>
  );
}
