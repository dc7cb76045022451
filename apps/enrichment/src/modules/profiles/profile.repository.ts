import { Inject, Injectable } from '@nestjs/common';
import { EnrichmentDatabase, EnrichmentTransaction } from '../../database/enrichment-database';
import { ProviderInput } from './domain/enrichment-provider';
import { Facts } from './domain/fact';

export interface StoredProfile {
  facts: Facts;
  inputs: ProviderInput;
  enrichedAt: Date;
}

export interface FactChangeRecord {
  field: string;
  previousValue: Facts[string]['value'] | undefined;
  fact: Facts[string] | undefined;
  trigger: string;
}

@Injectable()
export class ProfileRepository {
  constructor(@Inject(EnrichmentDatabase) private readonly database: EnrichmentDatabase) {}

  /** The profile, locked until the transaction ends so two enrichments of one lead never interleave. */
  async lock(transaction: EnrichmentTransaction, leadId: string): Promise<StoredProfile | undefined> {
    const rows = await transaction.$queryRaw<{ facts: Facts; inputs: ProviderInput; enriched_at: Date }[]>`
      SELECT facts, inputs, enriched_at FROM lead_profiles WHERE lead_id = ${leadId}::uuid FOR UPDATE`;
    const [row] = rows;
    return row ? { facts: row.facts, inputs: row.inputs, enrichedAt: row.enriched_at } : undefined;
  }

  /**
   * Like `lock`, and in the same round trip whether the lead was erased (see ErasedLeadRepository):
   * `erased` leads are not to be enriched again.
   */
  async lockUnlessErased(transaction: EnrichmentTransaction, leadId: string): Promise<{ erased: boolean; stored?: StoredProfile }> {
    const [row] = await transaction.$queryRaw<{ erased: boolean; facts: Facts | null; inputs: ProviderInput | null; enriched_at: Date | null }[]>`
      WITH profile AS MATERIALIZED (
        SELECT facts, inputs, enriched_at FROM lead_profiles WHERE lead_id = ${leadId}::uuid FOR UPDATE
      )
      SELECT EXISTS (SELECT 1 FROM erased_leads WHERE lead_id = ${leadId}::uuid) AS erased, profile.*
      FROM (SELECT 1) AS one LEFT JOIN profile ON true`;
    if (row.erased) return { erased: true };
    return row.facts && row.inputs && row.enriched_at
      ? { erased: false, stored: { facts: row.facts, inputs: row.inputs, enrichedAt: row.enriched_at } }
      : { erased: false };
  }

  /** Saves the profile and appends its changes in one statement: this runs for every enriched lead. */
  async save(transaction: EnrichmentTransaction, leadId: string, profile: StoredProfile, changes: FactChangeRecord[]): Promise<void> {
    const facts = JSON.stringify(profile.facts);
    const inputs = JSON.stringify(profile.inputs);
    const rows = JSON.stringify(
      changes.map(({ field, previousValue, fact, trigger }) => ({
        field,
        previous_value: previousValue ?? null,
        value: fact?.value ?? null,
        provider: fact?.provider ?? 'none',
        confidence: fact?.confidence ?? 0,
        origin: fact?.origin ?? 'none',
        observed_at: fact?.observedAt ?? profile.enrichedAt.toISOString(),
        trigger,
      })),
    );
    await transaction.$executeRaw`
      WITH saved AS (
        INSERT INTO lead_profiles (lead_id, facts, inputs, enriched_at)
        VALUES (${leadId}::uuid, ${facts}::jsonb, ${inputs}::jsonb, ${profile.enrichedAt})
        ON CONFLICT (lead_id) DO UPDATE SET facts = EXCLUDED.facts, inputs = EXCLUDED.inputs, enriched_at = EXCLUDED.enriched_at
        RETURNING lead_id
      )
      INSERT INTO fact_changes (lead_id, field, previous_value, value, provider, confidence, origin, observed_at, trigger)
      SELECT saved.lead_id, c.field, c.previous_value, c.value, c.provider, c.confidence, c.origin, c.observed_at, c.trigger
      FROM saved, jsonb_to_recordset(${rows}::jsonb) AS c(field text, previous_value jsonb, value jsonb, provider text,
        confidence float8, origin text, observed_at timestamptz, trigger text)`;
  }

  /** The lead whose facts are oldest, if older than the cutoff; skipped while another instance holds it. */
  async nextStaleLead(transaction: EnrichmentTransaction, cutoff: Date): Promise<string | undefined> {
    const rows = await transaction.$queryRaw<{ lead_id: string }[]>`
      SELECT lead_id FROM lead_profiles WHERE enriched_at < ${cutoff}
      ORDER BY enriched_at LIMIT 1 FOR UPDATE SKIP LOCKED`;
    return rows[0]?.lead_id;
  }

  async findWithHistory(leadId: string) {
    const profile = await this.database.leadProfile.findUnique({ where: { leadId } });
    if (!profile) return undefined;
    const history = await this.database.factChange.findMany({ where: { leadId }, orderBy: { id: 'asc' } });
    return { profile: { facts: profile.facts as unknown as Facts, enrichedAt: profile.enrichedAt }, history };
  }

  async erase(transaction: EnrichmentTransaction, leadId: string): Promise<StoredProfile | undefined> {
    const profile = await this.lock(transaction, leadId);
    await transaction.factChange.deleteMany({ where: { leadId } });
    await transaction.leadProfile.deleteMany({ where: { leadId } });
    return profile;
  }
}
