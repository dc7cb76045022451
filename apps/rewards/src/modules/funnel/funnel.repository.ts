import { Injectable } from '@nestjs/common';
import { RewardsDatabase, RewardsTransaction } from '../../database/rewards-database';
import { FunnelCounts } from './domain/funnel-summary';

export interface CapturedLead {
  leadId: string;
  channel: string;
  source: string;
  campaign: string | null;
  isTest: boolean;
  capturedAt: Date;
}

/** Events arrive from several topics in any order, so every write is an upsert of its own columns. */
@Injectable()
export class FunnelRepository {
  constructor(private readonly database: RewardsDatabase) {}

  async recordCaptured(transaction: RewardsTransaction, lead: CapturedLead): Promise<void> {
    const { leadId, ...columns } = lead;
    await transaction.funnelLead.upsert({ where: { leadId }, create: lead, update: columns });
  }

  async recordQualified(transaction: RewardsTransaction, leadId: string, mqlAt: Date): Promise<void> {
    await transaction.funnelLead.upsert({ where: { leadId }, create: { leadId, mqlAt }, update: { mqlAt } });
  }

  async recordAssigned(
    transaction: RewardsTransaction,
    leadId: string,
    assignedAt: Date,
    assigneeId: string,
  ): Promise<void> {
    const columns = { assignedAt, assigneeId };
    await transaction.funnelLead.upsert({ where: { leadId }, create: { leadId, ...columns }, update: columns });
  }

  async counts(): Promise<FunnelCounts> {
    const real = { isTest: false };
    const [leads, mqls, assigned] = await Promise.all([
      this.database.funnelLead.count({ where: { ...real, capturedAt: { not: null } } }),
      this.database.funnelLead.count({ where: { ...real, mqlAt: { not: null } } }),
      this.database.funnelLead.count({ where: { ...real, assignedAt: { not: null } } }),
    ]);
    return { leads, mqls, assigned };
  }

  findLead(leadId: string) {
    return this.database.funnelLead.findUnique({ where: { leadId } });
  }
}
