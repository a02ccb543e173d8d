import { describe, expect, it } from 'vitest';
import type { GapKind } from '../../api/coverage';
import type { Relation } from '../../api/stakeholders';
import { person } from './fakeBackend';
import { personGaps, reconcileEdges, reconcileNodes } from './flow';

const none = new Map<string, readonly GapKind[]>();

describe('reconcileNodes', () => {
  const a = person({ id: 'a', name: 'Anna', x: 1, y: 2 });
  const b = person({ id: 'b', name: 'Ben', x: 3, y: 4 });

  it('keeps untouched nodes and returns the same array when nothing changed', () => {
    const first = reconcileNodes([], [a, b], none, new Set());
    expect(first.map((n) => n.position)).toEqual([
      { x: 1, y: 2 },
      { x: 3, y: 4 },
    ]);
    expect(reconcileNodes(first, [a, b], none, new Set())).toBe(first);
    const b2 = { ...b, name: 'Benno' };
    const next = reconcileNodes(first, [a, b2], none, new Set());
    expect(next[0]).toBe(first[0]);
    expect(next[1]).not.toBe(first[1]);
    expect(next[1]?.ariaLabel).toBe('Benno');
  });

  it('keeps measurements and the place of a card being dragged', () => {
    const [n] = reconcileNodes([], [a], none, new Set());
    if (!n) throw new Error('no node');
    const dragged = {
      ...n,
      position: { x: 99, y: 99 },
      dragging: true,
      measured: { width: 200, height: 120 },
    };
    const gaps = new Map<string, readonly GapKind[]>([['a', ['no_owner']]]);
    const [m] = reconcileNodes([dragged], [{ ...a, title: 'CFO' }], gaps, new Set(['a']));
    expect(m).toMatchObject({
      position: { x: 99, y: 99 },
      measured: { width: 200, height: 120 },
      selected: true,
      data: { gaps: ['no_owner'] },
    });
  });

  it('moves a card to its stored place when the stored place changed', () => {
    const [n] = reconcileNodes([], [a], none, new Set());
    if (!n) throw new Error('no node');
    const [m] = reconcileNodes([n], [{ ...a, x: 500, y: 600 }], none, new Set());
    expect(m?.position).toEqual({ x: 500, y: 600 });
  });
});

describe('reconcileEdges', () => {
  const label = (r: Relation) => `${r.from} ${r.kind} ${r.to}`;
  it('styles by kind and spreads relations of one pair', () => {
    const rels: Relation[] = [
      { id: 'r1', from: 'a', to: 'b', kind: 'reports_to' },
      { id: 'r2', from: 'b', to: 'a', kind: 'conflict' },
      { id: 'r3', from: 'a', to: 'c', kind: 'influences' },
    ];
    const es = reconcileEdges([], rels, new Set(), label);
    expect(es.map((e) => e.data?.offset)).toEqual([-7, 7, 0]);
    expect(es[0]?.markerEnd).toMatchObject({ type: 'arrowclosed' });
    expect(es[1]?.markerEnd).toBeUndefined();
    expect(es[2]?.ariaLabel).toBe('a influences c');
    expect(reconcileEdges(es, rels, new Set(), label)).toBe(es);
  });
});

describe('personGaps', () => {
  it('groups by person and keeps unchanged lists', () => {
    const first = personGaps(
      [
        { kind: 'department_uncovered' },
        { kind: 'no_owner', stakeholder_id: 'a' },
        { kind: 'portfolio_unknown', stakeholder_id: 'a' },
        { kind: 'no_owner', stakeholder_id: 'b' },
      ],
      new Map(),
    );
    expect(first.get('a')).toEqual(['no_owner', 'portfolio_unknown']);
    const next = personGaps(
      [
        { kind: 'no_owner', stakeholder_id: 'a' },
        { kind: 'portfolio_unknown', stakeholder_id: 'a' },
      ],
      first,
    );
    expect(next.get('a')).toBe(first.get('a'));
    expect(next.has('b')).toBe(false);
  });
});
