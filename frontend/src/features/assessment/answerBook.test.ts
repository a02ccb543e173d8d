import type { Answer } from '../../api/assessment';
import { SaveQueue } from '../../api/saveQueue';
import { AnswerBook } from './answerBook';

/** queued is a save through a save queue of its own, as saveAnswer is through the window's. */
function queued(save: (a: Answer) => Promise<unknown>): (a: Answer) => Promise<unknown> {
  const q = new SaveQueue();
  return (a) =>
    q.save(`answer:${a.workshop_id ?? ''}:${a.question_id}`, a, async (v) => {
      await save(v);
      return v;
    });
}

function deferred() {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A fake Go side: each save waits until the test lets it finish; the store keeps what arrived. */
function slowGo() {
  const stored = new Map<string, Answer>();
  const calls: Answer[] = [];
  const pending: ReturnType<typeof deferred>[] = [];
  const save = (a: Answer) => {
    calls.push(a);
    const d = deferred();
    pending.push(d);
    return d.promise.then(() => {
      stored.set(a.question_id, a);
    });
  };
  const finishAll = async () => {
    while (pending.length) {
      pending.shift()?.resolve();
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { stored, calls, pending, save, finishAll };
}

describe('AnswerBook', () => {
  it('ends with the last rating stored when rated twice quickly', async () => {
    const go = slowGo();
    const book = new AnswerBook('w1', [], queued(go.save));
    book.update('q1', { rating: 1 });
    const first = book.persist('q1');
    book.update('q1', { rating: 3 });
    const second = book.persist('q1');
    book.update('q1', { rating: 4 });
    const third = book.persist('q1');
    // One save at a time: the second waits for the first.
    expect(go.calls).toHaveLength(1);
    await go.finishAll();
    await Promise.all([first, second, third]);
    expect(go.stored.get('q1')?.rating).toBe(4);
    // The queued calls share one save with the newest state.
    expect(go.calls.map((a) => a.rating)).toEqual([1, 4]);
    expect(book.get('q1').rating).toBe(4);
  });

  it('keeps notes and rating together: a rating save never sends older notes', async () => {
    const go = slowGo();
    const book = new AnswerBook('w1', [], queued(go.save));
    book.update('q1', { notes: 'Grüße <script>alert(1)</script>' });
    const a = book.persist('q1');
    book.update('q1', { rating: 2 });
    const b = book.persist('q1');
    await go.finishAll();
    await Promise.all([a, b]);
    expect(go.stored.get('q1')).toMatchObject({
      workshop_id: 'w1',
      question_id: 'q1',
      rating: 2,
      notes: 'Grüße <script>alert(1)</script>',
    });
  });

  it('saves different questions independently', async () => {
    const go = slowGo();
    const book = new AnswerBook('w1', [], queued(go.save));
    book.update('q1', { rating: 1 });
    void book.persist('q1');
    book.update('q2', { na: true });
    void book.persist('q2');
    expect(go.calls).toHaveLength(2);
    await go.finishAll();
  });

  it('rejects when the save fails and sends again on the next persist', async () => {
    let fail = true;
    const saved: Answer[] = [];
    const book = new AnswerBook(
      'w1',
      [],
      queued(async (a) => {
        if (fail) throw new Error('disk full');
        saved.push(a);
      }),
    );
    book.update('q1', { rating: 0 });
    await expect(book.persist('q1')).rejects.toThrow('disk full');
    expect(book.get('q1').rating).toBe(0); // still on screen
    fail = false;
    await book.persist('q1');
    expect(saved.map((a) => a.rating)).toEqual([0]);
  });

  it('a queued save still runs after the running one failed', async () => {
    const calls: (number | null)[] = [];
    let n = 0;
    const book = new AnswerBook(
      'w1',
      [],
      queued(async (a) => {
        calls.push(a.rating);
        if (n++ === 0) throw new Error('busy');
      }),
    );
    book.update('q1', { rating: 1 });
    const first = book.persist('q1');
    book.update('q1', { rating: 2 });
    const second = book.persist('q1');
    await expect(first).rejects.toThrow('busy');
    await second;
    expect(calls).toEqual([1, 2]);
  });

  it('starts from the stored answers and tells listeners about edits', () => {
    const book = new AnswerBook(
      'w1',
      [
        {
          question_id: 'q1',
          rating: 3,
          na: false,
          finding: '',
          notes: 'x',
          follow_up: true,
          checked: ['crm'],
        },
      ],
      async () => undefined,
    );
    const seen: number[] = [];
    book.subscribe(() => seen.push(book.getVersion()));
    expect(book.get('q1')).toMatchObject({
      rating: 3,
      notes: 'x',
      follow_up: true,
      checked: ['crm'],
    });
    expect(book.get('q9')).toMatchObject({ rating: null, na: false, notes: '', checked: [] });
    book.update('q1', { na: true, rating: null });
    expect(seen).toEqual([1]);
    expect(book.all()).toHaveLength(1);
  });
});

describe('AnswerBook save state', () => {
  it('is saving until the newest state is stored, then saved', async () => {
    const go = slowGo();
    const book = new AnswerBook('w1', [], queued(go.save));
    expect(book.saveState('q1')).toBe('idle');
    book.update('q1', { rating: 1 });
    void book.persist('q1');
    book.update('q1', { rating: 2 });
    void book.persist('q1');
    expect(book.saveState('q1')).toBe('saving');
    go.pending.shift()?.resolve();
    await new Promise((r) => setTimeout(r, 0));
    // The first save is done, but the newest rating is still on its way.
    expect(book.saveState('q1')).toBe('saving');
    await go.finishAll();
    expect(book.saveState('q1')).toBe('saved');
  });

  it('is error when the save failed', async () => {
    const book = new AnswerBook(
      'w1',
      [],
      queued(async () => {
        throw new Error('disk full');
      }),
    );
    book.update('q1', { rating: 1 });
    await book.persist('q1').catch(() => undefined);
    expect(book.saveState('q1')).toBe('error');
  });
});
