/** German texts for backups, the start-up problem screen and a full disk (i18n namespace backups). */
export const backupsDe = {
  nav: 'Sicherungen',
  overline: 'Arbeitsbereich',
  title: 'Sicherungen',
  intro:
    'Die KAM Workbench sichert Ihren Arbeitsbereich einmal am Tag beim Start und vor jedem Update – mit allen Kunden, Workshops und Notizen. Hier können Sie zusätzlich von Hand sichern und einen früheren Stand zurückholen.',
  backupNow: 'Jetzt sichern',
  backedUp: 'Gesichert: {{date}}',
  backupFailed: 'Nicht gesichert: {{reason}}',
  listTitle: 'Vorhandene Sicherungen',
  listLabel: 'Sicherungen, neueste zuerst',
  count_one: '{{count}} Sicherung',
  count_other: '{{count}} Sicherungen',
  none: 'Noch keine Sicherung vorhanden. Mit „Jetzt sichern“ legen Sie die erste an.',
  newest: 'Neueste',
  kind: {
    auto: 'Automatisch',
    manual: 'Von Hand',
    beforeRestore: 'Stand vor einer Wiederherstellung',
    beforeUpdate: 'Vor einem Update',
    other: 'Sicherung',
  },
  restore: 'Wiederherstellen',
  restoreLabel: 'Sicherung vom {{date}} wiederherstellen',
  restoreTitle: 'Sicherung vom {{date}} wiederherstellen?',
  restoreText:
    'Der Arbeitsbereich wird auf den Stand vom {{date}} zurückgesetzt; was danach eingegeben wurde, ist dann nicht mehr zu sehen. Der jetzige Stand wird vorher gesichert – Sie können also jederzeit zu ihm zurück.',
  restoreConfirm: 'Sichern und wiederherstellen',
  restored:
    'Stand vom {{date}} wiederhergestellt. Der vorherige Stand ist als Sicherung aufbewahrt.',
  restoreFailed: 'Nicht wiederhergestellt, Ihr Arbeitsbereich ist unverändert: {{reason}}',
  keepTitle: 'Automatische Sicherungen',
  keepLabel: 'Anzahl aufbewahren',
  keepHint:
    'Beim Start werden ältere automatische Sicherungen gelöscht, wenn es mehr sind. Von Hand angelegte Sicherungen bleiben.',
  keepInvalid: 'Bitte eine ganze Zahl von {{min}} bis {{max}} eingeben.',
  problem: {
    language: 'Sprache',
    untouched: 'Die Datei wurde nicht verändert. Die KAM Workbench schreibt nichts hinein.',
    titles: {
      damaged: 'Der Arbeitsbereich ist beschädigt',
      newer: 'Dieser Arbeitsbereich stammt aus einer neueren Version',
      unreadable: 'Der Arbeitsbereich lässt sich nicht öffnen',
      disk_full: 'Der Datenträger ist voll',
      busy: 'Der Arbeitsbereich ist gesperrt',
    },
    texts: {
      damaged:
        'Beim Start hat die KAM Workbench die Datei Ihres Arbeitsbereichs geprüft und Schäden gefunden – zum Beispiel nach einem Absturz, bei vollem Datenträger oder nach einem fehlerhaften Kopieren.',
      newer:
        'Die Datei wurde mit einer neueren Version der KAM Workbench gespeichert, als auf diesem Rechner installiert ist. Diese Version kennt ihr Format noch nicht und öffnet sie deshalb nicht.',
      unreadable:
        'Die Datei Ihres Arbeitsbereichs konnte nicht gelesen werden. Vielleicht ist sie keine Datei der KAM Workbench, oder sie ist gerade nicht zugänglich.',
      disk_full:
        'Auf dem Datenträger, auf dem Ihr Arbeitsbereich liegt, ist kein Platz mehr frei. Ohne freien Platz kann die KAM Workbench ihn nicht öffnen. Ihre Daten sind vollständig in der Datei.',
      busy: 'Ein anderes Programm hält die Datei Ihres Arbeitsbereichs gesperrt, zum Beispiel ein Sicherungs- oder Synchronisierungsprogramm. Ihre Daten sind vollständig in der Datei.',
    },
    next: {
      disk_full:
        'Geben Sie Speicherplatz frei, zum Beispiel im Download-Ordner oder im Papierkorb, und starten Sie die KAM Workbench dann erneut. Eine Sicherung wiederherzustellen ist nicht nötig.',
      busy: 'Warten Sie, bis das andere Programm fertig ist, oder schließen Sie es, und starten Sie die KAM Workbench dann erneut.',
    },
    update:
      'Bitte aktualisieren Sie die KAM Workbench auf die neueste Version und starten Sie sie dann erneut. Ihre Daten sind vollständig in der Datei.',
    backupTitle: 'Letzte intakte Sicherung',
    backupText:
      'Was nach dieser Sicherung eingegeben wurde, ist darin nicht enthalten. Die jetzige Datei wird vorher unverändert im Sicherungsordner abgelegt.',
    backupMeta: '{{kind}} · {{size}}',
    restore: 'Sicherung vom {{date}} wiederherstellen',
    confirmTitle: 'Sicherung vom {{date}} wiederherstellen?',
    confirmText:
      'Der Arbeitsbereich wird durch die Sicherung vom {{date}} ersetzt. Die jetzige Datei bleibt unverändert im Sicherungsordner erhalten. Danach startet die KAM Workbench neu.',
    confirm: 'Wiederherstellen und neu starten',
    restarting: 'Die Sicherung ist wiederhergestellt. Die KAM Workbench startet neu …',
    restartYourself:
      'Die Sicherung ist wiederhergestellt. Bitte schließen Sie die KAM Workbench und starten Sie sie neu.',
    restoreFailed: 'Die Sicherung konnte nicht wiederhergestellt werden: {{reason}}',
    noBackup:
      'Es gibt keine intakte Sicherung, die sich wiederherstellen lässt. Bitte wenden Sie sich an Ihren IT-Support und nennen Sie die technischen Angaben unten.',
    details: 'Technische Angaben',
  },
  diskFull: {
    title: 'Der Datenträger ist voll',
    text: 'Ihre letzte Änderung ist noch nicht gespeichert. Sie bleibt hier stehen und wird von selbst gespeichert, sobald wieder Platz frei ist. Alles vorher Gespeicherte ist sicher.',
    textLeft:
      'Die Änderung auf der verlassenen Seite wurde nicht gespeichert. Neue Änderungen werden gespeichert, sobald wieder Platz frei ist. Alles vorher Gespeicherte ist sicher.',
    hint: 'Geben Sie Speicherplatz frei, zum Beispiel im Download-Ordner oder im Papierkorb.',
  },
} as const;
