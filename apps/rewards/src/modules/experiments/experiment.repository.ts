import { Injectable } from '@nestjs/common';
import { uuidv7 } from 'uuidv7';
import { RewardsDatabase } from '../../database/rewards-database';
import { ConcludedExperiment, ExperimentOutcome, Vote } from './domain/recognition';

export interface Experiment extends ConcludedExperiment {
  title: string;
  hypothesis: string;
  startsOn: Date;
  concludedAt: Date | null;
}

export type NewExperiment = Pick<Experiment, 'title' | 'hypothesis' | 'ownerId' | 'boldness' | 'startsOn' | 'endsOn'>;

@Injectable()
export class ExperimentRepository {
  constructor(private readonly database: RewardsDatabase) {}

  async create(experiment: NewExperiment): Promise<Experiment> {
    const row = await this.database.experiment.create({ data: { experimentId: uuidv7(), ...experiment } });
    return toExperiment(row);
  }

  async find(experimentId: string): Promise<Experiment | null> {
    const row = await this.database.experiment.findUnique({ where: { experimentId } });
    return row ? toExperiment(row) : null;
  }

  async conclude(experimentId: string, outcome: ExperimentOutcome, learnings: string): Promise<Experiment> {
    const row = await this.database.experiment.update({ where: { experimentId }, data: { outcome, learnings, concludedAt: new Date() } });
    return toExperiment(row);
  }

  /** Experiments that ended in the month [from, to). */
  async endedBetween(from: Date, to: Date): Promise<Experiment[]> {
    const rows = await this.database.experiment.findMany({ where: { endsOn: { gte: from, lt: to } }, orderBy: [{ endsOn: 'asc' }, { experimentId: 'asc' }] });
    return rows.map(toExperiment);
  }

  async vote(month: string, voterId: string, experimentId: string): Promise<void> {
    await this.database.failureVote.upsert({
      where: { month_voterId: { month, voterId } },
      create: { month, voterId, experimentId },
      update: { experimentId },
    });
  }

  /** Who voted stays in the database; only which experiment each vote went to comes out. */
  async votes(month: string): Promise<Vote[]> {
    const rows = await this.database.failureVote.findMany({ where: { month }, select: { experimentId: true } });
    return rows.map((row, index) => ({ voterId: `vote-${index}`, experimentId: row.experimentId }));
  }
}

function toExperiment(row: {
  experimentId: string;
  title: string;
  hypothesis: string;
  ownerId: string;
  boldness: number;
  startsOn: Date;
  endsOn: Date;
  outcome: string | null;
  learnings: string | null;
  concludedAt: Date | null;
}): Experiment {
  return { ...row, outcome: row.outcome as ExperimentOutcome | null };
}
