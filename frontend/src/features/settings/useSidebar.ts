import { useCallback, useEffect, useState } from 'react';
import { getSidebar, setSidebar, type SidebarState } from '../../api/settings';

/**
 * Below this width (a 1366 or 1536 px laptop) the client list starts as a
 * narrow rail, until the person chooses otherwise; the choice is kept in the
 * workspace (Settings.Sidebar) and wins from then on.
 */
export const railBelow = 1600;
const narrowQuery = `(max-width: ${railBelow - 1}px)`;

/** isSidebarKey is the shortcut that opens and closes the client list: Ctrl+B (⌘B). */
export function isSidebarKey(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'b';
}

function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia?.(narrowQuery).matches ?? false);
  useEffect(() => {
    const mq = window.matchMedia?.(narrowQuery);
    if (!mq) return;
    const on = () => setNarrow(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  return narrow;
}

export interface Sidebar {
  collapsed: boolean;
  toggle: () => void;
}

/**
 * useSidebar is the client list's state: collapsed to a rail or expanded,
 * toggled by its button or Ctrl+B anywhere (except behind a dialog).
 */
export function useSidebar(): Sidebar {
  const narrow = useNarrow();
  const [stored, setStored] = useState<SidebarState>('');
  useEffect(() => {
    let cancelled = false;
    getSidebar()
      .then((s) => {
        if (!cancelled) setStored((now) => (now === '' ? s : now));
      })
      .catch((err: unknown) => {
        // The window decides by its width; the state is a preference, not data.
        console.warn('stored sidebar state unavailable', err);
      });
    return () => {
      cancelled = true;
    };
  }, []);
  const collapsed = stored === 'collapsed' || (stored === '' && narrow);

  const toggle = useCallback(() => {
    const next = collapsed ? 'expanded' : 'collapsed';
    setStored(next);
    setSidebar(next).catch((err: unknown) => console.warn('sidebar state not stored', err));
  }, [collapsed]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !isSidebarKey(e)) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      e.preventDefault();
      toggle();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [toggle]);

  return { collapsed, toggle };
}
