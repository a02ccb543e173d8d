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
    expect(s.getSnapshot()).toEqual({ status: 'error', error: err, errorOnScreen: true });
    s.begin('a');
    s.succeed('a');
    expect(s.getSnapshot()).toEqual({ status: 'saved', error: null, errorOnScreen: false });
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

  it('knows which failure is still on screen, and what is typed but not yet stored', () => {
    const s = new SaveStore();
    const full = new ApiError('disk_full', 'full');
    expect(s.unsaved()).toBeNull();
    s.setDirty('notes', true);
    expect(s.settling()).toBe(true);
    s.begin('notes');
    s.fail('notes', full);
    // Failed: not "settling" any more but unsaved, until it is stored.
    expect(s.settling()).toBe(false);
    expect(s.unsaved()).toBe(full);
    s.begin('notes');
    s.succeed('notes');
    s.setDirty('notes', false);
    expect(s.unsaved()).toBeNull();
    expect(s.settling()).toBe(false);
  });

  it('does not count a failure that left the screen or was given up', () => {
    const s = new SaveStore();
    const full = new ApiError('disk_full', 'full');
    s.begin('a');
    s.fail('a', full);
    s.forget('a');
    expect(s.unsaved()).toBeNull();
    s.begin('answer:w1:q1');
    s.fail('answer:w1:q1', full);
    expect(s.unsaved()).toBe(full);
    s.abandon();
    expect(s.unsaved()).toBeNull();
    // Still "not saved" until anything is stored, but no longer on screen.
    expect(s.getSnapshot()).toEqual({ status: 'error', error: full, errorOnScreen: false });
  });

  it('tells listeners when a field is stored while another save keeps it at saving', () => {
    const s = new SaveStore();
    let told = 0;
    s.subscribe(() => told++);
    s.begin('backup');
    s.setDirty('notes', true);
    s.begin('notes');
    const before = told;
    s.succeed('notes');
    s.setDirty('notes', false);
    expect(s.getSnapshot().status).toBe('saving');
    expect(told).toBeGreaterThan(before);
    expect(s.settling()).toBe(false);
  });
});
