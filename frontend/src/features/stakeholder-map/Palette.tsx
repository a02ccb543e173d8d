import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { departments, type Department } from '../../api/stakeholders';
import { departmentColor } from './appearance';

/** The drag data type of a palette item: its department. */
export const paletteMime = 'application/x-kamw-department';

interface Props {
  /** onAdd adds a person without a drop: in the middle of the view. */
  onAdd: (department: Department) => void;
  /** Departments that matter and have nobody yet, marked in the palette. */
  missing: ReadonlySet<string>;
  /** counts says how many people and relations the map holds. */
  counts: string;
}

/**
 * Palette holds one item per department: drag it onto the map to add a
 * person there, or click it to add one in the middle of the view (the
 * keyboard way).
 */
export function Palette({ onAdd, missing, counts }: Props) {
  const { t } = useTranslation();
  const onDragStart = (e: DragEvent<HTMLButtonElement>, d: Department) => {
    e.dataTransfer.setData(paletteMime, d);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <aside className="sh-palette" aria-labelledby="sh-palette-title">
      <h3 className="sh-palette__title" id="sh-palette-title">
        {t('stakeholderMap.palette.title')}
      </h3>
      <p className="sh-palette__hint">{t('stakeholderMap.palette.hint')}</p>
      <ul className="sh-palette__list">
        {departments.map((d) => (
          <li key={d}>
            <button
              type="button"
              draggable
              className={`sh-palette__item${missing.has(d) ? ' sh-palette__item--missing' : ''}`}
              style={{ ['--sh-dept' as string]: departmentColor[d] }}
              onDragStart={(e) => onDragStart(e, d)}
              onClick={() => onAdd(d)}
              aria-label={t('stakeholderMap.palette.add', {
                department: t(`glossary.department.${d}`),
              })}
              title={missing.has(d) ? t('stakeholderMap.palette.missing') : undefined}
            >
              <span className="sh-palette__swatch" aria-hidden="true" />
              <span className="sh-palette__label">{t(`glossary.department.${d}`)}</span>
              {missing.has(d) ? (
                <span className="sh-palette__flag" aria-hidden="true">
                  !
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
      <p className="sh-palette__counts">{counts}</p>
    </aside>
  );
}
