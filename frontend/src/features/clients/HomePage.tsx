import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { startPage, type DueAction, type RecentWorkshop } from '../../api/overview';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { LoadState } from '../../components/LoadState';
import { useLoad } from '../../components/useLoad';
import { formatDate } from '../../i18n/format';
import { routeHref } from '../../routing';
import { useClientList } from './ClientListContext';
import './home.css';

/**
 * HomePage is the start page: the workshops worked on last and the actions
 * that are overdue or due soon, each a link to where it lives; a new
 * workspace greets the user and points to the first step.
 */
export function HomePage({ onNewClient }: { onNewClient: () => void }) {
  const { t } = useTranslation();
  const { clients, loading } = useClientList();
  if (loading) return <p className="page-loading">{t('common.loading')}</p>;
  if (clients.length === 0)
    return (
      <div className="page page--center">
        <EmptyState
          icon="briefcase"
          title={t('home.emptyTitle')}
          action={
            <Button variant="primary" size="lg" icon="plus" onClick={onNewClient}>
              {t('nav.newClient')}
            </Button>
          }
        >
          <p>{t('home.emptyText')}</p>
        </EmptyState>
      </div>
    );
  return <Overview clients={clients.length} onNewClient={onNewClient} />;
}

function Overview({ clients, onNewClient }: { clients: number; onNewClient: () => void }) {
  const { t } = useTranslation();
  const load = useCallback(() => startPage(), []);
  const [result, { reload }] = useLoad(load);
  return (
    <div className="page home">
      <header className="page-header">
        <div className="page-header__text">
          <h1 className="page-title">{t('nav.home')}</h1>
          <p className="muted">
            {t('home.pickText')} {t('home.clientCount', { count: clients })}
          </p>
        </div>
        <Button variant="primary" icon="plus" onClick={onNewClient}>
          {t('nav.newClient')}
        </Button>
      </header>
      {result.state !== 'ready' ? (
        <LoadState result={result} reload={reload} />
      ) : (
        <div className="home__grid">
          <Recent recent={result.data.recent} />
          <Due due={result.data.due} today={result.data.today} days={result.data.days} />
        </div>
      )}
    </div>
  );
}

function Recent({ recent }: { recent: RecentWorkshop[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card" aria-labelledby="home-recent">
      <h2 className="card__title" id="home-recent">
        <Icon name="calendar" />
        {t('home.recentTitle')}
      </h2>
      {recent.length === 0 ? (
        <p className="muted">{t('home.recentNone')}</p>
      ) : (
        <ul className="row-list">
          {recent.map((w) => (
            <li key={w.id} className="row">
              <a
                className="row__main"
                href={routeHref({
                  page: 'workshop',
                  clientId: w.client_id,
                  workshopId: w.id,
                  tab: 'assessment',
                })}
              >
                <span className="row__title">{w.title}</span>
                <span className="row__meta">
                  {w.client_name}
                  {w.date ? ` · ${formatDate(w.date, i18n.language)}` : ''}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Due({ due, today, days }: { due: DueAction[]; today: string; days: number }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card" aria-labelledby="home-due">
      <h2 className="card__title" id="home-due">
        <Icon name="listCheck" />
        {t('home.dueTitle')}
      </h2>
      {due.length === 0 ? (
        <p className="muted">{t('home.dueNone', { count: days })}</p>
      ) : (
        <>
          <p className="muted home__intro">{t('home.dueIntro', { count: days })}</p>
          <ul className="row-list">
            {due.map((a) => {
              const overdue = a.due < today;
              return (
                <li key={a.id} className="row">
                  <a
                    className="row__main"
                    href={routeHref({
                      page: 'workshop',
                      clientId: a.client_id,
                      workshopId: a.workshop_id ?? '',
                      tab: 'actions',
                    })}
                  >
                    <span className="row__title">{a.title}</span>
                    <span className="row__meta">
                      {a.client_name} · {a.workshop_title}
                      {a.owner ? ` · ${t('home.dueOwner', { owner: a.owner })}` : ''}
                    </span>
                  </a>
                  <span className={overdue ? 'home__due home__due--overdue' : 'home__due'}>
                    {overdue ? (
                      <>
                        <Icon name="alert" size={16} />
                        {t('home.overdue')} ·{' '}
                      </>
                    ) : null}
                    {t('home.dueOn', { date: formatDate(a.due, i18n.language) })}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
