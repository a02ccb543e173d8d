import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveStatusProvider } from '../../components/save/SaveStatusContext';
import { diskFullRetryMs, useAutosave } from '../../components/save/useAutosave';
import { DiskFullBanner } from './DiskFullBanner';

describe('the disk-full banner', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('appears within a second of a failed save and goes once the retry stored the edit', async () => {
    let full = true;
    const save = vi.fn(async () => {
      if (full) throw new Error('{"code":"disk_full","message":"The disk is full"}');
    });
    function Notes() {
      const [text, setText] = useState('');
      useAutosave(text, save);
      return (
        <textarea aria-label="Notizen" value={text} onChange={(e) => setText(e.target.value)} />
      );
    }
    render(
      <SaveStatusProvider>
        <DiskFullBanner />
        <Notes />
      </SaveStatusProvider>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.change(screen.getByLabelText('Notizen'), { target: { value: 'Budget 2027' } });
    await act(async () => vi.advanceTimersByTime(1000));
    expect(screen.getByRole('alert')).toHaveTextContent('Der Datenträger ist voll');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Ihre letzte Änderung ist noch nicht gespeichert',
    );
    expect(screen.getByLabelText('Notizen')).toHaveValue('Budget 2027');

    full = false;
    await act(async () => vi.advanceTimersByTime(diskFullRetryMs));
    expect(save).toHaveBeenLastCalledWith('Budget 2027');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('stays away for other failures', async () => {
    const save = vi.fn(async () => {
      throw new Error('{"code":"invalid","message":"too long","field":"notes"}');
    });
    function Notes() {
      const [text, setText] = useState('');
      useAutosave(text, save);
      return <input aria-label="Feld" value={text} onChange={(e) => setText(e.target.value)} />;
    }
    render(
      <SaveStatusProvider>
        <DiskFullBanner />
        <Notes />
      </SaveStatusProvider>,
    );
    fireEvent.change(screen.getByLabelText('Feld'), { target: { value: 'x' } });
    await act(async () => vi.advanceTimersByTime(1000));
    expect(save).toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says the change was not saved once its screen was left anyway', async () => {
    const save = vi.fn(async () => {
      throw new Error('{"code":"disk_full","message":"The disk is full"}');
    });
    function Notes() {
      const [text, setText] = useState('');
      useAutosave(text, save);
      return (
        <textarea aria-label="Notizen" value={text} onChange={(e) => setText(e.target.value)} />
      );
    }
    function Screen() {
      const [shown, setShown] = useState(true);
      return (
        <>
          <button onClick={() => setShown(false)}>Verlassen</button>
          {shown ? <Notes /> : null}
        </>
      );
    }
    render(
      <SaveStatusProvider>
        <DiskFullBanner />
        <Screen />
      </SaveStatusProvider>,
    );
    fireEvent.change(screen.getByLabelText('Notizen'), { target: { value: 'Budget 2027' } });
    await act(async () => vi.advanceTimersByTime(1000));
    expect(screen.getByRole('alert')).toHaveTextContent('bleibt hier stehen');
    fireEvent.click(screen.getByRole('button', { name: 'Verlassen' }));
    await act(async () => vi.advanceTimersByTime(100));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Die Änderung auf der verlassenen Seite wurde nicht gespeichert',
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent('bleibt hier stehen');
  });
});
