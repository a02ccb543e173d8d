import type { TFunction } from 'i18next';
import type { ApiError } from '../api/errors';

/**
 * ruleKinds are the rules of a field that Go names (kam.Rule… in
 * internal/kam/error.go) so that the window can say them in its language.
 */
export const ruleKinds = [
  'required',
  'too_long',
  'not_text',
  'range',
  'one_of',
  'date',
  'too_many',
] as const;
export type RuleKind = (typeof ruleKinds)[number];

function isRule(kind: string): kind is RuleKind {
  return (ruleKinds as readonly string[]).includes(kind);
}

/** fieldNames are the fields whose name a rule's sentence can start with. */
const fieldNames = [
  'title',
  'date',
  'location',
  'facilitator',
  'participants',
  'name',
  'role',
  'side',
] as const;
type FieldName = (typeof fieldNames)[number];

/** lastField is the innermost field of a path: "participants[2].name" → "name". */
export function lastField(path: string): string {
  const parts = path.split('.');
  return (parts[parts.length - 1] ?? '').replace(/\[\d+\]$/, '');
}

/**
 * ruleMessage is a broken rule of a field in the window's language ("darf
 * nicht leer sein"), or null when Go named no rule it knows.
 */
export function ruleMessage(err: ApiError, t: TFunction): string | null {
  if (err.code !== 'invalid' || !isRule(err.kind)) return null;
  // Every sentence takes the bounds it needs of these two.
  const key = `errors.rule.${err.kind}` as 'errors.rule.range';
  return t(key, { min: String(err.min), max: String(err.max) });
}

/**
 * errorReason is the short, translated reason for a failed call. For invalid
 * input it says which rule was broken: in the window's language when Go
 * named the rule, else Go's own sentence.
 */
export function errorReason(err: ApiError, t: TFunction): string {
  const rule = ruleMessage(err, t);
  if (rule) {
    const f = lastField(err.field);
    if (!(fieldNames as readonly string[]).includes(f)) return rule;
    return `${t(`errors.field.${f as FieldName}`)}: ${rule}`;
  }
  if (err.code === 'invalid' && err.message) return err.message;
  return t(`errors.${err.code}`);
}
