import type { Messages } from '../../i18n/messages';

/** English texts for moving a client as a .kamw bundle (i18n namespace bundles). */
export const bundlesEn: Messages['bundles'] = {
  export: 'Export client (.kamw)',
  exportHint: 'Saves this client with all its workshops to a file for another laptop.',
  exported: '“{{name}}” exported: {{path}}',
  exportFailed: '“{{name}}” was not exported: {{reason}}',
  import: 'Import client…',
  importing: 'Importing…',
  imported_one: '“{{name}}” imported – {{count}} workshop.',
  imported_other: '“{{name}}” imported – {{count}} workshops.',
  importFailed: 'Not imported, your workspace is unchanged: {{reason}}',
  diskFull: 'The disk is full. Free some space and try again.',
  conflictTitle: '“{{name}}” is here already',
  conflictText:
    'The file “{{file}}” holds the client “{{name}}”, who is already in this workspace. “Replace” overwrites them, with their workshops, stakeholders and notes, with what the file holds. “Import as a copy” adds them a second time; the existing client stays as it is.',
  recordsTitle: 'Import “{{name}}” as a copy?',
  recordsText:
    'Records from the file “{{file}}” already belong to another client in this workspace. As a copy they get new ids; nothing that exists changes.',
  replace: 'Replace',
  copy: 'Import as a copy',
};
