import type { kam } from '../../wailsjs/go/models';
import { call } from './bridge';
import { queued } from './saveQueue';
import type { Wire } from './wire';

/** Competitor is a rival at the client, with its battle card. */
export type Competitor = Wire<kam.Competitor>;

export { stages } from './domain.gen';
export type Stage = Wire<kam.Stage>;

/** Opportunity is a deal in the funnel. */
export type Opportunity = Wire<kam.Opportunity>;

/**
 * Argument is a feature → advantage → benefit line; its buying role is the
 * role it speaks to, '' (kam.AnyRole) for every role.
 */
export type Argument = Wire<kam.Argument>;

/** orEmpty is a list Go returned, [] for its nil. */
async function orEmpty<T>(p: Promise<T[] | null>): Promise<T[]> {
  return (await p) ?? [];
}

export const listCompetitors = (clientID: string) =>
  orEmpty(call('Intelligence', 'Competitors', clientID));
/** saveCompetitor stores a competitor through the window's save queue (saveQueue.ts). */
export const saveCompetitor = (c: Competitor) =>
  queued('competitor', c, (v) => call('Intelligence', 'SaveCompetitor', v));
/** deleteCompetitor deletes a competitor; what it returns undoes it (putBack). */
export const deleteCompetitor = (id: string) => call('Intelligence', 'DeleteCompetitor', id);

export const listOpportunities = (clientID: string) =>
  orEmpty(call('Intelligence', 'Opportunities', clientID));
/** saveOpportunity stores an opportunity through the window's save queue (saveQueue.ts). */
export const saveOpportunity = (o: Opportunity) =>
  queued('opportunity', o, (v) => call('Intelligence', 'SaveOpportunity', v));
/** deleteOpportunity deletes an opportunity; what it returns undoes it (putBack). */
export const deleteOpportunity = (id: string) => call('Intelligence', 'DeleteOpportunity', id);

export const listArguments = (clientID: string) =>
  orEmpty(call('Intelligence', 'Arguments', clientID));
/** saveArgument stores an argument through the window's save queue (saveQueue.ts). */
export const saveArgument = (a: Argument) =>
  queued('argument', a, (v) => call('Intelligence', 'SaveArgument', v));
/** deleteArgument deletes an argument; what it returns undoes it (putBack). */
export const deleteArgument = (id: string) => call('Intelligence', 'DeleteArgument', id);
/** reorderArguments stores the given order of a client's arguments. */
export const reorderArguments = async (clientID: string, ids: string[]) => {
  await call('Intelligence', 'ReorderArguments', clientID, ids);
};
