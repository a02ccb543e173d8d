import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { errorReason } from '../../components/errorReason';
import { formatDate } from '../../i18n/format';
import { routeHref, type Route } from '../../routing';
import { BackupsLink } from '../backups/BackupsLink';
import { ImportClientButton } from '../bundles/ImportClientButton';
import { WorkspaceInfo } from '../settings/WorkspaceInfo';
import { useClientList } from './ClientListContext';

interface Props {
  route: Route;
  onNewClient: () => void;
  /** collapsed shows a narrow rail: the clients' initials, the buttons as icons. */
  collapsed?: boolean;
  onToggle?: () => void;
}

const sidebarId = 'client-sidebar';

/** ClientSidebar lists the clients, the selected one with its workshops. */
export function ClientSidebar({ route, onNewClient, collapsed = false, onToggle }: Props) {
  const { t, i18n } = useTranslation();
  const { clients, loading, error, reload } = useClientList();
  const selectedClient = 'clientId' in route ? route.clientId : null;
  const selectedWorkshop = route.page === 'workshop' ? route.workshopId : null;
  const toggleLabel = t(collapsed ? 'nav.expand' : 'nav.collapse');

  return (
    <aside className={`sidebar${collapsed ? ' sidebar--rail' : ''}`} id={sidebarId}>
      <div className="sidebar__brand">
        <span className="brand-mark" aria-hidden="true">
          K
        </span>
        {collapsed ? null : (
          <div className="sidebar__brand-text">
            <div className="brand-name">{t('app.name')}</div>
            <div className="brand-tagline">{t('app.tagline')}</div>
          </div>
        )}
        {onToggle ? (
          <Button
            variant="ghost"
            size="sm"
            icon="sidebar"
            className="sidebar__toggle"
            aria-label={toggleLabel}
            aria-expanded={!collapsed}
            aria-controls={sidebarId}
            aria-keyshortcuts="Control+B"
            title={t('nav.toggleHint', { action: toggleLabel, key: t('nav.sidebarKey') })}
            onClick={onToggle}
          />
        ) : null}
      </div>

      {collapsed ? null : (
        <div className="sidebar__section-head">
          <h2 className="sidebar__heading">{t('nav.clients')}</h2>
          {clients.length > 0 ? <span className="count-pill">{clients.length}</span> : null}
        </div>
      )}

      <div className="sidebar__new">
        {collapsed ? (
          <Button
            variant="primary"
            icon="plus"
            aria-label={t('nav.newClient')}
            title={t('nav.newClient')}
            onClick={onNewClient}
          />
        ) : (
          <Button variant="primary" icon="plus" className="btn--block" onClick={onNewClient}>
            {t('nav.newClient')}
          </Button>
        )}
        <ImportClientButton compact={collapsed} />
      </div>

      <nav className="sidebar__nav" aria-label={t('nav.label')}>
        {error ? (
          <Banner
            action={
              <Button size="sm" onClick={reload}>
                {t('common.retry')}
              </Button>
            }
          >
            {t('errors.loadFailed', { reason: errorReason(error, t) })}
          </Banner>
        ) : null}
        {!loading && !error && clients.length === 0 && !collapsed ? (
          <p className="sidebar__empty">{t('nav.noClients')}</p>
        ) : null}
        <ul className="client-list">
          {clients.map((c) => {
            const selected = c.id === selectedClient;
            const current = selected && route.page === 'client';
            return (
              <li key={c.id} className={`client-item${selected ? ' client-item--selected' : ''}`}>
                {/* The name may be cut with an ellipsis (a client and its
                    "(Kopie)" then look alike); hovering shows all of it. */}
                <a
                  className="client-link"
                  href={routeHref({ page: 'client', clientId: c.id })}
                  aria-current={current ? 'page' : undefined}
                  title={c.name || t('clients.unnamed')}
                >
                  <span className="client-link__avatar" aria-hidden="true">
                    {initials(c.name)}
                  </span>
                  <span className={collapsed ? 'visually-hidden' : 'client-link__text'}>
                    <span className="client-link__name">{c.name || t('clients.unnamed')}</span>
                    {c.industry || c.location ? (
                      <span className="client-link__meta">
                        {[c.industry, c.location].filter(Boolean).join(' · ')}
                      </span>
                    ) : null}
                  </span>
                </a>
                {selected && c.workshops.length > 0 && !collapsed ? (
                  <ul className="workshop-nav" aria-label={t('nav.workshopsOf', { name: c.name })}>
                    {c.workshops.map((w) => (
                      <li key={w.id}>
                        <a
                          className="workshop-nav__link"
                          href={routeHref({
                            page: 'workshop',
                            clientId: c.id,
                            workshopId: w.id,
                            tab: route.page === 'workshop' ? route.tab : 'assessment',
                          })}
                          aria-current={w.id === selectedWorkshop ? 'page' : undefined}
                          title={w.title || undefined}
                        >
                          <Icon name="calendar" size={16} />
                          <span className="workshop-nav__title">{w.title}</span>
                          <span className="workshop-nav__date">
                            {w.date ? formatDate(w.date, i18n.language) : ''}
                          </span>
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ul>
      </nav>

      <div className="sidebar__footer">
        <BackupsLink current={route.page === 'backups'} compact={collapsed} />
        {collapsed ? null : <WorkspaceInfo />}
      </div>
    </aside>
  );
}

function initials(name: string): string {
  const words = name
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const letters = words.slice(0, 2).map((w) => [...w][0] ?? '');
  return letters.join('').toUpperCase() || '·';
}
