import type { TFunction } from 'i18next';
import type { CatalogArea, Text } from '../../api/assessment';

/** tx picks the catalogue text of the UI language; German when English is missing. */
export function tx(text: Text, lang: string): string {
  return lang.startsWith('en') && text.en ? text.en : text.de;
}

/** questionOf says where a question stands in its area ("Frage 2 von 7"); index counts from 0. */
export function questionOf(t: TFunction, area: CatalogArea, index: number): string {
  return t('assessment.questionOf', {
    n: String(index + 1),
    total: String(area.questions.length),
  });
}
