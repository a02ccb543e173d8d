import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getClient, saveClient, type Client, type Swot } from '../../api/clients';
import { TextArea } from '../../components/TextField';
import { useValidatedAutosave } from '../../components/save/useValidatedAutosave';
import { useLoad } from '../../components/useLoad';
import { LoadState } from '../../components/LoadState';

const quadrants = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const;

/**
 * SwotBoard is our own position at the client: strengths and weaknesses
 * (ours, internal) over opportunities and threats (from outside), edited in
 * place and saved as typed. It reads the client fresh from Go, so what a
 * colleague saved elsewhere is never overwritten with an old copy.
 */
export function SwotBoard({ clientID }: { clientID: string }) {
  const load = useCallback(() => getClient(clientID), [clientID]);
  const [result, { reload }] = useLoad(load);
  if (result.state !== 'ready') return <LoadState result={result} reload={reload} />;
  return <SwotEditor client={result.data} />;
}

function SwotEditor({ client }: { client: Client }) {
  const { t } = useTranslation();
  const [swot, setSwot] = useState<Swot>(client.swot);
  const { fieldError, flush } = useValidatedAutosave(swot, {
    validate: () => ({}),
    // Only the SWOT changes: the rest of the client is taken as stored now.
    persist: async (s) => saveClient({ ...(await getClient(client.id)), swot: s }),
  });
  return (
    <section className="swot" aria-labelledby="swot-heading">
      <header className="section-head">
        <div>
          <h2 className="section-head__title" id="swot-heading">
            {t('swot.heading', { client: client.name })}
          </h2>
          <p className="section-head__text">{t('swot.text')}</p>
        </div>
      </header>
      <div className="swot__board" role="group" aria-label={t('swot.quadrants')}>
        <p className="swot__axis swot__axis--internal" title={t('swot.internalHint')}>
          {t('swot.internal')}
        </p>
        <p className="swot__axis swot__axis--external" title={t('swot.externalHint')}>
          {t('swot.external')}
        </p>
        {quadrants.map((q) => (
          <TextArea
            key={q}
            className={`swot__quadrant swot__quadrant--${q}`}
            label={t(`swot.${q}`)}
            placeholder={t(`swot.${q}Hint`)}
            value={swot[q]}
            rows={7}
            error={fieldError(q)}
            onChange={(e) => setSwot((s) => ({ ...s, [q]: e.target.value }))}
            onBlur={() => void flush()}
          />
        ))}
      </div>
    </section>
  );
}
