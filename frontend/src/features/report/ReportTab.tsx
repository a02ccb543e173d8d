import { useCallback, useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../../api/errors';
import {
  exportReportPDF,
  exportReportXLSX,
  reportContents,
  type ReportContents,
  type ReportOptions,
} from '../../api/reports';
import { MoreFormats } from './MoreFormats';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { errorReason } from '../../components/errorReason';
import { useLoad } from '../../components/useLoad';
import type { WorkshopTabProps } from '../workshops/tabProps';
import { exportOptions, initialChoice, splitPath, type ReportChoice } from './options';
import { UndrawnList } from './UndrawnList';
import { ReportOptionsForm } from './ReportOptionsForm';
import { ReportPreview } from './ReportPreview';
import './report.css';
import { LoadState } from '../../components/LoadState';
import { SavedFileButtons } from '../../components/SavedFileButtons';

type Outcome = { kind: 'saved'; path: string } | { kind: 'failed'; error: ApiError } | null;

/**
 * ReportTab is the workshop's "report" tab: choose audience, language and
 * sections, see what the PDF will hold, and export it through Go's save
 * dialog.
 */
export function ReportTab({ workshop }: WorkshopTabProps) {
  const load = useCallback(() => reportContents(workshop.id), [workshop.id]);
  const [result, { reload }] = useLoad(load);
  if (result.state !== 'ready')
    return <LoadState result={result} reload={reload} failedKey="report.loadFailed" />;
  return <ReportForm workshopID={workshop.id} contents={result.data} />;
}

/** ReportForm is the tab once Go said what the report draws on. */
function ReportForm({ workshopID, contents }: { workshopID: string; contents: ReportContents }) {
  const { t, i18n } = useTranslation();
  // The customer version first, with its safe defaults.
  const [choice, setChoice] = useState<ReportChoice>(() =>
    initialChoice(i18n.language, contents.audiences),
  );
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const running = useRef(false);
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The answer sits below the button; on a small screen it must not go unseen.
    if (outcome) outcomeRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [outcome]);
  const opts = exportOptions(choice, contents.audiences);

  const run = async (
    exporter: (id: string, o: ReportOptions) => Promise<string> = exportReportPDF,
  ) => {
    if (!opts || running.current) return; // one export at a time, however fast the clicks
    running.current = true;
    setBusy(true);
    setOutcome(null);
    try {
      const path = await exporter(workshopID, opts);
      setOutcome(path ? { kind: 'saved', path } : null);
    } catch (err) {
      setOutcome({ kind: 'failed', error: toApiError(err) });
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  const hint = !opts ? t('report.sections.noneChosen') : null;

  return (
    <div className="report">
      <section className="card report__options" aria-labelledby="report-heading">
        <h2 className="card__title" id="report-heading">
          <Icon name="chart" />
          {t('report.heading')}
        </h2>
        <p className="report__intro">{t('report.intro')}</p>
        <ReportOptionsForm
          choice={choice}
          onChange={setChoice}
          audiences={contents.audiences}
          disabled={busy}
        />
      </section>

      <section className="card report__summary" aria-labelledby="report-preview-heading">
        <h2 className="card__title" id="report-preview-heading">
          {t('report.preview.title')}
        </h2>
        <ReportPreview contents={contents} choice={choice} />
        <UndrawnList workshopID={workshopID} opts={opts} />
        <div className="report__export">
          <Button
            variant="primary"
            size="lg"
            icon="upload"
            className="btn--block"
            busy={busy}
            disabled={!opts}
            aria-describedby={hint ? 'report-export-hint' : undefined}
            onClick={() => void run()}
          >
            {busy ? t('report.exporting') : t('report.export')}
          </Button>
          <MoreFormats
            disabled={!opts || busy}
            onExcel={() => void run(exportReportXLSX)}
            onExport={(exporter) => void run(exporter)}
          />
          {hint ? (
            <p className="report__hint" id="report-export-hint">
              {hint}
            </p>
          ) : null}
        </div>
        <div ref={outcomeRef}>
          <div aria-live="polite">
            {outcome?.kind === 'saved' ? <Saved path={outcome.path} /> : null}
          </div>
          {outcome?.kind === 'failed' ? (
            <Banner onDismiss={() => setOutcome(null)}>
              {t('report.failed', { reason: failure(outcome.error, t) })}
            </Banner>
          ) : null}
        </div>
      </section>
    </div>
  );
}

function Saved({ path }: { path: string }) {
  const { t } = useTranslation();
  const { folder, name } = splitPath(path);
  return (
    <div className="report-saved" role="status">
      <Icon name="check" />
      <div className="report-saved__text">
        <p className="report-saved__title">{t('report.saved')}</p>
        <p className="report-saved__name">{name}</p>
        {folder ? (
          <p className="report-saved__folder">
            {t('report.savedIn')} <span className="report-saved__path">{folder}</span>
          </p>
        ) : null}
        <SavedFileButtons />
      </div>
    </div>
  );
}

/** failure is the reason to show: Go's own sentence names the file and the rule. */
function failure(err: ApiError, t: TFunction): string {
  if (err.code === 'disk_full') return t('report.diskFull');
  if (err.code === 'internal')
    return err.message ? `${t('errors.internal')}: ${err.message}` : t('errors.internal');
  return err.message || errorReason(err, t);
}
