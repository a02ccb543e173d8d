import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getClient } from '../../api/clients';
import { toApiError } from '../../api/errors';
import { getWorkshop, saveWorkshop } from '../../api/workshops';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
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
import { WorkshopDetailsButton } from './WorkshopDetailsButton';
import { tabIcons, workshopTabs } from './workshopTabs';
import './workshop-page.css';

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

  if (result.state === 'loading') {
    return (
      <div className="workshop-page__state">
        <p className="page-loading">{t('common.loading')}</p>
      </div>
    );
  }
  if (result.state === 'failed') {
    if (result.error.code === 'not_found') {
      return (
        <div className="workshop-page__state">
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
        </div>
      );
    }
    return (
      <div className="workshop-page__state">
        <Banner action={<Button onClick={retry}>{t('common.retry')}</Button>}>
          {t('errors.loadFailed', { reason: errorReason(result.error, t) })}
        </Banner>
      </div>
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

  // One line of header and the tabs stay put; only the tab panel scrolls.
  return (
    <div className="workshop-page">
      <header className="workshop-head">
        {renaming ? (
          <InlineEdit
            className="title-edit workshop-head__edit"
            label={t('workshops.renameLabel', { title: workshop.title })}
            initial={workshop.title}
            requiredMessage={t('workshops.titleRequired')}
            onCommit={rename}
            onDone={() => setRenaming(false)}
          />
        ) : (
          <div className="workshop-head__title">
            <h1 className="workshop-head__h1" title={workshop.title}>
              {workshop.title}
            </h1>
            <Button
              variant="ghost"
              size="sm"
              icon="pencil"
              aria-label={t('workshops.renameAction', { title: workshop.title })}
              title={t('common.rename')}
              onClick={() => setRenaming(true)}
            />
          </div>
        )}
        <p className="workshop-head__meta" title={[client.name, ...meta].join(' · ')}>
          <span className="workshop-head__client">
            <Icon name="building" size={16} />
            <a href={routeHref({ page: 'client', clientId: client.id })}>{client.name}</a>
          </span>
          <span className="workshop-head__when">
            <Icon name="calendar" size={16} />
            {meta.join(' · ')}
          </span>
        </p>
        <WorkshopDetailsButton
          workshop={workshop}
          onSaved={(w) => {
            set({ client, workshop: w });
            reload();
          }}
        />
      </header>

      <div className="workshop-page__tabs">
        <Tabs
          idPrefix="workshop"
          label={t('tabs.label')}
          items={tabIds.map((id) => ({ id, label: t(`tabs.${id}`), icon: tabIcons[id] }))}
          selected={tab}
          onSelect={(id) => navigate({ page: 'workshop', clientId, workshopId, tab: id })}
        />
      </div>
      <RoomVotingProvider workshopID={workshop.id} onAdded={retry}>
        <TabPanel
          idPrefix="workshop"
          id={tab}
          className={`workshop-page__panel workshop-page__panel--${tab}`}
        >
          <div className="workshop-page__content">
            <Panel client={client} workshop={workshop} />
          </div>
        </TabPanel>
      </RoomVotingProvider>
    </div>
  );
}
