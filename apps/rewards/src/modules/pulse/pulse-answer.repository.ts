import { Injectable } from '@nestjs/common';
import { RewardsDatabase } from '../../database/rewards-database';
import { PulseAnswers } from './domain/pulse-questions';

export interface StoredPulseAnswer extends PulseAnswers {
  month: string;
  teamId: string | null;
  updatedAt: Date;
}

@Injectable()
export class PulseAnswerRepository {
  constructor(private readonly database: RewardsDatabase) {}

  async put(personId: string, month: string, teamId: string | null, answers: PulseAnswers): Promise<StoredPulseAnswer> {
    const row = await this.database.pulseAnswer.upsert({
      where: { personId_month: { personId, month } },
      create: { personId, month, teamId, ...answers },
      update: { teamId, ...answers },
    });
    return toAnswer(row);
  }

  async own(personId: string, month: string): Promise<StoredPulseAnswer | null> {
    const row = await this.database.pulseAnswer.findUnique({ where: { personId_month: { personId, month } } });
    return row ? toAnswer(row) : null;
  }

  async ownMonths(personId: string): Promise<StoredPulseAnswer[]> {
    return (await this.database.pulseAnswer.findMany({ where: { personId }, orderBy: { month: 'desc' } })).map(toAnswer);
  }

  /** Only the four texts: who wrote them stays in the database. */
  async ofTeam(teamId: string, month: string): Promise<PulseAnswers[]> {
    return this.database.pulseAnswer.findMany({
      where: { teamId, month },
      select: { gaveEnergy: true, costEnergy: true, biggestLearning: true, nextChallenge: true },
    });
  }
}

function toAnswer(row: PulseAnswers & { month: string; teamId: string | null; updatedAt: Date }): StoredPulseAnswer {
  const { month, teamId, gaveEnergy, costEnergy, biggestLearning, nextChallenge, updatedAt } = row;
  return { month, teamId, gaveEnergy, costEnergy, biggestLearning, nextChallenge, updatedAt };
}
