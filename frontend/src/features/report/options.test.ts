import { describe, expect, it } from 'vitest';
import { reportSections } from '../../api/reports';
import {
  exportOptions,
  includedSections,
  initialChoice,
  splitPath,
  toggleSection,
} from './options';

describe('report options', () => {
  it('start with every section and no audience', () => {
    const c = initialChoice('en');
    expect(c).toEqual({ lang: 'en', audience: null, sections: [...reportSections] });
    expect(initialChoice('fr').lang).toBe('de');
    expect(exportOptions(c, ['competitors'])).toBeNull();
  });

  it('toggle a section and keep report order', () => {
    const off = toggleSection([...reportSections], 'summary');
    expect(off).not.toContain('summary');
    expect(toggleSection(off, 'summary')).toEqual([...reportSections]);
    expect(toggleSection(['actions'], 'cover')).toEqual(['cover', 'actions']);
  });

  it('leave out what the customer version omits', () => {
    const c = { ...initialChoice('de'), audience: 'customer' as const };
    expect(includedSections(c, ['competitors'])).not.toContain('competitors');
    expect(includedSections({ ...c, audience: 'internal' }, ['competitors'])).toContain(
      'competitors',
    );
    // Nothing left to print: no export.
    expect(exportOptions({ ...c, sections: ['competitors'] }, ['competitors'])).toBeNull();
    expect(exportOptions({ ...c, sections: ['cover'] }, ['competitors'])).toEqual({
      lang: 'de',
      audience: 'customer',
      sections: ['cover'],
    });
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
