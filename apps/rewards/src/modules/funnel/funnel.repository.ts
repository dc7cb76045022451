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

/** One lead's step through the funnel. */
export type FunnelWrite =
  | { kind: 'captured'; lead: CapturedLead }
  | { kind: 'first'; leadId: string; moment: FunnelMoment; at: Date }
  | { kind: 'assigned'; leadId: string; assignedAt: Date; assigneeId: string };

/** Events arrive from several topics in any order, so every write is an upsert of its own columns. */
@Injectable()
export class FunnelRepository {
  constructor(private readonly database: RewardsDatabase) {}

  async recordCaptured(transaction: RewardsTransaction, lead: CapturedLead): Promise<void> {
    await this.record(transaction, [{ kind: 'captured', lead }]);
  }

  async recordFirst(transaction: RewardsTransaction, leadId: string, moment: FunnelMoment, at: Date): Promise<void> {
    await this.record(transaction, [{ kind: 'first', leadId, moment, at }]);
  }

  async recordRejectionReason(transaction: RewardsTransaction, leadId: string, reason: string): Promise<void> {
    await transaction.funnelLead.update({ where: { leadId }, data: { rejectionReason: reason } });
  }

  async recordAssigned(transaction: RewardsTransaction, leadId: string, assignedAt: Date, assigneeId: string): Promise<void> {
    await this.record(transaction, [{ kind: 'assigned', leadId, assignedAt, assigneeId }]);
  }

  /** Funnel writes of different leads: one statement for each kind (and moment) among them, rows in lead id order. */
  async record(transaction: RewardsTransaction, writes: FunnelWrite[]): Promise<void> {
    const ofKind = <Kind extends FunnelWrite['kind']>(kind: Kind) =>
      writes.filter((write): write is Extract<FunnelWrite, { kind: Kind }> => write.kind === kind);
    const captured = ofKind('captured').map(({ lead }) => ({ ...lead, capturedAt: lead.capturedAt.toISOString() }));
    if (captured.length > 0) {
      await transaction.$executeRaw`
        INSERT INTO funnel_leads (lead_id, channel, source, campaign, is_test, captured_at)
        SELECT "leadId", channel, source, campaign, "isTest", "capturedAt"
        FROM jsonb_to_recordset(${JSON.stringify(captured)}::jsonb)
          AS l("leadId" uuid, channel text, source text, campaign text, "isTest" boolean, "capturedAt" timestamptz)
        ORDER BY "leadId"
        ON CONFLICT (lead_id) DO UPDATE SET channel = EXCLUDED.channel, source = EXCLUDED.source, campaign = EXCLUDED.campaign,
          is_test = EXCLUDED.is_test, captured_at = EXCLUDED.captured_at`;
    }
    const firsts = ofKind('first');
    for (const moment of new Set(firsts.map((write) => write.moment))) {
      const column = momentColumn[moment];
      const rows = firsts.filter((write) => write.moment === moment).map(({ leadId, at }) => ({ leadId, at: at.toISOString() }));
      await transaction.$executeRaw`
        INSERT INTO funnel_leads (lead_id, ${column})
        SELECT "leadId", at FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS m("leadId" uuid, at timestamptz) ORDER BY "leadId"
        ON CONFLICT (lead_id) DO UPDATE SET ${column} = LEAST(funnel_leads.${column}, EXCLUDED.${column})`;
    }
    const assigned = ofKind('assigned').map(({ leadId, assignedAt, assigneeId }) => ({ leadId, assignedAt: assignedAt.toISOString(), assigneeId }));
    if (assigned.length > 0) {
      await transaction.$executeRaw`
        INSERT INTO funnel_leads (lead_id, assigned_at, assignee_id)
        SELECT "leadId", "assignedAt", "assigneeId"
        FROM jsonb_to_recordset(${JSON.stringify(assigned)}::jsonb) AS a("leadId" uuid, "assignedAt" timestamptz, "assigneeId" text)
        ORDER BY "leadId"
        ON CONFLICT (lead_id) DO UPDATE SET assigned_at = EXCLUDED.assigned_at, assignee_id = EXCLUDED.assignee_id`;
    }
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
