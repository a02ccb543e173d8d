import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { useClientList } from './ClientListContext';

/** HomePage greets the user and points to the first step. */
export function HomePage({ onNewClient }: { onNewClient: () => void }) {
  const { t } = useTranslation();
  const { clients, loading } = useClientList();
  if (loading) return <p className="page-loading">{t('common.loading')}</p>;
  const none = clients.length === 0;
  return (
    <div className="page page--center">
      <EmptyState
        icon={none ? 'briefcase' : 'building'}
        title={none ? t('home.emptyTitle') : t('home.pickTitle')}
        action={
          <Button variant="primary" size="lg" icon="plus" onClick={onNewClient}>
            {t('nav.newClient')}
          </Button>
        }
      >
        <p>{none ? t('home.emptyText') : t('home.pickText')}</p>
        {none ? null : <p className="muted">{t('home.clientCount', { count: clients.length })}</p>}
      </EmptyState>
    </div>
  );
}
