import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export interface TabItem<T extends string> {
  id: T;
  label: string;
  icon?: IconName;
}

interface Props<T extends string> {
  label: string;
  items: readonly TabItem<T>[];
  selected: T;
  onSelect: (id: T) => void;
  /** idPrefix keeps tab and panel ids unique on the page. */
  idPrefix: string;
}

export const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`;
export const panelId = (prefix: string, id: string) => `${prefix}-panel-${id}`;

/**
 * Tabs is a WAI-ARIA tab list: one tab in the Tab order, arrow keys, Home and
 * End move between tabs and select them.
 */
export function Tabs<T extends string>({ label, items, selected, onSelect, idPrefix }: Props<T>) {
  const refs = useRef(new Map<T, HTMLButtonElement>());

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = items.findIndex((it) => it.id === selected);
    let j: number;
    if (e.key === 'ArrowRight') j = (i + 1) % items.length;
    else if (e.key === 'ArrowLeft') j = (i - 1 + items.length) % items.length;
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = items.length - 1;
    else return;
    e.preventDefault();
    const target = items[j];
    if (!target) return;
    onSelect(target.id);
    refs.current.get(target.id)?.focus();
  };

  return (
    <div className="tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {items.map((it) => {
        const active = it.id === selected;
        return (
          <button
            key={it.id}
            ref={(el) => {
              if (el) refs.current.set(it.id, el);
              else refs.current.delete(it.id);
            }}
            type="button"
            role="tab"
            id={tabId(idPrefix, it.id)}
            aria-selected={active}
            aria-controls={panelId(idPrefix, it.id)}
            tabIndex={active ? 0 : -1}
            className={`tab${active ? ' tab--active' : ''}`}
            onClick={() => onSelect(it.id)}
          >
            {it.icon ? <Icon name={it.icon} size={18} /> : null}
            <span>{it.label}</span>
          </button>
        );
      })}
    </div>
  );
}

export function TabPanel({
  idPrefix,
  id,
  children,
  className,
}: {
  idPrefix: string;
  id: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div
      className={className ? `tab-panel ${className}` : 'tab-panel'}
      role="tabpanel"
      id={panelId(idPrefix, id)}
      aria-labelledby={tabId(idPrefix, id)}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
