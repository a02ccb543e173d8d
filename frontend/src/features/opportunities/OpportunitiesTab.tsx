import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../api/errors';
import {
  deleteOpportunity,
  listArguments,
  listOpportunities,
  saveOpportunity,
  type Argument,
  type Opportunity,
  type Stage,
} from '../../api/intelligence';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { useToast } from '../../components/Toasts';
import { useOfferUndo, useRestored } from '../../components/useOfferUndo';
import { ViewSwitch, rememberView, rememberedView } from '../../components/ViewSwitch';
import { errorReason } from '../../components/errorReason';
import { useSaveStore } from '../../components/save/SaveStatusContext';
import { useLoad } from '../../components/useLoad';
import type { WorkshopTabProps } from '../workshops/tabProps';
import { ArgumentsTable } from './ArgumentsTable';
import { FunnelBoard } from './FunnelBoard';
import { NewOpportunityDialog } from './NewOpportunityDialog';
import { OpportunityEditor } from './OpportunityEditor';
import { moveTo } from './model';
import './opportunities.css';
import { LoadState } from '../../components/LoadState';

const views = ['funnel', 'arguments'] as const;
type View = (typeof views)[number];

/**
 * OpportunitiesTab is "Chancen & Argumente": the client's opportunities as a
 * funnel by stage with the weighted pipeline, and the arguments (MVN) that
 * win them.
 */
export function OpportunitiesTab({ client }: WorkshopTabProps) {
  const load = useCallback(async () => {
    const [opportunities, args] = await Promise.all([
      listOpportunities(client.id),
      listArguments(client.id),
    ]);
    return { opportunities, args };
  }, [client.id]);
  const [result, { reload }] = useLoad(load);
  if (result.state !== 'ready') return <LoadState result={result} reload={reload} />;
  return <Opportunities clientID={client.id} {...result.data} />;
}

interface Props {
  clientID: string;
  opportunities: Opportunity[];
  args: Argument[];
}

function Opportunities({ clientID, opportunities, args }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const offerUndo = useOfferUndo();
  const store = useSaveStore();
  const [list, setList] = useState(opportunities);
  // An undone delete, here or elsewhere: the list as Go has it again.
  useRestored((r) => {
    if (r.kind === 'opportunity' && r.client_id === clientID) {
      listOpportunities(clientID).then(setList, () => undefined);
    }
  });
  const [argCount, setArgCount] = useState(args.length);
  const [view, setView] = useState<View>(() => rememberedView('opportunities', views, 'funnel'));
  const [creating, setCreating] = useState<Stage | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const editedOne = list.find((o) => o.id === editing);
  const [deleting, setDeleting] = useState<Opportunity | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const replace = (o: Opportunity) => setList((l) => l.map((x) => (x.id === o.id ? o : x)));

  // The newest move of each card: an older one's answer, or its failure,
  // must not put the card back where a quicker second move took it from.
  const moves = useRef(new Map<string, number>());
  const move = async (o: Opportunity, stage: Stage) => {
    const next = moveTo(o, stage);
    const n = (moves.current.get(o.id) ?? 0) + 1;
    moves.current.set(o.id, n);
    const newest = () => moves.current.get(o.id) === n;
    replace(next);
    try {
      // The save queue stores the moves one after the other, in order.
      const saved = await store.track(`opportunity:${o.id}`, saveOpportunity(next));
      if (!newest()) return;
      replace(saved);
      setAnnouncement(
        t('opportunities.moved', { title: o.title, stage: t(`glossary.stage.${stage}`) }),
      );
    } catch (err) {
      if (newest()) replace(o);
      toast.show(t('errors.actionFailed', { reason: errorReason(toApiError(err), t) }), 'error');
    }
  };

  const remove = async (o: Opportunity) => {
    try {
      const deleted = await store.track(`opportunity:delete:${o.id}`, deleteOpportunity(o.id));
      setList((l) => l.filter((x) => x.id !== o.id));
      setEditing(null);
      offerUndo(deleted, t('opportunities.deleted', { title: o.title }));
    } catch (err) {
      toast.show(t('errors.actionFailed', { reason: errorReason(toApiError(err), t) }), 'error');
    } finally {
      setDeleting(null);
    }
  };

  const pick = (v: View) => {
    setView(v);
    rememberView('opportunities', v);
  };
  const addButton = (
    <Button variant="primary" icon="plus" onClick={() => setCreating('lead')}>
      {t('opportunities.add')}
    </Button>
  );

  return (
    <div className="tab-screen">
      <div className="tab-toolbar">
        <ViewSwitch
          label={t('opportunities.views.label')}
          items={[
            { id: 'funnel', label: t('opportunities.views.funnel'), count: list.length },
            { id: 'arguments', label: t('opportunities.views.arguments'), count: argCount },
          ]}
          selected={view}
          onSelect={pick}
        />
        {view === 'funnel' && list.length > 0 ? (
          <div className="tab-toolbar__end">{addButton}</div>
        ) : null}
      </div>

      {/* Both views stay mounted, so nothing typed in one is lost by looking at the other. */}
      <div hidden={view !== 'arguments'}>
        <ArgumentsTable clientID={clientID} initial={args} onCount={setArgCount} />
      </div>
      <div hidden={view !== 'funnel'}>
        {list.length === 0 ? (
          <div className="placeholder">
            <EmptyState icon="target" title={t('opportunities.emptyTitle')} action={addButton}>
              <p>{t('opportunities.emptyText')}</p>
            </EmptyState>
          </div>
        ) : (
          <FunnelBoard
            announcement={announcement}
            opportunities={list}
            onMove={(o, s) => void move(o, s)}
            onOpen={(o) => setEditing(o.id)}
            onAdd={setCreating}
          />
        )}
      </div>

      {creating ? (
        <NewOpportunityDialog
          clientID={clientID}
          stage={creating}
          onClose={() => setCreating(null)}
          onCreated={(o) => {
            setCreating(null);
            setList((l) => [...l, o]);
          }}
        />
      ) : null}
      {editedOne && !deleting ? (
        <OpportunityEditor
          key={editedOne.id}
          initial={editedOne}
          onSaved={replace}
          onDelete={setDeleting}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          danger
          title={t('opportunities.deleteTitle', { title: deleting.title })}
          message={t('opportunities.deleteText')}
          confirmLabel={t('opportunities.delete')}
          onConfirm={() => remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      ) : null}
    </div>
  );
}
