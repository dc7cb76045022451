import { FactCondition } from './playbook.schema';

export type FactValue = string | number | boolean | null;
export type KnownFacts = Readonly<Record<string, { value: FactValue } | undefined>>;

const regexCache = new Map<string, RegExp>();

function regexFor(pattern: string): RegExp {
  let compiled = regexCache.get(pattern);
  if (!compiled) {
    compiled = new RegExp(pattern, 'i');
    regexCache.set(pattern, compiled);
  }
  return compiled;
}

const isPresent = (value: FactValue | undefined) => value !== undefined && value !== null && value !== '';

const sameValue = (actual: FactValue | undefined, expected: string | number | boolean) =>
  typeof actual === 'string' && typeof expected === 'string'
    ? actual.trim().toLowerCase() === expected.toLowerCase()
    : actual === expected;

/** A missing fact satisfies no condition on it except `present: false`. */
export function conditionHolds(condition: FactCondition, facts: KnownFacts): boolean {
  if ('all' in condition) return condition.all.every((part) => conditionHolds(part, facts));
  if ('any' in condition) return condition.any.some((part) => conditionHolds(part, facts));
  if ('not' in condition) return !conditionHolds(condition.not, facts);
  const value = facts[condition.fact]?.value;
  if ('present' in condition) return isPresent(value) === condition.present;
  if (!isPresent(value)) return false;
  if ('equals' in condition) return sameValue(value, condition.equals);
  if ('in' in condition) return condition.in.some((expected) => sameValue(value, expected));
  if ('matches' in condition) return regexFor(condition.matches).test(String(value));
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number)) return false;
  return (condition.atLeast === undefined || number >= condition.atLeast) && (condition.below === undefined || number < condition.below);
}

export function matchesPattern(pattern: string, text: string): boolean {
  return regexFor(pattern).test(text);
}
