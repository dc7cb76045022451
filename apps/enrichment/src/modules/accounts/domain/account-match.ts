import { distance } from 'fastest-levenshtein';

export interface NamedAccount {
  id: string;
  normalizedName: string;
}

export interface AccountMatch {
  accountId: string;
  matchedBy: 'domain' | 'name';
  confidence: number;
}

/** How alike two names must be (1 = equal) before a name alone links a lead to an account. */
export const nameSimilarityThreshold = 0.85;
export const domainMatchConfidence = 0.95;
/** A name is weaker evidence than a domain, even when it is spelled the same. */
const nameMatchCeiling = 0.8;

export function nameSimilarity(first: string, second: string): number {
  const longest = Math.max(first.length, second.length);
  return longest === 0 ? 0 : 1 - distance(first, second) / longest;
}

/** The account whose name is closest to the lead's company name, if close enough, with a confidence. */
export function matchByName(normalizedName: string, candidates: readonly NamedAccount[]): AccountMatch | undefined {
  if (normalizedName.length < 2) return undefined;
  let best: { account: NamedAccount; similarity: number } | undefined;
  for (const account of candidates) {
    const similarity = nameSimilarity(normalizedName, account.normalizedName);
    if (!best || similarity > best.similarity || (similarity === best.similarity && account.id < best.account.id)) {
      best = { account, similarity };
    }
  }
  if (!best || best.similarity < nameSimilarityThreshold) return undefined;
  return { accountId: best.account.id, matchedBy: 'name', confidence: Math.round(best.similarity * nameMatchCeiling * 100) / 100 };
}
