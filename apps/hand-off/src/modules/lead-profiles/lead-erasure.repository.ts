import { Injectable } from '@nestjs/common';
import { HandOffTransaction } from '../../database/hand-off-database';

/** Hand-off keeps one thing that points at a person: the hash of their e-mail, for matching sales-tool outcomes. */
@Injectable()
export class LeadErasureRepository {
  async erase(transaction: HandOffTransaction, leadId: string): Promise<void> {
    await transaction.$executeRaw`UPDATE lead_profiles SET email_hash = NULL, updated_at = now() WHERE lead_id = ${leadId}::uuid`;
    await transaction.$executeRaw`
      UPDATE opportunity_outcomes SET email_hash = NULL WHERE lead_id = ${leadId}::uuid OR matched_lead_id = ${leadId}::uuid`;
  }
}
