import {
  BaseEdge,
  getStraightPath,
  useInternalNode,
  type Edge,
  type EdgeProps,
  type InternalNode,
} from '@xyflow/react';
import { memo } from 'react';
import type { RelationKind } from '../../api/stakeholders';
import { cardHeightEstimate, relationStroke } from './appearance';
import { edgeEnds, type Rect } from './geometry';

export interface RelationEdgeData extends Record<string, unknown> {
  kind: RelationKind;
  /** Sideways shift in px when two people have more than one relation. */
  offset: number;
}

export type RelationEdgeType = Edge<RelationEdgeData, 'relation'>;

function rectOf(n: InternalNode): Rect {
  return {
    x: n.internals.positionAbsolute.x,
    y: n.internals.positionAbsolute.y,
    width: n.measured.width ?? 220,
    height: n.measured.height ?? cardHeightEstimate,
  };
}

/**
 * RelationEdge is a straight line between two cards, border to border
 * whichever way they sit (a "floating" edge): reports_to with an arrow to
 * the manager, influences dashed, conflict red.
 */
export const RelationEdge = memo(function RelationEdge({
  id,
  source,
  target,
  data,
  markerEnd,
  selected,
  interactionWidth,
}: EdgeProps<RelationEdgeType>) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  if (!from || !to || !data) return null;
  const ends = edgeEnds(rectOf(from), rectOf(to), data.offset, data.kind === 'conflict' ? 2 : 3);
  const [path] = getStraightPath({
    sourceX: ends.source.x,
    sourceY: ends.source.y,
    targetX: ends.target.x,
    targetY: ends.target.y,
  });
  const s = relationStroke[data.kind];
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={markerEnd}
      interactionWidth={interactionWidth ?? 16}
      className={`sh-edge sh-edge--${data.kind}${selected ? ' sh-edge--selected' : ''}`}
      style={{
        stroke: s.color,
        strokeWidth: selected ? s.width + 1.5 : s.width,
        strokeDasharray: s.dash,
      }}
    />
  );
});
