import type { Backup } from '../../api/backups';

const locale = (lang: string) => (lang === 'en' ? 'en-GB' : 'de-DE');

/**
 * stampOf reads when a backup was written: its file name starts with a local
 * time stamp (kam-workbench-20260312-091405-123-auto.db), which the file's
 * modification time stands in for when the name has none.
 */
export function stampOf(b: Pick<Backup, 'name' | 'mod_time'>): Date | null {
  const m = /^kam-workbench-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})/.exec(b.name);
  if (m) {
    const [, y, mo, d, h, mi, s] = m.map(Number);
    return new Date(y ?? 0, (mo ?? 1) - 1, d, h, mi, s);
  }
  const t = Date.parse(b.mod_time);
  return Number.isNaN(t) ? null : new Date(t);
}

/**
 * backupDate is when a backup was written, the way the language writes it:
 * "12. März 2026 um 09:14", with seconds where backups of one minute must be
 * told apart (the list).
 */
export function backupDate(
  b: Pick<Backup, 'name' | 'mod_time'>,
  lang: string,
  seconds = false,
): string {
  const d = stampOf(b);
  if (!d) return b.name;
  return new Intl.DateTimeFormat(locale(lang), {
    dateStyle: 'long',
    timeStyle: seconds ? 'medium' : 'short',
  }).format(d);
}

/** fileSize is a byte count as "2,4 MB" or "812 KB". */
export function fileSize(bytes: number, lang: string): string {
  const units = ['B', 'KB', 'MB', 'GB'] as const;
  let v = Math.max(0, bytes);
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  const digits = i === 0 || v >= 100 ? 0 : 1;
  const n = new Intl.NumberFormat(locale(lang), {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(v);
  return `${n} ${units[i]}`;
}

export type BackupKind = 'auto' | 'manual' | 'beforeRestore' | 'beforeUpdate' | 'other';

/** backupKind tells from its name why a backup was taken (sqlite.Backup's reason). */
export function backupKind(name: string): BackupKind {
  if (name.endsWith('-auto.db')) return 'auto';
  if (name.endsWith('-manual.db')) return 'manual';
  if (name.endsWith('-before-restore.db')) return 'beforeRestore';
  if (/-before-schema-\d+\.db$/.test(name)) return 'beforeUpdate';
  return 'other';
}

/** parseKeep reads the number of backups to keep as typed; null when it is not one. */
export function parseKeep(text: string, min: number, max: number): number | null {
  const t = text.trim();
  if (!/^\d{1,4}$/.test(t)) return null;
  const n = Number(t);
  return n >= min && n <= max ? n : null;
}
