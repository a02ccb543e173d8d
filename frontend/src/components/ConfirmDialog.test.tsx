import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from './ConfirmDialog';

function setup(onConfirm = vi.fn(), onCancel = vi.fn()) {
  render(
    <>
      <div id="root">
        <button type="button">outside</button>
      </div>
      <ConfirmDialog
        danger
        title="Kunde „Müller & Söhne“ löschen?"
        message="Alles wird gelöscht."
        confirmLabel="Endgültig löschen"
        onConfirm={onConfirm}
        onCancel={onCancel}
      />
    </>,
  );
  return { onConfirm, onCancel, user: userEvent.setup() };
}

describe('ConfirmDialog', () => {
  it('is a labelled modal dialog that names what it deletes', () => {
    setup();
    const dialog = screen.getByRole('dialog', { name: 'Kunde „Müller & Söhne“ löschen?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription('Alles wird gelöscht.');
  });

  it('focuses Cancel first, so Enter does not destroy anything', () => {
    setup();
    expect(screen.getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
  });

  it('cancels on Escape', async () => {
    const { user, onCancel, onConfirm } = setup();
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('keeps the focus inside while tabbing', async () => {
    const { user } = setup();
    const cancel = screen.getByRole('button', { name: 'Abbrechen' });
    const confirm = screen.getByRole('button', { name: 'Endgültig löschen' });
    await user.tab();
    expect(confirm).toHaveFocus();
    await user.tab();
    expect(cancel).toHaveFocus();
    await user.tab({ shift: true });
    expect(confirm).toHaveFocus();
  });

  it('makes the page behind inert while open', () => {
    setup();
    expect(document.getElementById('root')).toHaveAttribute('inert');
  });

  it('confirms on the confirm button', async () => {
    const { user, onConfirm, onCancel } = setup();
    await user.click(screen.getByRole('button', { name: 'Endgültig löschen' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onCancel).not.toHaveBeenCalled();
  });
});
