import type { Deleted } from './bin';
import { call } from './bridge';
import type { BuyingRole } from './stakeholders';

/** Competitor is a battle card for a competitor at a client. */
export interface Competitor {
  id: string;
  client_id?: string;
  name: string;
  location: string;
  strengths: string;
  weaknesses: string;
  partners: string;
  counter: string;
  /** 1 … 5 */
  threat: number;
}

export const stages = ['lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost'] as const;
export type Stage = (typeof stages)[number];

/** Opportunity is a sales opportunity at a client; value in EUR. */
export interface Opportunity {
  id: string;
  client_id?: string;
  title: string;
  value: number;
  stage: Stage;
  probability: number;
  expected_close: string;
  next_step: string;
}

/** Argument is a feature → advantage → benefit (MVN) argument. */
export interface Argument {
  id: string;
  client_id?: string;
  feature: string;
  advantage: string;
  benefit: string;
  buying_role: BuyingRole | '';
  position: number;
}

/** orEmpty turns Go's nil slice (JSON null) into an empty list. */
async function orEmpty<T>(p: Promise<unknown>): Promise<T[]> {
  return ((await p) as T[] | null) ?? [];
}

export const listCompetitors = (clientID: string) =>
  orEmpty<Competitor>(call('Intelligence', 'Competitors', clientID));
export const saveCompetitor = (c: Competitor) =>
  call('Intelligence', 'SaveCompetitor', c) as Promise<Competitor>;
/** deleteCompetitor deletes a competitor; what it returns undoes it (putBack). */
export const deleteCompetitor = (id: string) =>
  call('Intelligence', 'DeleteCompetitor', id) as Promise<Deleted>;

export const listOpportunities = (clientID: string) =>
  orEmpty<Opportunity>(call('Intelligence', 'Opportunities', clientID));
export const saveOpportunity = (o: Opportunity) =>
  call('Intelligence', 'SaveOpportunity', o) as Promise<Opportunity>;
/** deleteOpportunity deletes an opportunity; what it returns undoes it (putBack). */
export const deleteOpportunity = (id: string) =>
  call('Intelligence', 'DeleteOpportunity', id) as Promise<Deleted>;

export const listArguments = (clientID: string) =>
  orEmpty<Argument>(call('Intelligence', 'Arguments', clientID));
export const saveArgument = (a: Argument) =>
  call('Intelligence', 'SaveArgument', a) as Promise<Argument>;
/** deleteArgument deletes an argument; what it returns undoes it (putBack). */
export const deleteArgument = (id: string) =>
  call('Intelligence', 'DeleteArgument', id) as Promise<Deleted>;
/** reorderArguments stores the given order of a client's arguments. */
export const reorderArguments = async (clientID: string, ids: string[]) => {
  await call('Intelligence', 'ReorderArguments', clientID, ids);
};
