import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { stages, type Opportunity, type Stage } from '../../api/intelligence';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { formatDate } from '../../i18n/format';
import { formatEUR } from './money';
import { byStage, isOpen, neighbour, pipeline, stageTotals } from './model';
import { usePointerDrag } from './usePointerDrag';

interface Props {
  /** announcement is read out by screen readers (a card moved). */
  announcement: string;
  opportunities: readonly Opportunity[];
  onMove: (o: Opportunity, stage: Stage) => void;
  onOpen: (o: Opportunity) => void;
  onAdd: (stage: Stage) => void;
}

/** stageAt finds the funnel column under a point of the viewport. */
function stageAt(x: number, y: number): Stage | null {
  const el = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-stage]');
  const s = el?.dataset.stage;
  return s && (stages as readonly string[]).includes(s) ? (s as Stage) : null;
}

/**
 * FunnelBoard shows the opportunities as cards in their stage, with the
 * pipeline totals on top. A card moves by dragging it to another column, or
 * from the keyboard with Alt+← / Alt+→ (and in its dialog, by its stage).
 */
export function FunnelBoard({ announcement, opportunities, onMove, onOpen, onAdd }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const hintId = useId();
  const weightedHintId = useId();
  const columns = byStage(opportunities);
  const totals = stageTotals(opportunities);
  const p = pipeline(opportunities);
  const focusAfterMove = useRef<string | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);

  const { drag, onPointerDown, onClickCapture } = usePointerDrag<Opportunity, Stage>({
    hitTest: (x, y) => stageAt(x, y),
    onDrop: (o, stage) => {
      if (stage !== o.stage) onMove(o, stage);
    },
  });

  // A card moved from the keyboard lands in another column: keep the focus on it.
  useEffect(() => {
    const id = focusAfterMove.current;
    if (!id) return;
    focusAfterMove.current = null;
    boardRef.current?.querySelector<HTMLElement>(`[data-opp-id="${id}"] button`)?.focus();
  }, [opportunities]);

  const onCardKey = (e: KeyboardEvent, o: Opportunity) => {
    if (!e.altKey || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) return;
    e.preventDefault();
    const to = neighbour(o.stage, e.key === 'ArrowRight' ? 1 : -1);
    if (!to) return;
    onMove(o, to);
    focusAfterMove.current = o.id;
  };

  const card = (o: Opportunity) => (
    <>
      <span className="opp-card__title">{o.title}</span>
      <span className="opp-card__value">{formatEUR(o.value, lang)}</span>
      <span className="opp-card__meta">
        <span className={`prob-pill prob-pill--${probBand(o.probability)}`}>
          {t('opportunities.probabilityShort', { p: o.probability })}
        </span>
        {o.expected_close ? (
          <span className="opp-card__close">
            <Icon name="calendar" size={14} />
            {formatDate(o.expected_close, lang)}
          </span>
        ) : null}
      </span>
      {o.next_step.trim() ? (
        <span className="opp-card__next">
          <Icon name="chevronRight" size={14} />
          <span>{o.next_step}</span>
        </span>
      ) : null}
    </>
  );

  return (
    <div className="funnel">
      <div className="funnel-kpis">
        <div className="funnel-kpi" role="group" aria-label={t('opportunities.totals.open')}>
          <span className="funnel-kpi__label">{t('opportunities.totals.open')}</span>
          <strong className="funnel-kpi__value">{formatEUR(p.open, lang)}</strong>
          <span className="funnel-kpi__meta">
            {t('opportunities.totals.count', { count: p.openCount })}
          </span>
        </div>
        <div
          className="funnel-kpi funnel-kpi--accent"
          role="group"
          aria-label={t('opportunities.totals.weighted')}
          aria-describedby={weightedHintId}
          title={t('opportunities.totals.weightedHint')}
          tabIndex={0}
        >
          <span className="funnel-kpi__label">
            {t('opportunities.totals.weighted')}
            <Icon name="info" size={16} />
          </span>
          <strong className="funnel-kpi__value">{formatEUR(p.weighted, lang)}</strong>
          <span className="funnel-kpi__meta">{t('opportunities.totals.weightedShort')}</span>
          <span className="visually-hidden" id={weightedHintId}>
            {t('opportunities.totals.weightedHint')}
          </span>
        </div>
        <div
          className="funnel-kpi funnel-kpi--won"
          role="group"
          aria-label={t('glossary.stage.won')}
        >
          <span className="funnel-kpi__label">{t('glossary.stage.won')}</span>
          <strong className="funnel-kpi__value">{formatEUR(p.won, lang)}</strong>
          <span className="funnel-kpi__meta">
            {t('opportunities.totals.count', { count: totals.won.count })}
          </span>
        </div>
      </div>

      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <p className="funnel__hint" id={hintId}>
        <Icon name="info" size={16} />
        {t('opportunities.moveHint')}
      </p>

      <div
        ref={boardRef}
        className={`funnel__board${drag ? ' is-dragging' : ''}`}
        aria-label={t('opportunities.boardLabel')}
        role="group"
      >
        {stages.map((stage) => {
          const name = t(`glossary.stage.${stage}`);
          const total = totals[stage];
          return (
            <section
              key={stage}
              className={`funnel-col funnel-col--${stage}${drag?.target === stage && drag.item.stage !== stage ? ' is-over' : ''}${isOpen(stage) ? '' : ' funnel-col--closed'}`}
              data-stage={stage}
              aria-label={name}
            >
              <header className="funnel-col__head">
                <h3 className="funnel-col__name">
                  {name}
                  <span className="funnel-col__count">{total.count}</span>
                </h3>
                <p className="funnel-col__total" data-testid={`stage-total-${stage}`}>
                  <span className="visually-hidden">
                    {t('opportunities.stageTotal', { stage: name })}:{' '}
                  </span>
                  {formatEUR(total.value, lang)}
                </p>
              </header>
              <ul className="funnel-col__cards">
                {columns[stage].map((o) => (
                  <li
                    key={o.id}
                    data-opp-id={o.id}
                    className={`opp-card${drag?.item.id === o.id ? ' is-dragging' : ''}`}
                    onPointerDown={(e) => onPointerDown(e, o)}
                    onClickCapture={onClickCapture}
                  >
                    <button
                      type="button"
                      className="opp-card__open"
                      aria-label={t('opportunities.edit', { title: o.title })}
                      aria-describedby={hintId}
                      aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight"
                      onClick={() => onOpen(o)}
                      onKeyDown={(e) => onCardKey(e, o)}
                    />
                    {card(o)}
                  </li>
                ))}
                {columns[stage].length === 0 ? (
                  <li className="funnel-col__empty" aria-hidden={drag ? undefined : true}>
                    {drag ? t('opportunities.dropHere') : t('opportunities.emptyStage')}
                  </li>
                ) : null}
              </ul>
              <Button
                variant="ghost"
                size="sm"
                icon="plus"
                className="funnel-col__add"
                aria-label={t('opportunities.addIn', { stage: name })}
                title={t('opportunities.addIn', { stage: name })}
                onClick={() => onAdd(stage)}
              >
                {t('opportunities.addShort')}
              </Button>
            </section>
          );
        })}
      </div>

      {drag ? (
        <div
          className="opp-card opp-card--ghost"
          aria-hidden="true"
          style={{
            width: drag.width,
            transform: `translate(${drag.x - drag.offsetX}px, ${drag.y - drag.offsetY}px) rotate(2deg)`,
          }}
        >
          {card(drag.item)}
        </div>
      ) : null}
    </div>
  );
}

function probBand(p: number): 'low' | 'mid' | 'high' {
  if (p >= 70) return 'high';
  if (p >= 40) return 'mid';
  return 'low';
}
