/** German texts of the room's perspectives on the overview (namespace perspectives); the PDF says the same. */
export const perspectivesDe = {
  title: 'Sichtweisen im Raum',
  note: 'Aus den Einzelbewertungen der Teilnehmenden, je Seite gemittelt; die vereinbarte Bewertung fließt dort nicht ein.',
  sideNoVotes: 'keine Stimmen',
  radarLabel: 'Netzdiagramm: Sicht des Kunden, unsere Sicht und die vereinbarten Werte je Bereich',
  tableLabel: 'Werte je Bereich aus Sicht des Kunden, aus unserer Sicht und vereinbart',
  changeSince: 'Veränderung seit „{{title}}“ in Klammern',
  changeFrom: '{{change}} seit der Vorrunde',
  disagreeTitle: 'Hier ist sich der Raum uneins',
  disagreeNote: 'Bewertungen zwei oder mehr Stufen auseinander, die größte Spanne zuerst.',
  noDisagree: 'Bei keiner Frage liegen die Bewertungen zwei oder mehr Stufen auseinander.',
  sideDiffTitle: 'Hier sehen Kunde und wir es am unterschiedlichsten',
  sideDiffNote: 'Mittel der Stimmen je Seite, Unterschied Kunde − wir, der größte zuerst.',
  noSideDiff: 'Keine Frage haben beide Seiten unterschiedlich bewertet.',
  more_one: 'und {{count}} weitere Frage',
  more_other: 'und {{count}} weitere Fragen',
} as const;
