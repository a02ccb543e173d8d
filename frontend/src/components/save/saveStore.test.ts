import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import { SaveStore } from './saveStore';

describe('SaveStore', () => {
  it('is idle until something was saved', () => {
    expect(new SaveStore().getSnapshot().status).toBe('idle');
  });

  it('shows saving while any field is dirty or in flight', () => {
    const s = new SaveStore();
    s.setDirty('a', true);
    expect(s.getSnapshot().status).toBe('saving');
    s.begin('a');
    s.setDirty('a', false);
    s.begin('b');
    s.succeed('a');
    expect(s.getSnapshot().status).toBe('saving');
    s.succeed('b');
    expect(s.getSnapshot().status).toBe('saved');
  });

  it('lets a failure win until that field saves', () => {
    const s = new SaveStore();
    const err = new ApiError('disk_full', 'full');
    s.begin('a');
    s.fail('a', err);
    s.begin('b');
    s.succeed('b');
    expect(s.getSnapshot()).toEqual({ status: 'error', error: err });
    s.begin('a');
    s.succeed('a');
    expect(s.getSnapshot()).toEqual({ status: 'saved', error: null });
  });

  it('drops the failure of a field that left once anything else saves', () => {
    const s = new SaveStore();
    s.begin('a');
    s.fail('a', new ApiError('internal', 'x'));
    s.forget('a');
    expect(s.getSnapshot().status).toBe('error');
    s.begin('b');
    s.succeed('b');
    expect(s.getSnapshot().status).toBe('saved');
  });
});
