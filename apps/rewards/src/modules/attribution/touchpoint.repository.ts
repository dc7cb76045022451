import { Injectable } from '@nestjs/common';
import { RewardsTransaction } from '../../database/rewards-database';

export interface RecordedTouchpoint {
  touchpointId: string;
  leadId: string;
  channel: string;
  source: string;
  campaign: string | null;
  occurredAt: Date;
  isLeadCreation: boolean;
}

@Injectable()
export class TouchpointRepository {
  /** Stores touchpoints in one statement, each once (the last one given for an id stands). */
  async record(transaction: RewardsTransaction, touchpoints: RecordedTouchpoint[]): Promise<void> {
    const rows = [...new Map(touchpoints.map((touchpoint) => [touchpoint.touchpointId, touchpoint])).values()];
    await transaction.$executeRaw`
      INSERT INTO touchpoints (touchpoint_id, lead_id, channel, source, campaign, occurred_at, is_lead_creation)
      SELECT "touchpointId", "leadId", channel, source, campaign, "occurredAt", "isLeadCreation"
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS t("touchpointId" text, "leadId" uuid, channel text, source text,
                                                                  campaign text, "occurredAt" timestamptz, "isLeadCreation" boolean)
      ORDER BY "touchpointId"
      ON CONFLICT (touchpoint_id) DO UPDATE SET lead_id = EXCLUDED.lead_id, channel = EXCLUDED.channel, source = EXCLUDED.source,
        campaign = EXCLUDED.campaign, occurred_at = EXCLUDED.occurred_at, is_lead_creation = EXCLUDED.is_lead_creation`;
  }

  ofLead(transaction: RewardsTransaction, leadId: string): Promise<RecordedTouchpoint[]> {
    return transaction.touchpoint.findMany({ where: { leadId } });
  }
}
