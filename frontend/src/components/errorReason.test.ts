import { describe, expect, it } from 'vitest';
import { ApiError, toApiError } from '../api/errors';
import { i18n } from '../i18n';
import { errorReason, ruleKinds } from './errorReason';

describe('errorReason', () => {
  // What app.FormatError sends for a participant without a name and for a
  // place that is too long (app/errors_test.go).
  const required = toApiError(
    '{"code":"invalid","field":"participants[1].name","kind":"required","message":"participants[1].name: must not be empty"}',
  );
  const tooLong = toApiError(
    '{"code":"invalid","field":"location","kind":"too_long","max":500,"message":"location: is 501 characters long; at most 500 are allowed"}',
  );

  it('says a broken rule of a field in the window language', async () => {
    await i18n.changeLanguage('de');
    expect(errorReason(required, i18n.t)).toBe('Name: darf nicht leer sein');
    expect(errorReason(tooLong, i18n.t)).toBe('Ort: höchstens 500 Zeichen');
    await i18n.changeLanguage('en');
    expect(errorReason(required, i18n.t)).toBe('Name: must not be empty');
    expect(errorReason(tooLong, i18n.t)).toBe('Place: at most 500 characters');
    await i18n.changeLanguage('de');
  });

  it('says the rule alone for a field it has no name for', () => {
    const e = new ApiError(
      'invalid',
      'influence: 7 is outside 1–5',
      'stakeholders[3].influence',
      'range',
      1,
      5,
    );
    expect(errorReason(e, i18n.t)).toBe('muss zwischen 1 und 5 liegen');
  });

  it("keeps Go's sentence when it named no rule", () => {
    const e = new ApiError('invalid', 'a person cannot relate to themselves', 'to');
    expect(errorReason(e, i18n.t)).toBe('a person cannot relate to themselves');
    expect(errorReason(new ApiError('not_found', 'gone'), i18n.t)).toBe('nicht mehr vorhanden');
  });

  it('has a sentence for every rule in both languages', () => {
    for (const lng of ['de', 'en']) {
      for (const k of ruleKinds) {
        expect(
          i18n.getResource(lng, 'translation', `errors.rule.${k}`),
          `${lng} ${k}`,
        ).toBeTruthy();
      }
    }
  });
});
