import type { TFunction } from 'i18next';
import { contactLimits, type ContactProblem } from '../../api/contacts';
import { ApiError } from '../../api/errors';
import { errorReason, ruleText } from '../../components/errorReason';

/**
 * Why a row or card is not added, as Go names it (ContactProblem.kind;
 * internal/contacts/problems.go and duplicates.go). importReasons.test.ts
 * checks that every kind Go has is here and worded in both languages.
 */
export const problemKinds = [
  'on_map',
  'repeated',
  'no_name',
  'too_long',
  'invalid',
  'organisation',
  'group',
  'place',
  'card_unclosed',
  'card_cut_off',
  'quote_unclosed',
  'more',
] as const;

/** Why a whole file is refused, as Go names it (internal/contacts/fileerror.go). */
export const fileErrorKinds = [
  'too_large',
  'too_many',
  'missing',
  'no_permission',
  'unreadable',
  'folder',
  'empty',
  'pdf',
  'workbook',
  'old_office',
  'not_text',
  'no_name_column',
] as const;
type FileErrorKind = (typeof fileErrorKinds)[number];

/** The label of each stakeholder field, by the name Go's errors give it. */
const fieldLabels = {
  name: 'stakeholderMap.fields.name',
  title: 'stakeholderMap.fields.title',
  department: 'stakeholderMap.fields.department',
  buying_role: 'stakeholderMap.fields.buyingRole',
  attitude: 'stakeholderMap.fields.attitude',
  influence: 'stakeholderMap.fields.influence',
  relationship: 'stakeholderMap.fields.relationship',
  owner: 'stakeholderMap.fields.owner',
  last_contact: 'stakeholderMap.fields.lastContact',
  email: 'stakeholderMap.fields.email',
  phone: 'stakeholderMap.fields.phone',
  notes: 'stakeholderMap.fields.notes',
} as const;

const isIn =
  <T extends string>(list: readonly T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (list as readonly string[]).includes(v);
const isProblemKind = isIn(problemKinds);
const isFileErrorKind = isIn(fileErrorKinds);
const isField = isIn(Object.keys(fieldLabels) as (keyof typeof fieldLabels)[]);

function number(n: number, lang: string): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE').format(n);
}

/**
 * problemReason says in the UI language why a row or card is not added.
 * A kind (or field) the window does not know shows Go's English reason.
 */
export function problemReason(p: ContactProblem, t: TFunction, lang: string): string {
  // Older previews name people there already only by skipped.
  const kind: string | undefined = p.kind || p.skipped;
  if (!isProblemKind(kind)) return p.reason;
  const r = 'stakeholderMap.import.reasons';
  switch (kind) {
    case 'on_map':
    case 'repeated':
      return t(`${r}.${kind}`, { name: p.name ?? '' });
    case 'too_long':
    case 'invalid': {
      if (!isField(p.field)) return p.reason;
      const field = t(fieldLabels[p.field]);
      const max = number(p.max ?? 0, lang);
      // The rule broken, when Go names one the window words (a control
      // character, a line break in a one-line field, …).
      const rule =
        kind === 'invalid' && p.rule
          ? ruleText(new ApiError('invalid', '', p.field, p.rule), t)
          : null;
      if (rule && p.name) return t(`${r}.invalid_rule_named`, { field, name: p.name, rule });
      if (rule) return t(`${r}.invalid_rule`, { field, rule });
      // Whose entry it is, when Go names them (not when the name is at fault).
      if (p.name) return t(`${r}.${kind}_named`, { field, name: p.name, max });
      return t(`${r}.${kind}`, { field, max });
    }
    case 'quote_unclosed':
      return t(`${r}.quote_unclosed`, {
        line: String(p.line),
        last: String(p.last_line ?? p.line),
      });
    case 'more':
      return t(`${r}.more`, { max: number(p.max ?? 0, lang) });
    default:
      return t(`${r}.${kind}`);
  }
}

/**
 * importFailure says in the UI language why a contact file cannot be read
 * at all; an error of no kind the window knows gets the usual reason.
 */
export function importFailure(err: ApiError, t: TFunction, lang: string): string {
  if (!isFileErrorKind(err.kind)) return errorReason(err, t);
  return t(`stakeholderMap.import.fileErrors.${err.kind satisfies FileErrorKind}`, {
    mb: number(contactLimits.maxMB, lang),
    max: number(contactLimits.maxPeople, lang),
  });
}
