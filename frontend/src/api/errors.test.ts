import { describe, expect, it } from 'vitest';
import { installFakeGo } from '../test/fakeGo';
import { getClient } from './clients';
import { ApiError, toApiError } from './errors';

describe('toApiError', () => {
  const cases: { name: string; raw: unknown; code: string; field: string; message: string }[] = [
    {
      name: 'the ErrorFormatter object',
      raw: { code: 'invalid', field: 'name', message: 'name: must not be empty' },
      code: 'invalid',
      field: 'name',
      message: 'name: must not be empty',
    },
    {
      name: 'the object as JSON in an Error (Wails wraps non-objects in new Error)',
      raw: new Error('{"code":"disk_full","message":"the disk is full"}'),
      code: 'disk_full',
      field: '',
      message: 'the disk is full',
    },
    {
      name: 'the object as a JSON string',
      raw: '{"code":"not_found","field":"id","message":"no such client"}',
      code: 'not_found',
      field: 'id',
      message: 'no such client',
    },
    {
      name: 'capitalised keys',
      raw: { Code: 'conflict', Field: '', Message: 'exists' },
      code: 'conflict',
      field: '',
      message: 'exists',
    },
    {
      name: 'an unknown code',
      raw: { code: 'weird', message: 'hm' },
      code: 'internal',
      field: '',
      message: 'hm',
    },
    {
      name: 'a plain Error',
      raw: new Error('socket closed'),
      code: 'internal',
      field: '',
      message: 'socket closed',
    },
    {
      name: 'a plain string',
      raw: 'method not registered',
      code: 'internal',
      field: '',
      message: 'method not registered',
    },
    {
      name: 'an object Wails flattened with new Error(object)',
      raw: new Error(String({ code: 'invalid' })),
      code: 'internal',
      field: '',
      message: '',
    },
    { name: 'nothing', raw: undefined, code: 'internal', field: '', message: '' },
  ];
  it.each(cases)('normalises $name', ({ raw, code, field, message }) => {
    const e = toApiError(raw);
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toBeInstanceOf(Error);
    expect({ code: e.code, field: e.field, message: e.message }).toEqual({ code, field, message });
  });

  it('keeps the kind Go gives (UIError.Kind), empty when there is none', () => {
    const e = toApiError(
      new Error('{"code":"invalid","kind":"pdf","message":"“a.pdf” is a PDF document"}'),
    );
    expect({ code: e.code, kind: e.kind }).toEqual({ code: 'invalid', kind: 'pdf' });
    expect(toApiError({ code: 'invalid', message: 'x' }).kind).toBe('');
  });

  it('passes an ApiError through', () => {
    const e = new ApiError('invalid', 'x', 'f');
    expect(toApiError(e)).toBe(e);
  });
});

describe('calls into Go', () => {
  it('looks window.go up at call time and returns the result', async () => {
    const client = { id: 'c1', name: 'Müller' };
    const app = installFakeGo({ Clients: { Get: () => client } });
    await expect(getClient('c1')).resolves.toEqual(client);
    expect(app.Clients?.Get).toHaveBeenCalledWith('c1');
  });

  it('rejects with an ApiError carrying code and field', async () => {
    installFakeGo({
      Clients: {
        Get: () => {
          throw { code: 'not_found', field: 'id', message: 'client not found' };
        },
      },
    });
    const err = await getClient('x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'not_found', field: 'id', message: 'client not found' });
  });

  it('says so when the backend is missing', async () => {
    delete window.go;
    await expect(getClient('x')).rejects.toMatchObject({ code: 'internal' });
  });
});
