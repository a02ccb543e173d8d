import { FeaturePlaceholder } from '../../components/FeaturePlaceholder';
import type { WorkshopTabProps } from '../workshops/tabProps';

/** ReportTab is the workshop's "report" tab; its screen is still to come. */
export function ReportTab(_props: WorkshopTabProps) {
  return <FeaturePlaceholder tab="report" />;
}
