import { FeaturePlaceholder } from '../../components/FeaturePlaceholder';
import type { WorkshopTabProps } from '../workshops/tabProps';

/** StakeholderTab is the workshop's "stakeholders" tab; its screen is still to come. */
export function StakeholderTab(_props: WorkshopTabProps) {
  return <FeaturePlaceholder tab="stakeholders" />;
}
