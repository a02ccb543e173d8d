import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { windowEvents } from '../../api/window';
import { CloseGuard } from './CloseGuard';
import { SaveStatusProvider } from './SaveStatusContext';
import { useAutosave } from './useAutosave';

/** A stand-in for the Wails event runtime. */
function installRuntime() {
  const handlers = new Map<string, (...d: unknown[]) => void>();
  const emitted: string[] = [];
  window.runtime = {
    EventsOn: (name, cb) => {
      handlers.set(name, cb);
      return () => handlers.delete(name);
    },
    EventsEmit: (name) => {
      emitted.push(name);
    },
  };
  return { handlers, emitted };
}

function Field({ save }: { save: (v: string) => Promise<unknown> }) {
  const [v, setV] = useState('');
  // A long pause, so only the close can be what saves it.
  useAutosave(v, save, 60_000);
  return <textarea aria-label="Notiz" value={v} onChange={(e) => setV(e.target.value)} />;
}

function setup(save: (v: string) => Promise<unknown>) {
  const rt = installRuntime();
  render(
    <SaveStatusProvider>
      <div id="root">
        <Field save={save} />
      </div>
      <CloseGuard />
    </SaveStatusProvider>,
  );
  return { ...rt, user: userEvent.setup() };
}

describe('CloseGuard', () => {
  afterEach(() => {
    delete window.runtime;
  });

  it('stores what was just typed, then lets the window close', async () => {
    const stored: string[] = [];
    const { handlers, emitted, user } = setup(async (v) => {
      await new Promise((r) => setTimeout(r, 20));
      stored.push(v);
    });
    await user.type(screen.getByLabelText('Notiz'), 'Grüße <b>');
    expect(stored).toEqual([]);
    act(() => handlers.get(windowEvents.closing)?.());
    expect(emitted).toEqual([]); // not before the save returned
    await waitFor(() => expect(emitted).toEqual([windowEvents.flushed]));
    expect(stored).toEqual(['Grüße <b>']);
  });

  it('keeps the window open and asks when a save failed', async () => {
    const { handlers, emitted, user } = setup(() =>
      Promise.reject({ code: 'disk_full', message: 'full' }),
    );
    await user.type(screen.getByLabelText('Notiz'), 'x');
    act(() => handlers.get(windowEvents.closing)?.());
    await waitFor(() => expect(emitted).toEqual([windowEvents.stay]));
    const dialog = await screen.findByRole('dialog', { name: 'Nicht alles ist gespeichert' });
    expect(dialog).toHaveTextContent('kein Speicherplatz frei');
    await user.click(screen.getByRole('button', { name: 'Trotzdem schließen' }));
    expect(emitted).toEqual([windowEvents.stay, windowEvents.flushed]);
  });

  it('closes at once when nothing is pending', async () => {
    const save = vi.fn(async () => undefined);
    const { handlers, emitted } = setup(save);
    act(() => handlers.get(windowEvents.closing)?.());
    await waitFor(() => expect(emitted).toEqual([windowEvents.flushed]));
    expect(save).not.toHaveBeenCalled();
  });
});
