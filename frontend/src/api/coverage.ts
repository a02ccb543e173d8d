import type { kam } from '../../wailsjs/go/models';
import { call } from './bridge';
import type { Wire } from './wire';

export { gapKinds } from './domain.gen';
export type GapKind = Wire<kam.GapKind>;

/** Gap is one gap in the coverage of a client's buying center (kam.Gap). */
export type Gap = Wire<kam.Gap>;

/** stakeholderCoverage lists the client's coverage gaps, judged today. */
export async function stakeholderCoverage(clientID: string): Promise<Gap[]> {
  return (await call('Stakeholders', 'Coverage', clientID)) ?? [];
}
