import type { Messages } from '../../i18n/messages';

/** English texts for backups, the start-up problem screen and a full disk (i18n namespace backups). */
export const backupsEn: Messages['backups'] = {
  nav: 'Backups',
  overline: 'Workspace',
  title: 'Backups',
  intro:
    'KAM Workbench backs up your workspace once a day when it starts and before every update – with all clients, workshops and notes. Here you can also back up by hand and bring back an earlier state.',
  backupNow: 'Back up now',
  backedUp: 'Backed up: {{date}}',
  backupFailed: 'Not backed up: {{reason}}',
  listTitle: 'Backups',
  listLabel: 'Backups, newest first',
  count_one: '{{count}} backup',
  count_other: '{{count}} backups',
  none: 'No backup yet. “Back up now” makes the first one.',
  newest: 'Newest',
  kind: {
    auto: 'Automatic',
    manual: 'By hand',
    beforeRestore: 'State before a restore',
    beforeUpdate: 'Before an update',
    other: 'Backup',
  },
  restore: 'Restore',
  restoreLabel: 'Restore the backup of {{date}}',
  restoreTitle: 'Restore the backup of {{date}}?',
  restoreText:
    'The workspace goes back to how it was on {{date}}; anything entered since will no longer be shown. The current state is backed up first, so you can always return to it.',
  restoreConfirm: 'Back up and restore',
  restored: 'Restored the state of {{date}}. The previous state was kept as a backup.',
  restoreFailed: 'Not restored, your workspace is unchanged: {{reason}}',
  keepTitle: 'Automatic backups',
  keepLabel: 'Number to keep',
  keepHint:
    'At start, older automatic backups beyond this number are deleted. Backups made by hand stay.',
  keepInvalid: 'Please enter a whole number from {{min}} to {{max}}.',
  problem: {
    language: 'Language',
    untouched: 'The file was not changed. KAM Workbench writes nothing into it.',
    titles: {
      damaged: 'The workspace is damaged',
      newer: 'This workspace comes from a newer version',
      unreadable: 'The workspace cannot be opened',
      disk_full: 'The disk is full',
      busy: 'The workspace is locked',
    },
    texts: {
      damaged:
        'At start, KAM Workbench checked your workspace file and found damage – for example after a crash, a full disk or a faulty copy.',
      newer:
        'The file was saved by a newer version of KAM Workbench than the one installed on this computer. This version does not know its format yet, so it does not open it.',
      unreadable:
        'Your workspace file could not be read. Perhaps it is not a KAM Workbench file, or it cannot be reached right now.',
      disk_full:
        'The disk your workspace lives on has no room left. Without free space KAM Workbench cannot open it. Your data is all in the file.',
      busy: 'Another program holds your workspace file locked, such as a backup or sync tool. Your data is all in the file.',
    },
    next: {
      disk_full:
        'Free some space, for example in the downloads folder or the recycle bin, then start KAM Workbench again. There is no need to restore a backup.',
      busy: 'Wait until the other program is done, or close it, then start KAM Workbench again.',
    },
    update:
      'Please update KAM Workbench to the newest version, then start it again. Your data is all in the file.',
    backupTitle: 'Newest sound backup',
    backupText:
      'Anything entered after this backup is not in it. The current file is first kept unchanged in the backup folder.',
    backupMeta: '{{kind}} · {{size}}',
    restore: 'Restore the backup of {{date}}',
    confirmTitle: 'Restore the backup of {{date}}?',
    confirmText:
      'The workspace is replaced by the backup of {{date}}. The current file stays unchanged in the backup folder. KAM Workbench then restarts.',
    confirm: 'Restore and restart',
    restarting: 'The backup is restored. KAM Workbench is restarting …',
    restartYourself: 'The backup is restored. Please close KAM Workbench and start it again.',
    restoreFailed: 'The backup could not be restored: {{reason}}',
    noBackup:
      'There is no sound backup to restore. Please contact your IT support and give them the technical details below.',
    details: 'Technical details',
  },
  diskFull: {
    title: 'The disk is full',
    text: 'Your last change is not saved yet. It stays on screen and is saved by itself as soon as there is room again. Everything saved before is safe.',
    textLeft:
      'The change on the page you left was not saved. New changes are saved as soon as there is room again. Everything saved before is safe.',
    hint: 'Free some space, for example in the Downloads folder or the recycle bin.',
  },
};
