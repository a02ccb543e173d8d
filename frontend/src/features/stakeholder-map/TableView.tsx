import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapKind } from '../../api/coverage';
import { buyingRoles, departments, type Stakeholder } from '../../api/stakeholders';
import { SelectField, TextField } from '../../components/TextField';
import { formatDate } from '../../i18n/format';
import { attitudeColor, attitudeKey, departmentColor, signed } from './appearance';

type Column =
  | 'name'
  | 'title'
  | 'department'
  | 'buying_role'
  | 'attitude'
  | 'influence'
  | 'relationship'
  | 'owner'
  | 'last_contact'
  | 'gaps';

const columns: readonly Column[] = [
  'name',
  'title',
  'department',
  'buying_role',
  'attitude',
  'influence',
  'relationship',
  'owner',
  'last_contact',
  'gaps',
];

interface Props {
  people: readonly Stakeholder[];
  gapsByPerson: ReadonlyMap<string, readonly GapKind[]>;
  selected: ReadonlySet<string>;
  onSelect: (id: string) => void;
}

/** TableView lists the same people as the map: sortable by any column, filterable. */
export function TableView({ people, gapsByPerson, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<{ col: Column; dir: 1 | -1 }>({ col: 'name', dir: 1 });
  const [query, setQuery] = useState('');
  const [dept, setDept] = useState('');
  const [role, setRole] = useState('');
  const [gapsOnly, setGapsOnly] = useState(false);

  const rows = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    const value = (p: Stakeholder, c: Column): string | number => {
      switch (c) {
        case 'department':
          return departments.indexOf(p.department);
        case 'buying_role':
          return buyingRoles.indexOf(p.buying_role);
        case 'gaps':
          return gapsByPerson.get(p.id)?.length ?? 0;
        case 'last_contact':
          return p.last_contact || '0000';
        default:
          return p[c];
      }
    };
    return people
      .filter(
        (p) =>
          (!q ||
            [p.name, p.title, p.owner, p.email, p.phone, p.notes].some((s) =>
              s.toLocaleLowerCase().includes(q),
            )) &&
          (!dept || p.department === dept) &&
          (!role || p.buying_role === role) &&
          (!gapsOnly || (gapsByPerson.get(p.id)?.length ?? 0) > 0),
      )
      .sort((a, b) => {
        const va = value(a, sort.col);
        const vb = value(b, sort.col);
        const c =
          typeof va === 'number' && typeof vb === 'number'
            ? va - vb
            : String(va).localeCompare(String(vb), i18n.language);
        return c * sort.dir || a.name.localeCompare(b.name, i18n.language);
      });
  }, [people, gapsByPerson, query, dept, role, gapsOnly, sort, i18n.language]);

  const header = (c: Column) => {
    const active = sort.col === c;
    return (
      <th
        key={c}
        scope="col"
        aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
      >
        <button
          type="button"
          className="sh-table__sort"
          onClick={() =>
            setSort(active ? { col: c, dir: sort.dir === 1 ? -1 : 1 } : { col: c, dir: 1 })
          }
        >
          {t(`stakeholderMap.columns.${c}`)}
          <span className="sh-table__arrow" aria-hidden="true">
            {active ? (sort.dir === 1 ? '▲' : '▼') : ''}
          </span>
        </button>
      </th>
    );
  };

  return (
    <div className="sh-table-view">
      <div className="sh-filters" role="search">
        <TextField
          label={t('stakeholderMap.table.filter')}
          placeholder={t('stakeholderMap.table.filterPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          type="search"
        />
        <SelectField
          label={t('stakeholderMap.fields.department')}
          value={dept}
          onChange={(e) => setDept(e.target.value)}
        >
          <option value="">{t('stakeholderMap.table.all')}</option>
          {departments.map((d) => (
            <option key={d} value={d}>
              {t(`glossary.department.${d}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('stakeholderMap.fields.buyingRole')}
          value={role}
          onChange={(e) => setRole(e.target.value)}
        >
          <option value="">{t('stakeholderMap.table.all')}</option>
          {buyingRoles.map((r) => (
            <option key={r} value={r}>
              {t(`glossary.buying_role.${r}`)}
            </option>
          ))}
        </SelectField>
        <label className="sh-check sh-filters__check">
          <input
            type="checkbox"
            checked={gapsOnly}
            onChange={(e) => setGapsOnly(e.target.checked)}
          />
          <span>{t('stakeholderMap.table.gapsOnly')}</span>
        </label>
        <p className="sh-filters__count" aria-live="polite">
          {t('stakeholderMap.table.count', { shown: String(rows.length), count: people.length })}
        </p>
      </div>
      <div className="sh-table-wrap">
        <table className="sh-table">
          <caption className="visually-hidden">{t('stakeholderMap.table.caption')}</caption>
          <thead>
            <tr>{columns.map(header)}</tr>
          </thead>
          <tbody>
            {rows.map((p) => {
              const gaps = gapsByPerson.get(p.id) ?? [];
              const att = attitudeKey(p.attitude);
              return (
                <tr
                  key={p.id}
                  className={selected.has(p.id) ? 'sh-table__row--selected' : undefined}
                  aria-selected={selected.has(p.id)}
                  onClick={() => onSelect(p.id)}
                >
                  <th scope="row">
                    <button type="button" className="sh-table__name" onClick={() => onSelect(p.id)}>
                      {p.name}
                    </button>
                  </th>
                  <td>{p.title}</td>
                  <td>
                    <span
                      className="sh-dot"
                      style={{ background: departmentColor[p.department] }}
                    />
                    {t(`glossary.department.${p.department}`)}
                  </td>
                  <td>{t(`glossary.buying_role.${p.buying_role}`)}</td>
                  <td>
                    <span className="sh-att-pill" style={{ background: attitudeColor[att] }}>
                      {signed(p.attitude)}
                    </span>{' '}
                    {t(`glossary.attitude.${att}`)}
                  </td>
                  <td className="sh-num">{p.influence}</td>
                  <td>{t(`glossary.relationship.${String(p.relationship) as '0'}`)}</td>
                  <td>{p.owner}</td>
                  <td>{p.last_contact ? formatDate(p.last_contact, i18n.language) : '–'}</td>
                  <td className="sh-table__gaps">
                    {gaps.map((g) => t(`glossary.coverage_gap_short.${g}`)).join(' · ')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {rows.length === 0 ? (
          <p className="sh-table__empty">{t('stakeholderMap.table.empty')}</p>
        ) : null}
      </div>
    </div>
  );
}
