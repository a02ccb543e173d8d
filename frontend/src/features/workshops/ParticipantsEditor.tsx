import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder } from '../../api/stakeholders';
import { sides, type Side } from '../../api/workshops';
import { Button } from '../../components/Button';
import { emptyRow, linked, type Row } from './participants';
import { useSideLabel } from './sideLabel';
import './workshop-details.css';

interface Props {
  rows: Row[];
  /** people are the client's map, to link a participant to. */
  people: Stakeholder[];
  onChange: (rows: Row[]) => void;
  /** onRemove asks to remove a row; the caller may ask first. */
  onRemove: (row: Row) => void;
  /** error is the message at a row's field ("name", "role", …), if any. */
  error: (key: string, field: string) => string | null;
}

/**
 * ParticipantsEditor lists who is in the room: name, function, side
 * (customer or our team) and, optionally, the person on the client's map
 * they are; picking a person fills name and function from the map.
 */
export function ParticipantsEditor({ rows, people, onChange, onRemove, error }: Props) {
  const { t } = useTranslation();
  const sideLabel = useSideLabel();
  const list = useRef<HTMLDivElement>(null);
  const linkedIds = new Set(rows.map((r) => r.stakeholder_id).filter(Boolean));
  const unlinkedPeople = people.filter((p) => !linkedIds.has(p.id));

  const set = (key: string, change: (r: Row) => Row) =>
    onChange(rows.map((r) => (r.key === key ? change(r) : r)));
  const focusLast = () =>
    requestAnimationFrame(() => {
      const inputs = list.current?.querySelectorAll<HTMLInputElement>('.participants__name');
      inputs?.[inputs.length - 1]?.focus();
    });
  const add = (side: Side) => {
    onChange([...rows, emptyRow(side)]);
    focusLast();
  };
  const addFromMap = (id: string) => {
    const s = people.find((p) => p.id === id);
    if (s) onChange([...rows, linked(emptyRow('customer'), s)]);
  };

  return (
    <fieldset className="participants">
      <legend className="field__label">{t('workshopDetails.participants')}</legend>
      {rows.length === 0 ? (
        <p className="participants__none">{t('workshopDetails.none')}</p>
      ) : (
        <div className="participants__grid" ref={list}>
          <span className="participants__head" aria-hidden="true">
            {t('workshopDetails.name')}
          </span>
          <span className="participants__head" aria-hidden="true">
            {t('workshopDetails.role')}
          </span>
          <span className="participants__head" aria-hidden="true">
            {t('workshopDetails.side')}
          </span>
          <span className="participants__head" aria-hidden="true">
            {t('workshopDetails.stakeholder')}
          </span>
          <span aria-hidden="true" />
          {rows.map((r, i) => {
            const n = i + 1;
            const nameError = error(r.key, 'name');
            const others = people.filter((p) => p.id === r.stakeholder_id || !linkedIds.has(p.id));
            return (
              <div
                className="participants__row"
                key={r.key}
                role="group"
                aria-label={r.name || t('workshopDetails.rowName', { n })}
              >
                <div className="participants__cell">
                  <input
                    className="input input--sm participants__name"
                    aria-label={t('workshopDetails.rowName', { n })}
                    aria-invalid={nameError ? true : undefined}
                    value={r.name}
                    autoComplete="off"
                    onChange={(e) => set(r.key, (x) => ({ ...x, name: e.target.value }))}
                  />
                  {nameError ? <p className="field__error">{nameError}</p> : null}
                </div>
                <div className="participants__cell">
                  <input
                    className="input input--sm"
                    aria-label={t('workshopDetails.rowRole', { n })}
                    value={r.role}
                    autoComplete="off"
                    onChange={(e) => set(r.key, (x) => ({ ...x, role: e.target.value }))}
                  />
                  {error(r.key, 'role') ? (
                    <p className="field__error">{error(r.key, 'role')}</p>
                  ) : null}
                </div>
                <select
                  className="input input--sm input--select"
                  aria-label={t('workshopDetails.rowSide', { n })}
                  value={r.side}
                  onChange={(e) => set(r.key, (x) => ({ ...x, side: e.target.value as Side }))}
                >
                  {sides.map((s) => (
                    <option key={s} value={s}>
                      {sideLabel(s)}
                    </option>
                  ))}
                </select>
                <select
                  className="input input--sm input--select"
                  aria-label={t('workshopDetails.rowStakeholder', { n })}
                  value={r.stakeholder_id}
                  onChange={(e) => {
                    const s = people.find((p) => p.id === e.target.value);
                    set(r.key, (x) => (s ? linked(x, s) : { ...x, stakeholder_id: '' }));
                  }}
                >
                  <option value="">{t('workshopDetails.notLinked')}</option>
                  {others.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.title ? `${p.name} – ${p.title}` : p.name}
                    </option>
                  ))}
                </select>
                <Button
                  variant="ghost"
                  size="sm"
                  icon="trash"
                  aria-label={
                    r.name.trim()
                      ? t('workshopDetails.remove', { name: r.name.trim() })
                      : t('workshopDetails.removeRow', { n })
                  }
                  onClick={() => onRemove(r)}
                />
              </div>
            );
          })}
        </div>
      )}
      <div className="participants__add">
        <Button size="sm" icon="plus" onClick={() => add('customer')}>
          {t('workshopDetails.add')}
        </Button>
        {people.length > 0 ? (
          <select
            className="input input--sm input--select participants__from-map"
            aria-label={t('workshopDetails.fromMap')}
            value=""
            disabled={unlinkedPeople.length === 0}
            title={unlinkedPeople.length === 0 ? t('workshopDetails.fromMapNone') : undefined}
            onChange={(e) => addFromMap(e.target.value)}
          >
            <option value="">{t('workshopDetails.fromMapPick')}</option>
            {unlinkedPeople.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title ? `${p.name} – ${p.title}` : p.name}
              </option>
            ))}
          </select>
        ) : null}
      </div>
    </fieldset>
  );
}
