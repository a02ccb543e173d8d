import { FeaturePlaceholder } from '../../components/FeaturePlaceholder';
import type { WorkshopTabProps } from '../workshops/tabProps';

/** CompetitorsTab is the workshop's "competitors" tab; its screen is still to come. */
export function CompetitorsTab(_props: WorkshopTabProps) {
  return <FeaturePlaceholder tab="competitors" />;
}
