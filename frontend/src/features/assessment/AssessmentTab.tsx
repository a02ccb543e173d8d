import { FeaturePlaceholder } from '../../components/FeaturePlaceholder';
import type { WorkshopTabProps } from '../workshops/tabProps';

/** AssessmentTab is the workshop's "assessment" tab; its screen is still to come. */
export function AssessmentTab(_props: WorkshopTabProps) {
  return <FeaturePlaceholder tab="assessment" />;
}
