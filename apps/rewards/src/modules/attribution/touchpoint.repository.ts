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
  async record(transaction: RewardsTransaction, touchpoint: RecordedTouchpoint): Promise<void> {
    const { touchpointId, ...columns } = touchpoint;
    await transaction.touchpoint.upsert({ where: { touchpointId }, create: touchpoint, update: columns });
  }

  ofLead(transaction: RewardsTransaction, leadId: string): Promise<RecordedTouchpoint[]> {
    return transaction.touchpoint.findMany({ where: { leadId } });
  }
}
