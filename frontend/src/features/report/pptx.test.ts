import JSZip from 'jszip';
import { buildPptx, type Deck } from './pptx';

const deck: Deck = {
  lang: 'de',
  title: 'Hofmann – Runde',
  slides: [
    {
      kind: 'title',
      title: 'Hofmann Antriebstechnik',
      subtitle: 'KAM-Workshop',
      lines: ['26.11.2026 · Heilbronn', 'Kunde: Jörg (Einkauf)'],
      scores: null,
      radar: null,
      table: null,
      map: null,
    },
    {
      kind: 'scores',
      title: 'Ergebnis',
      subtitle: '',
      lines: null,
      table: null,
      map: null,
      scores: [
        { label: 'Gesamt', value: '63', band: 'mid' },
        { label: 'Organisation', value: '–', band: '' },
      ],
      radar: {
        axes: ['Organisation', 'Marketing', 'Produkt'],
        series: [{ name: 'Vereinbart', values: [50, null, 75] }],
      },
    },
    {
      kind: 'table',
      title: 'Maßnahmenplan',
      subtitle: '',
      lines: null,
      scores: null,
      radar: null,
      map: null,
      table: {
        columns: ['Maßnahme', 'Fällig'],
        widths: [3, 1],
        rows: [['Rollout-Konzept 行動', '28.02.2027']],
      },
    },
    {
      kind: 'map',
      title: 'Organigramm',
      subtitle: '',
      lines: null,
      scores: null,
      radar: null,
      table: null,
      map: {
        people: [
          { id: 'a', name: 'Anna', detail: 'Einkauf', x: 0, y: 0 },
          { id: 'b', name: 'Ben', detail: 'IT', x: 300, y: 200 },
        ],
        lines: [{ from: 'b', to: 'a', kind: 'reports_to' }],
      },
    },
  ],
};

describe('buildPptx', () => {
  it('lays the deck out as native slides that hold its words', async () => {
    const zip = await JSZip.loadAsync(await buildPptx(deck));
    const names = Object.keys(zip.files);
    const text = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
    const slides = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(4);
    const x = await Promise.all([1, 2, 3, 4].map((n) => text(`ppt/slides/slide${n}.xml`)));
    const xml = (n: number) => x[n - 1] ?? '';
    expect(xml(1)).toContain('Hofmann Antriebstechnik');
    expect(xml(1)).toContain('Kunde: Jörg (Einkauf)');
    expect(xml(2)).toContain('63');
    expect(xml(2)).toContain('graphicFrame'); // the radar as a native chart
    expect(names.some((n) => n.startsWith('ppt/charts/chart'))).toBe(true);
    expect(xml(3)).toContain('<a:tbl>');
    expect(xml(3)).toContain('Rollout-Konzept 行動');
    expect(xml(4)).toContain('Anna');
    expect(xml(4)).toContain('prst="line"');
    expect(await text('ppt/presentation.xml')).toContain('cx="9144000" cy="5143500"'); // 16:9
  });
});
