import { Injectable } from '@nestjs/common';
import { PerTransaction } from '@accord/messaging';
import { RewardsTransaction } from './rewards-database';

/** Leads whose lock each open transaction holds; the lock lasts until it ends. */
const held = new PerTransaction<RewardsTransaction, Set<string>>(() => new Set());

const distinctLowerCase = (leadIds: string[]) => [...new Set(leadIds.map((id) => id.toLowerCase()))];

/**
 * A lead's touchpoints, stage changes, conversion and close arrive on different topics and are handled
 * concurrently; holding the lead's lock until commit lets each handler see the others' writes. Every
 * writer for a lead takes this one lock. A transaction about to handle several leads takes theirs
 * together, in lead id order, so two such transactions never wait on each other.
 */
@Injectable()
export class LeadLockRepository {
  async lock(transaction: RewardsTransaction, leadId: string): Promise<void> {
    await this.lockAll(transaction, [leadId]);
  }

  /** The leads' locks not held yet, in one statement, in lead id order. */
  async lockAll(transaction: RewardsTransaction, leadIds: string[]): Promise<void> {
    const missing = this.notHeld(transaction, leadIds).sort();
    if (missing.length === 0) return;
    await transaction.$queryRaw`
      SELECT count(*)::int AS locked FROM (SELECT pg_advisory_xact_lock(hashtextextended(id::text, 7)) FROM unnest(${missing}::uuid[]) AS id) AS locks`;
    missing.forEach((id) => held.of(transaction).add(id));
  }

  /**
   * Locks the leads and runs `query` over them (one JSON object per row, `$1` the lead ids as uuid[]) in
   * one round trip. A statement sees what was committed when it started, so the query runs in a database
   * function that starts it only once the locks are granted: it sees all the previous holders committed.
   */
  async lockThenRead<Row>(transaction: RewardsTransaction, leadIds: string[], query: string): Promise<Row[]> {
    const asked = distinctLowerCase(leadIds);
    const missing = this.notHeld(transaction, asked);
    const rows =
      missing.length === 0
        ? await transaction.$queryRawUnsafe<Array<{ row: Row }>>(`SELECT row_to_json(result) AS row FROM (${query}) result`, asked)
        : await transaction.$queryRaw<Array<{ row: Row }>>`
            SELECT json_rows_after_lead_locks(${asked}::uuid[], ${`SELECT row_to_json(result) FROM (${query}) result`}) AS row`;
    missing.forEach((id) => held.of(transaction).add(id));
    return rows.map(({ row }) => row);
  }

  private notHeld(transaction: RewardsTransaction, leadIds: string[]): string[] {
    const leads = held.of(transaction);
    return distinctLowerCase(leadIds).filter((id) => !leads.has(id));
  }
}
