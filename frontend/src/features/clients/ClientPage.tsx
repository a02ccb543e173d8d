import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteClient, getClient } from '../../api/clients';
import { toApiError } from '../../api/errors';
import { listWorkshops } from '../../api/workshops';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { errorReason } from '../../components/errorReason';
import { useSaveStore } from '../../components/save/SaveStatusContext';
import { useToast } from '../../components/Toasts';
import { useOfferUndo } from '../../components/useOfferUndo';
import { useLoad } from '../../components/useLoad';
import type { Route } from '../../routing';
import { ExportClientButton } from '../bundles/ExportClientButton';
import { WorkshopList } from '../workshops/WorkshopList';
import { ClientDetails } from './ClientDetails';
import { useClientList } from './ClientListContext';

interface Props {
  clientId: string;
  navigate: (r: Route) => void;
}

/** ClientPage shows a client's master data and its workshops. */
export function ClientPage({ clientId, navigate }: Props) {
  const { t } = useTranslation();
  const { reload: reloadList } = useClientList();
  const toast = useToast();
  const offerUndo = useOfferUndo();
  const store = useSaveStore();
  const load = useCallback(async () => {
    const [client, workshops] = await Promise.all([getClient(clientId), listWorkshops(clientId)]);
    return { client, workshops };
  }, [clientId]);
  const [result, { reload, set }] = useLoad(load);
  const [draftName, setDraftName] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  if (result.state === 'loading') {
    return <p className="page-loading">{t('common.loading')}</p>;
  }
  if (result.state === 'failed') {
    if (result.error.code === 'not_found') {
      return (
        <EmptyState
          icon="building"
          title={t('clients.notFound')}
          action={
            <a className="btn btn--secondary btn--md" href="#/">
              {t('nav.home')}
            </a>
          }
        />
      );
    }
    return (
      <Banner action={<Button onClick={reload}>{t('common.retry')}</Button>}>
        {t('errors.loadFailed', { reason: errorReason(result.error, t) })}
      </Banner>
    );
  }

  const { client, workshops } = result.data;
  const name = (draftName ?? client.name).trim() || t('clients.unnamed');

  const remove = async () => {
    try {
      const deleted = await store.track('client:delete', deleteClient(client.id));
      setConfirming(false);
      offerUndo(deleted, t('clients.deleted', { name }), (r) => {
        reloadList();
        navigate({ page: 'client', clientId: r.client_id });
      });
      reloadList();
      navigate({ page: 'home' });
    } catch (err) {
      setConfirming(false);
      toast.show(t('errors.actionFailed', { reason: errorReason(toApiError(err), t) }), 'error');
    }
  };

  return (
    <div className="page">
      <header className="page-header">
        <div className="page-header__text">
          <p className="overline">
            <Icon name="building" size={16} />
            {t('nav.clients')}
          </p>
          <h1 className="page-title">{name}</h1>
        </div>
        <div className="client-actions">
          <ExportClientButton clientId={client.id} name={name} />
          <Button variant="danger" icon="trash" onClick={() => setConfirming(true)}>
            {t('clients.delete')}
          </Button>
        </div>
      </header>

      <div className="client-grid">
        <ClientDetails
          initial={client}
          onDraft={(d) => setDraftName(d.name)}
          onSaved={reloadList}
        />
        <WorkshopList
          client={client}
          workshops={workshops}
          onChange={(ws) => {
            set({ client, workshops: ws });
            reloadList();
          }}
          navigate={navigate}
        />
      </div>

      {confirming ? (
        <ConfirmDialog
          danger
          title={t('clients.deleteTitle', { name })}
          message={t('clients.deleteText')}
          confirmLabel={t('clients.deleteConfirm')}
          onConfirm={remove}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </div>
  );
}
