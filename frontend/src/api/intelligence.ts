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
export const deleteCompetitor = async (id: string) => {
  await call('Intelligence', 'DeleteCompetitor', id);
};

export const listOpportunities = (clientID: string) =>
  orEmpty<Opportunity>(call('Intelligence', 'Opportunities', clientID));
export const saveOpportunity = (o: Opportunity) =>
  call('Intelligence', 'SaveOpportunity', o) as Promise<Opportunity>;
export const deleteOpportunity = async (id: string) => {
  await call('Intelligence', 'DeleteOpportunity', id);
};

export const listArguments = (clientID: string) =>
  orEmpty<Argument>(call('Intelligence', 'Arguments', clientID));
export const saveArgument = (a: Argument) =>
  call('Intelligence', 'SaveArgument', a) as Promise<Argument>;
export const deleteArgument = async (id: string) => {
  await call('Intelligence', 'DeleteArgument', id);
};
/** reorderArguments stores the given order of a client's arguments. */
export const reorderArguments = async (clientID: string, ids: string[]) => {
  await call('Intelligence', 'ReorderArguments', clientID, ids);
};
