import { describe, expect, it } from 'vitest';
import { ApiError, toApiError } from '../api/errors';
import { i18n } from '../i18n';
import { errorReason } from './errorReason';

/** What app.FormatError sends for a rule Go checks (kam.Rule…), as the runtime passes it. */
const fromGo = (o: object) => toApiError(new Error(JSON.stringify(o)));

describe('errorReason', () => {
  it('says the rule Go names in the window’s language, with its limits', async () => {
    const tooLong = fromGo({
      code: 'invalid',
      field: 'notes',
      kind: 'too_long',
      max: 200000,
      message: 'notes: is 200001 characters long; at most 200000 are allowed',
    });
    const range = fromGo({
      code: 'invalid',
      field: 'stakeholders[3].influence',
      kind: 'out_of_range',
      min: 1,
      max: 5,
      message: 'stakeholders[3].influence: 7 is outside 1–5',
    });
    expect(errorReason(tooLong, i18n.t)).toBe('zu lang: höchstens 200.000 Zeichen');
    expect(errorReason(range, i18n.t)).toBe('nur Werte von 1 bis 5');
    await i18n.changeLanguage('en');
    expect(errorReason(tooLong, i18n.t)).toBe('too long: at most 200,000 characters');
    expect(errorReason(range, i18n.t)).toBe('only values from 1 to 5');
  });

  it('keeps Go’s sentence for invalid input without a rule it knows, and words the other codes', () => {
    expect(
      errorReason(new ApiError('invalid', 'a person cannot relate to themselves', 'to'), i18n.t),
    ).toBe('a person cannot relate to themselves');
    expect(errorReason(new ApiError('invalid', 'x', '', 'no_such_rule'), i18n.t)).toBe('x');
    expect(errorReason(new ApiError('not_found', 'client not found'), i18n.t)).toBe(
      'nicht mehr vorhanden',
    );
  });

  it('says a save from an outdated copy was refused, and that nothing of it was stored', async () => {
    const stale = fromGo({
      code: 'conflict',
      kind: 'stale',
      message: 'the opportunity was changed elsewhere meanwhile; nothing was saved',
    });
    await i18n.changeLanguage('de');
    expect(errorReason(stale, i18n.t)).toMatch(
      /^inzwischen anderweitig geändert; Ihre Änderung ist nicht gespeichert/,
    );
    await i18n.changeLanguage('en');
    expect(errorReason(stale, i18n.t)).toMatch(
      /^changed elsewhere in the meantime; your change is not saved/,
    );
    await i18n.changeLanguage('de');
  });
});
