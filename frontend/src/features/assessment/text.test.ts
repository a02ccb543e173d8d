import { describe, expect, it } from 'vitest';
import type { CatalogArea } from '../../api/assessment';
import { i18n } from '../../i18n';
import { questionOf, tx } from './text';

const text = (de: string) => ({ de, en: de });
const question = (id: string, n: number) => ({
  id,
  number: `1.${n}`,
  text: text(id),
  followups: [],
  options: [],
  guide: { '0': text(''), '2': text(''), '4': text('') },
});
const area: CatalogArea = {
  id: 'org',
  title: text('Organisation'),
  intro: text(''),
  questions: [question('a', 1), question('b', 2), question('c', 3)],
};

describe('tx', () => {
  it('picks English when the UI is English and the text has it, else German', () => {
    expect(tx({ de: 'Ja', en: 'Yes' }, 'en-GB')).toBe('Yes');
    expect(tx({ de: 'Ja', en: '' }, 'en')).toBe('Ja');
    expect(tx({ de: 'Ja', en: 'Yes' }, 'de')).toBe('Ja');
  });
});

describe('questionOf', () => {
  it('names the question by its number, as the PDF does, and where it stands in its area', async () => {
    expect(questionOf(i18n.t, area, 0)).toBe('Frage 1.1 · 1 von 3');
    await i18n.changeLanguage('en');
    expect(questionOf(i18n.t, area, 2)).toBe('Question 1.3 · 3 of 3');
  });
});
