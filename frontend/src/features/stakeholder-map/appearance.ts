import type { GapKind } from '../../api/coverage';
import { attitudes, limits } from '../../api/domain.gen';
import type { BuyingRole, Department, RelationKind } from '../../api/stakeholders';

/** Department colours: distinct on a projector, and readable as text on white. */
export const departmentColor: Record<Department, string> = {
  purchasing: '#1f63d6',
  it: '#0b8793',
  management: '#6a32c9',
  works_council: '#c8500f',
  finance: '#2b8a3e',
  operations: '#8f6a00',
  sales: '#c92a6b',
  marketing: '#9c36b5',
  specialist: '#3d5a80',
  other: '#6b7483',
};

export { attitudes, influences, relationships } from '../../api/domain.gen';
export type Attitude = (typeof attitudes)[number];

/**
 * Attitude colours, red through grey to green: each carries white text
 * (the attitude's number) at 4.5:1 or more.
 */
export const attitudeColor: Record<string, string> = {
  '-2': '#c92a2a',
  '-1': '#c2410c',
  '0': '#5f6876',
  '1': '#4d7c0f',
  '2': '#237a38',
};

export function attitudeKey(a: number): `${Attitude}` {
  const c = Math.max(limits.minAttitude, Math.min(limits.maxAttitude, Math.round(a)));
  return String(c) as `${Attitude}`;
}

/** signed writes an attitude with its sign, as people say it: −1, 0, +2. */
export function signed(a: number): string {
  if (a > 0) return `+${a}`;
  if (a < 0) return `−${-a}`;
  return '0';
}

/** cardWidth grows with influence, so the powerful stand out on the map. */
export function cardWidth(influence: number): number {
  return 184 + Math.max(limits.minInfluence, Math.min(limits.maxInfluence, influence)) * 12;
}

/** An estimate of a card's height before the browser measured it. */
export const cardHeightEstimate = 118;

/** Relation styles: reports_to an arrow, influences dashed, conflict red. */
export const relationStroke: Record<RelationKind, { color: string; dash?: string; width: number }> =
  {
    reports_to: { color: '#3b4350', width: 2 },
    influences: { color: '#2d4fd6', dash: '7 5', width: 2 },
    conflict: { color: '#c92a2a', width: 3 },
  };

/** Gaps that are about a single person, shown on their card. */
export const personGapKinds: readonly GapKind[] = [
  'opposed_decider',
  'no_owner',
  'no_contact',
  'stale_contact',
  'portfolio_unknown',
];

/** Roles that decide: a negative attitude here is the worst gap. */
export const deciderRoles: readonly BuyingRole[] = ['decision_maker', 'economic_buyer'];
