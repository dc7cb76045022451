import { Injectable } from '@nestjs/common';
import { uuidv7 } from 'uuidv7';
import { Prisma } from '../../generated/prisma/client';
import { RewardsDatabase } from '../../database/rewards-database';
import { KeyResult } from './domain/key-result';

export interface Objective {
  objectiveId: string;
  title: string;
  period: string;
  periodStart: Date;
  keyResults: KeyResult[];
}

@Injectable()
export class OkrRepository {
  constructor(private readonly database: RewardsDatabase) {}

  async create(objective: Omit<Objective, 'objectiveId'>): Promise<Objective> {
    const objectiveId = uuidv7();
    await this.database.okrObjective.create({
      data: { ...objective, objectiveId, keyResults: objective.keyResults as unknown as Prisma.InputJsonValue },
    });
    return { objectiveId, ...objective };
  }

  async find(objectiveId: string): Promise<Objective | null> {
    const row = await this.database.okrObjective.findUnique({ where: { objectiveId } });
    return row ? toObjective(row) : null;
  }

  async ofPeriod(period?: string): Promise<Objective[]> {
    const rows = await this.database.okrObjective.findMany({ where: period ? { period } : {}, orderBy: [{ periodStart: 'desc' }, { objectiveId: 'asc' }] });
    return rows.map(toObjective);
  }
}

function toObjective(row: { objectiveId: string; title: string; period: string; periodStart: Date; keyResults: unknown }): Objective {
  return { objectiveId: row.objectiveId, title: row.title, period: row.period, periodStart: row.periodStart, keyResults: row.keyResults as KeyResult[] };
}
