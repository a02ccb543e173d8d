import type { CatalogArea, CatalogQuestion } from '../../api/assessment';
import { Icon, type IconName } from '../../components/Icon';
import { tx } from './text';

export interface JumpItem {
  area: CatalogArea;
  q: CatalogQuestion;
}

interface Props {
  title: string;
  icon?: IconName;
  /** empty is said instead of the list when there is no question. */
  empty: string;
  items: readonly JumpItem[];
  lang: string;
  onOpen: (questionID: string) => void;
}

/** JumpList is a titled list of questions, each a link to open it, its area beside it. */
export function JumpList({ title, icon, empty, items, lang, onOpen }: Props) {
  return (
    <div>
      <h3 className="question-card__label">
        {icon ? (
          <>
            <Icon name={icon} size={14} />{' '}
          </>
        ) : null}
        {title}
      </h3>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="jump-list">
          {items.map(({ area, q }) => (
            <li key={q.id}>
              <button type="button" className="link-button" onClick={() => onOpen(q.id)}>
                {tx(q.text, lang)}
              </button>
              <span className="muted"> · {tx(area.title, lang)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
