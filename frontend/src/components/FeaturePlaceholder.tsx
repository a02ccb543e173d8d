import { useTranslation } from 'react-i18next';
import type { TabId } from '../routing';
import { EmptyState } from './EmptyState';
import type { IconName } from './Icon';

export const tabIcons: Record<TabId, IconName> = {
  assessment: 'clipboard',
  stakeholders: 'users',
  competitors: 'shield',
  opportunities: 'target',
  actions: 'listCheck',
  report: 'chart',
};

/** FeaturePlaceholder stands in for a workshop tab whose screen comes later. */
export function FeaturePlaceholder({ tab }: { tab: TabId }) {
  const { t } = useTranslation();
  return (
    <div className="placeholder">
      <EmptyState icon={tabIcons[tab]} title={t(`tabs.${tab}`)} badge={t('placeholder.badge')}>
        <p>{t(`placeholder.${tab}`)}</p>
      </EmptyState>
    </div>
  );
}
