import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Modal } from '../../components/Modal';
import { isVoteShortcut, namedKeys, shortcutList, type NamedKey } from './keyboard';

function isNamed(k: string): k is NamedKey {
  return (namedKeys as readonly string[]).includes(k);
}

/**
 * HelpOverlay lists the workshop's keys, in two columns so that it fits a
 * 768 px laptop, and the window's own; Escape or the button closes it.
 */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const closeRef = useRef<HTMLButtonElement>(null);
  return (
    <Modal
      title={t('assessment.help.title')}
      description={t('assessment.help.text')}
      onClose={onClose}
      initialFocus={closeRef}
      className="help-overlay"
      footer={
        <Button ref={closeRef} variant="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
    >
      <h3 className="help-overlay__group">{t('assessment.help.inAssessment')}</h3>
      <ul className="help-overlay__list help-overlay__list--columns">
        {shortcutList.map((s) => (
          <li key={s.id} className="help-overlay__item">
            <span className="help-overlay__keys">
              {s.keys.map((k) => (
                <kbd key={k}>{isNamed(k) ? t(`assessment.keyNames.${k}`) : k}</kbd>
              ))}
            </span>
            <span>
              {isVoteShortcut(s.id) ? t(`roomVotes.keys.${s.id}`) : t(`assessment.keys.${s.id}`)}
            </span>
          </li>
        ))}
      </ul>
      <h3 className="help-overlay__group">{t('assessment.help.everywhere')}</h3>
      <ul className="help-overlay__list">
        <li className="help-overlay__item">
          <span className="help-overlay__keys">
            <kbd>{t('nav.sidebarKey')}</kbd>
          </span>
          <span>{t('assessment.help.sidebar')}</span>
        </li>
      </ul>
    </Modal>
  );
}
