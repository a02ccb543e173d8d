import { useId } from 'react';
import { axisEnds, labelPlaces, pointsAttr, radarPoints, ring, type RadarGeometry } from './radar';

export interface RadarSeries {
  id: string;
  label: string;
  /** one score (0–100 or null) per axis, in axis order */
  scores: readonly (number | null)[];
  variant: RadarVariant;
}

/**
 * RadarVariant is how a series looks: this round over an earlier one, or the
 * room's perspectives (each side's view over the agreed scores).
 */
export type RadarVariant = 'current' | 'previous' | 'customer' | 'ours' | 'agreed';

/** Series are drawn in this order, so the filled ones lie beneath the outlines. */
const drawOrder: Record<RadarVariant, number> = {
  previous: 0,
  agreed: 1,
  customer: 2,
  ours: 3,
  current: 4,
};

interface Props {
  /** axis labels, in order; the first axis points up */
  axes: readonly string[];
  series: readonly RadarSeries[];
  /** label is the chart's accessible name; the numbers are in the table beside it. */
  label: string;
  /** radius of the chart in SVG units; the labels get room around it */
  radius?: number;
  compact?: boolean;
}

const levels = [25, 50, 75, 100];

/**
 * wrapLabel breaks an axis label into lines of about `width` characters:
 * always after a slash ("Markt /", "Wettbewerb"), otherwise at spaces.
 */
export function wrapLabel(text: string, width: number): string[] {
  const segments = text
    .split(/\s*\/\s*/)
    .map((seg, i, all) => (i < all.length - 1 ? `${seg} /` : seg));
  const lines: string[] = [];
  for (const seg of segments) {
    let line = '';
    for (const w of seg.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${w}` : w;
      if (line && next.length > width) {
        lines.push(line);
        line = w;
      } else line = next;
    }
    if (line) lines.push(line);
  }
  return lines;
}

/**
 * Radar draws the area scores as a spider chart in SVG: this round over an
 * earlier one, or each side's view over the agreed scores.
 */
export function Radar({ axes, series, label, radius = 120, compact = false }: Props) {
  const titleId = useId();
  const padX = compact ? 62 : 120;
  const padY = compact ? 34 : 48;
  const g: RadarGeometry = { cx: radius + padX, cy: radius + padY, radius };
  const n = axes.length;
  const width = 2 * (radius + padX);
  const height = 2 * (radius + padY);
  const labels = labelPlaces(g, n, compact ? 8 : 14);
  const lineHeight = compact ? 13 : 17;
  // The earlier round and the agreed scores first, so the others are on top.
  const ordered = [...series].sort((a, b) => drawOrder[a.variant] - drawOrder[b.variant]);

  return (
    <svg
      className={`radar${compact ? ' radar--compact' : ''}`}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={titleId}
    >
      <title id={titleId}>{label}</title>
      <g className="radar__grid">
        {levels.map((lv) => (
          <polygon
            key={lv}
            points={pointsAttr(ring(g, n, lv))}
            className={lv === 100 ? 'radar__rim' : undefined}
          />
        ))}
        {axisEnds(g, n).map((p, i) => (
          <line key={axes[i] ?? i} x1={g.cx} y1={g.cy} x2={p.x} y2={p.y} />
        ))}
      </g>
      {compact ? null : (
        <g className="radar__scale" aria-hidden="true">
          {levels.map((lv) => (
            <text key={lv} x={g.cx + 4} y={g.cy - (radius * lv) / 100 - 3}>
              {lv}
            </text>
          ))}
        </g>
      )}
      {ordered.map((s) => {
        const pts = radarPoints(g, s.scores);
        const shape = pts.filter((p) => !p.missing);
        return (
          <g
            key={s.id}
            className={`radar__series radar__series--${s.variant}`}
            data-series={s.variant}
          >
            {/* An area without a score is left out rather than drawn as 0. */}
            {shape.length >= 3 ? <polygon points={pointsAttr(shape)} /> : null}
            {shape.length === 2 ? <polyline points={pointsAttr(shape)} /> : null}
            {pts.map((p, i) =>
              p.missing ? null : (
                <circle key={axes[i] ?? i} cx={p.x} cy={p.y} r={compact ? 2.5 : 4} />
              ),
            )}
          </g>
        );
      })}
      <g className="radar__labels" aria-hidden="true">
        {labels.map((p, i) => {
          const lines = wrapLabel(axes[i] ?? '', compact ? 14 : 22);
          // Lines grow away from the chart: upwards above it, downwards below it.
          const first =
            p.baseline === 'auto'
              ? p.y - (lines.length - 1) * lineHeight
              : p.baseline === 'middle'
                ? p.y - ((lines.length - 1) * lineHeight) / 2
                : p.y;
          return (
            <text
              key={axes[i] ?? i}
              x={p.x}
              textAnchor={p.anchor}
              dominantBaseline={
                p.baseline === 'hanging' ? 'hanging' : p.baseline === 'middle' ? 'middle' : 'auto'
              }
            >
              {lines.map((l, j) => (
                <tspan key={j} x={p.x} y={first + j * lineHeight}>
                  {l}
                </tspan>
              ))}
            </text>
          );
        })}
      </g>
    </svg>
  );
}
