import { routeHref } from '../../routing';

/**
 * questionHref links to one question of a workshop's assessment:
 * `#/clients/C/workshops/W/assessment/<questionId>`. The app's router reads
 * the first five parts (the assessment tab); the assessment screen reads the
 * sixth and opens that question. Use it for "jump to the question" links.
 */
export function questionHref(clientId: string, workshopId: string, questionId: string): string {
  return `${routeHref({ page: 'workshop', clientId, workshopId, tab: 'assessment' })}/${encodeURIComponent(questionId)}`;
}

/** questionFromHash reads the question id of an assessment deep link, or null. */
export function questionFromHash(hash: string, workshopId: string): string | null {
  const parts = hash.replace(/^#\/?/, '').split('/');
  if (parts[0] !== 'clients' || parts[2] !== 'workshops' || parts[4] !== 'assessment' || !parts[5])
    return null;
  try {
    if (decodeURIComponent(parts[3] ?? '') !== workshopId) return null;
    return decodeURIComponent(parts[5]);
  } catch {
    return null;
  }
}
