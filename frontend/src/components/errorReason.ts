import type { TFunction } from 'i18next';
import type { ApiError } from '../api/errors';
import { de } from '../i18n/de';

type Rule = keyof typeof de.errors.rules;

function isRule(kind: string): kind is Rule {
  return Object.hasOwn(de.errors.rules, kind);
}

/**
 * ruleText says which rule an invalid value broke, in the window's language,
 * from the rule Go names and its limits ("höchstens 500 Zeichen"); null when
 * Go named no rule the window knows.
 */
export function ruleText(err: ApiError, t: TFunction): string | null {
  if (err.code !== 'invalid' || !isRule(err.kind)) return null;
  const { min = 0, max = 0 } = err.limits;
  return t(`errors.rules.${err.kind}`, { min, max });
}

/**
 * errorReason is the short, translated reason for a failed call: the broken
 * rule for invalid input, else the kind of failure. For invalid input that
 * breaks no rule the window knows, the Go side's sentence says what is wrong.
 */
export function errorReason(err: ApiError, t: TFunction): string {
  const rule = ruleText(err, t);
  if (rule) return rule;
  if (err.code === 'invalid' && err.message) return err.message;
  // A save from an outdated copy (kam.RuleStale): what is stored was kept.
  if (err.code === 'conflict' && err.kind === 'stale') return t('errors.stale');
  return t(`errors.${err.code}`);
}
