import { deleteVote, saveVote, type Vote } from '../../api/assessment';
import { installFakeGo } from '../../test/fakeGo';
import { VoteBook } from './voteBook';

/**
 * A slow Go behind the real save functions (and so the window's save
 * queue): each call waits until the test lets it finish; the table keeps
 * what arrived.
 */
function slowGo() {
  const stored = new Map<string, Vote>();
  const pending: (() => void)[] = [];
  const later = (fn: () => void) =>
    new Promise<null>((resolve) =>
      pending.push(() => {
        fn();
        resolve(null);
      }),
    );
  const go = installFakeGo({
    Assessment: {
      SaveVote: (_w: string, v: Vote) =>
        later(() => stored.set(`${v.participant_id}/${v.question_id}`, v)),
      DeleteVote: (_w: string, p: string, q: string) => later(() => stored.delete(`${p}/${q}`)),
    },
  });
  return {
    stored,
    calls: () =>
      (go.Assessment?.SaveVote?.mock.calls.length ?? 0) +
      (go.Assessment?.DeleteVote?.mock.calls.length ?? 0),
    store: {
      save: (v: Vote) => saveVote('w1', v),
      remove: (p: string, q: string) => deleteVote('w1', p, q),
    },
    finishAll: async () => {
      for (let i = 0; i < 50; i++) {
        pending.shift()?.();
        await new Promise((r) => setTimeout(r, 0));
      }
    },
  };
}

describe('VoteBook', () => {
  it('stores every vote typed faster than Go answers, the last of each person winning', async () => {
    const go = slowGo();
    const book = new VoteBook([], go.store);
    const done = [
      book.set('anna', 'q1', 1),
      book.set('ben', 'q1', 2),
      book.set('anna', 'q1', 3),
      book.set('anna', 'q1', null),
      book.set('anna', 'q1', 'na'),
      book.set('cem', 'q1', 4),
    ];
    // On screen at once.
    expect(book.get('anna', 'q1')?.na).toBe(true);
    expect(book.saveState('q1')).toBe('saving');
    await go.finishAll();
    await Promise.all(done);
    const stored = [...go.stored.values()].map((v) => [v.participant_id, v.rating, v.na]);
    expect(stored.sort()).toEqual([
      ['anna', null, true],
      ['ben', 2, false],
      ['cem', 4, false],
    ]);
    // Anna's keys after the first one waited, and only the newest was sent.
    expect(go.calls()).toBe(4);
    expect(book.saveState('q1')).toBe('saved');
    expect(book.saveState('q2')).toBe('idle');
  });

  it('takes a vote back in Go when it is cleared', async () => {
    const go = slowGo();
    const book = new VoteBook(
      [{ participant_id: 'anna', question_id: 'q1', rating: 2, na: false }],
      go.store,
    );
    go.stored.set('anna/q1', { participant_id: 'anna', question_id: 'q1', rating: 2, na: false });
    const p = book.set('anna', 'q1', null);
    expect(book.get('anna', 'q1')).toBeUndefined();
    await go.finishAll();
    await p;
    expect(go.stored.size).toBe(0);
  });

  it('says error when Go refuses, keeping the vote on screen', async () => {
    const book = new VoteBook([], {
      save: () => Promise.reject(new Error('disk full')),
      remove: () => Promise.resolve(),
    });
    await expect(book.set('anna', 'q1', 3)).rejects.toThrow('disk full');
    expect(book.saveState('q1')).toBe('error');
    expect(book.get('anna', 'q1')?.rating).toBe(3);
  });

  it("shows a phone's vote without sending it back", () => {
    const go = slowGo();
    const book = new VoteBook([], go.store);
    let heard = 0;
    book.subscribe(() => heard++);
    book.receive({ participant_id: 'phone', question_id: 'q1', rating: 4, na: false });
    expect(book.all()).toHaveLength(1);
    expect(heard).toBe(1);
    expect(go.calls()).toBe(0);
  });
});
