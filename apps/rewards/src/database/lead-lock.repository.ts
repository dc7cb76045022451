import { Injectable } from '@nestjs/common';
import { RewardsTransaction } from './rewards-database';

/** Leads whose lock each open transaction holds; the lock lasts until it ends. */
const held = new WeakMap<RewardsTransaction, Set<string>>();

function heldBy(transaction: RewardsTransaction): Set<string> {
  const leads = held.get(transaction) ?? new Set<string>();
  held.set(transaction, leads);
  return leads;
}

/**
 * A lead's touchpoints, stage changes, conversion and close arrive on different topics and are handled
 * concurrently; holding the lead's lock until commit lets each handler see the others' writes. Every
 * writer for a lead takes this one lock, and takes it first, so handlers cannot deadlock on leads.
 */
@Injectable()
export class LeadLockRepository {
  async lock(transaction: RewardsTransaction, leadId: string): Promise<void> {
    const leads = heldBy(transaction);
    if (leads.has(leadId)) return;
    await transaction.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${leadId}::uuid::text, 7))`;
    leads.add(leadId);
  }

  /**
   * Locks the lead and runs `query` (one JSON object per row, `$1` the lead id) in one round trip. A
   * statement sees what was committed when it started, so the query runs in a database function that
   * starts it only once the lock is granted: it sees everything the previous holder committed.
   */
  async lockThenRead<Row>(transaction: RewardsTransaction, leadId: string, query: string): Promise<Row[]> {
    const leads = heldBy(transaction);
    if (leads.has(leadId)) {
      const rows = await transaction.$queryRawUnsafe<Array<{ row: Row }>>(`SELECT row_to_json(result) AS row FROM (${query}) result`, leadId);
      return rows.map(({ row }) => row);
    }
    const rows = await transaction.$queryRaw<Array<{ row: Row }>>`
      SELECT json_rows_after_lead_lock(${leadId}::uuid, ${`SELECT row_to_json(result) FROM (${query}) result`}) AS row`;
    leads.add(leadId);
    return rows.map(({ row }) => row);
  }
}
