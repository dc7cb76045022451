import { Injectable } from '@nestjs/common';
import { uuidv7 } from 'uuidv7';
import { RewardsDatabase } from '../../database/rewards-database';
import { Cadence } from './domain/bonus-period';
import { BonusRule } from './domain/bonus-rules';

export interface BonusPlan {
  planId: string;
  name: string;
  beneficiary: { kind: 'person' | 'team'; id: string };
  cadence: Cadence;
  currency: string;
  rules: BonusRule[];
}

@Injectable()
export class BonusPlanRepository {
  constructor(private readonly database: RewardsDatabase) {}

  async create(plan: Omit<BonusPlan, 'planId'>): Promise<BonusPlan> {
    const planId = uuidv7();
    await this.database.bonusPlan.create({
      data: {
        planId,
        name: plan.name,
        beneficiaryKind: plan.beneficiary.kind,
        beneficiaryId: plan.beneficiary.id,
        cadence: plan.cadence,
        currency: plan.currency,
        rules: plan.rules,
      },
    });
    return { planId, ...plan };
  }

  async find(planId: string): Promise<BonusPlan | null> {
    const row = await this.database.bonusPlan.findUnique({ where: { planId } });
    if (!row) return null;
    return {
      planId: row.planId,
      name: row.name,
      beneficiary: { kind: row.beneficiaryKind as 'person' | 'team', id: row.beneficiaryId },
      cadence: row.cadence as Cadence,
      currency: row.currency,
      rules: row.rules as unknown as BonusRule[],
    };
  }
}
