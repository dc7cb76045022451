export interface WeightedCandidate {
  id: string;
  weight: number;
  credit: number;
}

export interface WeightedPick {
  chosenId: string;
  credits: Map<string, number>;
}

/**
 * Smooth weighted round robin: every eligible candidate earns its weight, the richest is chosen
 * and pays the sum of the weights. Only eligible candidates earn, so a rep coming back from an
 * absence returns with the credit they left with instead of a backlog of missed turns.
 */
export function pickWeighted(candidates: WeightedCandidate[]): WeightedPick | null {
  if (candidates.length === 0) return null;
  const credits = new Map(candidates.map((candidate) => [candidate.id, candidate.credit + candidate.weight]));
  const total = candidates.reduce((sum, candidate) => sum + candidate.weight, 0);
  let chosenId = candidates[0].id;
  for (const candidate of candidates) {
    if ((credits.get(candidate.id) ?? 0) > (credits.get(chosenId) ?? 0)) chosenId = candidate.id;
  }
  credits.set(chosenId, (credits.get(chosenId) ?? 0) - total);
  return { chosenId, credits };
}
