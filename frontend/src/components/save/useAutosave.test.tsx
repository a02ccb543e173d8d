import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/errors';
import { useAutosave } from './useAutosave';

/** deferred gives a promise the test settles by hand, like a slow Go call. */
function deferred<T = void>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useAutosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const setup = (save: (v: string) => Promise<unknown>, delay?: number) =>
    renderHook(({ value }) => useAutosave(value, save, delay), { initialProps: { value: 'a' } });

  it('does not save the value it started with', async () => {
    const save = vi.fn(async () => undefined);
    setup(save);
    await act(async () => vi.advanceTimersByTime(1000));
    expect(save).not.toHaveBeenCalled();
  });

  it('saves once, with the newest value, after a pause in typing', async () => {
    const save = vi.fn(async () => undefined);
    const { result, rerender } = setup(save);
    rerender({ value: 'ab' });
    await act(async () => vi.advanceTimersByTime(300));
    rerender({ value: 'abc' });
    await act(async () => vi.advanceTimersByTime(300));
    expect(save).not.toHaveBeenCalled();
    expect(result.current.status).toBe('pending');
    await act(async () => vi.advanceTimersByTime(100));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('abc');
    expect(result.current.status).toBe('saved');
  });

  it('reports saved only after the save resolved', async () => {
    const d = deferred();
    const save = vi.fn(() => d.promise);
    const { result, rerender } = setup(save);
    rerender({ value: 'ab' });
    await act(async () => vi.advanceTimersByTime(400));
    expect(result.current.status).toBe('saving');
    await act(async () => d.resolve());
    expect(result.current.status).toBe('saved');
  });

  it('flushes right away when asked (on blur)', async () => {
    const save = vi.fn(async () => undefined);
    const { result, rerender } = setup(save);
    rerender({ value: 'ab' });
    await act(() => result.current.flush());
    expect(save).toHaveBeenCalledWith('ab');
    await act(async () => vi.advanceTimersByTime(1000));
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('flushes the unsaved value on unmount', async () => {
    const save = vi.fn(async () => undefined);
    const { rerender, unmount } = setup(save);
    rerender({ value: 'typed, then the page closed' });
    unmount();
    expect(save).toHaveBeenCalledWith('typed, then the page closed');
  });

  it('sends the Go call synchronously before the page unloads', () => {
    const save = vi.fn(async () => undefined);
    const { rerender } = setup(save);
    rerender({ value: 'ab' });
    window.dispatchEvent(new Event('beforeunload'));
    expect(save).toHaveBeenCalledWith('ab');
  });

  it('keeps one save at a time and then saves the newest value', async () => {
    const first = deferred();
    const save = vi.fn().mockReturnValueOnce(first.promise).mockResolvedValue(undefined);
    const { result, rerender } = setup(save);
    rerender({ value: 'ab' });
    await act(async () => vi.advanceTimersByTime(400));
    rerender({ value: 'abc' });
    await act(async () => vi.advanceTimersByTime(400));
    expect(save).toHaveBeenCalledTimes(1);
    await act(async () => first.resolve());
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith('abc');
    expect(result.current.status).toBe('saved');
  });

  it('keeps the text on error and retries on the next edit', async () => {
    const save = vi
      .fn()
      .mockRejectedValueOnce({ code: 'disk_full', message: 'the disk is full' })
      .mockResolvedValue(undefined);
    function Editor() {
      const [text, setText] = useState('Notiz');
      const { status, error, flush } = useAutosave(text, save);
      return (
        <>
          <label>
            Notizen
            <textarea
              value={text}
              onChange={(e) => setText(e.target.value)}
              onBlur={() => void flush()}
            />
          </label>
          <p data-testid="status">{status}</p>
          <p data-testid="error">{error ? `${error.code}: ${error.message}` : ''}</p>
        </>
      );
    }
    render(<Editor />);
    const box = screen.getByLabelText('Notizen');

    fireEvent.change(box, { target: { value: 'Notiz 1' } });
    await act(async () => vi.advanceTimersByTime(400));
    expect(save).toHaveBeenLastCalledWith('Notiz 1');
    expect(screen.getByTestId('status')).toHaveTextContent('error');
    expect(screen.getByTestId('error')).toHaveTextContent('disk_full: the disk is full');
    expect(box).toHaveValue('Notiz 1');

    fireEvent.change(box, { target: { value: 'Notiz 12' } });
    await act(async () => vi.advanceTimersByTime(400));
    expect(save).toHaveBeenLastCalledWith('Notiz 12');
    expect(screen.getByTestId('status')).toHaveTextContent('saved');
    expect(screen.getByTestId('error')).toBeEmptyDOMElement();
  });

  it('normalises what the save rejects with into an ApiError', async () => {
    const save = vi
      .fn()
      .mockRejectedValue(new Error('{"code":"invalid","field":"name","message":"empty"}'));
    const { result, rerender } = setup(save);
    rerender({ value: '' });
    await act(async () => vi.advanceTimersByTime(400));
    expect(result.current.error).toBeInstanceOf(ApiError);
    expect(result.current.error).toMatchObject({ code: 'invalid', field: 'name' });
  });

  it('saves objects when any field changed', async () => {
    const save = vi.fn(async () => undefined);
    const { rerender } = renderHook(({ value }) => useAutosave(value, save), {
      initialProps: { value: { name: 'A', notes: '' } },
    });
    rerender({ value: { name: 'A', notes: '' } }); // a new object, same content
    await act(async () => vi.advanceTimersByTime(400));
    expect(save).not.toHaveBeenCalled();
    rerender({ value: { name: 'A', notes: 'n' } });
    await act(async () => vi.advanceTimersByTime(400));
    expect(save).toHaveBeenCalledWith({ name: 'A', notes: 'n' });
  });
});
