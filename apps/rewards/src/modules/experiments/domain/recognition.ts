export type ExperimentOutcome = 'succeeded' | 'failed' | 'inconclusive';

export interface ConcludedExperiment {
  experimentId: string;
  ownerId: string;
  boldness: number;
  outcome: ExperimentOutcome | null;
  learnings: string | null;
  endsOn: Date;
}

/** Learnings shorter than this are a shrug, not a write-up. */
export const minimumLearningsLength = 80;
export const pointsPerBoldness = 10;

export const isWrittenUpFailure = (experiment: ConcludedExperiment) =>
  experiment.outcome === 'failed' && (experiment.learnings?.trim().length ?? 0) >= minimumLearningsLength;

/**
 * Bold failures that were written up earn recognition, the bolder the more. Points are only ever
 * added; they are kept apart from pay, so recognition can never reduce a bonus.
 */
export function recognitionPoints(experiment: ConcludedExperiment): number {
  return isWrittenUpFailure(experiment) ? experiment.boldness * pointsPerBoldness : 0;
}

export interface Vote {
  voterId: string;
  experimentId: string;
}

export interface FailureOfTheMonth {
  winner: string | null;
  tally: { experimentId: string; votes: number }[];
}

/** Most votes wins; a tie goes to the bolder experiment, then the one that ended first, then by id. */
export function failureOfTheMonth(candidates: readonly ConcludedExperiment[], votes: readonly Vote[]): FailureOfTheMonth {
  const eligible = new Map(candidates.filter(isWrittenUpFailure).map((candidate) => [candidate.experimentId, candidate]));
  const counts = new Map<string, number>();
  for (const vote of votes) if (eligible.has(vote.experimentId)) counts.set(vote.experimentId, (counts.get(vote.experimentId) ?? 0) + 1);
  const ranked = [...eligible.values()]
    .filter((candidate) => counts.has(candidate.experimentId))
    .map((candidate) => ({ candidate, votes: counts.get(candidate.experimentId) ?? 0 }))
    .sort(
      (a, b) =>
        b.votes - a.votes ||
        b.candidate.boldness - a.candidate.boldness ||
        a.candidate.endsOn.getTime() - b.candidate.endsOn.getTime() ||
        a.candidate.experimentId.localeCompare(b.candidate.experimentId),
    );
  const tally = ranked.map(({ candidate, votes: count }) => ({ experimentId: candidate.experimentId, votes: count }));
  return { winner: tally[0]?.experimentId ?? null, tally };
}
