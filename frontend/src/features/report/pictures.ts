import { base64 } from '../../api/base64';
import type { Slide } from '../../api/reports';

/**
 * Pictures of the map and the radar for slides and documents: drawn as SVG
 * from the deck Go words for the chosen audience (so a customer's picture
 * holds only what the customer may see), and as PNG at twice the size.
 * Text goes in as text nodes, never as markup.
 */

const NS = 'http://www.w3.org/2000/svg';
const ink = '#1b2733';
const muted = '#4a5866';
const accent = '#1f4e79';
const lineColour: Record<string, string> = {
  reports_to: muted,
  influences: '#2563eb',
  conflict: '#b42318',
};
const seriesColour = ['#1f4e79', '#c2410c', '#15803d'];

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
  parent?: Element,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  parent?.appendChild(e);
  return e;
}

function text(parent: Element, s: string, attrs: Record<string, string | number>) {
  const t = el('text', { 'font-family': 'DejaVu Sans, Arial, sans-serif', ...attrs }, parent);
  t.textContent = s;
  return t;
}

function svgRoot(w: number, h: number, title: string): SVGSVGElement {
  const svg = el('svg', { xmlns: NS, width: w, height: h, viewBox: `0 0 ${w} ${h}` });
  el('title', {}, svg).textContent = title;
  el('rect', { x: 0, y: 0, width: w, height: h, fill: '#ffffff' }, svg);
  return svg;
}

/** mapSvg draws the people where they stand on the map, lines under the cards. */
export function mapSvg(map: NonNullable<Slide['map']>, title: string): SVGSVGElement {
  const people = map.people ?? [];
  const cardW = 220;
  const cardH = 64;
  const pad = 24;
  const xs = people.map((p) => p.x);
  const ys = people.map((p) => p.y);
  const x0 = Math.min(0, ...xs);
  const y0 = Math.min(0, ...ys);
  const w = Math.max(...xs, 0) - x0 + cardW + 2 * pad;
  const h = Math.max(...ys, 0) - y0 + cardH + 2 * pad;
  const svg = svgRoot(w, h, title);
  const defs = el('defs', {}, svg);
  for (const [kind, colour] of Object.entries(lineColour)) {
    const m = el(
      'marker',
      {
        id: `arrow-${kind}`,
        viewBox: '0 0 10 10',
        refX: 10,
        refY: 5,
        markerWidth: 8,
        markerHeight: 8,
        orient: 'auto',
      },
      defs,
    );
    el('path', { d: 'M0,0 L10,5 L0,10 z', fill: colour }, m);
  }
  const at = new Map(people.map((p) => [p.id, { x: p.x - x0 + pad, y: p.y - y0 + pad }] as const));
  for (const l of map.lines ?? []) {
    const a = at.get(l.from);
    const b = at.get(l.to);
    if (!a || !b) continue;
    el(
      'line',
      {
        x1: a.x + cardW / 2,
        y1: a.y + cardH / 2,
        x2: b.x + cardW / 2,
        y2: b.y + cardH / 2,
        stroke: lineColour[l.kind] ?? muted,
        'stroke-width': 2,
        'stroke-dasharray': l.kind === 'influences' ? '6 4' : 'none',
        'marker-end': `url(#arrow-${lineColour[l.kind] ? l.kind : 'reports_to'})`,
      },
      svg,
    );
  }
  for (const p of people) {
    const { x, y } = at.get(p.id) ?? { x: pad, y: pad };
    const g = el('g', { 'data-person': p.id }, svg);
    el(
      'rect',
      {
        x,
        y,
        width: cardW,
        height: cardH,
        rx: 8,
        fill: '#f4f7fa',
        stroke: accent,
        'stroke-width': 1.5,
      },
      g,
    );
    text(g, p.name, { x: x + 12, y: y + 27, 'font-size': 16, 'font-weight': 'bold', fill: ink });
    text(g, p.detail, { x: x + 12, y: y + 49, 'font-size': 13, fill: muted });
  }
  return svg;
}

/** radarSvg draws a radar of 0–100 values, one polygon per series, with a legend. */
export function radarSvg(radar: NonNullable<Slide['radar']>, title: string): SVGSVGElement {
  const size = 520;
  const legend = 28 * radar.series.length + 16;
  const svg = svgRoot(size + 240, size + legend, title);
  const cx = (size + 240) / 2;
  const cy = size / 2;
  const r = size / 2 - 60;
  const n = radar.axes.length;
  const point = (i: number, v: number) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [cx + Math.cos(a) * r * (v / 100), cy + Math.sin(a) * r * (v / 100)] as const;
  };
  for (const ring of [25, 50, 75, 100]) {
    const pts = radar.axes.map((_, i) => point(i, ring).join(',')).join(' ');
    el('polygon', { points: pts, fill: 'none', stroke: '#c9d2dc', 'stroke-width': 1 }, svg);
  }
  radar.axes.forEach((axis, i) => {
    const [x, y] = point(i, 100);
    el('line', { x1: cx, y1: cy, x2: x, y2: y, stroke: '#c9d2dc' }, svg);
    const [lx, ly] = point(i, 118);
    text(svg, axis, {
      x: lx,
      y: ly,
      'font-size': 15,
      fill: ink,
      'text-anchor': lx < cx - 5 ? 'end' : lx > cx + 5 ? 'start' : 'middle',
    });
  });
  radar.series.forEach((s, k) => {
    const colour = seriesColour[k % seriesColour.length] ?? accent;
    const pts = s.values.map((v, i) => point(i, v ?? 0).join(',')).join(' ');
    el(
      'polygon',
      {
        points: pts,
        fill: colour,
        'fill-opacity': 0.12,
        stroke: colour,
        'stroke-width': 3,
        'stroke-dasharray': k === 0 ? 'none' : k === 1 ? '8 5' : '2 4',
      },
      svg,
    );
    const y = size + 10 + k * 28;
    el(
      'line',
      {
        x1: 40,
        y1: y,
        x2: 80,
        y2: y,
        stroke: colour,
        'stroke-width': 3,
        'stroke-dasharray': k === 0 ? 'none' : k === 1 ? '8 5' : '2 4',
      },
      svg,
    );
    text(svg, s.name, { x: 90, y: y + 5, 'font-size': 15, fill: ink });
  });
  return svg;
}

/** svgText is an SVG as a standalone file. */
export function svgText(svg: SVGSVGElement): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
}

/** pngOf rasterises an SVG at scale (2 for slides) into PNG bytes. */
export async function pngOf(svg: SVGSVGElement, scale = 2): Promise<Uint8Array> {
  const w = Number(svg.getAttribute('width'));
  const h = Number(svg.getAttribute('height'));
  // A data: URL, as the page's Content Security Policy allows (img-src 'self' data:).
  const img = new Image();
  img.src = 'data:image/svg+xml;base64,' + base64(new TextEncoder().encode(svgText(svg)));
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(w * scale);
  canvas.height = Math.round(h * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0);
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (!blob) throw new Error('the picture could not be drawn');
  return new Uint8Array(await blob.arrayBuffer());
}
