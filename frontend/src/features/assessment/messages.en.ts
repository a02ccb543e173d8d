import type { Messages } from '../../i18n/messages';

/** English texts of the room's votes (namespace roomVotes): votes, round the table, grid, reveal. */
export const roomVotesEn: Messages['roomVotes'] = {
  heading: 'Ratings in the room',
  count_one: '{{count}} vote',
  count_other: '{{count}} votes',
  none: 'No vote on this question yet.',
  noParticipants: 'No participants yet – add them in the workshop details.',
  mean: 'Mean',
  noVote: 'no vote',
  proposal: 'Proposal: {{rating}} – {{label}}',
  confirm: 'Confirm as the agreed rating',
  agreed: 'Agreed: {{rating}}',
  agreedOther: 'Agreed: {{rating}} (differs from the mean)',
  distribution: 'Distribution of the votes',
  distributionItem_one: '{{label}}: {{count}} vote',
  distributionItem_other: '{{label}}: {{count}} votes',
  round: {
    start: 'Round the table',
    end: 'End round the table',
    turn: 'is next',
    on: 'Round the table: {{name}} is next',
    keys: '0–4 vote · N not applicable · ⌫ back · Esc ends',
    label: 'Round the table voting',
  },
  grid: {
    view: 'Vote grid',
    title: 'Votes per participant',
    hint: '0–4, n (not applicable), empty clears · arrow keys and Tab move between cells.',
    area: 'Area',
    participant: 'Participant',
    cell: '{{name}}, question {{number}}',
    invalid: 'Please enter 0–4, n (not applicable) or nothing.',
    invalidCell: '“{{text}}” for {{name}}, question {{number}}: please 0–4, n or nothing.',
  },
  reveal: {
    show: 'Show votes',
    hide: 'Hide votes',
    hidden_one: '{{count}} vote cast – hidden until V shows it',
    hidden_other: '{{count}} votes cast – hidden until V shows them',
  },
  keys: {
    round: 'Round the table on/off (0–4, N, ⌫, Esc)',
    confirm: "Confirm the votes' proposal as the agreed rating",
    reveal: 'Show/hide the votes on the projector',
    grid: 'Vote grid on/off',
  },
};
