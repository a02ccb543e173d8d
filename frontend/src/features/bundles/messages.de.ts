/** German texts for moving a client as a .kamw bundle (i18n namespace bundles). */
export const bundlesDe = {
  export: 'Kunde exportieren (.kamw)',
  exportHint: 'Speichert diesen Kunden mit allen Workshops in eine Datei für einen anderen Laptop.',
  exported: '„{{name}}“ exportiert: {{path}}',
  exportFailed: '„{{name}}“ wurde nicht exportiert: {{reason}}',
  import: 'Kunde importieren…',
  importing: 'Importiert…',
  imported_one: '„{{name}}“ importiert – {{count}} Workshop.',
  imported_other: '„{{name}}“ importiert – {{count}} Workshops.',
  importFailed: 'Nicht importiert, Ihr Arbeitsbereich ist unverändert: {{reason}}',
  diskFull:
    'Auf dem Datenträger ist kein Platz mehr frei. Geben Sie Speicher frei und versuchen Sie es erneut.',
  conflictTitle: '„{{name}}“ gibt es hier schon',
  conflictText:
    'Die Datei „{{file}}“ enthält den Kunden „{{name}}“, der in diesem Arbeitsbereich schon vorhanden ist. „Ersetzen“ überschreibt ihn samt Workshops, Stakeholdern und Notizen mit dem Stand aus der Datei. „Als Kopie importieren“ legt ihn ein zweites Mal an; der vorhandene bleibt, wie er ist.',
  recordsTitle: '„{{name}}“ als Kopie importieren?',
  recordsText:
    'Einträge aus der Datei „{{file}}“ gehören in diesem Arbeitsbereich schon zu einem anderen Kunden. Als Kopie erhalten sie neue Kennungen; Vorhandenes bleibt, wie es ist.',
  replace: 'Ersetzen',
  copy: 'Als Kopie importieren',
} as const;
