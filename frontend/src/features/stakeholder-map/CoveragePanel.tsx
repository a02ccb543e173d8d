import { useTranslation } from 'react-i18next';
import { gapKinds, type Gap, type GapKind } from '../../api/coverage';
import type { Department } from '../../api/stakeholders';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { departmentColor } from './appearance';

interface Props {
  gaps: readonly Gap[];
  /** onFocusPerson selects a person and shows them. */
  onFocusPerson: (id: string) => void;
  /** onAddInDepartment adds a person to a department nobody covers. */
  onAddInDepartment: (d: Department) => void;
}

/**
 * CoveragePanel lists what is missing in the buying center, the same gaps
 * the report prints (computed in Go): key departments without a contact,
 * deciders against us, people without an owner on our side, contacts never
 * made or long ago, and who does not know our full portfolio.
 */
export function CoveragePanel({ gaps, onFocusPerson, onAddInDepartment }: Props) {
  const { t } = useTranslation();
  const groups = new Map<GapKind, Gap[]>();
  for (const g of gaps) {
    const list = groups.get(g.kind);
    if (list) list.push(g);
    else groups.set(g.kind, [g]);
  }
  if (gaps.length === 0) {
    return (
      <section
        className="sh-coverage sh-coverage--clear"
        aria-label={t('stakeholderMap.coverage.title')}
      >
        <Icon name="check" />
        <p>{t('stakeholderMap.coverage.none')}</p>
      </section>
    );
  }
  return (
    <section className="sh-coverage" aria-label={t('stakeholderMap.coverage.title')}>
      <p className="sh-coverage__intro">{t('stakeholderMap.coverage.intro')}</p>
      {gapKinds.map((kind) => {
        const list = groups.get(kind);
        if (!list) return null;
        return (
          <section
            key={kind}
            className={`sh-coverage__group sh-coverage__group--${kind}`}
            aria-label={t(`glossary.coverage_gap.${kind}`)}
          >
            <h4 className="sh-coverage__heading">
              {t(`glossary.coverage_gap.${kind}`)}
              <span className="count-pill">{list.length}</span>
            </h4>
            <ul className="sh-coverage__list">
              {list.map((g) =>
                kind === 'department_uncovered' && g.department ? (
                  <li key={g.department} className="sh-coverage__item">
                    <span
                      className="sh-coverage__dept"
                      style={{
                        ['--sh-dept' as string]: departmentColor[g.department as Department],
                      }}
                    >
                      {t(`glossary.department.${g.department as Department}`)}
                    </span>
                    <Button
                      size="sm"
                      variant="ghost"
                      icon="plus"
                      onClick={() => onAddInDepartment(g.department as Department)}
                      aria-label={t('stakeholderMap.coverage.addIn', {
                        department: t(`glossary.department.${g.department as Department}`),
                      })}
                    >
                      {t('stakeholderMap.coverage.add')}
                    </Button>
                  </li>
                ) : (
                  <li key={`${g.stakeholder_id}`} className="sh-coverage__item">
                    <button
                      type="button"
                      className="sh-coverage__person"
                      onClick={() => g.stakeholder_id && onFocusPerson(g.stakeholder_id)}
                    >
                      {g.name}
                    </button>
                    {kind === 'stale_contact' && g.days ? (
                      <span className="sh-coverage__meta">
                        {t('stakeholderMap.coverage.daysAgo', { count: g.days })}
                      </span>
                    ) : null}
                  </li>
                ),
              )}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
