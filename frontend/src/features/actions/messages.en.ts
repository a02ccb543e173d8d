import type { Messages } from '../../i18n/messages';

/** English texts of the action plan (namespace actionPlan). */
export const actionPlanEn: Messages['actionPlan'] = {
  add: 'Add action',
  export: 'CSV for Excel',
  exportHint: 'Save all actions of this workshop as CSV for Excel (semicolon, UTF-8)',
  exported: 'Saved to {{path}}',
  tableLabel: 'Actions of the workshop',
  columns: {
    title: 'Action',
    owner: 'Owner',
    due: 'Due',
    priority: 'Priority',
    probability: 'Success (%)',
    status: 'Status',
  },
  filters: {
    label: 'Filters',
    owner: 'Owner',
    status: 'Status',
    priority: 'Priority',
    all: 'All',
    noOwner: 'No owner',
    reset: 'Reset filters',
  },
  sort: {
    by: 'Sort by {{column}}',
  },
  summary: {
    total_one: '{{count}} action',
    total_other: '{{count}} actions',
    shown: '{{shown}} of {{count}} shown',
    open: '{{count}} open',
    overdue_one: '{{count}} overdue',
    overdue_other: '{{count}} overdue',
  },
  overdue: 'Overdue',
  titlePlaceholder: 'What needs doing?',
  ownerPlaceholder: 'Who?',
  titleRequired: 'Please enter a title.',
  probabilityRange: 'Please enter a whole number from 0 to 100.',
  dateInvalid: 'Please enter a valid date.',
  jump: 'Go to question {{label}} in the assessment',
  delete: 'Delete action',
  deleteTitle: 'Delete action “{{title}}”?',
  deleteText: 'The action is deleted. You can undo it right after.',
  deleted: '“{{title}}” was deleted.',
  untitled: 'new action',
  emptyTitle: 'No actions yet',
  emptyText:
    'Write down what was agreed: what, who, by when and how important. Actions you create for a gap in the assessment show up here too.',
  filteredEmpty: 'No action matches these filters.',
};
