import type { ReactNode } from 'react';

interface Props {
  sidebar: ReactNode;
  topbar: ReactNode;
  children: ReactNode;
}

/** AppShell lays out the sidebar, the top bar and the scrolling main area. */
export function AppShell({ sidebar, topbar, children }: Props) {
  return (
    <div className="shell">
      {sidebar}
      <div className="shell__main">
        {topbar}
        <main className="shell__content" id="main">
          {children}
        </main>
      </div>
    </div>
  );
}
