import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client';
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

/** Funnel moments that count once per lead: the first time it happened is kept. */
export type FunnelMoment = 'mql' | 'accepted' | 'rejected' | 'recycled' | 'sql' | 'slaBreached';

const momentColumn: Record<FunnelMoment, Prisma.Sql> = {
  mql: Prisma.raw('mql_at'),
  accepted: Prisma.raw('accepted_at'),
  rejected: Prisma.raw('rejected_at'),
  recycled: Prisma.raw('recycled_at'),
  sql: Prisma.raw('sql_at'),
  slaBreached: Prisma.raw('sla_breached_at'),
};

/** Events arrive from several topics in any order, so every write is an upsert of its own columns. */
@Injectable()
export class FunnelRepository {
  constructor(private readonly database: RewardsDatabase) {}

  async recordCaptured(transaction: RewardsTransaction, lead: CapturedLead): Promise<void> {
    const { leadId, ...columns } = lead;
    await transaction.funnelLead.upsert({ where: { leadId }, create: lead, update: columns });
  }

  async recordFirst(transaction: RewardsTransaction, leadId: string, moment: FunnelMoment, at: Date): Promise<void> {
    const column = momentColumn[moment];
    await transaction.$executeRaw`
      INSERT INTO funnel_leads (lead_id, ${column}) VALUES (${leadId}::uuid, ${at})
      ON CONFLICT (lead_id) DO UPDATE SET ${column} = LEAST(funnel_leads.${column}, EXCLUDED.${column})`;
  }

  async recordRejectionReason(transaction: RewardsTransaction, leadId: string, reason: string): Promise<void> {
    await transaction.funnelLead.update({ where: { leadId }, data: { rejectionReason: reason } });
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
