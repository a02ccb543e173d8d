import { FeaturePlaceholder } from '../../components/FeaturePlaceholder';
import type { WorkshopTabProps } from '../workshops/tabProps';

/** ActionsTab is the workshop's "actions" tab; its screen is still to come. */
export function ActionsTab(_props: WorkshopTabProps) {
  return <FeaturePlaceholder tab="actions" />;
}
