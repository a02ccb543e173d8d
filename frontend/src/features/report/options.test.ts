import { describe, expect, it } from 'vitest';
import {
  chooseAudience,
  exportOptions,
  includedSections,
  initialChoice,
  splitPath,
  toggleSection,
} from './options';
import { audiences } from './testAudiences';

describe('report options', () => {
  it('start with the customer version and its defaults', () => {
    const c = initialChoice('en', audiences);
    expect(c).toEqual({
      lang: 'en',
      audience: 'customer',
      sections: ['cover', 'summary', 'assessment', 'actions'],
    });
    expect(initialChoice('fr', audiences).lang).toBe('de');
    expect(exportOptions(c, audiences)).toEqual({
      lang: 'en',
      audience: 'customer',
      sections: ['cover', 'summary', 'assessment', 'actions'],
    });
  });

  it('never carry internal sections over to the customer version', () => {
    const internal = chooseAudience(initialChoice('de', audiences), 'internal', audiences);
    expect(internal.sections).toContain('swot');
    const back = chooseAudience(internal, 'customer', audiences);
    expect(back.sections).toEqual(['cover', 'summary', 'assessment', 'actions']);
    // Even a choice that holds them cannot export them.
    const forced = { ...back, sections: [...internal.sections, 'orgchart' as const] };
    expect(includedSections(forced, audiences)).toEqual([
      'cover',
      'summary',
      'assessment',
      'orgchart',
      'actions',
    ]);
    expect(exportOptions({ ...back, sections: ['swot', 'competitors'] }, audiences)).toBeNull();
  });

  it('toggle a section and keep report order', () => {
    const allowed = audiences[0]?.sections ?? [];
    expect(toggleSection(['cover', 'actions'], 'orgchart', allowed)).toEqual([
      'cover',
      'orgchart',
      'actions',
    ]);
    expect(toggleSection(['cover', 'orgchart'], 'orgchart', allowed)).toEqual(['cover']);
    // A section the audience may not have never comes in.
    expect(toggleSection(['cover'], 'swot', allowed)).toEqual(['cover']);
  });

  it('split a saved path into folder and name', () => {
    expect(splitPath('/tmp/kamw e2e Ä/Hofmann – Herbst.pdf')).toEqual({
      folder: '/tmp/kamw e2e Ä',
      name: 'Hofmann – Herbst.pdf',
    });
    expect(splitPath('C:\\Users\\Jörg\\Bericht.pdf')).toEqual({
      folder: 'C:\\Users\\Jörg',
      name: 'Bericht.pdf',
    });
    expect(splitPath('/Bericht.pdf')).toEqual({ folder: '/', name: 'Bericht.pdf' });
    expect(splitPath('Bericht.pdf')).toEqual({ folder: '', name: 'Bericht.pdf' });
  });
});
