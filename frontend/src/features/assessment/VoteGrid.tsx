import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Vote } from '../../api/assessment';
import type { Participant } from '../../api/workshops';
import { SaveChip } from './SaveChip';
import { formatValue } from './scoreFormat';
import { tx } from './text';
import type { VoteBook } from './voteBook';
import { cellText, moveIn, parseCell, type Pos } from './voteGrid';
import { summarize, valueOfVote } from './voteSummary';

interface Props {
  catalog: Catalog;
  /** areaID is the area shown first (the current question's). */
  areaID: string;
  participants: readonly Participant[];
  book: VoteBook;
  votes: readonly Vote[];
  lang: string;
}

const arrows: Record<string, 'up' | 'down' | 'left' | 'right'> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/**
 * VoteGrid is the room's votes as a table, participants × the questions of
 * one area, for typing in paper sheets after the workshop: a cell takes 0–4,
 * n or nothing (which takes the vote back), the arrow keys and Tab move, and
 * a typed vote moves on along the row. A mistake stays in its cell, marked,
 * and is not stored. The table scrolls inside itself.
 */
export function VoteGrid({ catalog, participants, book, votes, lang, ...props }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const errorId = useId();
  const [areaID, setAreaID] = useState(props.areaID);
  const area = catalog.areas.find((a) => a.id === areaID) ?? catalog.areas[0];
  // What was typed but is not a vote, by cell, so nothing typed is lost from view.
  const [drafts, setDrafts] = useState<Map<string, string>>(new Map());
  const cells = useRef(new Map<string, HTMLInputElement>());
  if (!area) return null;
  const questions = area.questions;
  const keyOf = (pos: Pos) => `${pos.row}:${pos.col}`;
  const focus = (pos: Pos | null) => {
    if (!pos) return;
    const el = cells.current.get(keyOf(pos));
    el?.focus();
    el?.select();
  };
  const draftKey = (p: Participant, questionID: string) => `${p.id}\n${questionID}`;
  const setDraft = (key: string, text: string | null) =>
    setDrafts((d) => {
      const next = new Map(d);
      if (text === null) next.delete(key);
      else next.set(key, text);
      return next;
    });

  const onType = (pos: Pos, p: Participant, questionID: string, text: string) => {
    const cell = parseCell(text);
    const key = draftKey(p, questionID);
    if (cell.kind === 'invalid') {
      setDraft(key, text);
      return;
    }
    setDraft(key, null);
    book.set(p.id, questionID, cell.kind === 'vote' ? cell.value : null).catch(() => undefined);
    if (cell.kind === 'vote') focus(moveIn(pos, 'next', participants.length, questions.length));
  };
  const onKey = (
    pos: Pos,
    p: Participant,
    questionID: string,
    e: KeyboardEvent<HTMLInputElement>,
  ) => {
    // A vote typed replaces the cell whatever was in it, so a sheet goes in one key per cell.
    const plain = !e.ctrlKey && !e.metaKey && !e.altKey && e.key.length === 1;
    if (plain && parseCell(e.key).kind === 'vote') {
      e.preventDefault();
      onType(pos, p, questionID, e.key);
      return;
    }
    const dir = arrows[e.key] ?? (e.key === 'Enter' ? 'next' : undefined);
    if (!dir) return;
    e.preventDefault();
    focus(moveIn(pos, dir, participants.length, questions.length));
  };

  const firstError = [...drafts.entries()][0];
  const errorText = (() => {
    if (!firstError) return '';
    const [key, text] = firstError;
    const [pid, qid] = key.split('\n');
    const person = participants.find((p) => p.id === pid);
    const q = catalog.areas.flatMap((a) => a.questions).find((x) => x.id === qid);
    if (!person || !q) return t('roomVotes.grid.invalid');
    return t('roomVotes.grid.invalidCell', { text, name: person.name, number: q.number });
  })();
  const savingState = questions.map((q) => book.saveState(q.id));
  const state = savingState.includes('error')
    ? 'error'
    : savingState.includes('saving')
      ? 'saving'
      : savingState.includes('saved')
        ? 'saved'
        : 'idle';

  return (
    <section className="vote-grid" aria-labelledby={headingId} data-testid="vote-grid">
      <header className="vote-grid__head">
        <h2 className="vote-grid__title" id={headingId}>
          {t('roomVotes.grid.title')}
        </h2>
        <label className="vote-grid__area">
          <span>{t('roomVotes.grid.area')}</span>
          <select value={area.id} onChange={(e) => setAreaID(e.target.value)}>
            {catalog.areas.map((a) => (
              <option key={a.id} value={a.id}>
                {tx(a.title, lang)}
              </option>
            ))}
          </select>
        </label>
        <SaveChip state={state} label={t('roomVotes.heading')} />
      </header>
      <p className="vote-grid__hint">{t('roomVotes.grid.hint')}</p>
      <p className="vote-grid__error" id={errorId} role="alert">
        {errorText}
      </p>
      {participants.length === 0 ? (
        <p className="votes__empty">{t('roomVotes.noParticipants')}</p>
      ) : (
        <div className="vote-grid__scroll">
          <table className="vote-grid__table">
            <thead>
              <tr>
                <th scope="col">{t('roomVotes.grid.participant')}</th>
                {questions.map((q) => (
                  <th key={q.id} scope="col" title={tx(q.text, lang)}>
                    {q.number}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {participants.map((p, row) => (
                <tr key={p.id}>
                  <th scope="row" className={`vote-grid__name votes__person--${p.side}`}>
                    <div className="vote-grid__who">
                      <span>{p.name}</span>
                      <span className="vote-grid__side">{t(`glossary.side.${p.side}`)}</span>
                    </div>
                  </th>
                  {questions.map((q, col) => {
                    const pos = { row, col };
                    const key = draftKey(p, q.id);
                    const draft = drafts.get(key);
                    return (
                      <td key={q.id}>
                        <input
                          ref={(el) => {
                            if (el) cells.current.set(keyOf(pos), el);
                            else cells.current.delete(keyOf(pos));
                          }}
                          className="vote-grid__cell"
                          type="text"
                          inputMode="numeric"
                          autoComplete="off"
                          size={2}
                          aria-label={t('roomVotes.grid.cell', { name: p.name, number: q.number })}
                          aria-invalid={draft !== undefined || undefined}
                          aria-describedby={draft !== undefined ? errorId : undefined}
                          value={draft ?? cellText(valueOfVote(book.get(p.id, q.id)))}
                          onFocus={(e) => e.currentTarget.select()}
                          onChange={(e) => onType(pos, p, q.id, e.currentTarget.value)}
                          onKeyDown={(e) => onKey(pos, p, q.id, e)}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('roomVotes.mean')}</th>
                {questions.map((q) => {
                  const s = summarize(q.id, votes);
                  return (
                    <td key={q.id} className={s.consensus ? undefined : 'vote-grid__dissent'}>
                      {formatValue(s.mean, lang)}
                      {s.consensus ? null : (
                        <span className="visually-hidden"> ({t('glossary.no_consensus')})</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
