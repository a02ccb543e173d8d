import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  listAnswers,
  listVotes,
  type Answer,
  type Catalog,
  type Report,
  type Vote,
} from '../../api/assessment';
import type { Client } from '../../api/clients';
import type { Workshop } from '../../api/workshops';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { SelectField } from '../../components/TextField';
import { errorReason } from '../../components/errorReason';
import { useLoad } from '../../components/useLoad';
import { formatDate } from '../../i18n/format';
import { routeHref } from '../../routing';
import { useClientList } from '../clients/ClientListContext';
import { NewWorkshopDialog } from '../workshops/NewWorkshopDialog';
import { GapList } from './GapList';
import { JumpList } from './JumpList';
import { PerspectiveScores } from './PerspectiveScores';
import { Radar, type RadarSeries } from './Radar';
import { roomVoted } from './roomScores';
import { RoomLists } from './RoomLists';
import { changeClass, changes, earlierRounds, type RatingState } from './rounds';
import { fewRated, formatChange, formatScore, ratedCount, scoreBand } from './scoreFormat';
import { areaQuestions, gaps, score } from './scoring';
import { tx } from './text';

interface Props {
  client: Client;
  workshop: Workshop;
  catalog: Catalog;
  answers: readonly Answer[];
  /** report is the workshop's scores as on screen: agreed ratings and the room's votes (live, phones included). */
  report: Report;
  rounds: readonly Workshop[];
  lang: string;
  onOpenQuestion: (questionID: string) => void;
}

/** RoundData is what scores a round: its agreed answers and the room's votes. */
interface RoundData {
  answers: Answer[];
  votes: Vote[];
}

const noRound: RoundData = { answers: [], votes: [] };

async function loadRound(workshopID: string): Promise<RoundData> {
  const [answers, votes] = await Promise.all([listAnswers(workshopID), listVotes(workshopID)]);
  return { answers, votes };
}

/** deltaClass colours a change of score in a table cell: up, down or none. */
function deltaClass(now: number | null, before: number | null): string {
  return `num ${changeClass(now, before)}`;
}

function roundName(w: Workshop, lang: string): string {
  return w.date ? `${w.title} (${formatDate(w.date, lang)})` : w.title;
}

/**
 * Overview is the workshop's evaluation: the radar with the earlier round
 * beneath, the scores per area beside the earlier ones, the room's
 * perspectives (the customer's view beside ours) and where it disagrees,
 * the questions whose rating changed, what is still open or flagged, and
 * the next round.
 */
export function Overview({
  client,
  workshop,
  catalog,
  answers,
  report,
  rounds,
  lang,
  onOpenQuestion,
}: Props) {
  const { t } = useTranslation();
  const earlier = useMemo(() => earlierRounds(rounds, workshop.id), [rounds, workshop.id]);
  const [compareID, setCompareID] = useState(() => earlier[0]?.id ?? '');
  const [newRound, setNewRound] = useState(false);
  const clientList = useClientList();
  const compare = earlier.find((w) => w.id === compareID) ?? null;

  const load = useCallback(
    () => (compareID ? loadRound(compareID) : Promise.resolve(noRound)),
    [compareID],
  );
  const [prev, { reload }] = useLoad(load);
  const prevAnswers = prev.state === 'ready' ? prev.data.answers : noRound.answers;
  const areas = useMemo(() => areaQuestions(catalog), [catalog]);
  const prevReport = useMemo(
    () =>
      compare && prev.state === 'ready'
        ? score(compare.id, areas, prev.data.answers, prev.data.votes, compare.participants)
        : null,
    [compare, prev, areas],
  );
  const changed = useMemo(
    () => (compare && prev.state === 'ready' ? changes(catalog, prevAnswers, answers) : []),
    [catalog, compare, prev.state, prevAnswers, answers],
  );

  const axes = catalog.areas.map((a) => tx(a.title, lang));
  const series: RadarSeries[] = [
    {
      id: workshop.id,
      label: workshop.title,
      variant: 'current',
      scores: report.areas.map((a) => a.score),
    },
  ];
  if (prevReport && compare) {
    series.push({
      id: compare.id,
      label: compare.title,
      variant: 'previous',
      scores: prevReport.areas.map((a) => a.score),
    });
  }

  const rated = ratedCount(report.areas);
  const gapList = gaps(report);
  const byID = new Map(answers.map((a) => [a.question_id, a]));
  const questions = catalog.areas.flatMap((a) => a.questions.map((q) => ({ area: a, q })));
  const open = questions.filter(({ q }) => {
    const a = byID.get(q.id);
    return !a || (!a.na && a.rating === null);
  });
  const flagged = questions.filter(({ q }) => byID.get(q.id)?.follow_up);
  const qText = new Map(
    questions.map(({ area, q }) => [q.id, { q: tx(q.text, lang), area: tx(area.title, lang) }]),
  );

  const ratingText = (s: RatingState) =>
    s === null ? '–' : s === 'na' ? t('glossary.na_short') : String(s);

  return (
    <div className="overview">
      <section className="card overview__chart" aria-labelledby="overview-radar-title">
        <div className="card__head">
          <h2 className="card__title" id="overview-radar-title">
            {t('assessment.overview.radarTitle')}
          </h2>
          {earlier.length > 0 ? (
            <SelectField
              className="overview__compare"
              label={t('assessment.overview.compareWith')}
              value={compareID}
              onChange={(e) => setCompareID(e.target.value)}
            >
              <option value="">{t('assessment.overview.compareNone')}</option>
              {earlier.map((w) => (
                <option key={w.id} value={w.id}>
                  {roundName(w, lang)}
                </option>
              ))}
            </SelectField>
          ) : null}
        </div>
        {prev.state === 'failed' ? (
          <Banner action={<Button onClick={reload}>{t('common.retry')}</Button>}>
            {t('errors.loadFailed', { reason: errorReason(prev.error, t) })}
          </Banner>
        ) : null}
        <div className="overview__radar-wrap">
          <Radar
            axes={axes}
            series={series}
            label={t('assessment.overview.radarLabel', { title: workshop.title })}
            radius={150}
          />
        </div>
        <ul className="radar-legend">
          <li className="radar-legend__item radar-legend__item--current">
            {roundName(workshop, lang)}
          </li>
          {compare ? (
            <li className="radar-legend__item radar-legend__item--previous">
              {roundName(compare, lang)}
            </li>
          ) : (
            <li className="radar-legend__note">
              {earlier.length
                ? t('assessment.overview.pickRound')
                : t('assessment.overview.firstRound')}
            </li>
          )}
        </ul>
      </section>

      <section className="card overview__scores" aria-labelledby="overview-scores-title">
        <h2 className="card__title" id="overview-scores-title">
          {t('assessment.overview.scoresTitle')}
        </h2>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('assessment.overview.area')}</th>
              <th scope="col" className="num">
                {t('assessment.overview.thisRound')}
              </th>
              {prevReport ? (
                <>
                  <th scope="col" className="num">
                    {t('assessment.overview.earlierRound')}
                  </th>
                  <th scope="col" className="num">
                    {t('assessment.overview.change')}
                  </th>
                </>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {catalog.areas.map((a, i) => {
              const s = report.areas[i];
              const p = prevReport?.areas[i];
              if (!s) return null;
              const before = p?.score ?? null;
              return (
                <tr key={a.id}>
                  <th scope="row">{tx(a.title, lang)}</th>
                  <td className={`num score--${scoreBand(s.score)}`}>
                    {formatScore(s.score, lang)}
                  </td>
                  {prevReport ? (
                    <>
                      <td className={`num score--earlier score--${scoreBand(before)}`}>
                        {formatScore(before, lang)}
                      </td>
                      <td className={deltaClass(s.score, before)}>
                        {formatChange(s.score, before, lang)}
                      </td>
                    </>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('assessment.overall')}</th>
              <td className={`num score--${scoreBand(report.overall)}`}>
                {formatScore(report.overall, lang)}
              </td>
              {prevReport ? (
                <>
                  <td className={`num score--earlier score--${scoreBand(prevReport.overall)}`}>
                    {formatScore(prevReport.overall, lang)}
                  </td>
                  <td className={deltaClass(report.overall, prevReport.overall)}>
                    {formatChange(report.overall, prevReport.overall, lang)}
                  </td>
                </>
              ) : null}
            </tr>
          </tfoot>
        </table>
        {fewRated(rated) ? (
          <p className="overview__rated muted" data-testid="rated-count">
            {t('assessment.rated', { rated: String(rated.rated), count: rated.total })}
          </p>
        ) : null}
      </section>

      <GapList catalog={catalog} gaps={gapList} lang={lang} onOpen={onOpenQuestion} />

      {roomVoted(report) ? (
        <>
          <PerspectiveScores
            catalog={catalog}
            report={report}
            earlier={compare && prevReport ? { title: compare.title, report: prevReport } : null}
            lang={lang}
          />
          <RoomLists catalog={catalog} report={report} lang={lang} onOpen={onOpenQuestion} />
        </>
      ) : null}

      {compare ? (
        <section className="card overview__changes" aria-labelledby="overview-changes-title">
          <h2 className="card__title" id="overview-changes-title">
            {t('assessment.overview.changesTitle', { title: compare.title })}
          </h2>
          {prev.state === 'loading' ? (
            <p className="muted">{t('common.loading')}</p>
          ) : changed.length === 0 ? (
            <p className="muted">{t('assessment.overview.noChanges')}</p>
          ) : (
            <table className="data-table changes-table">
              <thead>
                <tr>
                  <th scope="col">{t('assessment.overview.question')}</th>
                  <th scope="col">{t('assessment.overview.area')}</th>
                  <th scope="col" className="num">
                    {t('assessment.overview.before')}
                  </th>
                  <th scope="col" className="num">
                    {t('assessment.overview.now')}
                  </th>
                  <th scope="col" className="num">
                    {t('assessment.overview.change')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {changed.map((c) => (
                  <tr key={c.questionID}>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => onOpenQuestion(c.questionID)}
                      >
                        {qText.get(c.questionID)?.q}
                      </button>
                    </td>
                    <td className="muted">{qText.get(c.questionID)?.area}</td>
                    <td className="num">{ratingText(c.before)}</td>
                    <td className="num">
                      <strong>{ratingText(c.after)}</strong>
                    </td>
                    <td
                      className={`num delta delta--${c.delta === null ? 'none' : c.delta > 0 ? 'up' : 'down'}`}
                    >
                      {c.delta === null ? '–' : c.delta > 0 ? `▲ +${c.delta}` : `▼ −${-c.delta}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}

      <section className="card overview__open" aria-labelledby="overview-open-title">
        <h2 className="card__title" id="overview-open-title">
          {t('assessment.overview.openTitle')}
        </h2>
        <div className="overview__lists">
          <JumpList
            title={t('assessment.overview.unanswered', { count: open.length })}
            empty={t('assessment.overview.allAnswered')}
            items={open}
            lang={lang}
            onOpen={onOpenQuestion}
          />
          <JumpList
            icon="flag"
            title={t('assessment.overview.flagged', { count: flagged.length })}
            empty={t('assessment.overview.noneFlagged')}
            items={flagged}
            lang={lang}
            onOpen={onOpenQuestion}
          />
        </div>
      </section>

      <section className="card overview__rounds" aria-labelledby="overview-rounds-title">
        <div className="card__head">
          <h2 className="card__title" id="overview-rounds-title">
            {t('assessment.overview.roundsTitle')}
          </h2>
          <Button variant="secondary" icon="plus" onClick={() => setNewRound(true)}>
            {t('assessment.overview.nextRound')}
          </Button>
        </div>
        <ol className="rounds-list">
          {rounds.map((w) => (
            <li
              key={w.id}
              className={w.id === workshop.id ? 'rounds-list__item--current' : undefined}
            >
              {w.id === workshop.id ? (
                <span aria-current="page">{roundName(w, lang)}</span>
              ) : (
                <a
                  href={routeHref({
                    page: 'workshop',
                    clientId: client.id,
                    workshopId: w.id,
                    tab: 'assessment',
                  })}
                >
                  {roundName(w, lang)}
                </a>
              )}
            </li>
          ))}
        </ol>
      </section>

      {newRound ? (
        <NewWorkshopDialog
          clientId={client.id}
          previous={[...rounds].reverse()}
          defaultCopyFrom={workshop.id}
          onClose={() => setNewRound(false)}
          onCreated={(w) => {
            setNewRound(false);
            clientList.reload();
            window.location.hash = routeHref({
              page: 'workshop',
              clientId: client.id,
              workshopId: w.id,
              tab: 'assessment',
            });
          }}
        />
      ) : null}
    </div>
  );
}
