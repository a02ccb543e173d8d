import type { AudienceSections } from '../../api/reports';

/** audiences is what Go's Reports.Contents says (package audience), for tests. */
export const audiences: AudienceSections[] = [
  {
    audience: 'customer',
    sections: ['cover', 'summary', 'assessment', 'orgchart', 'actions'],
    defaults: ['cover', 'summary', 'assessment', 'actions'],
  },
  {
    audience: 'internal',
    sections: [
      'cover',
      'summary',
      'assessment',
      'stakeholders',
      'competitors',
      'swot',
      'opportunities',
      'arguments',
      'actions',
    ],
    defaults: [
      'cover',
      'summary',
      'assessment',
      'stakeholders',
      'competitors',
      'swot',
      'opportunities',
      'arguments',
      'actions',
    ],
  },
];
