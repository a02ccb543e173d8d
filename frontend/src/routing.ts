import { useCallback, useEffect, useState } from 'react';

/** The sections of a workshop, in tab order. */
export const tabIds = [
  'assessment',
  'stakeholders',
  'competitors',
  'opportunities',
  'actions',
  'report',
] as const;
export type TabId = (typeof tabIds)[number];

/** Route is the screen shown; it lives in location.hash so a reload returns to it. */
export type Route =
  | { page: 'home' }
  | { page: 'backups' }
  | { page: 'client'; clientId: string }
  | { page: 'workshop'; clientId: string; workshopId: string; tab: TabId };

function isTab(v: string | undefined): v is TabId {
  return (tabIds as readonly string[]).includes(v ?? '');
}

/** parseHash reads a route from a hash such as `#/clients/ID/workshops/ID/report`. */
export function parseHash(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return '';
      }
    });
  const [root, clientId, sub, workshopId, tab] = parts;
  if (root === 'backups') return { page: 'backups' };
  if (root !== 'clients' || !clientId) return { page: 'home' };
  if (sub !== 'workshops' || !workshopId) return { page: 'client', clientId };
  return { page: 'workshop', clientId, workshopId, tab: isTab(tab) ? tab : 'assessment' };
}

/** routeHref writes a route as a hash link. */
export function routeHref(route: Route): string {
  const e = encodeURIComponent;
  switch (route.page) {
    case 'home':
      return '#/';
    case 'backups':
      return '#/backups';
    case 'client':
      return `#/clients/${e(route.clientId)}`;
    case 'workshop':
      return `#/clients/${e(route.clientId)}/workshops/${e(route.workshopId)}/${route.tab}`;
  }
}

/** useHashRoute follows location.hash; navigate changes it (and so the history). */
export function useHashRoute(): [Route, (r: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((r: Route) => {
    const href = routeHref(r);
    if (window.location.hash !== href) window.location.hash = href;
    setRoute(parseHash(href));
  }, []);
  return [route, navigate];
}
