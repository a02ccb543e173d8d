import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/errors';
import { SaveStatusProvider } from './SaveStatusContext';
import { ScreenSavedIndicator } from './SavedIndicator';
import { useValidatedAutosave } from './useValidatedAutosave';

interface Draft {
  title: string;
  note: string;
}

function Form({ persist, initial }: { persist: (d: Draft) => Promise<unknown>; initial: Draft }) {
  const [d, setD] = useState(initial);
  const { fieldError, flush } = useValidatedAutosave(d, {
    validate: (x) => ({ title: x.title.trim() ? undefined : 'Titel fehlt' }),
    persist,
    blank: (x) => !x.title && !x.note,
  });
  return (
    <>
      <label>
        Titel
        <input value={d.title} onChange={(e) => setD({ ...d, title: e.target.value })} />
      </label>
      <p data-testid="title-error">{fieldError('title')}</p>
      <label>
        Notiz
        <input
          value={d.note}
          onChange={(e) => setD({ ...d, note: e.target.value })}
          onBlur={() => void flush()}
        />
      </label>
    </>
  );
}

function setup(persist: (d: Draft) => Promise<unknown>, initial = { title: 'A', note: '' }) {
  render(
    <SaveStatusProvider>
      <ScreenSavedIndicator />
      <Form persist={persist} initial={initial} />
    </SaveStatusProvider>,
  );
  return userEvent.setup();
}

describe('useValidatedAutosave', () => {
  it('refuses a blank title before calling Go and stores it once valid', async () => {
    const persist = vi.fn(async () => undefined);
    const user = setup(persist, { title: 'A', note: 'ä' });
    await user.clear(screen.getByLabelText('Titel'));
    expect(screen.getByTestId('title-error')).toHaveTextContent('Titel fehlt');
    await user.click(screen.getByLabelText('Notiz'));
    await user.tab();
    expect(persist).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Nicht gespeichert – Titel fehlt');
    await user.type(screen.getByLabelText('Titel'), 'B');
    await user.click(screen.getByLabelText('Notiz'));
    await user.tab();
    expect(persist).toHaveBeenLastCalledWith({ title: 'B', note: 'ä' });
    expect(screen.getByTestId('title-error')).toBeEmptyDOMElement();
    expect(screen.getByRole('status')).toHaveTextContent('Gespeichert');
  });

  it('shows what Go refused at its field', async () => {
    const persist = vi.fn(async () => {
      throw new ApiError('invalid', 'title: is too long', 'title');
    });
    const user = setup(persist);
    await user.type(screen.getByLabelText('Titel'), 'x');
    await user.click(screen.getByLabelText('Notiz'));
    await act(async () => {
      await user.tab();
    });
    expect(persist).toHaveBeenCalled();
    expect(screen.getByTestId('title-error')).toHaveTextContent('title: is too long');
  });

  it('stores nothing for a row nobody typed into', async () => {
    const persist = vi.fn(async () => undefined);
    const user = setup(persist, { title: '', note: '' });
    expect(screen.getByTestId('title-error')).toBeEmptyDOMElement();
    await user.type(screen.getByLabelText('Notiz'), 'x');
    expect(screen.getByTestId('title-error')).toHaveTextContent('Titel fehlt');
    await user.clear(screen.getByLabelText('Notiz'));
    await user.tab();
    expect(persist).not.toHaveBeenCalled();
    expect(screen.getByTestId('title-error')).toBeEmptyDOMElement();
  });
});

describe('useValidatedAutosave, edited back', () => {
  it('is saved again when a refused edit is undone before any save ran', async () => {
    const persist = vi.fn(async () => undefined);
    const user = setup(persist, { title: 'A', note: 'x' });
    const title = screen.getByLabelText('Titel');
    await user.clear(title);
    expect(screen.getByRole('status')).toHaveTextContent('Speichert…');
    await user.type(title, 'A');
    await waitFor(() => expect(screen.getByRole('status')).not.toHaveTextContent('Speichert…'));
    expect(persist).not.toHaveBeenCalled();
  });

  it('stores the newest value when it changed while a save ran', async () => {
    let release!: () => void;
    const persist = vi.fn((d: Draft) =>
      d.title === 'AB' ? new Promise<void>((r) => (release = r)) : Promise.resolve(),
    );
    const user = setup(persist);
    const title = screen.getByLabelText('Titel');
    await user.type(title, 'B');
    await user.click(screen.getByLabelText('Notiz')); // blur: save "AB"
    await user.clear(title);
    await user.type(title, 'A'); // back to the old value while "AB" is saving
    await act(async () => release());
    await waitFor(() => expect(persist).toHaveBeenLastCalledWith({ title: 'A', note: '' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Gespeichert'));
  });
});
