import { Injectable } from '@nestjs/common';
import { RewardsTransaction } from '../../database/rewards-database';

/**
 * A lead's touchpoints, conversion and close arrive on different topics and are handled
 * concurrently; holding this lock until commit lets each handler see the others' writes.
 */
@Injectable()
export class LeadLockRepository {
  async lock(transaction: RewardsTransaction, leadId: string): Promise<void> {
    await transaction.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${leadId}, 7))`;
  }
}
