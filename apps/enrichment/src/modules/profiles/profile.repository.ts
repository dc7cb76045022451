import { Inject, Injectable } from '@nestjs/common';
import { CommitTimeWrites, PerTransaction } from '@accord/messaging';
import { EnrichmentDatabase, EnrichmentTransaction } from '../../database/enrichment-database';
import { ProviderInput } from './domain/enrichment-provider';
import { Facts } from './domain/fact';

export interface StoredProfile {
  facts: Facts;
  inputs: ProviderInput;
  enrichedAt: Date;
}

/** One field an enrichment changed: the value before and the fact after (absent when the fact went). */
export interface FactChange {
  field: string;
  previousValue: Facts[string]['value'] | undefined;
  fact: Facts[string] | undefined;
}

/** A change as the enrichment history tells it. */
export interface HistoryEntry {
  field: string;
  previousValue: Facts[string]['value'] | null;
  value: Facts[string]['value'] | null;
  provider: string;
  confidence: number;
  origin: string;
  observedAt: string;
  trigger: string;
}

export interface LockedProfile {
  erased: boolean;
  stored?: StoredProfile;
}

interface ProfileSave {
  leadId: string;
  profile: StoredProfile;
  trigger: string;
  changes: FactChange[];
}

/** Profiles each open transaction has locked, as they stand after its own saves so far. */
const lockedProfiles = new PerTransaction<EnrichmentTransaction, Map<string, LockedProfile>>(() => new Map());

/** Every lead's latest profile and, per save that changed something, its change set, in the order made, in one statement. */
async function writeSaves(transaction: EnrichmentTransaction, saves: ProfileSave[]): Promise<void> {
  const latest = new Map(saves.map(({ leadId, profile }) => [leadId, profile]));
  const profiles = JSON.stringify(
    [...latest].map(([leadId, profile]) => ({ lead_id: leadId, facts: profile.facts, inputs: profile.inputs, enriched_at: profile.enrichedAt })),
  );
  const sets = JSON.stringify(
    saves
      .filter(({ changes }) => changes.length > 0)
      .map(({ leadId, profile, trigger, changes }, position) => ({
        lead_id: leadId,
        trigger,
        made_at: profile.enrichedAt,
        changes: changes.map((change) => storedChange(change, profile.enrichedAt)),
        position,
      })),
  );
  await transaction.$executeRaw`
    WITH saved AS (
      INSERT INTO lead_profiles (lead_id, facts, inputs, enriched_at)
      SELECT p.lead_id, p.facts, p.inputs, p.enriched_at
      FROM jsonb_to_recordset(${profiles}::jsonb) AS p(lead_id uuid, facts jsonb, inputs jsonb, enriched_at timestamptz)
      ON CONFLICT (lead_id) DO UPDATE SET facts = EXCLUDED.facts, inputs = EXCLUDED.inputs, enriched_at = EXCLUDED.enriched_at
      RETURNING lead_id
    )
    INSERT INTO fact_change_sets (lead_id, trigger, made_at, changes)
    SELECT saved.lead_id, c.trigger, c.made_at, c.changes
    FROM jsonb_to_recordset(${sets}::jsonb) AS c(lead_id uuid, trigger text, made_at timestamptz, changes jsonb, position int)
    JOIN saved ON saved.lead_id = c.lead_id
    ORDER BY c.position`;
}

/** A change as stored in its set: the trigger is the set's. */
type StoredChange = Omit<HistoryEntry, 'trigger'>;

function storedChange({ field, previousValue, fact }: FactChange, madeAt: Date): StoredChange {
  return {
    field,
    previousValue: previousValue ?? null,
    value: fact?.value ?? null,
    provider: fact?.provider ?? 'none',
    confidence: fact?.confidence ?? 0,
    origin: fact?.origin ?? 'none',
    observedAt: fact?.observedAt ?? madeAt.toISOString(),
  };
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
    const locked = lockedProfiles.of(transaction);
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
  async save(transaction: EnrichmentTransaction, leadId: string, profile: StoredProfile, trigger: string, changes: FactChange[]): Promise<void> {
    lockedProfiles.of(transaction).set(leadId, { erased: false, stored: profile });
    await profileSaves.add(transaction, { leadId, profile, trigger, changes });
  }


  /** The lead whose facts are oldest, if older than the cutoff; skipped while another instance holds it. */
  async nextStaleLead(transaction: EnrichmentTransaction, cutoff: Date): Promise<string | undefined> {
    const rows = await transaction.$queryRaw<{ lead_id: string }[]>`
      SELECT lead_id FROM lead_profiles WHERE enriched_at < ${cutoff}
      ORDER BY enriched_at LIMIT 1 FOR UPDATE SKIP LOCKED`;
    return rows[0]?.lead_id;
  }

  async findWithHistory(leadId: string): Promise<{ profile: Omit<StoredProfile, 'inputs'>; history: HistoryEntry[] } | undefined> {
    const profile = await this.database.leadProfile.findUnique({ where: { leadId } });
    if (!profile) return undefined;
    const sets = await this.database.factChangeSet.findMany({ where: { leadId }, orderBy: { id: 'asc' } });
    const history = sets.flatMap(({ trigger, changes }) => (changes as unknown as StoredChange[]).map((change) => ({ ...change, trigger })));
    return { profile: { facts: profile.facts as unknown as Facts, enrichedAt: profile.enrichedAt }, history };
  }

  async erase(transaction: EnrichmentTransaction, leadId: string): Promise<StoredProfile | undefined> {
    const profile = await this.lock(transaction, leadId);
    await transaction.factChangeSet.deleteMany({ where: { leadId } });
    await transaction.leadProfile.deleteMany({ where: { leadId } });
    return profile;
  }
}
