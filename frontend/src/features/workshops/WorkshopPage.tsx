import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getClient } from '../../api/clients';
import { toApiError } from '../../api/errors';
import { getWorkshop, saveWorkshop } from '../../api/workshops';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { tabIcons } from '../../components/FeaturePlaceholder';
import { Icon } from '../../components/Icon';
import { InlineEdit } from '../../components/InlineEdit';
import { TabPanel, Tabs } from '../../components/Tabs';
import { errorReason } from '../../components/errorReason';
import { useSaveStore } from '../../components/save/SaveStatusContext';
import { useLoad } from '../../components/useLoad';
import { formatDate } from '../../i18n/format';
import { routeHref, tabIds, type Route, type TabId } from '../../routing';
import { useClientList } from '../clients/ClientListContext';
import { RoomVotingProvider } from '../room-voting/RoomVotingContext';
import { workshopTabs } from './workshopTabs';

interface Props {
  clientId: string;
  workshopId: string;
  tab: TabId;
  navigate: (r: Route) => void;
}

/** WorkshopPage is one assessment round, its sections in tabs. */
export function WorkshopPage({ clientId, workshopId, tab, navigate }: Props) {
  const { t, i18n } = useTranslation();
  const store = useSaveStore();
  const { reload } = useClientList();
  const load = useCallback(async () => {
    const [client, workshop] = await Promise.all([getClient(clientId), getWorkshop(workshopId)]);
    return { client, workshop };
  }, [clientId, workshopId]);
  const [result, { reload: retry, set }] = useLoad(load);
  const [renaming, setRenaming] = useState(false);

  if (result.state === 'loading') return <p className="page-loading">{t('common.loading')}</p>;
  if (result.state === 'failed') {
    if (result.error.code === 'not_found') {
      return (
        <EmptyState
          icon="calendar"
          title={t('workshops.notFound')}
          action={
            <a
              className="btn btn--secondary btn--md"
              href={routeHref({ page: 'client', clientId })}
            >
              {t('workshops.heading')}
            </a>
          }
        />
      );
    }
    return (
      <Banner action={<Button onClick={retry}>{t('common.retry')}</Button>}>
        {t('errors.loadFailed', { reason: errorReason(result.error, t) })}
      </Banner>
    );
  }

  const { client, workshop } = result.data;
  const Panel = workshopTabs[tab];
  const meta = [
    workshop.date ? formatDate(workshop.date, i18n.language) : t('workshops.noDate'),
    workshop.location,
    workshop.facilitator,
  ].filter(Boolean);

  const rename = async (title: string) => {
    try {
      const saved = await store.track(
        `workshop:${workshop.id}`,
        saveWorkshop({ ...workshop, title }),
      );
      set({ client, workshop: saved });
      reload();
    } catch (err) {
      throw new Error(errorReason(toApiError(err), t));
    }
  };

  return (
    <div className="page page--wide">
      <header className="page-header">
        <div className="page-header__text">
          <p className="overline">
            <Icon name="building" size={16} />
            <a href={routeHref({ page: 'client', clientId: client.id })}>{client.name}</a>
          </p>
          {renaming ? (
            <InlineEdit
              className="title-edit"
              label={t('workshops.renameLabel', { title: workshop.title })}
              initial={workshop.title}
              requiredMessage={t('workshops.titleRequired')}
              onCommit={rename}
              onDone={() => setRenaming(false)}
            />
          ) : (
            <div className="page-title-row">
              <h1 className="page-title">{workshop.title}</h1>
              <Button
                variant="ghost"
                icon="pencil"
                aria-label={t('workshops.renameAction', { title: workshop.title })}
                title={t('common.rename')}
                onClick={() => setRenaming(true)}
              />
            </div>
          )}
          <p className="page-meta">
            <Icon name="calendar" size={16} />
            {meta.join(' · ')}
          </p>
        </div>
      </header>

      <Tabs
        idPrefix="workshop"
        label={t('tabs.label')}
        items={tabIds.map((id) => ({ id, label: t(`tabs.${id}`), icon: tabIcons[id] }))}
        selected={tab}
        onSelect={(id) => navigate({ page: 'workshop', clientId, workshopId, tab: id })}
      />
      <RoomVotingProvider workshopID={workshop.id} onAdded={retry}>
        <TabPanel idPrefix="workshop" id={tab}>
          <Panel client={client} workshop={workshop} />
        </TabPanel>
      </RoomVotingProvider>
    </div>
  );
}
