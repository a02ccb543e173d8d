import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Modal } from '../../components/Modal';
import { namedKeys, shortcutList, type NamedKey } from './keyboard';

function isNamed(k: string): k is NamedKey {
  return (namedKeys as readonly string[]).includes(k);
}

/** HelpOverlay lists the workshop's keys; Escape or the button closes it. */
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
      <table className="help-overlay__table">
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{t('assessment.help.keyColumn')}</th>
            <th scope="col">{t('assessment.help.actionColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {shortcutList.map((s) => (
            <tr key={s.id}>
              <td className="help-overlay__keys">
                {s.keys.map((k) => (
                  <kbd key={k}>{isNamed(k) ? t(`assessment.keyNames.${k}`) : k}</kbd>
                ))}
              </td>
              <td>{t(`assessment.keys.${s.id}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
