import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder } from '../../api/stakeholders';
import { attitudeColor, attitudes, departmentColor, influences, signed } from './appearance';

/** The drag data type of a person chip in the grid: their id. */
export const gridMime = 'application/x-kamw-stakeholder';

const rowsTopDown = [...influences].reverse();

interface Props {
  people: readonly Stakeholder[];
  selected: ReadonlySet<string>;
  onSelect: (id: string) => void;
  /** onPlace gives a person a new influence and attitude. */
  onPlace: (p: Stakeholder, influence: number, attitude: number) => void;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/**
 * GridView places people by influence (1–5, high at the top) and attitude
 * (−2 … +2, left to right). Dragging a person into another cell, or moving
 * them with the arrow keys, changes those two values.
 */
export function GridView({ people, selected, onSelect, onPlace }: Props) {
  const { t } = useTranslation();
  const [over, setOver] = useState<string | null>(null);
  // A chip moved with the arrow keys lands in another cell: keep its focus.
  const refocus = useRef<string | null>(null);

  const cellOf = new Map<string, Stakeholder[]>();
  for (const p of people) {
    const key = `${clamp(p.influence, 1, 5)}:${clamp(p.attitude, -2, 2)}`;
    const list = cellOf.get(key);
    if (list) list.push(p);
    else cellOf.set(key, [p]);
  }
  const byId = new Map(people.map((p) => [p.id, p]));

  const onDrop = (e: DragEvent, influence: number, attitude: number) => {
    const id = e.dataTransfer.getData(gridMime);
    setOver(null);
    const p = byId.get(id);
    if (!p) return;
    e.preventDefault();
    if (p.influence !== influence || p.attitude !== attitude) onPlace(p, influence, attitude);
  };

  const onChipKey = (e: KeyboardEvent, p: Stakeholder) => {
    let inf = p.influence;
    let att = p.attitude;
    if (e.key === 'ArrowUp') inf += 1;
    else if (e.key === 'ArrowDown') inf -= 1;
    else if (e.key === 'ArrowRight') att += 1;
    else if (e.key === 'ArrowLeft') att -= 1;
    else return;
    e.preventDefault();
    inf = clamp(inf, 1, 5);
    att = clamp(att, -2, 2);
    if (inf !== p.influence || att !== p.attitude) {
      refocus.current = p.id;
      onPlace(p, inf, att);
    }
  };

  const quadrant = (inf: number, att: number) =>
    inf >= 4 && att < 0
      ? 'risk'
      : inf >= 4 && att > 0
        ? 'allies'
        : inf <= 2 && att > 0
          ? 'supporters'
          : inf <= 2 && att < 0
            ? 'watch'
            : '';

  return (
    <div className="sh-grid-view">
      <p className="sh-grid__hint">{t('stakeholderMap.grid.hint')}</p>
      <div className="sh-grid" role="table" aria-label={t('stakeholderMap.grid.label')}>
        <div className="sh-grid__row sh-grid__row--head" role="row">
          <div className="sh-grid__corner" role="columnheader">
            <span className="sh-grid__axis">{t('stakeholderMap.grid.axes')}</span>
          </div>
          {attitudes.map((a) => (
            <div key={a} className="sh-grid__colhead" role="columnheader">
              <span className="sh-att-pill" style={{ background: attitudeColor[String(a)] }}>
                {signed(a)}
              </span>
              <span>{t(`glossary.attitude.${String(a) as '0'}`)}</span>
            </div>
          ))}
        </div>
        {rowsTopDown.map((inf) => (
          <div key={inf} className="sh-grid__row" role="row">
            <div className="sh-grid__rowhead" role="rowheader">
              <strong>{inf}</strong>
              <span>{t(`glossary.influence.${String(inf) as '1'}`)}</span>
            </div>
            {attitudes.map((att) => {
              const key = `${inf}:${att}`;
              const list = cellOf.get(key) ?? [];
              const q = quadrant(inf, att);
              const label = t('stakeholderMap.grid.cell', {
                influence: String(inf),
                attitude: signed(att),
              });
              return (
                <div
                  key={key}
                  role="cell"
                  aria-label={label}
                  data-cell={key}
                  className={`sh-grid__cell${q ? ` sh-grid__cell--${q}` : ''}${over === key ? ' sh-grid__cell--over' : ''}`}
                  onDragOver={(e) => {
                    if (!e.dataTransfer.types.includes(gridMime)) return;
                    e.preventDefault();
                    e.dataTransfer.dropEffect = 'move';
                    if (over !== key) setOver(key);
                  }}
                  onDragLeave={(e) => {
                    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(null);
                  }}
                  onDrop={(e) => onDrop(e, inf, att)}
                >
                  {list.map((p) => (
                    <button
                      key={p.id}
                      ref={(el) => {
                        if (el && refocus.current === p.id) {
                          refocus.current = null;
                          el.focus();
                        }
                      }}
                      type="button"
                      draggable
                      className={`sh-grid__chip${selected.has(p.id) ? ' sh-grid__chip--selected' : ''}`}
                      style={{ ['--sh-dept' as string]: departmentColor[p.department] }}
                      aria-pressed={selected.has(p.id)}
                      aria-label={t('stakeholderMap.grid.chip', {
                        name: p.name,
                        influence: String(p.influence),
                        attitude: signed(p.attitude),
                      })}
                      title={p.title || undefined}
                      onDragStart={(e) => {
                        e.dataTransfer.setData(gridMime, p.id);
                        e.dataTransfer.effectAllowed = 'move';
                      }}
                      onDragEnd={() => setOver(null)}
                      onClick={() => onSelect(p.id)}
                      onKeyDown={(e) => onChipKey(e, p)}
                    >
                      {p.name}
                    </button>
                  ))}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
