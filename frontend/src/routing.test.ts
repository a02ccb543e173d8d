import { describe, expect, it } from 'vitest';
import { parseHash, routeHref, type Route } from './routing';

describe('routing', () => {
  const routes: Route[] = [
    { page: 'home' },
    { page: 'backups' },
    { page: 'client', clientId: 'a1' },
    { page: 'workshop', clientId: 'a1', workshopId: 'w 2/ü', tab: 'report' },
  ];
  it.each(routes)('round-trips %o through the hash', (r) => {
    expect(parseHash(routeHref(r))).toEqual(r);
  });

  it.each([
    ['', { page: 'home' }],
    ['#/', { page: 'home' }],
    ['#/nonsense', { page: 'home' }],
    [
      '#/clients/c1/workshops/w1',
      { page: 'workshop', clientId: 'c1', workshopId: 'w1', tab: 'assessment' },
    ],
    [
      '#/clients/c1/workshops/w1/bogus',
      { page: 'workshop', clientId: 'c1', workshopId: 'w1', tab: 'assessment' },
    ],
    ['#/clients/%E0%A4%A', { page: 'home' }],
  ])('reads %s', (hash, want) => {
    expect(parseHash(hash)).toEqual(want);
  });
});
