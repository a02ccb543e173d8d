import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

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

/**
 * LeaveCheck is asked before the screen changes: true lets it change now;
 * false keeps the screen, and the check calls `leave` later if the user
 * still wants to go.
 */
export type LeaveCheck = (leave: () => void) => boolean;

/** depthOf reads the place in the history that useHashRoute wrote into an entry's state. */
function depthOf(state: unknown): number | undefined {
  const d: unknown = state && typeof state === 'object' ? Reflect.get(state, 'kamwDepth') : null;
  return typeof d === 'number' ? d : undefined;
}

/**
 * useHashRoute follows location.hash; navigate changes it (and so the
 * history). Before another screen replaces the one shown, canLeave is asked:
 * for navigate and for every new address (a `#…` link, the browser's back
 * and forward). While it says no, the screen stays and the history step is
 * undone, so the address and back/forward stay as they were. An address of
 * the same screen (an assessment question) always passes.
 */
export function useHashRoute(canLeave?: LeaveCheck): [Route, (r: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));
  const shown = useRef(routeHref(route));
  const check = useRef(canLeave);
  useLayoutEffect(() => {
    check.current = canLeave;
  });

  /** go shows href's screen; a new address is a new history entry. */
  const go = useCallback((href: string) => {
    shown.current = routeHref(parseHash(href));
    setRoute(parseHash(href));
    if (window.location.hash !== href) window.location.hash = href;
  }, []);
  const mayLeave = useCallback(
    (href: string, leave = () => go(href)) =>
      routeHref(parseHash(href)) === shown.current || !check.current || check.current(leave),
    [go],
  );

  useEffect(() => {
    // Each history entry knows its place, so back or forward can be undone.
    const stamp = (d: number) =>
      window.history.replaceState({ ...(window.history.state as object), kamwDepth: d }, '');
    let depth = depthOf(window.history.state) ?? 0;
    stamp(depth);
    let undoing = false; // a step is being undone: the next change is its way back
    let then: string | null = null; // where to go once it is undone
    const onHash = (e: HashChangeEvent) => {
      const to = window.location.hash;
      const d = depthOf(window.history.state); // none: a new entry
      const undone = undoing && routeHref(parseHash(to)) === shown.current;
      undoing = false;
      if (undone) {
        depth = d ?? depth;
        const next = then;
        then = null;
        if (next !== null) go(next);
        return;
      }
      const leave = () => {
        if (undoing) then = to;
        else go(to);
      };
      if (!mayLeave(to, leave)) {
        const back = depth - (d ?? depth + 1);
        if (back !== 0) {
          undoing = true;
          window.history.go(back);
        } else {
          // go(0) would reload the page; the address alone goes back.
          window.history.replaceState(window.history.state, '', e.oldURL);
        }
        return;
      }
      depth = d ?? depth + 1;
      if (d === undefined) stamp(depth);
      go(to);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [go, mayLeave]);

  const navigate = useCallback(
    (r: Route) => {
      const href = routeHref(r);
      if (mayLeave(href)) go(href);
    },
    [go, mayLeave],
  );
  return [route, navigate];
}
