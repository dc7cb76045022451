import { Inject, Injectable } from '@nestjs/common';
import { CommitTimeWrites } from '@accord/messaging';
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

export interface LockedProfile {
  erased: boolean;
  stored?: StoredProfile;
}

interface ProfileSave {
  leadId: string;
  profile: StoredProfile;
  changes: FactChangeRecord[];
}

/** Profiles each open transaction has locked, as they stand after its own saves so far. */
const lockedProfiles = new WeakMap<EnrichmentTransaction, Map<string, LockedProfile>>();

function lockedBy(transaction: EnrichmentTransaction): Map<string, LockedProfile> {
  const locked = lockedProfiles.get(transaction) ?? new Map<string, LockedProfile>();
  lockedProfiles.set(transaction, locked);
  return locked;
}

/** Every lead's latest profile and all changes in the order made, in one statement. */
async function writeSaves(transaction: EnrichmentTransaction, saves: ProfileSave[]): Promise<void> {
  const latest = new Map(saves.map(({ leadId, profile }) => [leadId, profile]));
  const profiles = JSON.stringify(
    [...latest].map(([leadId, profile]) => ({ lead_id: leadId, facts: profile.facts, inputs: profile.inputs, enriched_at: profile.enrichedAt.toISOString() })),
  );
  const changes = JSON.stringify(
    saves
      .flatMap(({ leadId, profile, changes: made }) =>
        made.map(({ field, previousValue, fact, trigger }) => ({
          lead_id: leadId,
          field,
          previous_value: previousValue ?? null,
          value: fact?.value ?? null,
          provider: fact?.provider ?? 'none',
          confidence: fact?.confidence ?? 0,
          origin: fact?.origin ?? 'none',
          observed_at: fact?.observedAt ?? profile.enrichedAt.toISOString(),
          trigger,
        })),
      )
      .map((change, position) => ({ ...change, position })),
  );
  await transaction.$executeRaw`
    WITH saved AS (
      INSERT INTO lead_profiles (lead_id, facts, inputs, enriched_at)
      SELECT p.lead_id, p.facts, p.inputs, p.enriched_at
      FROM jsonb_to_recordset(${profiles}::jsonb) AS p(lead_id uuid, facts jsonb, inputs jsonb, enriched_at timestamptz)
      ON CONFLICT (lead_id) DO UPDATE SET facts = EXCLUDED.facts, inputs = EXCLUDED.inputs, enriched_at = EXCLUDED.enriched_at
      RETURNING lead_id
    )
    INSERT INTO fact_changes (lead_id, field, previous_value, value, provider, confidence, origin, observed_at, trigger)
    SELECT saved.lead_id, c.field, c.previous_value, c.value, c.provider, c.confidence, c.origin, c.observed_at, c.trigger
    FROM jsonb_to_recordset(${changes}::jsonb) AS c(lead_id uuid, field text, previous_value jsonb, value jsonb, provider text,
      confidence float8, origin text, observed_at timestamptz, trigger text, position int)
    JOIN saved ON saved.lead_id = c.lead_id
    ORDER BY c.position`;
}

const profileSaves = new CommitTimeWrites<EnrichmentTransaction, ProfileSave>(writeSaves);

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
   * `erased` leads are not to be enriched again. `readAhead` are the leads the transaction is about to
   * enrich as well: they are locked and read in the same statement (in lead id order, the order every
   * transaction locks several in), and later calls for them in this transaction ask nothing more.
   */
  async lockUnlessErased(transaction: EnrichmentTransaction, leadId: string, readAhead: string[] = []): Promise<LockedProfile> {
    const locked = lockedBy(transaction);
    const held = locked.get(leadId);
    if (held) return held;
    const leadIds = [...new Set([leadId, ...readAhead])].filter((id) => !locked.has(id)).sort();
    const rows = await transaction.$queryRaw<
      { lead_id: string; erased: boolean; facts: Facts | null; inputs: ProviderInput | null; enriched_at: Date | null }[]
    >`
      WITH profile AS MATERIALIZED (
        SELECT lead_id, facts, inputs, enriched_at FROM lead_profiles WHERE lead_id = ANY(${leadIds}::uuid[]) ORDER BY lead_id FOR UPDATE
      )
      SELECT asked.lead_id::text, EXISTS (SELECT 1 FROM erased_leads e WHERE e.lead_id = asked.lead_id) AS erased,
             profile.facts, profile.inputs, profile.enriched_at
      FROM unnest(${leadIds}::uuid[]) AS asked(lead_id) LEFT JOIN profile ON profile.lead_id = asked.lead_id`;
    const asked = new Map(leadIds.map((id) => [id.toLowerCase(), id]));
    for (const row of rows) {
      const stored = row.facts && row.inputs && row.enriched_at ? { facts: row.facts, inputs: row.inputs, enrichedAt: row.enriched_at } : undefined;
      locked.set(asked.get(row.lead_id) ?? row.lead_id, row.erased ? { erased: true } : { erased: false, stored });
    }
    return locked.get(leadId) ?? { erased: false };
  }

  /**
   * Saves the profile and appends its changes. In a transaction run by `runInTransaction` the saves of
   * all its leads leave together in one statement just before it commits; until then this transaction's
   * `lockUnlessErased` answers with the profile as saved here.
   */
  async save(transaction: EnrichmentTransaction, leadId: string, profile: StoredProfile, changes: FactChangeRecord[]): Promise<void> {
    lockedBy(transaction).set(leadId, { erased: false, stored: profile });
    await profileSaves.add(transaction, { leadId, profile, changes });
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
