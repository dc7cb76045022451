import { Injectable } from '@nestjs/common';
import { CaptureDatabase, CaptureTransaction } from '../../database/capture-database';
import { Prisma } from '../../generated/prisma/client';
import { AdPlatform, NotifiedAdLead } from './ad-lead-source';

@Injectable()
export class AdLeadFetchRepository {
  constructor(private readonly database: CaptureDatabase) {}

  /** Records notified leads; a lead notified again is already recorded and is not fetched twice. */
  async recordNotified(platform: AdPlatform, leads: NotifiedAdLead<object>[]): Promise<number> {
    const { count } = await this.database.adLeadFetch.createMany({
      data: leads.map(({ externalId, notice }) => ({ platform, externalId, notice: notice as Prisma.InputJsonObject })),
      skipDuplicates: true,
    });
    return count;
  }

  async pending(platform: AdPlatform, maxAttempts: number, limit: number, skip: string[]): Promise<NotifiedAdLead<unknown>[]> {
    return this.database.adLeadFetch.findMany({
      where: { platform, doneAt: null, attempts: { lt: maxAttempts }, externalId: { notIn: skip } },
      orderBy: { receivedAt: 'asc' },
      take: limit,
      select: { externalId: true, notice: true },
    });
  }

  /** Done with it: captured (in the capturing transaction) or rejected for good, with the reason. */
  async markDone(platform: AdPlatform, externalId: string, rejection: string | null, transaction?: CaptureTransaction): Promise<void> {
    await (transaction ?? this.database).adLeadFetch.update({
      where: { platform_externalId: { platform, externalId } },
      data: { doneAt: new Date(), lastError: rejection?.slice(0, 1000) ?? null, attempts: { increment: 1 } },
    });
  }

  async markFailed(platform: AdPlatform, externalId: string, error: string): Promise<void> {
    await this.database.adLeadFetch.update({
      where: { platform_externalId: { platform, externalId } },
      data: { lastError: error.slice(0, 1000), attempts: { increment: 1 } },
    });
  }
}
