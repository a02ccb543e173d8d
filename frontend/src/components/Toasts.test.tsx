import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFakeGo } from '../test/fakeGo';
import { SaveStatusProvider } from './save/SaveStatusContext';
import { ToastProvider, toastTimeouts, useToast } from './Toasts';
import { useOfferUndo, useRestored } from './useOfferUndo';

let api: ReturnType<typeof useToast>;
let offer: ReturnType<typeof useOfferUndo>;
const restored: string[] = [];

function Probe() {
  const toast = useToast();
  const offerUndo = useOfferUndo();
  useEffect(() => {
    api = toast;
    offer = offerUndo;
  });
  useRestored((r) => restored.push(`${r.kind}:${r.id}`));
  return <input aria-label="Notiz" />;
}

function setup() {
  restored.length = 0;
  render(
    <SaveStatusProvider>
      <ToastProvider>
        <Probe />
      </ToastProvider>
    </SaveStatusProvider>,
  );
}

const region = () => screen.getByRole('region', { name: 'Meldungen' });
/** The live region: what appears in it is read out. */
const live = () => region().querySelector('[aria-live="polite"]') as HTMLElement;

afterEach(() => {
  vi.useRealTimers();
});

describe('undo toast', () => {
  it('says what was deleted, announces it with the shortcut, and undoes on click', async () => {
    setup();
    const user = userEvent.setup();
    const undo = vi.fn(async () => undefined);
    act(() => api.undoable('„Müller & Söhne“ wurde gelöscht.', undo));
    expect(within(region()).getByText(/^„Müller & Söhne“ wurde gelöscht\./)).toBeVisible();
    expect(live()).toHaveTextContent('„Müller & Söhne“ wurde gelöscht. Rückgängig mit Strg+Z.');
    const button = within(region()).getByRole('button', { name: 'Rückgängig' });
    expect(button).toHaveAttribute('aria-keyshortcuts', 'Control+Z');
    await user.click(button);
    expect(undo).toHaveBeenCalledTimes(1);
    expect(within(region()).queryByRole('button', { name: 'Rückgängig' })).toBeNull();
  });

  it('is reached from the keyboard with Tab', async () => {
    setup();
    const user = userEvent.setup();
    act(() => api.undoable('Weg.', async () => undefined));
    screen.getByRole('textbox', { name: 'Notiz' }).focus();
    await user.tab();
    expect(within(region()).getByRole('button', { name: 'Rückgängig' })).toHaveFocus();
  });

  it('undoes the newest delete with Ctrl+Z, but not while typing in a field', async () => {
    setup();
    const user = userEvent.setup();
    const first = vi.fn(async () => undefined);
    const second = vi.fn(async () => undefined);
    act(() => api.undoable('Eins weg.', first));
    act(() => api.undoable('Zwei weg.', second));
    await user.click(screen.getByRole('textbox', { name: 'Notiz' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(second).not.toHaveBeenCalled();
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('{Control>}z{/Control}');
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
    await user.keyboard('{Control>}z{/Control}');
    expect(first).toHaveBeenCalledTimes(1);
  });

  it('leaves Ctrl+Z to a screen that used it already', () => {
    setup();
    const undo = vi.fn(async () => undefined);
    act(() => api.undoable('Weg.', undo));
    const e = new KeyboardEvent('keydown', {
      key: 'z',
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
    });
    e.preventDefault();
    act(() => void window.dispatchEvent(e));
    expect(undo).not.toHaveBeenCalled();
  });

  it('goes after about ten seconds, but not while the pointer or the focus is on it', () => {
    vi.useFakeTimers();
    setup();
    act(() => api.undoable('Weg.', async () => undefined));
    const toast = within(region())
      .getByText(/^Weg\./)
      .closest('.toast') as HTMLElement;
    fireEvent.mouseEnter(toast);
    act(() => void vi.advanceTimersByTime((toastTimeouts.undo ?? 0) * 3));
    expect(within(region()).getByText(/^Weg\./)).toBeInTheDocument();
    fireEvent.mouseLeave(toast);
    fireEvent.focus(within(toast).getByRole('button', { name: 'Rückgängig' }));
    act(() => void vi.advanceTimersByTime((toastTimeouts.undo ?? 0) * 3));
    expect(within(region()).getByText(/^Weg\./)).toBeInTheDocument();
    fireEvent.blur(within(toast).getByRole('button', { name: 'Rückgängig' }));
    act(() => void vi.advanceTimersByTime((toastTimeouts.undo ?? 0) - 1));
    expect(within(region()).getByText(/^Weg\./)).toBeInTheDocument();
    act(() => void vi.advanceTimersByTime(1));
    expect(within(region()).queryByText(/^Weg\./)).toBeNull();
  });

  it('stays longer than an information', () => {
    expect(toastTimeouts.undo ?? 0).toBeGreaterThanOrEqual(10000);
    expect(toastTimeouts.undo ?? 0).toBeGreaterThan(toastTimeouts.info ?? 0);
    expect(toastTimeouts.error).toBeNull();
  });
});

describe('useOfferUndo', () => {
  const deleted = { undo_id: 'u1', kind: 'competitor', id: 'k1', name: 'Voith' };

  it('puts back through Go, tells the screens, and says it is back', async () => {
    const go = installFakeGo({
      Bin: { PutBack: () => ({ kind: 'competitor', id: 'k1', client_id: 'c1', name: 'Voith' }) },
    });
    setup();
    const user = userEvent.setup();
    const onRestored = vi.fn();
    act(() => offer(deleted, '„Voith“ wurde gelöscht.', onRestored));
    await user.click(within(region()).getByRole('button', { name: 'Rückgängig' }));
    await waitFor(() => expect(onRestored).toHaveBeenCalledTimes(1));
    expect(go.Bin?.PutBack).toHaveBeenCalledWith('u1');
    expect(restored).toEqual(['competitor:k1']);
    expect(live()).toHaveTextContent('„Voith“ ist wieder da.');
  });

  it('says in words when the undo comes too late', async () => {
    installFakeGo({
      Bin: {
        PutBack: () => {
          throw { code: 'not_found', message: 'this delete can no longer be undone' };
        },
      },
    });
    setup();
    const user = userEvent.setup();
    act(() => offer(deleted, '„Voith“ wurde gelöscht.'));
    await user.click(within(region()).getByRole('button', { name: 'Rückgängig' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Rückgängig ging nicht: Es ist zu lange her, oder das, wozu es gehörte, ist inzwischen gelöscht.',
    );
    expect(restored).toEqual([]);
  });
});
