import { call } from './bridge';

/** The kinds of coverage gap, in report order (internal/kam/coverage.go). */
export const gapKinds = [
  'department_uncovered',
  'opposed_decider',
  'no_owner',
  'no_contact',
  'stale_contact',
  'portfolio_unknown',
] as const;
export type GapKind = (typeof gapKinds)[number];

/**
 * Gap is one gap in how we cover a client's people: a key department with
 * nobody mapped (department), or something about one person (stakeholder_id,
 * name; days since the last contact for stale_contact).
 */
export interface Gap {
  kind: GapKind;
  department?: string;
  stakeholder_id?: string;
  name?: string;
  days?: number;
}

/** stakeholderCoverage lists the client's coverage gaps, judged today. */
export async function stakeholderCoverage(clientID: string): Promise<Gap[]> {
  return (await (call('Stakeholders', 'Coverage', clientID) as Promise<Gap[] | null>)) ?? [];
}
