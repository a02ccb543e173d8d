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
              kind: 'on_map',
              skipped: 'on_map',
              name: 'Jürgen Größ',
            },
            { line: 3, reason: 'no name: “Name” is empty', kind: 'no_name' },
            {
              line: 5,
              reason: 'Eva Weiß is already in the file (line 4)',
              kind: 'repeated',
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
      'Zeile 3: Kein Name angegeben.',
      'Zeile 5: Eva Weiß steht weiter oben schon in der Datei.',
    ]);
    expect(within(dialog).getByRole('button', { name: '1 Person hinzufügen' })).toBeEnabled();
  });

  it("says in German why each other row or card is not added, and Go's words for a kind it does not know", () => {
    render(
      <ImportDialog
        preview={preview({
          format: 'vcard',
          people: [person({ name: 'Eva Weiß' })],
          problems: [
            { line: 1, reason: 'this card has no name (neither FN nor N)', kind: 'no_name' },
            {
              line: 14,
              reason: 'this card describes an organisation, not a person',
              kind: 'organisation',
            },
            {
              line: 20,
              reason: 'email: is 612 characters long; at most 500 are allowed',
              kind: 'too_long',
              field: 'email',
              max: 500,
              name: 'Sabine Lang',
            },
            {
              line: 3020,
              reason: 'more rows are not added from here on; only the first 1000 are listed',
              kind: 'more',
              max: 1000,
            },
            { line: 3021, reason: 'a reason from a newer Go side', kind: 'brand_new' },
          ],
        })}
        onCommit={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    const left = within(screen.getByRole('region', { name: 'Nicht übernommen' })).getAllByRole(
      'listitem',
    );
    expect(left.map((li) => li.textContent)).toEqual([
      'Zeile 1: Kein Name angegeben.',
      'Zeile 14: Diese vCard beschreibt eine Firma, keine Person.',
      'Zeile 20: Das Feld „E-Mail“ von Sabine Lang ist zu lang (höchstens 500 Zeichen).',
      'Zeile 3020: Ab hier werden weitere Zeilen nicht übernommen; aufgeführt sind nur die ersten 1.000.',
      'Zeile 3021: a reason from a newer Go side',
    ]);
  });

  it('says so when everyone in the file is on the map already', () => {
    render(
      <ImportDialog
        preview={preview({
          problems: [
            {
              line: 2,
              reason: 'Jürgen Größ is already on the map',
              kind: 'on_map',
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

  it('says so when the others in the file cannot be used', () => {
    render(
      <ImportDialog
        preview={preview({
          problems: [
            { line: 2, reason: 'x', kind: 'on_map', skipped: 'on_map', name: 'Jürgen Größ' },
            { line: 3, reason: 'no name', kind: 'no_name' },
          ],
        })}
        onCommit={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    expect(
      screen.getByText(
        'Niemand Neues: Wer aus der Datei übernommen werden kann, ist schon auf der Karte.',
      ),
    ).toBeInTheDocument();
  });
});
