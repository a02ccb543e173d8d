import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/errors';
import { NewItemDialog } from './NewItemDialog';
import { SaveStore } from './save/saveStore';
import { SaveStatusProvider } from './save/SaveStatusContext';

interface Item {
  id: string;
  name: string;
}

function setup(create = vi.fn(async (name: string) => ({ id: 'c1', name }) as Item)) {
  const onCreated = vi.fn();
  const onClose = vi.fn();
  const store = new SaveStore();
  render(
    <SaveStatusProvider store={store}>
      <NewItemDialog
        ns="clients"
        saveKey="client:create"
        fields={['industry', 'location']}
        create={create}
        onClose={onClose}
        onCreated={onCreated}
      >
        <p>Zusatz</p>
      </NewItemDialog>
    </SaveStatusProvider>,
  );
  const name = screen.getByRole('textbox', { name: /^Name/ });
  return { create, onCreated, onClose, store, name, user: userEvent.setup() };
}

describe('NewItemDialog', () => {
  it("is a dialog titled and described by the namespace's texts, its fields labelled", () => {
    const { name } = setup();
    const dialog = screen.getByRole('dialog', { name: 'Neuer Kunde' });
    expect(dialog).toHaveAccessibleDescription(
      'Weitere Angaben können Sie jederzeit auf der Kundenseite ergänzen.',
    );
    expect(name).toHaveFocus();
    expect(name).toBeRequired();
    expect(screen.getByRole('textbox', { name: 'Branche' })).toHaveAttribute(
      'placeholder',
      'z. B. Maschinenbau',
    );
    expect(screen.getByRole('textbox', { name: 'Standort' })).toHaveAttribute(
      'placeholder',
      'z. B. Stuttgart',
    );
    expect(screen.getByText('Zusatz')).toBeInTheDocument();
  });

  it('creates the item from the trimmed name and fields and hands it on', async () => {
    const { create, onCreated, store, name, user } = setup();
    await user.type(name, '  Müller & Söhne  ');
    await user.type(screen.getByRole('textbox', { name: 'Branche' }), ' Maschinenbau ');
    await user.click(screen.getByRole('button', { name: 'Kunde anlegen' }));
    expect(create).toHaveBeenCalledWith('Müller & Söhne', {
      industry: 'Maschinenbau',
      location: '',
    });
    expect(onCreated).toHaveBeenCalledWith({ id: 'c1', name: 'Müller & Söhne' });
    expect(store.getSnapshot().status).toBe('saved');
  });

  it('refuses an empty name with a message at the name field until it is typed', async () => {
    const { create, name, user } = setup();
    await user.type(name, '   ');
    await user.type(screen.getByRole('textbox', { name: 'Standort' }), 'Ulm{Enter}');
    expect(create).not.toHaveBeenCalled();
    expect(name).toHaveFocus();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Bitte geben Sie einen Namen ein.');
    await user.type(name, 'A');
    expect(name).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Bitte geben Sie einen Namen ein.')).not.toBeInTheDocument();
  });

  it('stays open with what was typed when the save fails, saying why', async () => {
    const create = vi.fn(async (): Promise<Item> => {
      throw new ApiError('invalid', 'Der Name ist zu lang.', 'name');
    });
    const { onCreated, name, user } = setup(create);
    await user.type(name, 'Müller');
    const submit = screen.getByRole('button', { name: 'Kunde anlegen' });
    await user.click(submit);
    expect(onCreated).not.toHaveBeenCalled();
    expect(name).toHaveValue('Müller');
    expect(name).toHaveAccessibleDescription('Der Name ist zu lang.');
    expect(submit).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Abbrechen' })).toBeEnabled();
  });

  it('closes on Cancel without creating anything', async () => {
    const { create, onClose, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(create).not.toHaveBeenCalled();
  });
});
