import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { uuidv7 } from 'uuidv7';

export interface RawInsertOptions {
  /** A migrated capture database. */
  databaseUrl: string;
  seconds: number;
  /** As many as the service has in its pool. */
  connections: number;
  runId: string;
  /** The request body the raw payload and outbox row stand for. */
  body?: () => string;
}

const defaultBody = () => JSON.stringify({ email: 'ada@example-robotics.nl', jobTitle: 'Head of Marketing', company: 'Example Robotics', country: 'NL' });

/**
 * The machine's limit for capture: the inserts one accepted lead costs (lead, touchpoint with an
 * encrypted raw payload, consent, outbox row), straight through pg, one transaction each.
 */
export async function rawCaptureInsertsPerSecond(options: RawInsertOptions): Promise<number> {
  const pool = new Pool({ connectionString: options.databaseUrl, max: options.connections });
  pool.on('error', () => undefined);
  const body = options.body ?? defaultBody;
  const endAt = Date.now() + options.seconds * 1000;
  let committed = 0;
  let sequence = 0;
  const worker = async () => {
    while (Date.now() < endAt) {
      const client = await pool.connect();
      const leadId = uuidv7();
      const touchpointId = uuidv7();
      const own = (sequence += 1);
      const payload = body();
      try {
        await client.query('BEGIN');
        await client.query(
          `INSERT INTO leads (id, email, first_name, last_name, job_title, company, country, is_test, updated_at)
           VALUES ($1, $2, 'Ada', 'Janssen', 'Head of Marketing', 'Example Robotics', 'NL', false, now()) ON CONFLICT DO NOTHING`,
          [leadId, `raw.${options.runId}.${own}@example-robotics.nl`],
        );
        await client.query(
          `INSERT INTO touchpoints (id, lead_id, channel, source, utm_source, utm_medium, utm_campaign, campaign, medium, consent_marketing, raw_payload_encrypted, occurred_at)
           VALUES ($1, $2, 'api', 'bench', 'google', 'cpc', 'bench', 'bench', 'cpc', true, $3, now())`,
          [touchpointId, leadId, randomBytes(28 + payload.length)],
        );
        await client.query(
          `INSERT INTO consents (id, lead_id, touchpoint_id, purpose, granted, source, recorded_at) VALUES ($1, $2, $3, 'marketing', true, 'api:bench', now())`,
          [uuidv7(), leadId, touchpointId],
        );
        await client.query(`INSERT INTO outbox (event_id, topic, key, payload, headers) VALUES ($1, 'raw', $2, $3::json, '{}'::jsonb)`, [
          uuidv7(),
          leadId,
          payload,
        ]);
        await client.query('COMMIT');
        committed += 1;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  await pool.end();
  return committed / options.seconds;
}
