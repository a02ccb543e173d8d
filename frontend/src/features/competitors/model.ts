import type { TFunction } from 'i18next';
import type { Competitor } from '../../api/intelligence';
import type { FieldErrors } from '../../components/save/useValidatedAutosave';

export const threatLevels = [1, 2, 3, 4, 5] as const;
export type ThreatLevel = (typeof threatLevels)[number];

function isThreat(n: number): n is ThreatLevel {
  return (threatLevels as readonly number[]).includes(n);
}

/** threatWord names a threat level ("hoch"); '' for a level outside 1–5. */
export function threatWord(t: TFunction, n: number): string {
  return isThreat(n) ? t(`glossary.threat.${n}`) : '';
}

/** byThreat sorts competitors as Go lists them: biggest threat first, then by name. */
export function byThreat(list: readonly Competitor[]): Competitor[] {
  return [...list].sort(
    (a, b) =>
      b.threat - a.threat ||
      a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) ||
      a.id.localeCompare(b.id),
  );
}

/** upsert puts a stored competitor into the list (replacing its old version), sorted. */
export function upsert(list: readonly Competitor[], c: Competitor): Competitor[] {
  return byThreat([...list.filter((x) => x.id !== c.id), c]);
}

/** validateCompetitor is the UI's copy of Go's rules (internal/kam/validate.go). */
export function validateCompetitor(c: Competitor, t: TFunction): FieldErrors {
  return {
    name: c.name.trim() ? undefined : t('competitors.nameRequired'),
    threat:
      Number.isInteger(c.threat) && c.threat >= 1 && c.threat <= 5
        ? undefined
        : t('competitors.threatRange'),
  };
}

/** threatBand colours a threat level: 1–2 low, 3 medium, 4–5 high. */
export function threatBand(threat: number): 'low' | 'mid' | 'high' {
  if (threat >= 4) return 'high';
  if (threat === 3) return 'mid';
  return 'low';
}

/** emptyCompetitor is a new competitor of a client, not yet stored. */
export function emptyCompetitor(clientID: string, name = '', threat = 3): Competitor {
  return {
    id: '',
    client_id: clientID,
    name,
    location: '',
    strengths: '',
    weaknesses: '',
    partners: '',
    counter: '',
    threat,
  };
}
