import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../api/errors';
import { deleteCompetitor, listCompetitors, type Competitor } from '../../api/intelligence';
import { useOfferUndo, useRestored } from '../../components/useOfferUndo';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/Toasts';
import { ViewSwitch, rememberView, rememberedView } from '../../components/ViewSwitch';
import { errorReason } from '../../components/errorReason';
import { useSaveStore } from '../../components/save/SaveStatusContext';
import { useLoad } from '../../components/useLoad';
import type { WorkshopTabProps } from '../workshops/tabProps';
import { BattleCard } from './BattleCard';
import { CompareGrid } from './CompareGrid';
import { NewCompetitorDialog } from './NewCompetitorDialog';
import { SwotBoard } from './SwotBoard';
import { ThreatMeter } from './Threat';
import { byThreat, upsert } from './model';
import './competitors.css';
import { LoadState } from '../../components/LoadState';

const views = ['cards', 'compare', 'swot'] as const;
type View = (typeof views)[number];

/**
 * CompetitorsTab is the competitive picture of the client: battle cards
 * (a list by threat and the selected card), a comparison grid of all
 * competitors, and our own SWOT.
 */
export function CompetitorsTab({ client }: WorkshopTabProps) {
  const load = useCallback(async () => byThreat(await listCompetitors(client.id)), [client.id]);
  const [result, { reload }] = useLoad(load);
  if (result.state !== 'ready') return <LoadState result={result} reload={reload} />;
  return <Competitors clientID={client.id} initial={result.data} />;
}

function Competitors({ clientID, initial }: { clientID: string; initial: Competitor[] }) {
  const { t } = useTranslation();
  const toast = useToast();
  const offerUndo = useOfferUndo();
  const store = useSaveStore();
  const [list, setList] = useState(initial);
  // An undone delete, here or elsewhere: the list as Go has it again.
  useRestored((r) => {
    if (r.kind === 'competitor' && r.client_id === clientID) {
      listCompetitors(clientID).then(
        (l) => setList(byThreat(l)),
        () => undefined,
      );
    }
  });
  const [view, setView] = useState<View>(() => rememberedView('competitors', views, 'cards'));
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Competitor | null>(null);
  const current = list.find((c) => c.id === selected) ?? list[0] ?? null;

  const pick = (v: View) => {
    setView(v);
    rememberView('competitors', v);
  };
  const open = (id: string) => {
    setSelected(id);
    pick('cards');
  };
  const remove = async (c: Competitor) => {
    try {
      const deleted = await store.track(`competitor:delete:${c.id}`, deleteCompetitor(c.id));
      setList((l) => l.filter((x) => x.id !== c.id));
      setSelected(null);
      offerUndo(deleted, t('competitors.deleted', { name: c.name }));
    } catch (err) {
      toast.show(t('errors.actionFailed', { reason: errorReason(toApiError(err), t) }), 'error');
    } finally {
      setDeleting(null);
    }
  };

  const addButton = (
    <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>
      {t('competitors.add')}
    </Button>
  );

  return (
    <div className="tab-screen">
      <div className="tab-toolbar">
        <ViewSwitch
          label={t('competitors.views.label')}
          items={views.map((id) => ({
            id,
            label: t(`competitors.views.${id}`),
            count: id === 'swot' ? undefined : list.length,
          }))}
          selected={view}
          onSelect={pick}
        />
        {view !== 'swot' ? <div className="tab-toolbar__end">{addButton}</div> : null}
      </div>

      {/* Every view stays mounted, so nothing typed in one is lost by looking at another. */}
      <div hidden={view !== 'swot'}>
        <SwotBoard clientID={clientID} />
      </div>
      {list.length === 0 ? (
        <div className="placeholder" hidden={view === 'swot'}>
          <EmptyState icon="shield" title={t('competitors.emptyTitle')} action={addButton}>
            <p>{t('competitors.emptyText')}</p>
          </EmptyState>
        </div>
      ) : (
        <>
          <div hidden={view !== 'compare'}>
            <CompareGrid competitors={list} onOpen={open} />
          </div>
          <div className="battle" hidden={view !== 'cards'}>
            <nav className="battle__list card" aria-label={t('competitors.listLabel')}>
              <ul>
                {list.map((c) => (
                  <li key={c.id}>
                    <button
                      type="button"
                      className={`battle__item${c.id === current?.id ? ' is-selected' : ''}`}
                      aria-current={c.id === current?.id ? 'true' : undefined}
                      onClick={() => setSelected(c.id)}
                    >
                      <span className="battle__item-text">
                        <span className="battle__item-name">
                          {c.name.trim() || t('competitors.unnamed')}
                        </span>
                        {c.location ? (
                          <span className="battle__item-meta">
                            <Icon name="mapPin" size={14} />
                            {c.location}
                          </span>
                        ) : null}
                      </span>
                      <ThreatMeter threat={c.threat} size="sm" />
                    </button>
                  </li>
                ))}
              </ul>
            </nav>
            {current ? (
              <BattleCard
                key={current.id}
                initial={current}
                onSaved={(c) => setList((l) => upsert(l, c))}
                onDelete={setDeleting}
              />
            ) : null}
          </div>
        </>
      )}

      {creating ? (
        <NewCompetitorDialog
          clientID={clientID}
          onClose={() => setCreating(false)}
          onCreated={(c) => {
            setCreating(false);
            setList((l) => upsert(l, c));
            open(c.id);
          }}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          danger
          title={t('competitors.deleteTitle', {
            name: deleting.name.trim() || t('competitors.unnamed'),
          })}
          message={t('competitors.deleteText')}
          confirmLabel={t('competitors.delete')}
          onConfirm={() => remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      ) : null}
    </div>
  );
}
