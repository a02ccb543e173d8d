import dagre from '@dagrejs/dagre';
import {
  departments,
  type Position,
  type Relation,
  type Stakeholder,
} from '../../api/stakeholders';

export interface Size {
  width: number;
  height: number;
}

const gapX = 32;
const gapY = 64;
const perRow = 6;

/**
 * orgChart arranges people as an org chart from the reports_to relations
 * (dagre, top to bottom: a person sits above whoever reports to them).
 * People outside any reporting line go in rows below the chart, by
 * department and then influence. Positions are the cards' top-left corners.
 */
export function orgChart(
  people: readonly Stakeholder[],
  relations: readonly Relation[],
  size: (p: Stakeholder) => Size,
): Position[] {
  const ids = new Set(people.map((p) => p.id));
  const lines = relations.filter(
    (r) => r.kind === 'reports_to' && r.from !== r.to && ids.has(r.from) && ids.has(r.to),
  );
  const inChart = new Set(lines.flatMap((r) => [r.from, r.to]));
  const out: Position[] = [];
  let bottom = 0;

  if (inChart.size > 0) {
    const g = new dagre.graphlib.Graph<object, Size, object>();
    g.setGraph({ rankdir: 'TB', nodesep: gapX, ranksep: gapY, marginx: 0, marginy: 0 });
    g.setDefaultEdgeLabel(() => ({}));
    for (const p of people) if (inChart.has(p.id)) g.setNode(p.id, size(p));
    // The manager above: the edge runs from the one reported to.
    for (const r of lines) g.setEdge(r.to, r.from);
    dagre.layout(g);
    for (const id of g.nodes()) {
      const n = g.node(id) as Size & { x: number; y: number };
      const x = Math.round(n.x - n.width / 2);
      const y = Math.round(n.y - n.height / 2);
      out.push({ id, x, y });
      bottom = Math.max(bottom, y + n.height);
    }
    bottom += gapY;
  }

  const rest = people
    .filter((p) => !inChart.has(p.id))
    .sort(
      (a, b) =>
        departments.indexOf(a.department) - departments.indexOf(b.department) ||
        b.influence - a.influence ||
        a.name.localeCompare(b.name),
    );
  const colW = Math.max(0, ...rest.map((p) => size(p).width)) + gapX;
  for (let i = 0; i < rest.length; i += perRow) {
    const row = rest.slice(i, i + perRow);
    const rowH = Math.max(...row.map((p) => size(p).height));
    row.forEach((p, j) => out.push({ id: p.id, x: j * colW, y: bottom }));
    bottom += rowH + gapY / 2;
  }
  return out;
}

/**
 * freeSpot is where new cards go when they are not dropped somewhere: below
 * everything on the map, in rows, starting at the left edge.
 */
export function freeSpots(
  people: readonly Stakeholder[],
  count: number,
  size: Size = { width: 250, height: 140 },
): { x: number; y: number }[] {
  const left = people.length ? Math.min(...people.map((p) => p.x)) : 0;
  const top = people.length ? Math.max(...people.map((p) => p.y)) + size.height + gapY / 2 : 0;
  return Array.from({ length: count }, (_, i) => ({
    x: Math.round(left + (i % perRow) * (size.width + gapX / 2)),
    y: Math.round(top + Math.floor(i / perRow) * (size.height + gapY / 4)),
  }));
}
