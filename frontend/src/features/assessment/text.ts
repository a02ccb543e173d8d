import type { Text } from '../../api/assessment';

/** tx picks the catalogue text of the UI language; German when English is missing. */
export function tx(text: Text, lang: string): string {
  return lang.startsWith('en') && text.en ? text.en : text.de;
}
