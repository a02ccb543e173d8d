import {
  axisAngle,
  axisEnds,
  clampScore,
  labelPlaces,
  pointsAttr,
  polar,
  radarPoints,
  ring,
} from './radar';

const g = { cx: 100, cy: 100, radius: 80 };

describe('radar geometry', () => {
  it('starts the first axis at twelve o’clock and goes clockwise', () => {
    expect(axisAngle(0, 5)).toBeCloseTo(-Math.PI / 2);
    expect(axisAngle(1, 4)).toBeCloseTo(0); // three o'clock
    expect(axisAngle(2, 4)).toBeCloseTo(Math.PI / 2); // six o'clock
    const [top, second] = axisEnds(g, 5);
    expect(top).toEqual({ x: 100, y: 20 });
    // 72° on: right of the centre and above it (screen y grows downwards).
    expect(second?.x).toBeCloseTo(100 + 80 * Math.cos((-18 * Math.PI) / 180), 2);
    expect(second?.y).toBeCloseTo(100 + 80 * Math.sin((-18 * Math.PI) / 180), 2);
    expect(second?.x ?? 0).toBeGreaterThan(100);
    expect(second?.y ?? 200).toBeLessThan(100);
  });

  it('places a score at its share of the radius', () => {
    const pts = radarPoints(g, [100, 50, 0, 25, null]);
    expect(pts[0]).toEqual({ x: 100, y: 20, missing: false });
    const half = polar(g, 40, axisAngle(1, 5));
    expect(pts[1]).toEqual({ ...half, missing: false });
    expect(pts[2]).toEqual({ x: 100, y: 100, missing: false });
    const quarter = polar(g, 20, axisAngle(3, 5));
    expect(pts[3]).toEqual({ ...quarter, missing: false });
    expect(pts[4]).toEqual({ x: 100, y: 100, missing: true });
  });

  it('keeps out-of-range scores on the chart', () => {
    expect(clampScore(140)).toBe(100);
    expect(clampScore(-3)).toBe(0);
    expect(clampScore(Number.NaN)).toBe(0);
    expect(clampScore(null)).toBe(0);
    expect(radarPoints(g, [150])[0]).toEqual({ x: 100, y: 20, missing: false });
  });

  it('draws symmetric rings', () => {
    const r = ring(g, 4, 50);
    expect(r).toEqual([
      { x: 100, y: 60 },
      { x: 140, y: 100 },
      { x: 100, y: 140 },
      { x: 60, y: 100 },
    ]);
    expect(pointsAttr(r)).toBe('100,60 140,100 100,140 60,100');
  });

  it('anchors labels away from the chart', () => {
    const l = labelPlaces(g, 4, 10);
    expect(l[0]).toMatchObject({ x: 100, y: 10, anchor: 'middle', baseline: 'auto' });
    expect(l[1]).toMatchObject({ x: 190, y: 100, anchor: 'start', baseline: 'middle' });
    expect(l[2]).toMatchObject({ x: 100, y: 190, anchor: 'middle', baseline: 'hanging' });
    expect(l[3]).toMatchObject({ x: 10, y: 100, anchor: 'end', baseline: 'middle' });
    const five = labelPlaces(g, 5, 10);
    expect(five.map((p) => p.anchor)).toEqual(['middle', 'start', 'start', 'end', 'end']);
  });
});
