import { Injectable } from '@nestjs/common';
import { uuidv7 } from 'uuidv7';
import { Prisma } from '../../generated/prisma/client';
import { RewardsDatabase } from '../../database/rewards-database';
import { StatementLine } from './domain/statement-lines';

export interface BonusStatement {
  statementId: string;
  planId: string;
  period: string;
  periodStart: Date;
  issuedAt: Date;
  currency: string;
  totalMinor: number;
  lines: StatementLine[];
}

/** Statements are appended, never updated: a second issue of the same period finds the first. */
@Injectable()
export class BonusStatementRepository {
  constructor(private readonly database: RewardsDatabase) {}

  async find(planId: string, period: string): Promise<BonusStatement | null> {
    const row = await this.database.bonusStatement.findUnique({ where: { planId_period: { planId, period } } });
    return row ? toStatement(row) : null;
  }

  async issuedBefore(planId: string, periodStart: Date): Promise<BonusStatement[]> {
    const rows = await this.database.bonusStatement.findMany({ where: { planId, periodStart: { lt: periodStart } }, orderBy: { periodStart: 'asc' } });
    return rows.map(toStatement);
  }

  /** Null when another request issued the same period first. */
  async append(statement: Omit<BonusStatement, 'statementId' | 'issuedAt'>): Promise<BonusStatement | null> {
    try {
      const row = await this.database.bonusStatement.create({
        data: {
          statementId: uuidv7(),
          planId: statement.planId,
          period: statement.period,
          periodStart: statement.periodStart,
          currency: statement.currency,
          totalMinor: BigInt(statement.totalMinor),
          lines: statement.lines as unknown as Prisma.InputJsonValue,
        },
      });
      return toStatement(row);
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return null;
      throw error;
    }
  }
}

function toStatement(row: {
  statementId: string;
  planId: string;
  period: string;
  periodStart: Date;
  issuedAt: Date;
  currency: string;
  totalMinor: bigint;
  lines: unknown;
}): BonusStatement {
  return { ...row, totalMinor: Number(row.totalMinor), lines: row.lines as StatementLine[] };
}
