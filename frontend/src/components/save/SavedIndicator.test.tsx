import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/errors';
import { i18n } from '../../i18n';
import { SaveStatusProvider } from './SaveStatusContext';
import { SavedIndicator, ScreenSavedIndicator } from './SavedIndicator';
import { useAutosave } from './useAutosave';

describe('SavedIndicator', () => {
  it('shows each state in German', () => {
    const { rerender } = render(<SavedIndicator status="saving" error={null} />);
    expect(screen.getByRole('status')).toHaveTextContent('Speichert…');
    rerender(<SavedIndicator status="saved" error={null} />);
    expect(screen.getByRole('status')).toHaveTextContent('Gespeichert');
    rerender(<SavedIndicator status="error" error={new ApiError('disk_full', 'disk full')} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Nicht gespeichert – kein Speicherplatz frei',
    );
  });

  it('shows the Go message for invalid input', () => {
    render(<SavedIndicator status="error" error={new ApiError('invalid', 'Name fehlt', 'name')} />);
    expect(screen.getByRole('status')).toHaveTextContent('Nicht gespeichert – Name fehlt');
  });

  it('speaks English when switched', async () => {
    await act(() => i18n.changeLanguage('en'));
    render(<SavedIndicator status="saved" error={null} />);
    expect(screen.getByRole('status')).toHaveTextContent('Saved');
  });

  it('turns to saved only once the Go call has resolved', async () => {
    let resolve!: () => void;
    const save = vi.fn(() => new Promise<void>((r) => (resolve = r)));
    function Field() {
      const [v, setV] = useState('');
      const { flush } = useAutosave(v, save);
      return (
        <label>
          Name
          <input value={v} onChange={(e) => setV(e.target.value)} onBlur={() => void flush()} />
        </label>
      );
    }
    const user = userEvent.setup();
    render(
      <SaveStatusProvider>
        <ScreenSavedIndicator />
        <Field />
      </SaveStatusProvider>,
    );
    await user.type(screen.getByLabelText('Name'), 'Ä');
    expect(screen.getByRole('status')).toHaveTextContent('Speichert…');
    await user.tab(); // blur flushes
    expect(save).toHaveBeenCalledWith('Ä');
    expect(screen.getByRole('status')).toHaveTextContent('Speichert…');
    await act(async () => resolve());
    expect(screen.getByRole('status')).toHaveTextContent('Gespeichert');
  });
});
