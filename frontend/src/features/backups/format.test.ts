import { describe, expect, it } from 'vitest';
import { backupDate, backupKind, fileSize, parseKeep, stampOf } from './format';

describe('backup formats', () => {
  it('reads the local time stamp from the name', () => {
    const d = stampOf({ name: 'kam-workbench-20260312-091405-123-auto.db', mod_time: '' });
    expect(d).toEqual(new Date(2026, 2, 12, 9, 14, 5));
    expect(
      backupDate({ name: 'kam-workbench-20260312-091405-123-auto.db', mod_time: '' }, 'de'),
    ).toBe('12. März 2026 um 09:14');
    expect(
      backupDate({ name: 'kam-workbench-20260312-091405-123-auto.db', mod_time: '' }, 'en'),
    ).toBe('12 March 2026 at 09:14');
    expect(
      backupDate({ name: 'kam-workbench-20260312-091405-123-auto.db', mod_time: '' }, 'de', true),
    ).toBe('12. März 2026 um 09:14:05');
  });

  it('falls back to the modification time, then to the name', () => {
    const mod = '2026-03-12T09:14:05+01:00';
    expect(stampOf({ name: 'other.db', mod_time: mod })).toEqual(new Date(Date.parse(mod)));
    expect(backupDate({ name: 'other.db', mod_time: 'bogus' }, 'de')).toBe('other.db');
  });

  it.each([
    [0, 'de', '0 B'],
    [812 * 1024, 'de', '812 KB'],
    [2.44 * 1024 * 1024, 'de', '2,4 MB'],
    [2.44 * 1024 * 1024, 'en', '2.4 MB'],
    [1536, 'en', '1.5 KB'],
  ])('writes %d bytes in %s as %s', (n, lang, want) => {
    expect(fileSize(n, lang)).toBe(want);
  });

  it.each([
    ['kam-workbench-20260312-091405-123-auto.db', 'auto'],
    ['kam-workbench-20260312-091405-123-manual.db', 'manual'],
    ['kam-workbench-20260312-091405-123-before-restore.db', 'beforeRestore'],
    ['kam-workbench-20260312-091405-123-before-schema-3.db', 'beforeUpdate'],
    ['kam-workbench-20260312-091405-123.db', 'other'],
  ])('knows why %s was taken', (name, kind) => {
    expect(backupKind(name)).toBe(kind);
  });

  it.each([
    ['1', 1],
    [' 100 ', 100],
    ['12', 12],
    ['0', null],
    ['101', null],
    ['', null],
    ['1.5', null],
    ['-3', null],
    ['zehn', null],
  ])('reads %j as %j backups to keep', (text, want) => {
    expect(parseKeep(text, 1, 100)).toBe(want);
  });
});
