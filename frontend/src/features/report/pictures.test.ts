import { mapSvg, radarSvg, svgText } from './pictures';

describe('pictures', () => {
  it('draws the map with each person as text, markup in names staying text', () => {
    const svg = mapSvg(
      {
        people: [
          { id: 'a', name: 'Anna <script>alert(1)</script>', detail: 'Einkauf', x: 0, y: 0 },
          { id: 'b', name: 'Ben Ærø', detail: 'IT · Leitung', x: 400, y: 240 },
        ],
        lines: [{ from: 'b', to: 'a', kind: 'reports_to' }],
      },
      'Organigramm',
    );
    const out = svgText(svg);
    expect(out).toContain('Anna &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).not.toContain('<script>');
    expect(out).toContain('Ben Ærø');
    expect(svg.querySelectorAll('g[data-person]')).toHaveLength(2);
    expect(svg.querySelectorAll('line')).toHaveLength(1);
    // Room for both cards: the second one's right edge is inside.
    expect(Number(svg.getAttribute('width'))).toBeGreaterThanOrEqual(400 + 220);
  });

  it('draws a radar polygon per series with a legend', () => {
    const svg = radarSvg(
      {
        axes: ['A', 'B', 'C', 'D', 'E'],
        series: [
          { name: 'Vereinbart', values: [50, 75, null, 100, 25] },
          { name: 'Vorrunde', values: [25, 25, 25, 25, 25] },
        ],
      },
      'Radar',
    );
    const polys = [...svg.querySelectorAll('polygon')].filter(
      (p) => p.getAttribute('fill') !== 'none',
    );
    expect(polys).toHaveLength(2);
    expect(svgText(svg)).toContain('Vorrunde');
  });
});
