import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { relationKinds, type RelationKind } from '../../api/stakeholders';
import { Button } from '../../components/Button';

interface Props {
  from: string;
  to: string;
  at: { x: number; y: number };
  onPick: (kind: RelationKind) => void;
  onCancel: () => void;
}

/**
 * ConnectPopover asks what a new connection between two people means:
 * reports to, influences, or conflict. Escape or Cancel creates nothing.
 */
export function ConnectPopover({ from, to, at, onPick, onCancel }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onCancel();
    }
  };
  return (
    <div
      className="sh-popover"
      role="dialog"
      aria-labelledby={titleId}
      style={{ left: at.x, top: at.y }}
      onKeyDown={onKeyDown}
    >
      <h3 className="sh-popover__title" id={titleId}>
        {t('stakeholderMap.connect.title')}
      </h3>
      <div className="sh-popover__choices">
        {relationKinds.map((k, i) => (
          <button
            key={k}
            ref={i === 0 ? first : undefined}
            type="button"
            className={`sh-choice sh-choice--${k}`}
            onClick={() => onPick(k)}
          >
            <span className={`sh-choice__line sh-choice__line--${k}`} aria-hidden="true" />
            <span>{t(`stakeholderMap.relationSentence.${k}`, { from, to })}</span>
          </button>
        ))}
      </div>
      <div className="sh-popover__footer">
        <Button size="sm" variant="ghost" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
