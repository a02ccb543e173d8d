import { FeaturePlaceholder } from '../../components/FeaturePlaceholder';
import type { WorkshopTabProps } from '../workshops/tabProps';

/** OpportunitiesTab is the workshop's "opportunities" tab; its screen is still to come. */
export function OpportunitiesTab(_props: WorkshopTabProps) {
  return <FeaturePlaceholder tab="opportunities" />;
}
