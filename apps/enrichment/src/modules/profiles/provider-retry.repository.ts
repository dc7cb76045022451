import { Injectable } from '@nestjs/common';
import { EnrichmentTransaction } from '../../database/enrichment-database';

export interface ScheduledRetry {
  provider: string;
  attempts: number;
  dueAt: Date;
  lastError: string;
}

@Injectable()
export class ProviderRetryRepository {
  async attemptsSoFar(transaction: EnrichmentTransaction, leadId: string): Promise<Map<string, number>> {
    const rows = await transaction.providerRetry.findMany({ where: { leadId }, select: { provider: true, attempts: true } });
    return new Map(rows.map((row) => [row.provider, row.attempts]));
  }

  async schedule(transaction: EnrichmentTransaction, leadId: string, retry: ScheduledRetry): Promise<void> {
    const { provider, ...data } = retry;
    await transaction.providerRetry.upsert({
      where: { leadId_provider: { leadId, provider } },
      create: { leadId, provider, ...data },
      update: data,
    });
  }

  async clear(transaction: EnrichmentTransaction, leadId: string, providers: string[]): Promise<void> {
    if (providers.length === 0) return;
    await transaction.$executeRaw`DELETE FROM provider_retries WHERE lead_id = ${leadId}::uuid AND provider = ANY(${providers}::text[])`;
  }

  async clearAll(transaction: EnrichmentTransaction, leadId: string): Promise<void> {
    await transaction.providerRetry.deleteMany({ where: { leadId } });
  }

  /** A lead with a retry due; skipped while another instance is working on it. */
  async nextDueLead(transaction: EnrichmentTransaction, now: Date): Promise<string | undefined> {
    const rows = await transaction.$queryRaw<{ lead_id: string }[]>`
      SELECT lead_id FROM provider_retries WHERE due_at <= ${now}
      ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED`;
    return rows[0]?.lead_id;
  }
}
