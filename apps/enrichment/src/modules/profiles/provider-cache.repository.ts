import { Injectable } from '@nestjs/common';
import { EnrichmentTransaction } from '../../database/enrichment-database';
import { Prisma } from '../../generated/prisma/client';
import { Claims } from './domain/fact';

@Injectable()
export class ProviderCacheRepository {
  async find(transaction: EnrichmentTransaction, provider: string, inputKey: string, now: Date): Promise<Claims | undefined> {
    const entry = await transaction.providerCacheEntry.findUnique({ where: { provider_inputKey: { provider, inputKey } } });
    return entry && entry.expiresAt > now ? (entry.result as unknown as Claims) : undefined;
  }

  async save(transaction: EnrichmentTransaction, provider: string, inputKey: string, claims: Claims, expiresAt: Date): Promise<void> {
    const result = claims as unknown as Prisma.InputJsonValue;
    await transaction.providerCacheEntry.upsert({
      where: { provider_inputKey: { provider, inputKey } },
      create: { provider, inputKey, result, expiresAt },
      update: { result, expiresAt },
    });
  }

  async remove(transaction: EnrichmentTransaction, entries: { provider: string; inputKey: string }[]): Promise<void> {
    if (entries.length === 0) return;
    await transaction.providerCacheEntry.deleteMany({ where: { OR: entries } });
  }

  async removeExpired(transaction: EnrichmentTransaction, now: Date): Promise<number> {
    return (await transaction.providerCacheEntry.deleteMany({ where: { expiresAt: { lte: now } } })).count;
  }
}
