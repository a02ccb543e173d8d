import { MarkerType, type EdgeMarker } from '@xyflow/react';
import type { GapKind } from '../../api/coverage';
import type { Relation, RelationKind, Stakeholder } from '../../api/stakeholders';
import { relationStroke } from './appearance';
import type { RelationEdgeType } from './RelationEdge';
import type { StakeholderNodeType } from './StakeholderNode';

const noGaps: readonly GapKind[] = Object.freeze([]);

/**
 * reconcileNodes brings React Flow's nodes in line with the stored people,
 * keeping every node object whose person, gaps and selection are unchanged,
 * so only changed cards render again. A card being dragged keeps its place;
 * React Flow's measurements stay. Returns prev itself when nothing changed.
 */
export function reconcileNodes(
  prev: readonly StakeholderNodeType[],
  people: readonly Stakeholder[],
  gaps: ReadonlyMap<string, readonly GapKind[]>,
  selected: ReadonlySet<string>,
): StakeholderNodeType[] {
  const byId = new Map(prev.map((n) => [n.id, n]));
  let changed = prev.length !== people.length;
  const out = people.map((p, i) => {
    const n = byId.get(p.id);
    const g = gaps.get(p.id) ?? noGaps;
    const sel = selected.has(p.id);
    if (n && n.data.person === p && n.data.gaps === g) {
      if ((n.selected ?? false) === sel) {
        if (prev[i] !== n) changed = true;
        return n;
      }
      changed = true;
      return { ...n, selected: sel };
    }
    changed = true;
    const keepPlace = n && (n.dragging || n.data.person === p);
    const node: StakeholderNodeType = {
      id: p.id,
      type: 'stakeholder',
      position: keepPlace ? n.position : { x: p.x, y: p.y },
      data: { person: p, gaps: g },
      selected: sel,
      ariaLabel: p.name,
    };
    if (n?.measured) node.measured = n.measured;
    if (n?.dragging) node.dragging = true;
    return node;
  });
  return changed ? out : (prev as StakeholderNodeType[]);
}

export function markerFor(kind: RelationKind): EdgeMarker | undefined {
  const color = relationStroke[kind].color;
  switch (kind) {
    case 'reports_to':
      return { type: MarkerType.ArrowClosed, color, width: 16, height: 16 };
    case 'influences':
      return { type: MarkerType.Arrow, color, width: 18, height: 18 };
    default:
      return undefined;
  }
}

/** offsets spreads relations between the same two people side by side. */
function offsets(relations: readonly Relation[]): Map<string, number> {
  const pairs = new Map<string, string[]>();
  for (const r of relations) {
    const key = r.from < r.to ? `${r.from}|${r.to}` : `${r.to}|${r.from}`;
    const list = pairs.get(key);
    if (list) list.push(r.id);
    else pairs.set(key, [r.id]);
  }
  const out = new Map<string, number>();
  for (const ids of pairs.values()) {
    ids.forEach((id, i) => out.set(id, (i - (ids.length - 1) / 2) * 14));
  }
  return out;
}

/**
 * reconcileEdges does for relations what reconcileNodes does for people.
 * label names the relation for screen readers ("Anna berichtet an Ben").
 */
export function reconcileEdges(
  prev: readonly RelationEdgeType[],
  relations: readonly Relation[],
  selected: ReadonlySet<string>,
  label: (r: Relation) => string,
): RelationEdgeType[] {
  const byId = new Map(prev.map((e) => [e.id, e]));
  const shift = offsets(relations);
  let changed = prev.length !== relations.length;
  const out = relations.map((r, i) => {
    const e = byId.get(r.id);
    const offset = shift.get(r.id) ?? 0;
    const sel = selected.has(r.id);
    const aria = label(r);
    if (
      e &&
      e.source === r.from &&
      e.target === r.to &&
      e.data?.kind === r.kind &&
      e.data.offset === offset &&
      e.ariaLabel === aria
    ) {
      if ((e.selected ?? false) === sel) {
        if (prev[i] !== e) changed = true;
        return e;
      }
      changed = true;
      return { ...e, selected: sel };
    }
    changed = true;
    const edge: RelationEdgeType = {
      id: r.id,
      type: 'relation',
      source: r.from,
      target: r.to,
      data: { kind: r.kind, offset },
      selected: sel,
      ariaLabel: aria,
    };
    const m = markerFor(r.kind);
    if (m) edge.markerEnd = m;
    return edge;
  });
  return changed ? out : (prev as RelationEdgeType[]);
}

/** personGaps groups the gaps about single people by person, reusing arrays that did not change. */
export function personGaps(
  gaps: readonly { kind: GapKind; stakeholder_id?: string }[],
  previous: ReadonlyMap<string, readonly GapKind[]>,
): Map<string, readonly GapKind[]> {
  const fresh = new Map<string, GapKind[]>();
  for (const g of gaps) {
    if (!g.stakeholder_id) continue;
    const list = fresh.get(g.stakeholder_id);
    if (list) list.push(g.kind);
    else fresh.set(g.stakeholder_id, [g.kind]);
  }
  const out = new Map<string, readonly GapKind[]>();
  for (const [id, list] of fresh) {
    const old = previous.get(id);
    out.set(
      id,
      old && old.length === list.length && old.every((k, i) => k === list[i]) ? old : list,
    );
  }
  return out;
}
