import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapKind } from '../../api/coverage';
import type { Stakeholder } from '../../api/stakeholders';
import { attitudeColor, attitudeKey, cardWidth, departmentColor, signed } from './appearance';

export interface StakeholderNodeData extends Record<string, unknown> {
  person: Stakeholder;
  /** The coverage gaps about this person, highlighted on the card. */
  gaps: readonly GapKind[];
}

export type StakeholderNodeType = Node<StakeholderNodeData, 'stakeholder'>;

const sides = [
  { id: 't', pos: Position.Top },
  { id: 'r', pos: Position.Right },
  { id: 'b', pos: Position.Bottom },
  { id: 'l', pos: Position.Left },
] as const;

function Dots({ value, max, label }: { value: number; max: number; label: string }) {
  return (
    <span className="sh-meter" title={label}>
      <span className="visually-hidden">{label}</span>
      <span className="sh-meter__dots" aria-hidden="true">
        {Array.from({ length: max }, (_, i) => (
          <span key={i} className={`sh-meter__dot${i < value ? ' sh-meter__dot--on' : ''}`} />
        ))}
      </span>
    </span>
  );
}

/**
 * StakeholderNode is a person's card on the map: name, title, department
 * colour, buying role, attitude (red … green), influence (card width and
 * dots), relationship strength, and the coverage gaps about them. Any side
 * starts a relation (the map connects loosely).
 */
export const StakeholderNode = memo(function StakeholderNode({
  data,
  selected,
}: NodeProps<StakeholderNodeType>) {
  const { t } = useTranslation();
  const p = data.person;
  const att = attitudeKey(p.attitude);
  const opposed = data.gaps.includes('opposed_decider');
  const style = {
    width: cardWidth(p.influence),
    '--sh-dept': departmentColor[p.department] ?? departmentColor.other,
    '--sh-att': attitudeColor[att],
  } as CSSProperties;
  const cls = [
    'sh-card',
    selected ? 'sh-card--selected' : '',
    data.gaps.length > 0 ? 'sh-card--gaps' : '',
    opposed ? 'sh-card--opposed' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={cls} style={style} data-influence={p.influence}>
      {sides.map((s) => (
        <Handle
          key={s.id}
          id={s.id}
          type="source"
          position={s.pos}
          className="sh-handle"
          // A handle is for dragging with the mouse, not a control a screen
          // reader could use: a tooltip says what it does.
          title={t('stakeholderMap.card.connectFrom', { name: p.name })}
          aria-hidden="true"
        />
      ))}
      <div className="sh-card__head">
        <span className="sh-card__name">{p.name}</span>
        <span className="sh-card__attitude" title={t('stakeholderMap.fields.attitude')}>
          {signed(p.attitude)}
          <span className="visually-hidden"> {t(`glossary.attitude.${att}`)}</span>
        </span>
      </div>
      {p.title ? <div className="sh-card__title">{p.title}</div> : null}
      <div className="sh-card__chips">
        <span className="sh-chip sh-chip--dept">{t(`glossary.department.${p.department}`)}</span>
        {p.buying_role !== 'other' ? (
          <span className="sh-chip">{t(`glossary.buying_role.${p.buying_role}`)}</span>
        ) : null}
      </div>
      <div className="sh-card__meters">
        <span className="sh-card__meter-label">{t('stakeholderMap.card.influence')}</span>
        <Dots
          value={p.influence}
          max={5}
          label={t('stakeholderMap.card.influenceValue', { value: String(p.influence) })}
        />
        <span className="sh-card__meter-label">{t('stakeholderMap.card.relationship')}</span>
        <Dots
          value={p.relationship}
          max={3}
          label={t('stakeholderMap.card.relationshipValue', {
            value: t(`glossary.relationship.${String(p.relationship) as '0'}`),
          })}
        />
      </div>
      {data.gaps.length > 0 ? (
        <ul className="sh-card__gaps" aria-label={t('stakeholderMap.card.gaps')}>
          {data.gaps.map((g) => (
            <li key={g} className={`sh-gap sh-gap--${g}`}>
              {t(`glossary.coverage_gap_short.${g}`)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
});
