/// <reference types="node" />
import { readFileSync } from 'node:fs';

// Read as files: the tests run with CSS switched off (vitest.config.ts).
const read = (rel: string) => readFileSync(new URL(rel, import.meta.url), 'utf8');
const tokens = read('../../styles/tokens.css');
const assessmentCss = read('./assessment.css');

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

function token(name: string): string {
  const m = new RegExp(`--${name}:\\s*(#[0-9a-f]{6});`, 'i').exec(tokens);
  if (!m?.[1]) throw new Error(`no colour token --${name}`);
  return m[1];
}

function projectorColour(band: string): string {
  const m = new RegExp(`\\.projector \\.score--${band} \\{\\s*color: (#[0-9a-f]{6});`, 'i').exec(
    assessmentCss,
  );
  if (!m?.[1]) throw new Error(`no projector colour for ${band}`);
  return m[1];
}

describe('score band colours', () => {
  const bands = ['low', 'mid', 'high'];
  // Every light surface a score sits on: cards, the page, the sidebar, hover, the current area.
  const surfaces = ['surface', 'surface-muted', 'bg', 'sidebar', 'hover', 'accent-soft'];

  it('are three different colours, not one amber for everything', () => {
    expect(new Set(bands.map((b) => token(`color-score-${b}`))).size).toBe(3);
  });

  for (const band of bands) {
    it(`${band}: text passes WCAG AA (4.5:1) on every light surface`, () => {
      for (const s of surfaces) {
        expect(contrast(token(`color-score-${band}`), token(`color-${s}`))).toBeGreaterThanOrEqual(
          4.5,
        );
      }
    });
    it(`${band}: passes AA on the projector's dark background`, () => {
      expect(contrast(projectorColour(band), '#0d1424')).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('are the ones the score classes use', () => {
    for (const band of bands) {
      expect(assessmentCss).toMatch(
        new RegExp(`\\.score--${band} \\{\\s*color: var\\(--color-score-${band}\\);`),
      );
    }
  });
});
