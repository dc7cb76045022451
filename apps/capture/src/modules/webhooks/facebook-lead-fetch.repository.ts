import { Injectable } from '@nestjs/common';
import { CaptureDatabase, CaptureTransaction } from '../../database/capture-database';
import { LeadgenReference } from './domain/facebook-lead';

@Injectable()
export class FacebookLeadFetchRepository {
  constructor(private readonly database: CaptureDatabase) {}

  /** Records notified leads; a lead notified again is already recorded and is not fetched twice. */
  async recordNotified(references: LeadgenReference[]): Promise<number> {
    const { count } = await this.database.facebookLeadFetch.createMany({ data: references, skipDuplicates: true });
    return count;
  }

  async pending(maxAttempts: number, limit: number, skip: string[]): Promise<LeadgenReference[]> {
    return this.database.facebookLeadFetch.findMany({
      where: { doneAt: null, attempts: { lt: maxAttempts }, leadgenId: { notIn: skip } },
      orderBy: { receivedAt: 'asc' },
      take: limit,
      select: { leadgenId: true, pageId: true, formId: true, adId: true },
    });
  }

  /** Done with it: captured (in the capturing transaction) or rejected for good, with the reason. */
  async markDone(leadgenId: string, rejection: string | null, transaction?: CaptureTransaction): Promise<void> {
    await (transaction ?? this.database).facebookLeadFetch.update({
      where: { leadgenId },
      data: { doneAt: new Date(), lastError: rejection?.slice(0, 1000) ?? null, attempts: { increment: 1 } },
    });
  }

  async markFailed(leadgenId: string, error: string): Promise<void> {
    await this.database.facebookLeadFetch.update({
      where: { leadgenId },
      data: { lastError: error.slice(0, 1000), attempts: { increment: 1 } },
    });
  }
}
