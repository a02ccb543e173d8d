import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteVote, saveAnswer, saveVote, type Answer, type Vote } from '../../api/assessment';
import { onParticipantAdded, onVoteStored } from '../../api/roomVoting';
import type { Action } from '../../api/actions';
import type { Client } from '../../api/clients';
import type { Participant, Workshop } from '../../api/workshops';
import { Button } from '../../components/Button';
import { useSaveStore } from '../../components/save/SaveStatusContext';
import { ActionForm } from './ActionForm';
import { AnswerBook, type AnswerPatch } from './answerBook';
import { AreaNav } from './AreaNav';
import { steps, type AssessmentData } from './data';
import { questionFromHash, questionHref } from './deepLink';
import { HelpOverlay } from './HelpOverlay';
import { classifyTarget, commandFor, type Command, type Rating } from './keyboard';
import { Overview } from './Overview';
import { ProjectorView } from './ProjectorView';
import { ProjectorVotes } from './ProjectorVotes';
import { QuestionCard } from './QuestionCard';
import { fewRated, formatScore, ratedCount, scoreBand } from './scoreFormat';
import { areaQuestions, isGap, score, valueOf } from './scoring';
import { roundKey, startRound, stepRound, type Round } from './roundTable';
import { VoteBook } from './voteBook';
import { VoteGrid } from './VoteGrid';
import { VotePanel } from './VotePanel';
import { summarize, valueOfVote } from './voteSummary';
import { useRoomVoting } from '../room-voting/RoomVotingContext';
import { RoomVotingControl } from '../room-voting/RoomVotingControl';
import { RoomVotingPanel } from '../room-voting/RoomVotingPanel';
import { useFollowQuestion } from '../room-voting/useFollowQuestion';

/** focusAtEnd puts the cursor at the end of a text field, so what is typed adds to it. */
function focusAtEnd(el: HTMLTextAreaElement | null): void {
  if (!el) return;
  el.focus();
  const end = el.value.length;
  el.setSelectionRange(end, end);
}

interface Props extends Omit<AssessmentData, 'votes'> {
  client: Client;
  workshop: Workshop;
  votes?: Vote[];
}

const views = ['questions', 'grid', 'overview'] as const;
type View = (typeof views)[number];

/** withAdded is the workshop's participants and those the phones added since it was loaded. */
function withAdded(list: readonly Participant[], added: readonly Participant[]): Participant[] {
  const known = new Set(list.map((p) => p.id));
  return [...list, ...added.filter((p) => !known.has(p.id))];
}

/**
 * AssessmentScreen runs the workshop: one question at a time, rated by click
 * or key, notes saved as typed, scores live, a projector view for the room,
 * an overview with the radar and the comparison with the previous round.
 */
export function AssessmentScreen({
  client,
  workshop,
  catalog,
  answers,
  votes: initialVotes = [],
  actions: initialActions,
  rounds,
}: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const store = useSaveStore();
  const [book] = useState(
    () =>
      new AnswerBook(workshop.id, answers, (a: Answer) =>
        store.track(`answer:${workshop.id}:${a.question_id}`, saveAnswer(a)),
      ),
  );
  const version = useSyncExternalStore(book.subscribe, book.getVersion);
  const [voteBook] = useState(
    () =>
      new VoteBook(initialVotes, {
        save: (v) =>
          store.track(
            `vote:${workshop.id}:${v.participant_id}:${v.question_id}`,
            saveVote(workshop.id, v),
          ),
        remove: (participantID, questionID) =>
          store.track(
            `vote:${workshop.id}:${participantID}:${questionID}`,
            deleteVote(workshop.id, participantID, questionID),
          ),
      }),
  );
  const voteVersion = useSyncExternalStore(voteBook.subscribe, voteBook.getVersion);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the book changes in place; voteVersion tells when
  const votes = useMemo(() => voteBook.all(), [voteBook, voteVersion]);
  // Participants a phone adds show at once; the workshop reloads with them too.
  const [added, setAdded] = useState<Participant[]>([]);
  const participants = useMemo(
    () => withAdded(workshop.participants, added),
    [workshop.participants, added],
  );
  useEffect(() => {
    const offVote = onVoteStored((e) => {
      if (e.workshop_id === workshop.id) voteBook.receive(e.vote);
    });
    const offAdded = onParticipantAdded((e) => {
      if (e.workshop_id === workshop.id) setAdded((list) => [...list, e.participant]);
    });
    return () => {
      offVote();
      offAdded();
    };
  }, [voteBook, workshop.id]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the book changes in place; version tells when
  const all = useMemo(() => book.all(), [book, version]);
  const areas = useMemo(() => areaQuestions(catalog), [catalog]);
  const report = useMemo(
    () => score(workshop.id, areas, all, votes, participants),
    [workshop.id, areas, all, votes, participants],
  );
  const order = useMemo(() => steps(catalog), [catalog]);

  const [currentID, setCurrentID] = useState<string>(() => {
    const linked = questionFromHash(window.location.hash, workshop.id);
    return order.some((s) => s.questionID === linked) && linked
      ? linked
      : (order[0]?.questionID ?? '');
  });
  const [view, setView] = useState<View>('questions');
  const [projector, setProjector] = useState(false);
  const [help, setHelp] = useState(false);
  // Round the table: whose vote the next key is. The ref is the truth the keys
  // read, so keys typed faster than the screen renders each find their person.
  const [round, setRoundState] = useState<Round | null>(null);
  const roundRef = useRef<Round | null>(null);
  const setRound = (r: Round | null) => {
    roundRef.current = r;
    setRoundState(r);
  };
  // The questions whose votes the projector shows; hidden until revealed.
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const [actionFor, setActionFor] = useState<string | null>(null);
  const [actions, setActions] = useState<Action[]>(initialActions);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const cardRef = useRef<HTMLElement>(null);
  // After a jump by mouse (an area, a question in the overview) the focus goes
  // to the question, so Enter moves on instead of pressing that button again.
  const [focusCard, setFocusCard] = useState(0);
  useEffect(() => {
    if (focusCard > 0) cardRef.current?.focus({ preventScroll: true });
  }, [focusCard]);

  const pos = Math.max(
    0,
    order.findIndex((s) => s.questionID === currentID),
  );
  const step = order[pos];
  const area = step ? catalog.areas[step.areaIndex] : undefined;
  const question = area && step ? area.questions[step.index] : undefined;
  const answer = book.get(currentID);
  // Room voting: the phones rate the question on screen.
  const voting = useRoomVoting();
  useFollowQuestion(voting, currentID);
  const gap = isGap(valueOf(report, currentID));
  const summary = useMemo(() => summarize(currentID, votes), [currentID, votes]);
  const seats = useMemo(() => participants.map((p) => p.id), [participants]);
  const questionIDs = useMemo(() => order.map((s) => s.questionID), [order]);

  // Moving to another question by hand takes the round along, to its first participant.
  useEffect(() => {
    const r = roundRef.current;
    if (r && r.questionID !== currentID) {
      roundRef.current = startRound(currentID, seats);
      setRoundState(roundRef.current);
    }
  }, [currentID, seats]);

  // A deep link (#…/assessment/<question>) opens its question, also while the screen is open.
  useEffect(() => {
    const onHash = () => {
      const linked = questionFromHash(window.location.hash, workshop.id);
      if (linked && order.some((s) => s.questionID === linked)) {
        setCurrentID(linked);
        setView('questions');
      }
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [order, workshop.id]);

  // The address follows the question, so a reload comes back to it.
  useEffect(() => {
    if (!currentID) return;
    const href = questionHref(client.id, workshop.id, currentID);
    if (window.location.hash !== href) window.history.replaceState(window.history.state, '', href);
  }, [client.id, workshop.id, currentID]);

  const persist = (questionID: string) => {
    // A failure shows in the saved indicators; the answer stays on screen and the next edit sends it again.
    book.persist(questionID).catch(() => undefined);
  };
  const change = (patch: AnswerPatch) => {
    if (!currentID) return;
    book.update(currentID, patch);
    persist(currentID);
  };
  const rate = (r: Rating) => change({ rating: r, na: false });
  const toggleNA = () => change(answer.na ? { na: false } : { na: true, rating: null });
  const clear = () => change({ rating: null, na: false });
  const toggleFollowUp = () => change({ follow_up: !answer.follow_up });
  const toggleOption = (id: string) => {
    if (!question) return;
    const set = new Set(answer.checked);
    if (set.has(id)) set.delete(id);
    else set.add(id);
    // Keep the catalogue's order, so the stored list reads like the question.
    change({ checked: question.options.map((o) => o.id).filter((o) => set.has(o)) });
  };

  const goTo = (questionID: string) => {
    setCurrentID(questionID);
    setView('questions');
    setFocusCard((n) => n + 1);
  };
  const move = (delta: number) => {
    const next = order[pos + delta];
    if (next) setCurrentID(next.questionID);
    else if (delta > 0) setView('overview');
  };
  const moveArea = (delta: number) => {
    if (!step) return;
    const target = catalog.areas[step.areaIndex + delta];
    const first = target?.questions[0];
    if (first) setCurrentID(first.id);
  };
  const selectArea = (areaID: string) => {
    const first = catalog.areas.find((a) => a.id === areaID)?.questions[0];
    if (first) goTo(first.id);
  };
  const openAction = () => {
    if (gap) setActionFor(currentID);
  };
  const toggleRound = () => {
    setRound(roundRef.current ? null : startRound(currentID, seats));
    setView('questions');
  };
  /** roundStep carries out a key of the round; false when the key is not the round's. */
  const roundStep = (cmd: Command): boolean => {
    const r = roundRef.current;
    const key = r ? roundKey(cmd) : null;
    if (!r || !key) return false;
    const next = stepRound(r, key, seats, questionIDs);
    if (next.write) {
      const w = next.write;
      // A failure shows in the votes' saved state; the vote stays on screen.
      voteBook.set(w.participantID, w.questionID, w.value).catch(() => undefined);
    }
    setRound(next.round);
    if (next.round && next.round.questionID !== r.questionID) setCurrentID(next.round.questionID);
    return true;
  };
  const confirmProposal = () => {
    if (summary.proposal !== null) rate(summary.proposal);
  };
  const toggleReveal = () => {
    const show = !revealed.has(currentID);
    setRevealed((set) => {
      const next = new Set(set);
      if (show) next.add(currentID);
      else next.delete(currentID);
      return next;
    });
    // The phones hear that the result is on the projector when they rate this question.
    if (show && voting?.status.on && voting.status.question_id === currentID) {
      voting.reveal(currentID);
    }
  };

  /** run carries out a keyboard command; it returns whether the key was used. */
  const run = (cmd: Command): boolean => {
    if (cmd.kind === 'help') {
      setHelp(true);
      return true;
    }
    if ((view === 'questions' || projector) && roundStep(cmd)) return true;
    if (cmd.kind === 'projector' || (cmd.kind === 'escape' && projector)) {
      if (projector) setFocusCard((n) => n + 1);
      setProjector(!projector);
      return true;
    }
    if (cmd.kind === 'escape') return false;
    if (cmd.kind === 'overview') {
      setView((v) => (v === 'overview' ? 'questions' : 'overview'));
      return true;
    }
    if (cmd.kind === 'grid' && !projector) {
      setRound(null);
      setView((v) => (v === 'grid' ? 'questions' : 'grid'));
      return true;
    }
    if (view !== 'questions' && !projector) return false;
    switch (cmd.kind) {
      case 'rate':
        rate(cmd.rating);
        return true;
      case 'na':
        toggleNA();
        return true;
      case 'clear':
        clear();
        return true;
      case 'next':
        move(1);
        return true;
      case 'prev':
        move(-1);
        return true;
      case 'nextArea':
        moveArea(1);
        return true;
      case 'prevArea':
        moveArea(-1);
        return true;
      case 'followUp':
        toggleFollowUp();
        return true;
      case 'notes':
        if (projector) return false; // notes are internal: never on the projector
        focusAtEnd(notesRef.current);
        return true;
      case 'leaveNotes':
        cardRef.current?.focus();
        return true;
      case 'action':
        if (projector || !gap) return false;
        openAction();
        return true;
      case 'round':
        toggleRound();
        return true;
      case 'confirm':
        if (summary.proposal === null) return false;
        confirmProposal();
        return true;
      case 'reveal':
        toggleReveal();
        return true;
    }
    return false;
  };

  const runRef = useRef(run);
  // Whether the question itself is what the keys work on: no projector, dialog or overview over it.
  const onQuestion = view === 'questions' && !projector && !help && actionFor === null;
  const onQuestionRef = useRef(onQuestion);
  useLayoutEffect(() => {
    runRef.current = run;
    onQuestionRef.current = onQuestion;
  });

  // After a click with the mouse on a button, a tab or a checkbox, the keys
  // go on with the question: Enter moves on (instead of pressing "Zurück"
  // again), Space does not tick the box again. Once the click has done its
  // work, the focus goes back to the question, unless the click opened
  // something that took it (a field, a dialog, the projector). A button
  // pressed with a key keeps the focus where the keyboard put it.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onClick = (e: MouseEvent) => {
      if (e.detail === 0) return; // pressed with a key, not clicked
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!onQuestionRef.current) return;
        const kind = classifyTarget(document.activeElement);
        if (kind === 'text' || kind === 'notes' || kind === 'dialog') return;
        cardRef.current?.focus({ preventScroll: true });
      }, 0);
    };
    window.addEventListener('click', onClick);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('click', onClick);
    };
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const cmd = commandFor(e, classifyTarget(e.target));
      if (cmd && runRef.current(cmd)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const overall = formatScore(report.overall, lang);
  const rated = ratedCount(report.areas);
  const linked = actions.filter((a) => a.question_id === currentID);

  return (
    <div className="assess">
      <div className="assess-toolbar">
        <div
          className="segmented assess-toolbar__views"
          role="group"
          aria-label={t('assessment.viewLabel')}
        >
          {views.map((v) => (
            <button
              key={v}
              type="button"
              className={`segmented__item${view === v ? ' segmented__item--active' : ''}`}
              aria-pressed={view === v}
              onClick={() => setView(v)}
            >
              {v === 'grid' ? t('roomVotes.grid.view') : t(`assessment.views.${v}`)}
            </button>
          ))}
        </div>
        <p className="assess-toolbar__overall">
          <span>{t('assessment.overall')}</span>
          <strong data-testid="overall-score" className={`score--${scoreBand(report.overall)}`}>
            {overall}
          </strong>
          {fewRated(rated) ? (
            <span className="assess-toolbar__rated">
              {t('assessment.rated', { rated: String(rated.rated), count: rated.total })}
            </span>
          ) : null}
        </p>
        <div className="assess-toolbar__end">
          {voting ? (
            <RoomVotingControl voting={voting} onStarted={() => setProjector(true)} />
          ) : null}
          <Button
            variant="secondary"
            icon="presentation"
            onClick={() => setProjector(true)}
            aria-keyshortcuts="P"
          >
            {t('assessment.projector.open')}
          </Button>
          <Button
            variant="ghost"
            icon="keyboard"
            onClick={() => setHelp(true)}
            aria-keyshortcuts="?"
          >
            {t('assessment.help.open')}
          </Button>
        </div>
      </div>

      {view === 'questions' && area && question && step ? (
        <div className="assess-grid">
          <AreaNav
            catalog={catalog}
            report={report}
            answers={all}
            currentAreaID={area.id}
            lang={lang}
            onSelect={selectArea}
          />
          <QuestionCard
            ref={cardRef}
            notesRef={notesRef}
            book={book}
            area={area}
            question={question}
            index={step.index}
            answer={answer}
            gap={gap}
            saveState={book.saveState(currentID)}
            actions={linked}
            lang={lang}
            isFirst={pos === 0}
            isLast={pos === order.length - 1}
            onRate={rate}
            onNA={toggleNA}
            onClear={clear}
            onFollowUp={toggleFollowUp}
            onOption={toggleOption}
            onPrev={() => move(-1)}
            onNext={() => move(1)}
            onCreateAction={openAction}
            votes={
              participants.length > 0 || summary.votes > 0 ? (
                <VotePanel
                  questionID={currentID}
                  participants={participants}
                  voteOf={(pid) => valueOfVote(voteBook.get(pid, currentID))}
                  summary={summary}
                  answer={answer}
                  round={round}
                  saveState={voteBook.saveState(currentID)}
                  lang={lang}
                  onConfirm={confirmProposal}
                  onRound={toggleRound}
                />
              ) : null
            }
          />
        </div>
      ) : null}

      {view === 'grid' && area ? (
        <VoteGrid
          catalog={catalog}
          areaID={area.id}
          participants={participants}
          book={voteBook}
          votes={votes}
          lang={lang}
        />
      ) : null}

      {view === 'overview' ? (
        <Overview
          client={client}
          workshop={workshop}
          catalog={catalog}
          answers={all}
          report={report}
          rounds={rounds}
          lang={lang}
          onOpenQuestion={goTo}
        />
      ) : null}

      {projector && area && question && step ? (
        <ProjectorView
          client={client}
          catalog={catalog}
          area={area}
          question={question}
          index={step.index}
          answer={answer}
          book={book}
          report={report}
          lang={lang}
          tools={voting && !voting.status.on ? <RoomVotingControl voting={voting} /> : null}
          aside={voting?.status.on ? <RoomVotingPanel voting={voting} /> : null}
          votes={
            <ProjectorVotes
              summary={summary}
              revealed={revealed.has(currentID)}
              lang={lang}
              onReveal={toggleReveal}
            />
          }
          onRate={rate}
          onNA={toggleNA}
          onPrev={() => move(-1)}
          onNext={() => move(1)}
          onClose={() => {
            setProjector(false);
            setFocusCard((n) => n + 1);
          }}
        />
      ) : null}

      {help ? <HelpOverlay onClose={() => setHelp(false)} /> : null}

      {actionFor && question && actionFor === question.id ? (
        <ActionForm
          workshopID={workshop.id}
          question={question}
          rating={answer.rating}
          lang={lang}
          onClose={() => setActionFor(null)}
          onSaved={(a) => {
            setActions((list) => [...list, a]);
            setActionFor(null);
          }}
        />
      ) : null}
    </div>
  );
}
