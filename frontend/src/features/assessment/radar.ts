/**
 * Geometry of the radar chart: one axis per area, starting at twelve
 * o'clock and going clockwise, scores 0–100 from the centre outwards.
 * Pure functions, so the chart's shape is tested without a screen.
 */

export interface Point {
  x: number;
  y: number;
}

export interface RadarGeometry {
  cx: number;
  cy: number;
  /** radius is the length of an axis, where a score of 100 lies. */
  radius: number;
}

/** RadarPoint is where one area's score lies; missing when the area has no score yet. */
export interface RadarPoint extends Point {
  missing: boolean;
}

const round2 = (v: number) => Math.round(v * 100) / 100 + 0; // + 0 turns -0 into 0

/** axisAngle is the angle (radians) of axis i of n: the first points straight up. */
export function axisAngle(i: number, n: number): number {
  return -Math.PI / 2 + (2 * Math.PI * i) / n;
}

/** polar is the point at a distance and angle from the centre, rounded to 1/100 px. */
export function polar(g: RadarGeometry, distance: number, angle: number): Point {
  return {
    x: round2(g.cx + distance * Math.cos(angle)),
    y: round2(g.cy + distance * Math.sin(angle)),
  };
}

/** clampScore keeps a score on the chart (0–100); a missing score counts as 0. */
export function clampScore(v: number | null): number {
  if (v === null || !Number.isFinite(v)) return 0;
  return Math.min(100, Math.max(0, v));
}

/** radarPoints places each area's score on its axis. */
export function radarPoints(g: RadarGeometry, scores: readonly (number | null)[]): RadarPoint[] {
  return scores.map((s, i) => ({
    ...polar(g, (g.radius * clampScore(s)) / 100, axisAngle(i, scores.length)),
    missing: s === null,
  }));
}

/** pointsAttr writes points for an SVG <polygon points="…">. */
export function pointsAttr(points: readonly Point[]): string {
  return points.map((p) => `${p.x},${p.y}`).join(' ');
}

/** ring is the grid polygon at one score level (e.g. 50) across n axes. */
export function ring(g: RadarGeometry, n: number, level: number): Point[] {
  return Array.from({ length: n }, (_, i) => polar(g, (g.radius * level) / 100, axisAngle(i, n)));
}

/** axisEnds are the outer ends of the n axes (score 100). */
export function axisEnds(g: RadarGeometry, n: number): Point[] {
  return ring(g, n, 100);
}

export interface AxisLabel extends Point {
  anchor: 'start' | 'middle' | 'end';
  /** baseline: labels above the centre sit on their point, those below hang from it. */
  baseline: 'auto' | 'middle' | 'hanging';
}

/** labelPlaces puts each axis label a gap beyond the axis end, anchored away from the chart. */
export function labelPlaces(g: RadarGeometry, n: number, gap: number): AxisLabel[] {
  return Array.from({ length: n }, (_, i) => {
    const a = axisAngle(i, n);
    const p = polar(g, g.radius + gap, a);
    const cos = Math.cos(a);
    const sin = Math.sin(a);
    const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    const baseline = sin < -0.5 ? 'auto' : sin > 0.5 ? 'hanging' : 'middle';
    return { ...p, anchor, baseline };
  });
}
