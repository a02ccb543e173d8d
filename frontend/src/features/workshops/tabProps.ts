import type { Client } from '../../api/clients';
import type { Workshop } from '../../api/workshops';

/** WorkshopTabProps is what every workshop tab is given. */
export interface WorkshopTabProps {
  client: Client;
  workshop: Workshop;
}
