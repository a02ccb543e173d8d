import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../api/clients';
import type { ContactPreview } from '../../api/contacts';
import type { Workshop } from '../../api/workshops';
import { installFakeGo } from '../../test/fakeGo';
import { fakeBackend, person } from './fakeBackend';
import { gridMime } from './GridView';
import { StakeholderTab } from './StakeholderTab';

const client = { id: 'c1', name: 'Müller GmbH' } as Client;
const workshop = { id: 'w1', client_id: 'c1', title: 'Kick-off' } as Workshop;

let be: ReturnType<typeof fakeBackend>;

function seed() {
  for (const p of [
    person({
      id: 'anna',
      name: 'Anna Berg',
      department: 'purchasing',
      influence: 4,
      attitude: 1,
      owner: 'Kim',
    }),
    person({
      id: 'ben',
      name: 'Ben Roth',
      department: 'it',
      influence: 2,
      attitude: -1,
      title: 'CIO',
    }),
    person({
      id: 'cara',
      name: 'Cara Lenz',
      department: 'management',
      influence: 5,
      attitude: 0,
      owner: 'Kim',
    }),
  ]) {
    be.people.set(p.id, p);
  }
}

const preview: ContactPreview = {
  token: 'tok',
  file_name: 'Kontakte.csv',
  format: 'csv',
  encoding: 'windows-1252',
  people: [
    person({ name: 'Jürgen Größ', department: 'purchasing', title: 'Leiter Einkauf' }),
    person({ name: 'Eva Weiß', department: 'works_council' }),
  ],
  problems: [{ line: 3, reason: 'no name: “Vorname” and “Nachname” are empty', kind: 'no_name' }],
};

function install() {
  return installFakeGo({
    Stakeholders: be.Stakeholders,
    Bin: be.Bin,
    Contacts: {
      Preview: () => preview,
      Discard: () => undefined,
      // Go places the people below the map as it stores them.
      Commit: () =>
        preview.people.map((p, i) => {
          const saved = { ...p, id: `imp${i}`, client_id: 'c1', x: 240 * i, y: 600 };
          be.people.set(saved.id, saved);
          return saved;
        }),
    },
  });
}

async function openView(name: RegExp | string) {
  const user = userEvent.setup({ delay: null });
  render(<StakeholderTab client={client} workshop={workshop} />);
  await user.click(await screen.findByRole('button', { name }));
  return user;
}

beforeEach(() => {
  be = fakeBackend();
  seed();
});

// Full screens with real user events: slow on a busy machine.
describe('stakeholder tab', { timeout: 30_000 }, () => {
  it('edits a person from the table: saved as typed, an empty name is refused inline', async () => {
    const go = install();
    const user = await openView('Tabelle');
    await user.click(screen.getByRole('button', { name: 'Ben Roth' }));
    const form = screen.getByRole('form', { name: 'Angaben zu Ben Roth' });
    const title = within(form).getByLabelText('Funktion');
    await user.clear(title);
    await user.type(title, 'CTO');
    await waitFor(() => expect(be.people.get('ben')?.title).toBe('CTO'));

    const name = within(form).getByLabelText(/^Name/);
    go.Stakeholders?.Save?.mockClear();
    await user.clear(name);
    expect(await within(form).findByText('Bitte geben Sie einen Namen ein.')).toBeInTheDocument();
    await act(() => new Promise((r) => setTimeout(r, 600)));
    expect(go.Stakeholders?.Save).not.toHaveBeenCalled();
    expect(be.people.get('ben')?.name).toBe('Ben Roth');

    await user.type(name, 'Benedikt Roth');
    await user.click(within(form).getByRole('radio', { name: '+2 unterstützend' }));
    await waitFor(() =>
      expect(be.people.get('ben')).toMatchObject({ name: 'Benedikt Roth', attitude: 2 }),
    );

    await user.type(within(form).getByLabelText('E-Mail'), 'ben at example');
    expect(
      await within(form).findByText('Das sieht nicht wie eine E-Mail-Adresse aus.'),
    ).toBeInTheDocument();
  });

  it('sorts and filters the table', async () => {
    install();
    const user = await openView('Tabelle');
    const table = screen.getByRole('table', { name: 'Stakeholder des Kunden' });
    const firstNames = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((c) => c.textContent);
    expect(firstNames()).toEqual(['Anna Berg', 'Ben Roth', 'Cara Lenz']);
    await user.click(within(table).getByRole('button', { name: /Einfluss/ }));
    await user.click(within(table).getByRole('button', { name: /Einfluss/ }));
    expect(firstNames()).toEqual(['Cara Lenz', 'Anna Berg', 'Ben Roth']);
    await user.type(screen.getByLabelText('Suchen'), 'cio');
    expect(firstNames()).toEqual(['Ben Roth']);
  });

  it('moves a person in the grid by drop and by arrow key, and undoes it', async () => {
    install();
    const user = await openView('Matrix');
    const chip = screen.getByRole('button', { name: /^Ben Roth/ });
    const target = screen.getByRole('cell', { name: 'Einfluss 4, Einstellung +2' });
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (k: string, v: string) => data.set(k, v),
      getData: (k: string) => data.get(k) ?? '',
      get types() {
        return [...data.keys()];
      },
      dropEffect: 'none',
      effectAllowed: 'all',
    };
    fireEvent.dragStart(chip, { dataTransfer });
    expect(dataTransfer.types).toContain(gridMime);
    fireEvent.dragOver(target, { dataTransfer });
    fireEvent.drop(target, { dataTransfer });
    await waitFor(() => expect(be.people.get('ben')).toMatchObject({ influence: 4, attitude: 2 }));
    expect(within(target).getByRole('button', { name: /^Ben Roth/ })).toBeInTheDocument();

    within(target)
      .getByRole('button', { name: /^Ben Roth/ })
      .focus();
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(be.people.get('ben')).toMatchObject({ influence: 4, attitude: 1 }));

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(be.people.get('ben')).toMatchObject({ attitude: 2 }));
    await user.click(screen.getByRole('button', { name: 'Rückgängig' }));
    await waitFor(() => expect(be.people.get('ben')).toMatchObject({ influence: 2, attitude: -1 }));
  });

  it('shows coverage gaps, and a gap goes once its department gets a person', async () => {
    install();
    const user = await openView('Tabelle');
    await user.click(screen.getByRole('tab', { name: /Abdeckung/ }));
    const panel = await screen.findByRole('region', { name: 'Abdeckung' });
    await within(panel).findByRole('button', { name: 'Person in Betriebsrat hinzufügen' });
    expect(
      within(panel).getByRole('button', { name: 'Person in Finanzen hinzufügen' }),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Ben Roth' })).toBeInTheDocument();

    await user.click(
      within(panel).getByRole('button', { name: 'Person in Betriebsrat hinzufügen' }),
    );
    await waitFor(() =>
      expect([...be.people.values()].some((p) => p.department === 'works_council')).toBe(true),
    );
    // The new person is selected, with the cursor in their name.
    const name = await screen.findByLabelText(/^Name/);
    expect(name).toHaveFocus();
    await user.click(screen.getByRole('tab', { name: /Abdeckung/ }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Abdeckung' })).queryByRole('button', {
          name: 'Person in Betriebsrat hinzufügen',
        }),
      ).not.toBeInTheDocument(),
    );
  });

  it('previews an import and writes nothing on cancel; adds everyone on confirm', async () => {
    const go = install();
    const user = await openView('Tabelle');
    await user.click(screen.getByRole('button', { name: 'Kontakte importieren' }));
    let dialog = await screen.findByRole('dialog', { name: 'Kontakte importieren' });
    expect(within(dialog).getByText('Jürgen Größ')).toBeInTheDocument();
    expect(within(dialog).getByRole('listitem')).toHaveTextContent('Zeile 3: Kein Name angegeben.');
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(go.Contacts?.Discard).toHaveBeenCalledWith('tok');
    expect(go.Contacts?.Commit).not.toHaveBeenCalled();
    expect(be.people.size).toBe(3);

    await user.click(screen.getByRole('button', { name: 'Kontakte importieren' }));
    dialog = await screen.findByRole('dialog', { name: 'Kontakte importieren' });
    await user.click(within(dialog).getByRole('button', { name: '2 Personen hinzufügen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(be.people.size).toBe(5);
    // Go placed them; the tab keeps those places and moves no one.
    expect(go.Stakeholders?.Move).not.toHaveBeenCalled();
    expect(['imp0', 'imp1'].map((id) => be.people.get(id))).toMatchObject([
      { x: 0, y: 600 },
      { x: 240, y: 600 },
    ]);
    expect(screen.getByRole('button', { name: 'Jürgen Größ' })).toBeInTheDocument();
  });

  it('says in German why a file cannot be imported at all', async () => {
    installFakeGo({
      Stakeholders: be.Stakeholders,
      Contacts: {
        // What Wails rejects with: Go's UIError as JSON in an Error.
        Preview: () => {
          throw new Error(
            JSON.stringify({
              code: 'invalid',
              kind: 'workbook',
              message:
                '“Kontakte.xlsx” is an Excel workbook or another ZIP archive, not a contact list',
            }),
          );
        },
      },
    });
    const user = await openView('Tabelle');
    await user.click(screen.getByRole('button', { name: 'Kontakte importieren' }));
    expect(
      await screen.findByText(
        'Import nicht möglich: Die Datei ist eine Excel-Arbeitsmappe (oder ein anderes ZIP-Archiv). Speichern Sie sie in Excel zuerst als „CSV (Trennzeichen-getrennt)“.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('renders the map with a card per person', async () => {
    install();
    render(<StakeholderTab client={client} workshop={workshop} />);
    const canvas = await screen.findByTestId('stakeholder-canvas');
    await waitFor(() =>
      expect(
        within(canvas)
          .getAllByRole('group', { hidden: true })
          .map((n) => n.getAttribute('aria-label')),
      ).toEqual(expect.arrayContaining(['Anna Berg', 'Ben Roth', 'Cara Lenz'])),
    );
    expect(
      screen.getByRole('button', { name: 'Person in Betriebsrat hinzufügen' }),
    ).toBeInTheDocument();
  });
});
