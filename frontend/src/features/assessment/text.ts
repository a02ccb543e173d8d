import type { TFunction } from 'i18next';
import type { CatalogArea, Text } from '../../api/assessment';

/** tx picks the catalogue text of the UI language; German when English is missing. */
export function tx(text: Text, lang: string): string {
  return lang.startsWith('en') && text.en ? text.en : text.de;
}

/**
 * questionOf names a question by its number, as every report does, and says
 * where it stands in its area ("Frage 1.2 · 2 von 7"); index counts from 0.
 */
export function questionOf(t: TFunction, area: CatalogArea, index: number): string {
  return t('assessment.questionOf', {
    number: area.questions[index]?.number ?? '',
    n: String(index + 1),
    total: String(area.questions.length),
  });
}
