import { describe, expect, it } from 'vitest';
import goSource from '../../../internal/sqlite/backup_keep.go?raw';
import { keepRange } from './backups';

describe('keepRange', () => {
  // Go refuses a count outside 1–MaxBackupKeep (internal/sqlite/backup_keep.go);
  // the screen must accept exactly what Go stores.
  it('is the range Go accepts', () => {
    const max = /\bMaxBackupKeep\s*=\s*(\d+)/.exec(goSource)?.[1];
    const min = /n < (\d+) \|\| n > MaxBackupKeep/.exec(goSource)?.[1];
    expect(max, 'MaxBackupKeep in backup_keep.go').toBeDefined();
    expect(min, 'the lower bound in SetBackupKeep').toBeDefined();
    expect(keepRange).toEqual({ min: Number(min), max: Number(max) });
  });
});
