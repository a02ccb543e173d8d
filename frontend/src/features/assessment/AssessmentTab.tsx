import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { errorReason } from '../../components/errorReason';
import { useLoad } from '../../components/useLoad';
import type { WorkshopTabProps } from '../workshops/tabProps';
import { AssessmentScreen } from './AssessmentScreen';
import { loadAssessment } from './data';
import './assessment.css';
import './votes.css';
import '../room-voting/room-voting.css';

/** AssessmentTab is the workshop's questionnaire: rating, notes, scores, rounds and gaps to actions. */
export function AssessmentTab({ client, workshop }: WorkshopTabProps) {
  const { t } = useTranslation();
  const load = useCallback(() => loadAssessment(client.id, workshop.id), [client.id, workshop.id]);
  const [data, { reload }] = useLoad(load);

  if (data.state === 'loading') return <p className="page-loading">{t('common.loading')}</p>;
  if (data.state === 'failed') {
    return (
      <Banner action={<Button onClick={reload}>{t('common.retry')}</Button>}>
        {t('errors.loadFailed', { reason: errorReason(data.error, t) })}
      </Banner>
    );
  }
  return <AssessmentScreen client={client} workshop={workshop} {...data.data} />;
}
