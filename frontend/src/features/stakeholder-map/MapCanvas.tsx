import {
  Background,
  ConnectionMode,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  applyEdgeChanges,
  applyNodeChanges,
  useReactFlow,
  useStore,
  type AriaLabelConfig,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type OnBeforeDelete,
  type OnConnectEnd,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapKind } from '../../api/coverage';
import {
  departments,
  type Department,
  type Position,
  type Relation,
  type RelationKind,
  type Stakeholder,
} from '../../api/stakeholders';
import { departmentColor } from './appearance';
import { ConnectPopover } from './ConnectPopover';
import { reconcileEdges, reconcileNodes } from './flow';
import type { MapModel } from './model';
import { paletteMime } from './Palette';
import { RelationEdge, type RelationEdgeType } from './RelationEdge';
import { StakeholderNode, type StakeholderNodeType } from './StakeholderNode';
import type { Selection } from './selection';

const nodeTypes = { stakeholder: StakeholderNode };
const edgeTypes = { relation: RelationEdge };
const deleteKeys = ['Delete', 'Backspace'];
// Room at the top for the legend.
export const fitOptions = {
  padding: { top: '56px', bottom: '24px', left: '24px', right: '24px' },
  maxZoom: 1,
} as const;
const miniStyle = { width: 150, height: 100 };

interface Props {
  model: MapModel;
  people: readonly Stakeholder[];
  relations: readonly Relation[];
  gapsByPerson: ReadonlyMap<string, readonly GapKind[]>;
  selection: Selection;
  /**
   * onSelect changes the selection; picked says that something was selected
   * (not only unselected). The map reports selection only from its own
   * changes, never echoes what it was given, so the two cannot chase each other.
   */
  onSelect: (update: (s: Selection) => Selection, picked: boolean) => void;
  /** onCreate adds a person of a department at a place on the map. */
  onCreate: (department: Department, at: Position | { x: number; y: number }) => void;
  /** A failed Go call; the saved indicator shows it already. */
  onError: (err: unknown) => void;
  /** The view to come back to after a switch to the table or the grid. */
  viewport: Viewport | null;
  onViewportChange: (v: Viewport) => void;
}

const unzoomed: Viewport = { x: 0, y: 0, zoom: 1 };
/** Below this zoom, on a map of more than bigMap people, a card shows only
 * its name, attitude and colours (bench/map-drag.bench.ts measures it). */
const farZoom = 0.4;
const bigMap = 60;

/**
 * MapCanvas is the buying center on a React Flow canvas. The people's
 * positions are domain data: a drop (or an arrow-key move) stores the new
 * positions of every card that moved in one Go call; cards are created by
 * dropping a palette item; relations by dragging from one card's edge to
 * another and picking the kind; Delete deletes the selection.
 */
export function MapCanvas({
  model,
  people,
  relations,
  gapsByPerson,
  selection,
  onSelect,
  onCreate,
  onError,
  viewport,
  onViewportChange,
}: Props) {
  const { t } = useTranslation();
  const flow = useReactFlow<StakeholderNodeType, RelationEdgeType>();
  const wrapper = useRef<HTMLDivElement>(null);
  // A big map zoomed far out: the cards' small print is too small to read,
  // so it is not drawn (it keeps its place), which keeps dragging smooth.
  const zoomedOut = useStore((s) => s.transform[2] < farZoom);
  const far = zoomedOut && people.length > bigMap;
  // Back from the table or the grid, the map shows what it showed before.
  // An empty map starts unzoomed and stays put: fitting the view to the
  // first card would move it away from where it was dropped.
  const [initialViewport] = useState(viewport ?? (people.length === 0 ? unzoomed : null));
  const [pending, setPending] = useState<{
    from: string;
    to: string;
    at: { x: number; y: number };
  } | null>(null);

  const selectedPeople = useMemo(() => new Set(selection.people), [selection.people]);
  const selectedRelations = useMemo(() => new Set(selection.relations), [selection.relations]);
  const names = useMemo(() => new Map(people.map((p) => [p.id, p.name])), [people]);
  const relationLabel = useCallback(
    (r: Relation) =>
      t(`stakeholderMap.relationSentence.${r.kind}`, {
        from: names.get(r.from) ?? '?',
        to: names.get(r.to) ?? '?',
      }),
    [names, t],
  );

  const [nodes, setNodes] = useState<StakeholderNodeType[]>(() =>
    reconcileNodes([], people, gapsByPerson, selectedPeople),
  );
  const [edges, setEdges] = useState<RelationEdgeType[]>(() =>
    reconcileEdges([], relations, selectedRelations, relationLabel),
  );
  // When the stored data or the selection change, bring the nodes and edges
  // in line during render (React's "adjust state on a prop change").
  const [seenNodes, setSeenNodes] = useState({ people, gapsByPerson, selectedPeople });
  if (
    seenNodes.people !== people ||
    seenNodes.gapsByPerson !== gapsByPerson ||
    seenNodes.selectedPeople !== selectedPeople
  ) {
    setSeenNodes({ people, gapsByPerson, selectedPeople });
    setNodes((prev) => reconcileNodes(prev, people, gapsByPerson, selectedPeople));
  }
  const [seenEdges, setSeenEdges] = useState({ relations, selectedRelations, relationLabel });
  if (
    seenEdges.relations !== relations ||
    seenEdges.selectedRelations !== selectedRelations ||
    seenEdges.relationLabel !== relationLabel
  ) {
    setSeenEdges({ relations, selectedRelations, relationLabel });
    setEdges((prev) => reconcileEdges(prev, relations, selectedRelations, relationLabel));
  }

  // Positions to store, gathered over one event (a multi-card drop emits
  // one change per card) and sent in one call.
  const moves = useRef(new Map<string, Position>());
  const dragging = useRef(false);
  const flushMoves = useCallback(() => {
    const list = [...moves.current.values()];
    moves.current.clear();
    if (list.length === 0) return;
    const keyboard = !dragging.current;
    model.move(list, { coalesce: keyboard }).catch(onError);
  }, [model, onError]);

  const onNodesChange = useCallback(
    (changes: NodeChange<StakeholderNodeType>[]) => {
      setNodes((ns) => applyNodeChanges(changes, ns));
      const picks = changes.filter((c) => c.type === 'select');
      if (picks.length > 0) {
        onSelect(
          (s) => {
            const ids = new Set(s.people);
            for (const c of picks) {
              if (c.selected) ids.add(c.id);
              else ids.delete(c.id);
            }
            return { people: [...ids], relations: s.relations };
          },
          picks.some((c) => c.selected),
        );
      }
      let final = false;
      for (const c of changes) {
        if (c.type === 'position' && c.dragging === false && c.position) {
          moves.current.set(c.id, {
            id: c.id,
            x: Math.round(c.position.x),
            y: Math.round(c.position.y),
          });
          final = true;
        }
      }
      if (final) queueMicrotask(flushMoves);
    },
    [flushMoves, onSelect],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<RelationEdgeType>[]) => {
      setEdges((es) => applyEdgeChanges(changes, es));
      const picks = changes.filter((c) => c.type === 'select');
      if (picks.length > 0) {
        onSelect(
          (s) => {
            const ids = new Set(s.relations);
            for (const c of picks) {
              if (c.selected) ids.add(c.id);
              else ids.delete(c.id);
            }
            return { people: s.people, relations: [...ids] };
          },
          picks.some((c) => c.selected),
        );
      }
    },
    [onSelect],
  );

  const onBeforeDelete: OnBeforeDelete<StakeholderNodeType, RelationEdgeType> = useCallback(
    async ({ nodes: ns, edges: es }) => {
      model
        .remove(
          ns.map((n) => n.id),
          es.map((e) => e.id),
        )
        .catch(onError);
      onSelect(() => ({ people: [], relations: [] }), false);
      // The model deletes in Go and then updates the map; React Flow must not
      // drop the cards before the store did.
      return false;
    },
    [model, onError, onSelect],
  );

  /** ask opens the popover that asks for the kind, between the two cards. */
  const ask = useCallback(
    (from: string, to: string) => {
      if (from === to || !wrapper.current) return;
      const a = flow.getInternalNode(from);
      const b = flow.getInternalNode(to);
      const box = wrapper.current.getBoundingClientRect();
      let at = { x: box.width / 2 - 150, y: box.height / 2 - 100 };
      if (a && b) {
        const mid = flow.flowToScreenPosition({
          x: (a.internals.positionAbsolute.x + b.internals.positionAbsolute.x) / 2 + 100,
          y: (a.internals.positionAbsolute.y + b.internals.positionAbsolute.y) / 2 + 50,
        });
        at = { x: mid.x - box.left - 150, y: mid.y - box.top - 60 };
      }
      at = {
        x: Math.max(8, Math.min(box.width - 308, at.x)),
        y: Math.max(8, Math.min(box.height - 230, at.y)),
      };
      setPending({ from, to, at });
    },
    [flow],
  );
  const onConnect = useCallback(
    (c: Connection) => {
      if (c.source && c.target) ask(c.source, c.target);
    },
    [ask],
  );
  // A connection let go anywhere on another card (not only on its edge
  // handles) connects to that card too.
  const onConnectEnd: OnConnectEnd = useCallback(
    (event, state) => {
      if (state.isValid || !state.fromNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      const el = document.elementFromPoint(point.clientX, point.clientY);
      const target = el?.closest('.react-flow__node')?.getAttribute('data-id');
      if (target && target !== state.fromNode.id) ask(state.fromNode.id, target);
    },
    [ask],
  );
  const isValidConnection = useCallback(
    (c: Connection | RelationEdgeType) => c.source !== c.target,
    [],
  );

  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(paletteMime)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (e: DragEvent) => {
      const dept = e.dataTransfer.getData(paletteMime);
      if (!dept) return;
      e.preventDefault();
      if (!(departments as readonly string[]).includes(dept)) return;
      const at = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      // The pointer holds the card near its top-left corner, as dragged.
      onCreate(dept as Department, { x: Math.round(at.x - 24), y: Math.round(at.y - 20) });
    },
    [flow, onCreate],
  );

  const ariaLabelConfig = useMemo<Partial<AriaLabelConfig>>(
    () => ({
      'node.a11yDescription.default': t('stakeholderMap.a11y.node'),
      'node.a11yDescription.keyboardDisabled': t('stakeholderMap.a11y.node'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
        t('stakeholderMap.a11y.moved', {
          direction,
          x: String(Math.round(x)),
          y: String(Math.round(y)),
        }),
      'edge.a11yDescription.default': t('stakeholderMap.a11y.edge'),
      'controls.ariaLabel': t('stakeholderMap.a11y.controls'),
      'controls.zoomIn.ariaLabel': t('stakeholderMap.a11y.zoomIn'),
      'controls.zoomOut.ariaLabel': t('stakeholderMap.a11y.zoomOut'),
      'controls.fitView.ariaLabel': t('stakeholderMap.a11y.fitView'),
      'controls.interactive.ariaLabel': t('stakeholderMap.a11y.interactive'),
      'minimap.ariaLabel': t('stakeholderMap.a11y.minimap'),
      'handle.ariaLabel': t('stakeholderMap.a11y.handle'),
    }),
    [t],
  );

  const miniColor = useCallback(
    (n: StakeholderNodeType) => departmentColor[n.data.person.department] ?? departmentColor.other,
    [],
  );

  const pendingNames = pending
    ? { from: names.get(pending.from) ?? '?', to: names.get(pending.to) ?? '?' }
    : null;

  const pick = (kind: RelationKind) => {
    if (!pending) return;
    const { from, to } = pending;
    setPending(null);
    model
      .connect(from, to, kind)
      .then((r) => onSelect(() => ({ people: [], relations: [r.id] }), true), onError);
  };

  return (
    <div
      className={far ? 'sh-canvas sh-canvas--far' : 'sh-canvas'}
      ref={wrapper}
      onDragOver={onDragOver}
      onDrop={onDrop}
      data-testid="stakeholder-canvas"
    >
      <ReactFlow<StakeholderNodeType, RelationEdgeType>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onBeforeDelete={onBeforeDelete}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        connectionMode={ConnectionMode.Loose}
        connectionRadius={36}
        onNodeDragStart={() => (dragging.current = true)}
        onNodeDragStop={() => queueMicrotask(() => (dragging.current = false))}
        onSelectionDragStart={() => (dragging.current = true)}
        onSelectionDragStop={() => queueMicrotask(() => (dragging.current = false))}
        onMoveEnd={(_, vp) => onViewportChange(vp)}
        deleteKeyCode={deleteKeys}
        fitView={initialViewport === null}
        fitViewOptions={fitOptions}
        defaultViewport={initialViewport ?? undefined}
        minZoom={0.1}
        maxZoom={2}
        ariaLabelConfig={ariaLabelConfig}
        // The MIT licence allows hiding the attribution; on a projector in
        // front of the customer it would only be a link to nowhere (offline).
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} color="#dfe3ea" />
        <Controls fitViewOptions={fitOptions} showInteractive={false} />
        <MiniMap
          style={miniStyle}
          pannable
          zoomable
          nodeColor={miniColor}
          nodeStrokeWidth={0}
          maskColor="rgb(245 246 248 / 0.7)"
        />
        <Panel
          position="top-left"
          className="sh-legend"
          aria-label={t('stakeholderMap.legend.label')}
        >
          <span className="sh-legend__item sh-legend__item--reports_to">
            {t('glossary.relation_kind.reports_to')}
          </span>
          <span className="sh-legend__item sh-legend__item--influences">
            {t('glossary.relation_kind.influences')}
          </span>
          <span className="sh-legend__item sh-legend__item--conflict">
            {t('glossary.relation_kind.conflict')}
          </span>
        </Panel>
      </ReactFlow>
      {pending && pendingNames ? (
        <ConnectPopover
          from={pendingNames.from}
          to={pendingNames.to}
          at={pending.at}
          onPick={pick}
          onCancel={() => setPending(null)}
        />
      ) : null}
    </div>
  );
}
