import { useEffect, useRef } from 'react';
import { takeWelcome } from './api/settings';
import { parseHash, type Route } from './routing';

/**
 * useWelcome opens the sample workshop when a new workspace starts on the
 * client list, so a first look lands on a filled-in assessment. Go hands the
 * workshop out once; a start on any other screen leaves it for later.
 */
export function useWelcome(route: Route, navigate: (r: Route) => void) {
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current || route.page !== 'home') return;
    asked.current = true;
    takeWelcome()
      .then((w) => {
        // Only if the person has not gone somewhere in the meantime.
        if (w && parseHash(window.location.hash).page === 'home') {
          navigate({ page: 'workshop', ...w, tab: 'assessment' });
        }
      })
      .catch(() => undefined); // the client list is a fine place to start
  }, [route.page, navigate]);
}
