import { describe, expect, it } from 'vitest';
import type { Relation } from '../../api/stakeholders';
import { person } from './fakeBackend';
import { edgeEnds } from './geometry';
import { freeSpots, orgChart } from './layout';

const size = () => ({ width: 200, height: 100 });
const rel = (from: string, to: string, kind: Relation['kind'] = 'reports_to'): Relation => ({
  id: `${from}-${to}`,
  from,
  to,
  kind,
});

describe('orgChart', () => {
  const people = [
    person({ id: 'ceo', name: 'CEO', department: 'management' }),
    person({ id: 'cfo', name: 'CFO', department: 'finance' }),
    person({ id: 'buyer', name: 'Buyer', department: 'purchasing' }),
    person({ id: 'it', name: 'IT lead', department: 'it' }),
    person({ id: 'loner', name: 'Works council', department: 'works_council' }),
  ];
  const relations = [
    rel('cfo', 'ceo'),
    rel('it', 'ceo'),
    rel('buyer', 'cfo'),
    rel('loner', 'ceo', 'influences'),
  ];
  const at = new Map(orgChart(people, relations, size).map((p) => [p.id, p]));

  it('puts managers above the people who report to them', () => {
    const y = (id: string) => at.get(id)?.y ?? NaN;
    expect(y('ceo')).toBeLessThan(y('cfo'));
    expect(y('cfo')).toBe(y('it'));
    expect(y('cfo')).toBeLessThan(y('buyer'));
  });

  it('places everyone, people outside reporting lines below the chart', () => {
    expect(at.size).toBe(people.length);
    const lowest = Math.max(...['ceo', 'cfo', 'buyer', 'it'].map((id) => at.get(id)?.y ?? 0));
    expect(at.get('loner')?.y).toBeGreaterThan(lowest + 100);
  });

  it('does not overlap cards in a row', () => {
    const row = [...at.values()].filter((p) => p.y === at.get('cfo')?.y).sort((a, b) => a.x - b.x);
    expect(row).toHaveLength(2);
    expect((row[1]?.x ?? 0) - (row[0]?.x ?? 0)).toBeGreaterThanOrEqual(200);
  });

  it('lays out people without any reporting line in rows', () => {
    const flat = orgChart(people, [], size);
    expect(new Set(flat.map((p) => `${p.x},${p.y}`)).size).toBe(people.length);
  });
});

describe('freeSpots', () => {
  it('starts below everything on the map, never on top of a card', () => {
    const ps = [person({ id: 'a', x: 40, y: 0 }), person({ id: 'b', x: 400, y: 300 })];
    const spots = freeSpots(ps, 8);
    expect(spots).toHaveLength(8);
    for (const s of spots) expect(s.y).toBeGreaterThan(300 + 100);
    expect(spots[0]?.x).toBe(40);
    expect(new Set(spots.map((s) => `${s.x},${s.y}`)).size).toBe(8);
  });
});

describe('edgeEnds', () => {
  it('runs from border to border', () => {
    const a = { x: 0, y: 0, width: 100, height: 50 };
    const b = { x: 300, y: 0, width: 100, height: 50 };
    const { source, target } = edgeEnds(a, b, 0, 0);
    expect(source).toEqual({ x: 100, y: 25 });
    expect(target).toEqual({ x: 300, y: 25 });
  });

  it('puts two relations of one pair side by side, whichever way they point', () => {
    const a = { x: 0, y: 0, width: 100, height: 50 };
    const b = { x: 0, y: 300, width: 100, height: 50 };
    const one = edgeEnds(a, b, -7, 0);
    const two = edgeEnds(b, a, 7, 0);
    expect(one.source.x).not.toBe(two.target.x);
    expect(Math.abs(one.source.x - two.target.x)).toBeCloseTo(14);
  });
});
