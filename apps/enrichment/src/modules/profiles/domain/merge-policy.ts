import { Fact, FactOrigin } from './fact';

/** How much surer a guess must be before it overrides what the person typed. */
export const typedValueMargin = 0.2;

const originRank: Record<FactOrigin, number> = { typed: 3, derived: 2, matched: 1, guessed: 0 };

/**
 * Which of two facts about one field wins: a typed value beats any other unless that one is
 * clearly surer; otherwise the surer one, then the more direct origin, then the newer observation.
 */
export function preferredFact(first: Fact, second: Fact): Fact {
  const typed = [first, second].filter((fact) => fact.origin === 'typed');
  if (typed.length === 1) {
    const [person] = typed;
    const other = person === first ? second : first;
    return other.confidence >= person.confidence + typedValueMargin ? other : person;
  }
  if (first.confidence !== second.confidence) return first.confidence > second.confidence ? first : second;
  if (first.origin !== second.origin) return originRank[first.origin] > originRank[second.origin] ? first : second;
  return second.observedAt > first.observedAt ? second : first;
}
