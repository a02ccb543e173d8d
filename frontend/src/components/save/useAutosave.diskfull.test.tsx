import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/errors';
import { SaveStatusProvider, useSaveStatus } from './SaveStatusContext';
import { diskFullRetryMs, useAutosave } from './useAutosave';

/**
 * FakeDisk stands in for the Go side: while `full`, every save rejects the
 * way Go does on a full disk; otherwise it stores the value.
 */
class FakeDisk {
  full = false;
  stored = 'Notiz';
  calls: string[] = [];
  save = async (v: string): Promise<void> => {
    this.calls.push(v);
    await Promise.resolve();
    if (this.full) {
      throw new Error(
        '{"code":"disk_full","message":"The disk is full: the change was not saved"}',
      );
    }
    this.stored = v;
  };
}

function Editor({ disk }: { disk: FakeDisk }) {
  const [text, setText] = useState(disk.stored);
  const { status, flush } = useAutosave(text, disk.save);
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
      <p data-testid="field-status">{status}</p>
    </>
  );
}

function ScreenStatus() {
  const { status, error } = useSaveStatus();
  return <p data-testid="screen-status">{error ? `${status}:${error.code}` : status}</p>;
}

function setup(disk: FakeDisk) {
  return render(
    <SaveStatusProvider>
      <Editor disk={disk} />
      <ScreenStatus />
    </SaveStatusProvider>,
  );
}

const tick = (ms: number) => act(async () => vi.advanceTimersByTime(ms));

describe('useAutosave on a full disk', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps the edit, reports disk_full within a second, and saves it once there is room', async () => {
    const disk = new FakeDisk();
    disk.full = true;
    setup(disk);
    const box = screen.getByLabelText('Notizen');

    fireEvent.change(box, { target: { value: 'Notiz – Zusage bis Freitag' } });
    await tick(1000);
    expect(disk.calls).toEqual(['Notiz – Zusage bis Freitag']);
    expect(screen.getByTestId('screen-status')).toHaveTextContent('error:disk_full');
    expect(screen.getByTestId('field-status')).toHaveTextContent('error');
    expect(box).toHaveValue('Notiz – Zusage bis Freitag');
    expect(disk.stored).toBe('Notiz');

    // Still full: it keeps trying by itself, every few seconds, and the text stays.
    await tick(diskFullRetryMs);
    expect(disk.calls).toHaveLength(2);
    await tick(diskFullRetryMs);
    expect(disk.calls).toHaveLength(3);
    expect(box).toHaveValue('Notiz – Zusage bis Freitag');
    expect(screen.getByTestId('screen-status')).toHaveTextContent('error:disk_full');

    // Room again: the next retry stores exactly what is on screen, nobody typed.
    disk.full = false;
    await tick(diskFullRetryMs);
    expect(disk.stored).toBe('Notiz – Zusage bis Freitag');
    expect(screen.getByTestId('screen-status')).toHaveTextContent('saved');
    expect(screen.getByTestId('field-status')).toHaveTextContent('saved');

    // And then it stops trying.
    await tick(diskFullRetryMs * 3);
    expect(disk.calls).toHaveLength(4);
  });

  it('saves what was typed meanwhile, not the value that first failed', async () => {
    const disk = new FakeDisk();
    disk.full = true;
    setup(disk);
    const box = screen.getByLabelText('Notizen');
    fireEvent.change(box, { target: { value: 'Notiz 1' } });
    await tick(400);
    fireEvent.change(box, { target: { value: 'Notiz 12' } });
    disk.full = false;
    await tick(diskFullRetryMs);
    expect(disk.stored).toBe('Notiz 12');
    expect(disk.calls.at(-1)).toBe('Notiz 12');
    expect(screen.getByTestId('screen-status')).toHaveTextContent('saved');
  });

  it('does not retry other failures by itself', async () => {
    const save = vi.fn().mockRejectedValue(new ApiError('invalid', 'too long', 'notes'));
    function Field() {
      const [text, setText] = useState('a');
      useAutosave(text, save);
      return <input aria-label="Feld" value={text} onChange={(e) => setText(e.target.value)} />;
    }
    render(<Field />);
    fireEvent.change(screen.getByLabelText('Feld'), { target: { value: 'ab' } });
    await tick(400 + diskFullRetryMs * 3);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('clears the failure when the text is edited back to what is stored', async () => {
    const disk = new FakeDisk();
    disk.full = true;
    setup(disk);
    const box = screen.getByLabelText('Notizen');
    fireEvent.change(box, { target: { value: 'Notiz, doch nicht' } });
    await tick(400);
    expect(screen.getByTestId('screen-status')).toHaveTextContent('error:disk_full');
    fireEvent.change(box, { target: { value: 'Notiz' } });
    await tick(400);
    expect(screen.getByTestId('screen-status')).not.toHaveTextContent('error');
    expect(screen.getByTestId('field-status')).toHaveTextContent('saved');
  });

  it('stops retrying once the field is gone', async () => {
    const disk = new FakeDisk();
    disk.full = true;
    const { unmount } = setup(disk);
    fireEvent.change(screen.getByLabelText('Notizen'), { target: { value: 'weg' } });
    await tick(400);
    unmount(); // one last try on the way out
    await tick(0);
    const tries = disk.calls.length;
    await tick(diskFullRetryMs * 3);
    expect(disk.calls).toHaveLength(tries);
  });
});
