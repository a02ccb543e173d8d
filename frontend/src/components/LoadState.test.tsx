import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/errors';
import { LoadState } from './LoadState';

describe('LoadState', () => {
  it('says it is loading', () => {
    render(<LoadState result={{ state: 'loading' }} reload={vi.fn()} />);
    expect(screen.getByText('Lädt…')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says why loading failed and loads again on request', async () => {
    const reload = vi.fn();
    const error = new ApiError('not_found', 'no such client');
    render(<LoadState result={{ state: 'failed', error }} reload={reload} />);
    expect(
      screen.getByText('Konnte nicht geladen werden: nicht mehr vorhanden'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('words the failure with the key it is given', () => {
    const error = new ApiError('not_found', 'gone');
    render(
      <LoadState
        result={{ state: 'failed', error }}
        reload={vi.fn()}
        failedKey="report.loadFailed"
      />,
    );
    expect(
      screen.getByText('Der Inhalt des Berichts konnte nicht geladen werden: nicht mehr vorhanden'),
    ).toBeInTheDocument();
  });
});
