import type { ReactNode } from 'react';

interface Props {
  sidebar: ReactNode;
  topbar: ReactNode;
  children: ReactNode;
  /**
   * fill hands the whole main area to a page that scrolls inside itself
   * (a workshop: header and tabs stay, the tab panel scrolls).
   */
  fill?: boolean;
  /** rail narrows the sidebar to its collapsed width. */
  rail?: boolean;
}

/**
 * AppShell lays out the sidebar, the top bar and the main area, the one
 * part of the window that scrolls.
 */
export function AppShell({ sidebar, topbar, children, fill = false, rail = false }: Props) {
  return (
    <div className={`shell${rail ? ' shell--rail' : ''}`}>
      {sidebar}
      <div className="shell__main">
        {topbar}
        <main className={`shell__content${fill ? ' shell__content--fill' : ''}`} id="main">
          {children}
        </main>
      </div>
    </div>
  );
}
