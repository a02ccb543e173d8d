import type { perspectivesDe } from './perspectives.messages.de';

/** English texts of the room's perspectives on the overview (namespace perspectives). */
export const perspectivesEn: Record<keyof typeof perspectivesDe, string> = {
  title: 'Views in the room',
  note: "From the participants' individual ratings, averaged per side; the agreed rating is not part of it.",
  sideNoVotes: 'no votes',
  radarLabel: "Radar chart: the customer's view, our view and the agreed scores per area",
  tableLabel: "Scores per area in the customer's view, in ours and agreed",
  changeSince: 'Change since “{{title}}” in brackets',
  changeFrom: '{{change}} since the earlier round',
  disagreeTitle: 'Where the room disagrees',
  disagreeNote: 'Ratings two or more steps apart, the widest spread first.',
  noDisagree: 'On no question are the ratings two or more steps apart.',
  sideDiffTitle: 'Where the customer and we differ most',
  sideDiffNote: "Each side's mean vote, the difference customer − us, the largest first.",
  noSideDiff: 'No question was rated differently by the two sides.',
  more_one: 'and {{count}} more question',
  more_other: 'and {{count}} more questions',
};
