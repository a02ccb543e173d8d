import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ContactPreview } from '../../api/contacts';
import { person } from './fakeBackend';
import { ImportDialog } from './ImportDialog';

function preview(over: Partial<ContactPreview>): ContactPreview {
  return {
    token: 'tok',
    file_name: 'Kontakte.csv',
    format: 'csv',
    encoding: 'utf-8',
    people: [],
    problems: [],
    ...over,
  };
}

describe('ImportDialog', () => {
  it('says in German who is left out because they are there already', () => {
    render(
      <ImportDialog
        preview={preview({
          people: [person({ name: 'Eva Weiß' })],
          problems: [
            {
              line: 2,
              reason: 'Jürgen Größ is already on the map',
              skipped: 'on_map',
              name: 'Jürgen Größ',
            },
            { line: 3, reason: 'no name' },
            {
              line: 5,
              reason: 'Eva Weiß is already in the file (line 4)',
              skipped: 'repeated',
              name: 'Eva Weiß',
            },
          ],
        })}
        onCommit={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Kontakte importieren' });
    expect(dialog).toHaveAccessibleDescription(/3 Zeilen werden nicht übernommen\./);
    const left = within(
      within(dialog).getByRole('region', { name: 'Nicht übernommen' }),
    ).getAllByRole('listitem');
    expect(left.map((li) => li.textContent)).toEqual([
      'Zeile 2: Jürgen Größ ist schon auf der Karte.',
      'Zeile 3: no name',
      'Zeile 5: Eva Weiß steht weiter oben schon in der Datei.',
    ]);
    expect(within(dialog).getByRole('button', { name: '1 Person hinzufügen' })).toBeEnabled();
  });

  it('says so when everyone in the file is on the map already', () => {
    render(
      <ImportDialog
        preview={preview({
          problems: [
            {
              line: 2,
              reason: 'Jürgen Größ is already on the map',
              skipped: 'on_map',
              name: 'Jürgen Größ',
            },
          ],
        })}
        onCommit={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    expect(
      screen.getByText('Alle Personen der Datei sind schon auf der Karte.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '0 Personen hinzufügen' })).toBeDisabled();
  });
});
