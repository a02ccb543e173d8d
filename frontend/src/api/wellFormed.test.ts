import { describe, expect, it } from 'vitest';
import { installFakeGo } from '../test/fakeGo';
import { call } from './bridge';
import { ApiError } from './errors';
import { loneSurrogate } from './wellFormed';

describe('loneSurrogate', () => {
  it('finds half a character and names where it is', () => {
    expect(loneSurrogate('Müller 😀')).toBeNull();
    expect(loneSurrogate('a\uFFFDb')).toBeNull();
    expect(loneSurrogate('a\uD800b')).toBe('');
    expect(loneSurrogate('\uDC00')).toBe('');
    expect(loneSurrogate('😀'.slice(0, 1))).toBe('');
    expect(loneSurrogate({ name: 'ok', notes: 'x\uDBFF' })).toBe('notes');
    expect(
      loneSurrogate({ title: 'T', participants: [{ name: 'A' }, { name: 'B', role: '\uDE00' }] }),
    ).toBe('participants[1].role');
    expect(loneSurrogate([1, null, true, { a: ['x', 'y\uD83D'] }])).toBe('[3].a[1]');
  });

  it('keeps such text from Go, with the field named', async () => {
    const go = installFakeGo({ Clients: { Save: (c: unknown) => c } });
    const client = {
      id: '',
      name: 'Hofmann \uD800',
      industry: '',
      location: '',
      notes: '',
      swot: { strengths: '', weaknesses: '', opportunities: '', threats: '' },
      updated_at: '',
    };
    const err = await call('Clients', 'Save', client).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'invalid', field: 'name', kind: 'not_text' });
    expect(go.Clients?.Save).not.toHaveBeenCalled();
    await expect(call('Clients', 'Save', { ...client, name: 'Hofmann 😀' })).resolves.toMatchObject(
      { name: 'Hofmann 😀' },
    );
  });
});
