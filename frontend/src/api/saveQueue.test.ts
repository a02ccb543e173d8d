import { describe, expect, it } from 'vitest';
import { SaveQueue, type Versioned } from './saveQueue';

interface Rec extends Versioned {
  id: string;
  text: string;
}

/** held is a Go call the test answers when it likes. */
interface Held {
  sent: Rec;
  answer: (stored: Rec | Error) => void;
}

function goOnHold() {
  const calls: Held[] = [];
  const send = (sent: Rec) =>
    new Promise<Rec>((resolve, reject) => {
      calls.push({ sent, answer: (r) => (r instanceof Error ? reject(r) : resolve(r)) });
    });
  /** at is the i-th call to Go; the test fails when there is none. */
  const at = (i: number): Held => {
    const c = calls[i];
    if (!c) throw new Error(`no call ${i} to Go`);
    return c;
  };
  return { calls, send, at };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('SaveQueue', () => {
  it('sends one save of a record at a time, the newest of what waits, on the version stored', async () => {
    const q = new SaveQueue();
    const go = goOnHold();
    const first = q.save('r:1', { id: '1', text: 'a', updated_at: 'v0' }, go.send);
    const second = q.save('r:1', { id: '1', text: 'b', updated_at: 'v0' }, go.send);
    const third = q.save('r:1', { id: '1', text: 'c', updated_at: 'v0' }, go.send);
    expect(go.calls.map((c) => c.sent.text)).toEqual(['a']);
    go.at(0).answer({ id: '1', text: 'a', updated_at: 'v1' });
    await tick();
    // "b" was replaced by "c" while it waited; "c" goes on the version "a" stored.
    expect(go.calls.map((c) => c.sent)).toEqual([
      { id: '1', text: 'a', updated_at: 'v0' },
      { id: '1', text: 'c', updated_at: 'v1' },
    ]);
    go.at(1).answer({ id: '1', text: 'c', updated_at: 'v2' });
    expect(await first).toMatchObject({ text: 'a' });
    expect(await second).toMatchObject({ text: 'c', updated_at: 'v2' });
    expect(await third).toMatchObject({ text: 'c', updated_at: 'v2' });
  });

  it('keeps a failure for its callers and goes on with what came after', async () => {
    const q = new SaveQueue();
    const go = goOnHold();
    const first = q.save('r:1', { id: '1', text: 'a', updated_at: 'v0' }, go.send);
    const second = q.save('r:1', { id: '1', text: 'b', updated_at: 'v0' }, go.send);
    go.at(0).answer(new Error('disk full'));
    await expect(first).rejects.toThrow('disk full');
    // Nothing was stored: the next goes on the version it was made on.
    expect(go.at(1).sent).toEqual({ id: '1', text: 'b', updated_at: 'v0' });
    go.at(1).answer({ id: '1', text: 'b', updated_at: 'v1' });
    await expect(second).resolves.toMatchObject({ text: 'b' });
  });

  it('never rebases a copy of a version someone else stored, and keeps records apart', async () => {
    const q = new SaveQueue();
    const go = goOnHold();
    void q.save('r:1', { id: '1', text: 'a', updated_at: 'v0' }, go.send);
    void q.save('r:2', { id: '2', text: 'x', updated_at: 'w0' }, go.send);
    expect(go.calls).toHaveLength(2);
    go.at(0).answer({ id: '1', text: 'a', updated_at: 'v1' });
    await tick();
    // A copy made on "elsewhere" (not a version this queue replaced) is sent as it is.
    void q.save('r:1', { id: '1', text: 'b', updated_at: 'elsewhere' }, go.send);
    expect(go.at(2).sent.updated_at).toBe('elsewhere');
    expect(q.current('r:2', 'w0')).toBe('w0');
  });
});
