import { Injectable } from '@nestjs/common';
import { HandOffTransaction } from '../../database/hand-off-database';
import { RoutingFacts } from './domain/routing-facts';

export interface LeadProfileUpdate extends RoutingFacts {
  source?: string | null;
  emailHash?: string | null;
}

@Injectable()
export class LeadProfileRepository {
  async merge(transaction: HandOffTransaction, leadId: string, update: LeadProfileUpdate): Promise<void> {
    await transaction.leadProfile.upsert({ where: { leadId }, create: { leadId, ...update }, update });
  }

  find(transaction: HandOffTransaction, leadId: string) {
    return transaction.leadProfile.findUnique({ where: { leadId } });
  }

  async leadIdsByEmailHash(transaction: HandOffTransaction, hash: string): Promise<string[]> {
    const profiles = await transaction.leadProfile.findMany({ where: { emailHash: hash }, select: { leadId: true } });
    return profiles.map((profile) => profile.leadId);
  }
}
