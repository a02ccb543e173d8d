import { Fragment } from 'react';
import { Icon } from './Icon';

export interface Crumb {
  label: string;
  /** href is omitted for the current screen. */
  href?: string;
}

/** Breadcrumb shows where the user is; the last crumb is the current screen. */
export function Breadcrumb({ label, crumbs }: { label: string; crumbs: Crumb[] }) {
  return (
    <nav className="breadcrumb" aria-label={label}>
      <ol>
        {crumbs.map((c, i) => {
          const last = i === crumbs.length - 1;
          return (
            <Fragment key={`${i}-${c.label}`}>
              {i > 0 ? (
                <li className="breadcrumb__sep" aria-hidden="true">
                  <Icon name="chevronRight" size={16} />
                </li>
              ) : null}
              <li className="breadcrumb__item">
                {last || !c.href ? (
                  <span aria-current={last ? 'page' : undefined}>{c.label}</span>
                ) : (
                  <a href={c.href}>{c.label}</a>
                )}
              </li>
            </Fragment>
          );
        })}
      </ol>
    </nav>
  );
}
