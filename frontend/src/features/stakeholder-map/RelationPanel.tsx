import { useTranslation } from 'react-i18next';
import { relationKinds, type Relation, type RelationKind } from '../../api/stakeholders';
import { Button } from '../../components/Button';

interface Props {
  relation: Relation;
  fromName: string;
  toName: string;
  onChange: (r: Relation) => void;
  onDelete: () => void;
}

/** RelationPanel edits a relation: its kind, its direction, or deletes it. */
export function RelationPanel({ relation, fromName, toName, onChange, onDelete }: Props) {
  const { t } = useTranslation();
  const set = (kind: RelationKind) => {
    if (kind !== relation.kind) onChange({ ...relation, kind });
  };
  return (
    <section className="sh-panel" aria-label={t('stakeholderMap.panel.relationLabel')}>
      <h3 className="sh-panel__heading">{t('stakeholderMap.panel.relationLabel')}</h3>
      <fieldset className="sh-kinds">
        <legend className="field__label">{t('stakeholderMap.fields.kind')}</legend>
        {relationKinds.map((k) => (
          <label key={k} className={`sh-kind${relation.kind === k ? ' sh-kind--on' : ''}`}>
            <input
              type="radio"
              name="relation-kind"
              checked={relation.kind === k}
              onChange={() => set(k)}
            />
            <span className={`sh-choice__line sh-choice__line--${k}`} aria-hidden="true" />
            <span>{t(`stakeholderMap.relationSentence.${k}`, { from: fromName, to: toName })}</span>
          </label>
        ))}
      </fieldset>
      <div className="sh-panel__actions">
        <Button
          icon="chevronRight"
          onClick={() => onChange({ ...relation, from: relation.to, to: relation.from })}
        >
          {t('stakeholderMap.panel.reverse')}
        </Button>
        <Button variant="danger" icon="trash" onClick={onDelete}>
          {t('stakeholderMap.panel.deleteRelation')}
        </Button>
      </div>
    </section>
  );
}
