import { Injectable } from '@nestjs/common';
import { ProblemException } from '@accord/platform';
import { failureOfTheMonth, isWrittenUpFailure, recognitionPoints } from './domain/recognition';
import { Experiment, ExperimentRepository, NewExperiment } from './experiment.repository';
import { OutcomeBody } from './experiment-request';

const monthRange = (month: string) => {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return { from: new Date(Date.UTC(year, index - 1, 1)), to: new Date(Date.UTC(year, index, 1)) };
};

const withPoints = (experiment: Experiment) => ({ ...experiment, recognitionPoints: recognitionPoints(experiment) });

@Injectable()
export class ExperimentsUsecase {
  constructor(private readonly experiments: ExperimentRepository) {}

  async register(experiment: NewExperiment) {
    return withPoints(await this.experiments.create(experiment));
  }

  async conclude(callerId: string, experimentId: string, body: OutcomeBody) {
    const experiment = await this.experiments.find(experimentId);
    if (!experiment) throw new ProblemException(404, 'No such experiment', `No experiment ${experimentId}.`);
    if (experiment.ownerId !== callerId) throw new ProblemException(403, 'Not your experiment', 'Only its owner records the outcome.');
    return withPoints(await this.experiments.conclude(experimentId, body.outcome, body.learnings));
  }

  async ofMonth(month: string) {
    const { from, to } = monthRange(month);
    return (await this.experiments.endedBetween(from, to)).map(withPoints);
  }

  /** Points per person for experiments that ended in the month. */
  async recognition(month: string) {
    const points = new Map<string, number>();
    for (const experiment of await this.ofMonth(month)) {
      if (experiment.recognitionPoints > 0) points.set(experiment.ownerId, (points.get(experiment.ownerId) ?? 0) + experiment.recognitionPoints);
    }
    return [...points].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([personId, total]) => ({ personId, points: total }));
  }

  async vote(callerId: string, month: string, experimentId: string): Promise<void> {
    const experiment = await this.experiments.find(experimentId);
    const { from, to } = monthRange(month);
    if (!experiment || !isWrittenUpFailure(experiment) || experiment.endsOn < from || experiment.endsOn >= to) {
      throw new ProblemException(422, 'Not a candidate', `Only failed, written-up experiments that ended in ${month} can be voted for.`);
    }
    if (experiment.ownerId === callerId) throw new ProblemException(422, 'Own experiment', 'Vote for someone else’s failure.');
    await this.experiments.vote(month, callerId, experimentId);
  }

  async failureOfTheMonth(month: string) {
    const { from, to } = monthRange(month);
    const [candidates, votes] = await Promise.all([this.experiments.endedBetween(from, to), this.experiments.votes(month)]);
    return { month, ...failureOfTheMonth(candidates, votes) };
  }
}
