import type { ComponentType } from 'react';
import type { IconName } from '../../components/Icon';
import { ActionsTab } from '../actions/ActionsTab';
import { AssessmentTab } from '../assessment/AssessmentTab';
import { CompetitorsTab } from '../competitors/CompetitorsTab';
import { OpportunitiesTab } from '../opportunities/OpportunitiesTab';
import { ReportTab } from '../report/ReportTab';
import { StakeholderTab } from '../stakeholder-map/StakeholderTab';
import type { TabId } from '../../routing';
import type { WorkshopTabProps } from './tabProps';

/** workshopTabs plugs each feature's screen into its tab of the workshop page. */
export const workshopTabs: Record<TabId, ComponentType<WorkshopTabProps>> = {
  assessment: AssessmentTab,
  stakeholders: StakeholderTab,
  competitors: CompetitorsTab,
  opportunities: OpportunitiesTab,
  actions: ActionsTab,
  report: ReportTab,
};

/** tabIcons gives each tab of the workshop page its icon. */
export const tabIcons: Record<TabId, IconName> = {
  assessment: 'clipboard',
  stakeholders: 'users',
  competitors: 'shield',
  opportunities: 'target',
  actions: 'listCheck',
  report: 'chart',
};
