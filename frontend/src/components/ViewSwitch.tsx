/** ViewItem is one view of a screen, with an optional count beside its name. */
export interface ViewItem<T extends string> {
  id: T;
  label: string;
  count?: number;
}

interface Props<T extends string> {
  /** label names the group for screen readers ("Ansicht"). */
  label: string;
  items: readonly ViewItem<T>[];
  selected: T;
  onSelect: (id: T) => void;
}

/**
 * ViewSwitch picks one of a few views of the same screen: a segmented group
 * of real buttons, the current one pressed.
 */
export function ViewSwitch<T extends string>({ label, items, selected, onSelect }: Props<T>) {
  return (
    <div className="segmented view-switch" role="group" aria-label={label}>
      {items.map((it) => (
        <button
          key={it.id}
          type="button"
          className={`segmented__item${it.id === selected ? ' segmented__item--active' : ''}`}
          aria-pressed={it.id === selected}
          onClick={() => onSelect(it.id)}
        >
          {it.label}
          {it.count !== undefined ? <span className="view-switch__count">{it.count}</span> : null}
        </button>
      ))}
    </div>
  );
}

/**
 * rememberedView reads the view last picked on a screen (kept for the
 * session, so coming back to a tab shows the same view).
 */
export function rememberedView<T extends string>(key: string, views: readonly T[], fallback: T): T {
  try {
    const v = window.sessionStorage.getItem(`view:${key}`);
    return views.find((x) => x === v) ?? fallback;
  } catch {
    return fallback;
  }
}

/** rememberView keeps the view picked on a screen for the session. */
export function rememberView(key: string, view: string): void {
  try {
    window.sessionStorage.setItem(`view:${key}`, view);
  } catch {
    // storage unavailable: the view is simply not remembered
  }
}
