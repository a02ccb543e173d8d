import { ReactFlowProvider, useReactFlow, type Viewport } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import {
  commitContacts,
  discardContacts,
  previewContacts,
  type ContactPreview,
} from '../../api/contacts';
import { toApiError } from '../../api/errors';
import { newStakeholder, type Department, type Relation } from '../../api/stakeholders';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { TabPanel, Tabs } from '../../components/Tabs';
import { errorReason } from '../../components/errorReason';
import { useSaveStore } from '../../components/save/SaveStatusContext';
import { useToast } from '../../components/Toasts';
import type { WorkshopTabProps } from '../workshops/tabProps';
import { cardHeightEstimate, cardWidth } from './appearance';
import { CoveragePanel } from './CoveragePanel';
import { GridView } from './GridView';
import { ImportDialog } from './ImportDialog';
import { importFailure } from './importReasons';
import { freeSpots, orgChart } from './layout';
import { fitOptions, MapCanvas } from './MapCanvas';
import { MapModel, type MapSnapshot } from './model';
import { Palette } from './Palette';
import { PersonPanel } from './PersonPanel';
import { RelationPanel } from './RelationPanel';
import { noSelection, sameSelection, type Selection } from './selection';
import { TableView } from './TableView';
import type { StakeholderNodeType } from './StakeholderNode';
import type { RelationEdgeType } from './RelationEdge';
import './stakeholder-map.css';

type View = 'map' | 'table' | 'grid';
const views: readonly View[] = ['map', 'table', 'grid'];
type Side = 'details' | 'coverage';

/** StakeholderTab is the workshop's buying center: map, table and grid of the client's people. */
export function StakeholderTab({ client }: WorkshopTabProps) {
  const store = useSaveStore();
  const [model] = useState(
    () => new MapModel(client.id, { track: (key, op) => store.track(key, op) }),
  );
  useEffect(() => {
    void model.load();
    return () => model.dispose();
  }, [model]);
  return (
    <ReactFlowProvider>
      <StakeholderWorkspace model={model} />
    </ReactFlowProvider>
  );
}

function isEditable(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return (
    el.isContentEditable ||
    el.tagName === 'INPUT' ||
    el.tagName === 'TEXTAREA' ||
    el.tagName === 'SELECT' ||
    el.closest('[role="dialog"]') !== null
  );
}

/** StakeholderWorkspace is the tab's screen around one MapModel. */
export function StakeholderWorkspace({ model }: { model: MapModel }) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const snap: MapSnapshot = useSyncExternalStore(model.subscribe, model.getSnapshot);
  const flow = useReactFlow<StakeholderNodeType, RelationEdgeType>();
  const [view, setView] = useState<View>('map');
  // Full screen: the map over the whole window, for the projector.
  const [full, setFull] = useState(false);
  const [side, setSide] = useState<Side>('details');
  const [chosen, setSelection] = useState<Selection>(noSelection);
  const [focusName, setFocusName] = useState<string | null>(null);
  const [preview, setPreview] = useState<ContactPreview | null>(null);
  const [importing, setImporting] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);
  const [viewport, setViewport] = useState<Viewport | null>(null);

  const { people, relations, gaps, gapsByPerson } = snap;

  // A delete of people (map, table, grid) is offered for undo in a toast,
  // like every delete; Ctrl+Z here undoes the map's last step, which is the same.
  useEffect(
    () =>
      model.onRemoved(({ people: gone, step }) => {
        const [first] = gone;
        const message =
          gone.length === 1 && first
            ? t('stakeholderMap.deleted', { name: first.name })
            : t('stakeholderMap.deletedMany', { count: gone.length });
        // A failure shows in the saved indicator (the model tracks its calls).
        toast.undoable(message, () =>
          model.revert(step).then(
            () => undefined,
            () => undefined,
          ),
        );
      }),
    [model, toast, t],
  );
  const missing = useMemo(
    () =>
      new Set(gaps.filter((g) => g.kind === 'department_uncovered').map((g) => g.department ?? '')),
    [gaps],
  );
  // What is selected and still there (not deleted, not undone).
  const selection = useMemo(() => {
    const ids = new Set(people.map((p) => p.id));
    const rels = new Set(relations.map((r) => r.id));
    const live = {
      people: chosen.people.filter((id) => ids.has(id)),
      relations: chosen.relations.filter((id) => rels.has(id)),
    };
    return sameSelection(live, chosen) ? chosen : live;
  }, [chosen, people, relations]);
  const selectedPeople = useMemo(() => new Set(selection.people), [selection.people]);

  const onError = useCallback(() => {
    // The saved indicator in the top bar already says what failed.
  }, []);

  const select = useCallback((s: Selection) => {
    setSelection(s);
    if (s.people.length + s.relations.length > 0) setSide('details');
  }, []);
  const selectFromMap = useCallback((update: (s: Selection) => Selection, picked: boolean) => {
    setSelection((s) => {
      const next = update(s);
      return sameSelection(next, s) ? s : next;
    });
    if (picked) setSide('details');
  }, []);

  const centre = useCallback(() => {
    const el = document.querySelector('[data-testid="stakeholder-canvas"]');
    if (!el) return null;
    const box = el.getBoundingClientRect();
    return flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
  }, [flow]);

  const create = useCallback(
    (department: Department, at?: { x: number; y: number }) => {
      let place = at;
      if (!place) {
        const c = view === 'map' ? centre() : null;
        place = c
          ? {
              x: Math.round(c.x - 110 + (people.length % 5) * 16),
              y: Math.round(c.y - 60 + (people.length % 5) * 16),
            }
          : freeSpots(people, 1)[0];
      }
      const draft = {
        ...newStakeholder(model.clientId, t('stakeholderMap.newPerson'), department),
        x: place?.x ?? 0,
        y: place?.y ?? 0,
      };
      model.create(draft).then((p) => {
        select({ people: [p.id], relations: [] });
        setFocusName(p.id);
      }, onError);
    },
    [centre, model, onError, people, select, t, view],
  );

  const focusPerson = useCallback(
    (id: string) => {
      select({ people: [id], relations: [] });
      if (view === 'map') {
        const n = flow.getInternalNode(id);
        if (n) {
          const w = n.measured.width ?? 220;
          const h = n.measured.height ?? cardHeightEstimate;
          void flow.setCenter(
            n.internals.positionAbsolute.x + w / 2,
            n.internals.positionAbsolute.y + h / 2,
            {
              zoom: Math.max(flow.getZoom(), 0.8),
              duration: 300,
            },
          );
        }
      }
    },
    [flow, select, view],
  );

  const remove = useCallback(
    (sel: Selection) => {
      setSelection(noSelection);
      model.remove(sel.people, sel.relations).catch(onError);
    },
    [model, onError],
  );

  const undo = useCallback(() => void model.undo().catch(onError), [model, onError]);
  const redo = useCallback(() => void model.redo().catch(onError), [model, onError]);

  // Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) anywhere on the tab, except while
  // typing, where the field's own undo applies. Delete in the table and the
  // grid (the map handles its own).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isEditable(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'z' && !e.shiftKey) {
        e.preventDefault();
        undo();
      } else if (mod && (key === 'y' || (key === 'z' && e.shiftKey))) {
        e.preventDefault();
        redo();
      } else if (e.key === 'Escape' && full) {
        setFull(false);
      } else if (
        view !== 'map' &&
        (e.key === 'Delete' || e.key === 'Backspace') &&
        selection.people.length > 0
      ) {
        e.preventDefault();
        remove(selection);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undo, redo, remove, selection, view, full]);

  const arrange = () => {
    const measured = new Map(flow.getNodes().map((n) => [n.id, n.measured]));
    const positions = orgChart(people, relations, (p) => {
      const m = measured.get(p.id);
      return {
        width: m?.width ?? cardWidth(p.influence),
        height: m?.height ?? cardHeightEstimate,
      };
    });
    model
      .move(positions, { kind: 'layout' })
      .then(
        () => setTimeout(() => void flow.fitView({ ...fitOptions, duration: 300 }), 60),
        onError,
      );
  };

  const startImport = async () => {
    setImportError(null);
    setImporting(true);
    try {
      const p = await previewContacts(model.clientId);
      if (p) setPreview(p);
    } catch (err) {
      setImportError(importFailure(toApiError(err), t, i18n.language));
    } finally {
      setImporting(false);
    }
  };
  const cancelImport = () => {
    if (preview) void discardContacts(preview.token).catch(() => undefined);
    setPreview(null);
  };
  const commitImport = async () => {
    if (!preview) return;
    // Go places the new people below the map (contacts.Place, as the
    // command line does); the map shows them where they were stored.
    const added = await commitContacts(preview.token);
    await model.addImported(added);
    setPreview(null);
    toast.show(t('stakeholderMap.import.done', { count: added.length }));
    if (view === 'map') setTimeout(() => void flow.fitView({ ...fitOptions, duration: 300 }), 60);
  };

  if (snap.status === 'loading') return <p className="page-loading">{t('common.loading')}</p>;
  if (snap.status === 'failed') {
    return (
      <Banner action={<Button onClick={() => void model.load()}>{t('common.retry')}</Button>}>
        {t('errors.loadFailed', {
          reason: snap.loadError ? errorReason(snap.loadError, t) : t('errors.internal'),
        })}
      </Banner>
    );
  }

  const onePerson =
    selection.people.length === 1 && selection.relations.length === 0
      ? people.find((p) => p.id === selection.people[0])
      : undefined;
  const oneRelation: Relation | undefined =
    selection.people.length === 0 && selection.relations.length === 1
      ? relations.find((r) => r.id === selection.relations[0])
      : undefined;
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? '?';
  const total = selection.people.length + selection.relations.length;

  return (
    <div className={`sh-workspace sh-workspace--${view}${full ? ' sh-workspace--full' : ''}`}>
      <div className="sh-toolbar" role="toolbar" aria-label={t('stakeholderMap.toolbar')}>
        <div className="segmented" role="group" aria-label={t('stakeholderMap.views.label')}>
          {views.map((v) => (
            <button
              key={v}
              type="button"
              className={`segmented__item sh-view${view === v ? ' segmented__item--active' : ''}`}
              aria-pressed={view === v}
              title={v === 'grid' ? t('stakeholderMap.views.gridTitle') : undefined}
              onClick={() => setView(v)}
            >
              {t(`stakeholderMap.views.${v}`)}
            </button>
          ))}
        </div>
        <Button icon="plus" variant="primary" onClick={() => create('other')}>
          {t('stakeholderMap.addPerson')}
        </Button>
        <div className="sh-toolbar__group">
          <Button
            icon="undo"
            onClick={undo}
            disabled={!snap.undo}
            aria-label={t('stakeholderMap.undo')}
            title={
              snap.undo
                ? t('stakeholderMap.undoWhat', { what: t(`stakeholderMap.steps.${snap.undo}`) })
                : t('stakeholderMap.undo')
            }
          />
          <Button
            icon="redo"
            onClick={redo}
            disabled={!snap.redo}
            aria-label={t('stakeholderMap.redo')}
            title={
              snap.redo
                ? t('stakeholderMap.redoWhat', { what: t(`stakeholderMap.steps.${snap.redo}`) })
                : t('stakeholderMap.redo')
            }
          />
        </div>
        {view === 'map' ? (
          <Button
            icon="sitemap"
            onClick={arrange}
            disabled={people.length === 0}
            aria-label={t('stakeholderMap.arrange')}
            title={t('stakeholderMap.arrange')}
          >
            {t('stakeholderMap.arrangeShort')}
          </Button>
        ) : null}
        <Button icon="upload" onClick={() => void startImport()} busy={importing}>
          {t('stakeholderMap.import.button')}
        </Button>
        <Button
          className="sh-toolbar__full"
          icon={full ? 'x' : 'expand'}
          aria-pressed={full}
          onClick={() => setFull((f) => !f)}
          aria-label={t(full ? 'stakeholderMap.fullscreenOff' : 'stakeholderMap.fullscreen')}
          title={t('stakeholderMap.fullscreenHint')}
        />
      </div>
      {importError ? (
        <Banner onDismiss={() => setImportError(null)}>
          {t('stakeholderMap.import.failed', { reason: importError })}
        </Banner>
      ) : null}

      <div className="sh-body">
        {view === 'map' ? (
          <Palette
            onAdd={(d) => create(d)}
            missing={missing}
            counts={t('stakeholderMap.counts', {
              people: String(people.length),
              relations: String(relations.length),
            })}
          />
        ) : null}
        <div className="sh-view-area">
          {view === 'map' ? (
            <>
              <MapCanvas
                model={model}
                people={people}
                relations={relations}
                gapsByPerson={gapsByPerson}
                selection={selection}
                onSelect={selectFromMap}
                onCreate={create}
                onError={onError}
                viewport={viewport}
                onViewportChange={setViewport}
              />
              {people.length === 0 ? (
                <div className="sh-empty">
                  <h3>{t('stakeholderMap.empty.title')}</h3>
                  <p>{t('stakeholderMap.empty.text')}</p>
                </div>
              ) : null}
            </>
          ) : view === 'table' ? (
            <TableView
              people={people}
              gapsByPerson={gapsByPerson}
              selected={selectedPeople}
              onSelect={(id) => select({ people: [id], relations: [] })}
            />
          ) : (
            <GridView
              people={people}
              selected={selectedPeople}
              onSelect={(id) => select({ people: [id], relations: [] })}
              onPlace={(p, influence, attitude) => {
                const cur = model.person(p.id);
                if (cur)
                  model.update({ ...cur, influence, attitude }, { external: true }).catch(onError);
              }}
            />
          )}
        </div>

        <aside className="sh-side" aria-label={t('stakeholderMap.side.label')}>
          <Tabs
            idPrefix="sh-side"
            label={t('stakeholderMap.side.label')}
            items={[
              { id: 'details' as const, label: t('stakeholderMap.side.details') },
              {
                id: 'coverage' as const,
                label: t('stakeholderMap.side.coverage', { count: gaps.length }),
              },
            ]}
            selected={side}
            onSelect={setSide}
          />
          <TabPanel idPrefix="sh-side" id={side}>
            {side === 'coverage' ? (
              <CoveragePanel
                gaps={gaps}
                onFocusPerson={focusPerson}
                onAddInDepartment={(d) => create(d)}
              />
            ) : onePerson ? (
              <PersonPanel
                key={`${onePerson.id}:${snap.epochs.get(onePerson.id) ?? 0}`}
                person={onePerson}
                model={model}
                focusName={focusName === onePerson.id}
                onDelete={() => remove({ people: [onePerson.id], relations: [] })}
              />
            ) : oneRelation ? (
              <RelationPanel
                key={oneRelation.id}
                relation={oneRelation}
                fromName={nameOf(oneRelation.from)}
                toName={nameOf(oneRelation.to)}
                onChange={(r) => model.updateRelation(r).catch(onError)}
                onDelete={() => remove({ people: [], relations: [oneRelation.id] })}
              />
            ) : total > 1 ? (
              <section className="sh-panel">
                <p>
                  {t('stakeholderMap.panel.many', {
                    people: String(selection.people.length),
                    relations: String(selection.relations.length),
                  })}
                </p>
                <Button variant="danger" icon="trash" onClick={() => remove(selection)}>
                  {t('stakeholderMap.panel.deleteSelection')}
                </Button>
              </section>
            ) : (
              <div className="sh-panel sh-panel--hint">
                <p>{t('stakeholderMap.panel.nothing')}</p>
                <ul className="sh-panel__tips">
                  <li>{t('stakeholderMap.tips.drag')}</li>
                  <li>{t('stakeholderMap.tips.connect')}</li>
                  <li>{t('stakeholderMap.tips.select')}</li>
                  <li>{t('stakeholderMap.tips.undo')}</li>
                </ul>
              </div>
            )}
          </TabPanel>
        </aside>
      </div>
      {preview ? (
        <ImportDialog preview={preview} onCommit={commitImport} onCancel={cancelImport} />
      ) : null}
    </div>
  );
}
