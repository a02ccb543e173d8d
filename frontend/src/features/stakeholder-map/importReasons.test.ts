import { describe, expect, it } from 'vitest';
import duplicatesGo from '../../../../internal/contacts/duplicates.go?raw';
import fileErrorGo from '../../../../internal/contacts/fileerror.go?raw';
import problemsGo from '../../../../internal/contacts/problems.go?raw';
import type { ContactProblem } from '../../api/contacts';
import { ApiError } from '../../api/errors';
import { i18n } from '../../i18n';
import { stakeholderMapDe } from './messages.de';
import { stakeholderMapEn } from './messages.en';
import { fileErrorKinds, importFailure, problemKinds, problemReason } from './importReasons';

/**
 * The string constants named prefix… in a Go source, typed or not, as in
 * `KindNoName = "no_name"` or `SkippedOnMap Skip = "on_map"`.
 */
function goConstants(source: string, prefix: string): string[] {
  return [
    ...source.matchAll(new RegExp(`\\b${prefix}\\w+(?:\\s+\\w+)?\\s*=\\s*"(\\w+)"`, 'g')),
  ].map((m) => m[1] ?? '');
}

const de = (p: ContactProblem) => problemReason(p, i18n.getFixedT('de'), 'de');
const en = (p: ContactProblem) => problemReason(p, i18n.getFixedT('en'), 'en');

describe('the kinds Go gives', () => {
  it('are each worded, in German and in English', () => {
    const rows = [
      ...goConstants(problemsGo, 'Kind'),
      'invalid', // KindInvalid is kam.EInvalid
      ...goConstants(duplicatesGo, 'Skipped'),
    ];
    expect(rows.length).toBeGreaterThan(10);
    expect([...problemKinds].sort()).toEqual([...rows].sort());
    const files = goConstants(fileErrorGo, 'File');
    expect(files.length).toBeGreaterThan(10);
    expect([...fileErrorKinds].sort()).toEqual([...files].sort());
    for (const [lang, m] of [
      ['de', stakeholderMapDe],
      ['en', stakeholderMapEn],
    ] as const) {
      // too_long and invalid have a variant that names the person; invalid
      // one that says the rule broken, with and without the person.
      const worded = [
        ...rows,
        'too_long_named',
        'invalid_named',
        'invalid_rule',
        'invalid_rule_named',
      ];
      expect(Object.keys(m.import.reasons).sort(), lang).toEqual(worded.sort());
      expect(Object.keys(m.import.fileErrors).sort(), lang).toEqual([...files].sort());
    }
  });
});

describe('problemReason', () => {
  it('says in German why a row or card is not added', () => {
    expect(
      de({ line: 5, reason: 'no name: “Vorname” and “Nachname” are empty', kind: 'no_name' }),
    ).toBe('Kein Name angegeben.');
    expect(
      de({
        line: 14,
        reason: 'this card describes an organisation, not a person',
        kind: 'organisation',
      }),
    ).toBe('Diese vCard beschreibt eine Firma, keine Person.');
    expect(
      de({
        line: 7,
        reason: 'email: is 612 characters long; at most 500 are allowed',
        kind: 'too_long',
        field: 'email',
        max: 500,
      }),
    ).toBe('Das Feld „E-Mail“ ist zu lang (höchstens 500 Zeichen).');
    expect(
      de({
        line: 7,
        reason: 'notes: is 200001 characters long',
        kind: 'too_long',
        field: 'notes',
        max: 200000,
        name: 'Sabine Lang',
      }),
    ).toBe('Das Feld „Notizen“ von Sabine Lang ist zu lang (höchstens 200.000 Zeichen).');
    expect(
      de({
        line: 8,
        reason: 'buying_role: "x" is not one of …',
        kind: 'invalid',
        field: 'buying_role',
        name: 'Sabine Lang',
      }),
    ).toBe('Das Feld „Rolle im Buying Center“ von Sabine Lang enthält einen ungültigen Wert.');
    // A rule Go names is worded: a control character, a line break in a name.
    expect(
      de({
        line: 3,
        reason: 'email: holds the control character DEL (U+007F) at character 10; …',
        kind: 'invalid',
        field: 'email',
        rule: 'control_char',
        name: 'Lena Brandt',
      }),
    ).toBe(
      'Das Feld „E-Mail“ von Lena Brandt enthält ein Steuerzeichen (etwa NUL oder ESC), das kein Text ist.',
    );
    expect(
      de({
        line: 2,
        reason: 'name: must be one line; it holds a line break at character 6',
        kind: 'invalid',
        field: 'name',
        rule: 'line_break',
      }),
    ).toBe('Das Feld „Name“ muss einzeilig sein: ohne Zeilenumbruch oder Tabulator.');
    expect(
      de({
        line: 1002,
        reason: 'more rows are not added from here on; only the first 1000 are listed',
        kind: 'more',
        max: 1000,
      }),
    ).toBe('Ab hier werden weitere Zeilen nicht übernommen; aufgeführt sind nur die ersten 1.000.');
    expect(
      de({
        line: 3,
        reason: 'a quotation mark … lines 3 to 5 could not be read',
        kind: 'quote_unclosed',
        last_line: 5,
      }),
    ).toBe(
      'Ein Anführungszeichen in dieser Zeile wird nie geschlossen, daher konnten die Zeilen 3 bis 5 nicht gelesen werden.',
    );
    expect(
      de({ line: 2, reason: 'x', kind: 'on_map', skipped: 'on_map', name: 'Jürgen Größ' }),
    ).toBe('Jürgen Größ ist schon auf der Karte.');
  });

  it('says it in English in an English window', () => {
    expect(en({ line: 5, reason: 'no name', kind: 'no_name' })).toBe('No name given.');
    expect(en({ line: 1002, reason: '…', kind: 'more', max: 1000 })).toBe(
      'More rows are not added from here on; only the first 1,000 are listed.',
    );
  });

  it("falls back to Go's English reason for a kind or field it does not know", () => {
    expect(de({ line: 4, reason: 'something new went wrong', kind: 'brand_new' })).toBe(
      'something new went wrong',
    );
    expect(de({ line: 4, reason: 'colour: is odd', kind: 'invalid', field: 'colour' })).toBe(
      'colour: is odd',
    );
    expect(de({ line: 4, reason: 'from an older preview', kind: '' })).toBe(
      'from an older preview',
    );
  });
});

describe('importFailure', () => {
  const t = i18n.getFixedT('de');
  it('says in German why a file cannot be imported at all', () => {
    expect(
      importFailure(new ApiError('invalid', '“a.pdf” is a PDF document', '', 'pdf'), t, 'de'),
    ).toBe(
      'Die Datei ist ein PDF-Dokument, keine Kontaktliste. Exportieren Sie die Kontakte als CSV oder vCard (.vcf).',
    );
    expect(
      importFailure(new ApiError('invalid', '… larger than 16 MB …', '', 'too_large'), t, 'de'),
    ).toMatch(/^Die Datei ist größer als 16 MB\./);
    expect(
      importFailure(
        new ApiError('invalid', '… more than 5000 contacts …', '', 'too_many'),
        t,
        'de',
      ),
    ).toMatch(/mehr als 5\.000 Kontakte/);
    expect(
      importFailure(new ApiError('not_found', '“x.csv” does not exist', '', 'missing'), t, 'de'),
    ).toBe('Die Datei gibt es nicht (mehr).');
  });

  it('gives the usual reason for an error of no kind it knows', () => {
    expect(importFailure(new ApiError('invalid', 'Go says so', '', 'brand_new'), t, 'de')).toBe(
      'Go says so',
    );
    expect(importFailure(new ApiError('disk_full', 'disk full'), t, 'de')).toBe(
      'kein Speicherplatz frei',
    );
  });
});
