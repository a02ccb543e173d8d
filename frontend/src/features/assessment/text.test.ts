import { describe, expect, it } from 'vitest';
import type { CatalogArea } from '../../api/assessment';
import { i18n } from '../../i18n';
import { questionOf, tx } from './text';

const text = (de: string) => ({ de, en: de });
const question = (id: string) => ({
  id,
  text: text(id),
  followups: [],
  options: [],
  guide: { '0': text(''), '2': text(''), '4': text('') },
});
const area: CatalogArea = {
  id: 'org',
  title: text('Organisation'),
  intro: text(''),
  questions: [question('a'), question('b'), question('c')],
};

describe('tx', () => {
  it('picks English when the UI is English and the text has it, else German', () => {
    expect(tx({ de: 'Ja', en: 'Yes' }, 'en-GB')).toBe('Yes');
    expect(tx({ de: 'Ja', en: '' }, 'en')).toBe('Ja');
    expect(tx({ de: 'Ja', en: 'Yes' }, 'de')).toBe('Ja');
  });
});

describe('questionOf', () => {
  it('counts the question from one, out of the questions of its area', async () => {
    expect(questionOf(i18n.t, area, 0)).toBe('Frage 1 von 3');
    await i18n.changeLanguage('en');
    expect(questionOf(i18n.t, area, 2)).toBe('Question 3 of 3');
  });
});
