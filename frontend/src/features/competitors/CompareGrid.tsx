import { useTranslation } from 'react-i18next';
import type { Competitor } from '../../api/intelligence';
import { ThreatMeter } from './Threat';

interface Props {
  competitors: readonly Competitor[];
  onOpen: (id: string) => void;
}

const columns = ['strengths', 'weaknesses', 'partners', 'counter'] as const;

/**
 * CompareGrid puts every competitor side by side, biggest threat first:
 * one row each, the battle card's sections as columns. Notes are shown as
 * typed, as text.
 */
export function CompareGrid({ competitors, onOpen }: Props) {
  const { t } = useTranslation();
  return (
    <div className="compare card">
      <table className="compare__table">
        <caption className="visually-hidden">{t('competitors.compareCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('competitors.name')}</th>
            <th scope="col">{t('competitors.threat')}</th>
            {columns.map((c) => (
              <th scope="col" key={c}>
                {t(`competitors.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {competitors.map((c) => (
            <tr key={c.id}>
              <th scope="row" className="compare__name">
                <button
                  type="button"
                  className="link-button"
                  title={t('competitors.open', { name: c.name })}
                  onClick={() => onOpen(c.id)}
                >
                  {c.name}
                </button>
                {c.location ? <span className="compare__location">{c.location}</span> : null}
              </th>
              <td>
                <ThreatMeter threat={c.threat} size="sm" />
              </td>
              {columns.map((k) => (
                <td key={k} className={`compare__text compare__text--${k}`}>
                  {c[k].trim() ? (
                    <span className="compare__clamp">{c[k]}</span>
                  ) : (
                    <span className="compare__empty">{t('competitors.empty')}</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
