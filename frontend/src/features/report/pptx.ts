import type PptxGenJS from 'pptxgenjs';
import type { Deck, Slide } from '../../api/reports';

export type { Deck, Slide };

// The app's colours (styles/base.css), without the '#'.
const ink = '1B2733';
const muted = '4A5866';
const accent = '1F4E79';
const rule = 'C9D2DC';
const bands: Record<string, string> = { low: 'B42318', mid: '9A5B00', high: '1E7B34' };
const series = ['1F4E79', 'C2410C', '15803D'];
const font = 'Arial';

// 16:9 in inches.
const W = 10;
const H = 5.625;
const M = 0.45;

/**
 * buildPptx lays a deck out as a .pptx of native objects: text boxes,
 * tables, shapes and a radar chart, all editable in PowerPoint and Impress.
 * pptxgenjs is loaded only when a deck is made.
 */
export async function buildPptx(deck: Deck): Promise<Uint8Array> {
  const { default: Pptx } = await import('pptxgenjs');
  const pptx = new Pptx();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = deck.title;
  pptx.author = 'KAM Workbench';
  pptx.company = 'KAM Workbench';
  deck.slides.forEach((s, i) => {
    const slide = pptx.addSlide();
    slide.background = { color: 'FFFFFF' };
    if (s.kind === 'title') return titleSlide(slide, s);
    heading(slide, s.title);
    if (s.kind === 'scores') scoresSlide(pptx, slide, s);
    if (s.kind === 'table' && s.table) table(slide, s.table, M + 0.75);
    if (s.kind === 'map' && s.map) mapSlide(pptx, slide, s.map);
    slide.addText(String(i + 1), {
      x: W - M - 0.6,
      y: H - 0.35,
      w: 0.6,
      h: 0.25,
      fontFace: font,
      fontSize: 9,
      color: muted,
      align: 'right',
    });
  });
  const out = await pptx.write({ outputType: 'uint8array' });
  return out as Uint8Array;
}

function heading(slide: PptxGenJS.Slide, title: string) {
  slide.addText(title, {
    x: M,
    y: 0.3,
    w: W - 2 * M,
    h: 0.55,
    fontFace: font,
    fontSize: 24,
    bold: true,
    color: ink,
  });
  slide.addShape('line', {
    x: M,
    y: 0.88,
    w: W - 2 * M,
    h: 0,
    line: { color: accent, width: 1.5 },
  });
}

function titleSlide(slide: PptxGenJS.Slide, s: Slide) {
  slide.addShape('rect', {
    x: 0,
    y: 0,
    w: 0.25,
    h: H,
    fill: { color: accent },
    line: { color: accent },
  });
  slide.addText(s.title, {
    x: M + 0.3,
    y: 1.1,
    w: W - 2 * M - 0.3,
    h: 0.9,
    fontFace: font,
    fontSize: 36,
    bold: true,
    color: ink,
  });
  slide.addText(s.subtitle, {
    x: M + 0.3,
    y: 2.0,
    w: W - 2 * M - 0.3,
    h: 0.6,
    fontFace: font,
    fontSize: 22,
    color: accent,
  });
  const lines = s.lines ?? [];
  if (lines.length > 0) {
    slide.addText(
      lines.map((t) => ({ text: t, options: { breakLine: true } })),
      {
        x: M + 0.3,
        y: 2.8,
        w: W - 2 * M - 0.3,
        h: H - 3.2,
        fontFace: font,
        fontSize: 14,
        color: muted,
        valign: 'top',
        paraSpaceAfter: 6,
      },
    );
  }
}

function scoresSlide(pptx: PptxGenJS, slide: PptxGenJS.Slide, s: Slide) {
  const left = 3.8;
  if (s.scores) {
    s.scores.forEach((sc, i) => {
      const y = 1.1 + i * 0.62;
      const big = i === 0;
      slide.addText(sc.label, {
        x: M,
        y,
        w: left - 1.3,
        h: 0.5,
        fontFace: font,
        fontSize: big ? 18 : 14,
        bold: big,
        color: ink,
        valign: 'middle',
      });
      slide.addText(sc.value, {
        x: M + left - 1.3,
        y,
        w: 1.0,
        h: 0.5,
        fontFace: font,
        fontSize: big ? 28 : 18,
        bold: true,
        color: bands[sc.band] ?? muted,
        align: 'right',
        valign: 'middle',
      });
    });
  } else if (s.table) {
    table(slide, s.table, 1.1, left);
  }
  const radar = s.radar;
  if (radar) {
    const data = radar.series.map((ser) => ({
      name: ser.name,
      labels: radar.axes,
      values: ser.values.map((v) => v ?? 0),
    }));
    slide.addChart(pptx.ChartType.radar, data, {
      x: M + left,
      y: 1.0,
      w: W - 2 * M - left,
      h: H - 1.4,
      radarStyle: 'standard',
      chartColors: series.slice(0, data.length),
      lineSize: 2,
      valAxisMinVal: 0,
      valAxisMaxVal: 100,
      valAxisMajorUnit: 25,
      catAxisLabelFontSize: 9,
      catAxisLabelFontFace: font,
      valAxisLabelFontSize: 8,
      showLegend: true,
      legendPos: 'b',
      legendFontSize: 10,
      legendFontFace: font,
    });
  }
}

function table(slide: PptxGenJS.Slide, t: NonNullable<Slide['table']>, y: number, w = W - 2 * M) {
  const total = t.widths.reduce((a, b) => a + b, 0) || 1;
  const colW = t.widths.map((x) => (x / total) * w);
  const head = t.columns.map((c) => ({
    text: c,
    options: { bold: true, color: 'FFFFFF', fill: { color: accent } },
  }));
  const rows = t.rows.map((r) => r.map((c) => ({ text: c })));
  slide.addTable([head, ...rows], {
    x: M,
    y,
    w,
    colW,
    fontFace: font,
    fontSize: 10,
    color: ink,
    valign: 'top',
    border: { type: 'solid', pt: 0.5, color: rule },
    autoPage: false,
  });
}

/** mapSlide places the people where they stand on the map, fitted to the slide, lines first so cards lie on top. */
function mapSlide(pptx: PptxGenJS, slide: PptxGenJS.Slide, m: NonNullable<Slide['map']>) {
  const people = m.people ?? [];
  if (people.length === 0) return;
  const cardW = 1.55;
  const cardH = 0.55;
  const xs = people.map((p) => p.x);
  const ys = people.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const areaW = W - 2 * M - cardW;
  const areaH = H - 1.1 - 0.45 - cardH;
  const scale = Math.min(x1 > x0 ? areaW / (x1 - x0) : 1, y1 > y0 ? areaH / (y1 - y0) : 1);
  const at = new Map(
    people.map((p) => [p.id, { x: M + (p.x - x0) * scale, y: 1.1 + (p.y - y0) * scale }] as const),
  );
  const colour: Record<string, string> = {
    reports_to: muted,
    influences: '2563EB',
    conflict: 'B42318',
  };
  for (const l of m.lines ?? []) {
    const a = at.get(l.from);
    const b = at.get(l.to);
    if (!a || !b) continue;
    const ax = a.x + cardW / 2;
    const ay = a.y + cardH / 2;
    const bx = b.x + cardW / 2;
    const by = b.y + cardH / 2;
    slide.addShape(pptx.ShapeType.line, {
      x: Math.min(ax, bx),
      y: Math.min(ay, by),
      w: Math.abs(bx - ax),
      h: Math.abs(by - ay),
      flipH: bx < ax !== by < ay,
      line: {
        color: colour[l.kind] ?? muted,
        width: 1.25,
        dashType: l.kind === 'influences' ? 'dash' : 'solid',
        endArrowType: 'triangle',
      },
    });
  }
  for (const p of people) {
    const pos = at.get(p.id) ?? { x: M, y: 1.1 };
    slide.addText(
      [
        { text: p.name, options: { bold: true, fontSize: 10, color: ink, breakLine: true } },
        { text: p.detail, options: { fontSize: 8, color: muted } },
      ],
      {
        x: pos.x,
        y: pos.y,
        w: cardW,
        h: cardH,
        fontFace: font,
        shape: pptx.ShapeType.roundRect,
        rectRadius: 0.06,
        fill: { color: 'F4F7FA' },
        line: { color: accent, width: 1 },
        margin: 3,
        valign: 'middle',
        fit: 'shrink',
      },
    );
  }
}
