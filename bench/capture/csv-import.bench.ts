// CSV import throughput: one file of BENCH_ROWS rows (default 20,000; the acceptance size is
// 100,000) streamed to POST /v1/imports/csv, every row reported; then the same file again, which
// must create nothing. The raw limit is the same inserts through `pg`, 200 rows a transaction.
// Run: source scripts/ensure-node.sh && node -r @swc-node/register bench/capture/csv-import.bench.ts
// Full size: BENCH_ROWS=100000 node -r @swc-node/register bench/capture/csv-import.bench.ts
import './support/workspace-tsconfig';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { uuidv7 } from 'uuidv7';
import { uniqueName } from '@accord/testing';
import { runCaptureBench } from './support/run-capture-bench';

const rows = Number(process.env['BENCH_ROWS'] ?? 20_000);
const runId = uniqueName('bench');

function csv(): string {
  const lines = ['email,firstName,company,utm_source,consentMarketing'];
  for (let index = 0; index < rows; index += 1) {
    lines.push(`csv.${runId}.${index}@example-robotics.nl,Row ${index},Example Robotics,fair,${index % 2 ? 'yes' : 'no'}`);
  }
  return `${lines.join('\n')}\n`;
}

async function rawLimit(databaseUrl: string): Promise<number> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  const startedAt = Date.now();
  for (let start = 0; start < rows; start += 200) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      for (let index = start; index < Math.min(rows, start + 200); index += 1) {
        const leadId = uuidv7();
        const touchpointId = uuidv7();
        await client.query(
          "INSERT INTO leads (id, email, first_name, company, is_test, updated_at) VALUES ($1, $2, 'Row', 'Example Robotics', false, now()) ON CONFLICT DO NOTHING",
          [leadId, `raw.${runId}.${index}@example-robotics.nl`],
        );
        await client.query(
          "INSERT INTO touchpoints (id, lead_id, channel, source, utm_source, consent_marketing, external_id, raw_payload_encrypted, occurred_at) VALUES ($1, $2, 'csv_import', 'fair', 'fair', true, $3, $4, now())",
          [touchpointId, leadId, `raw:${index}`, randomBytes(100)],
        );
        await client.query(
          "INSERT INTO consents (id, lead_id, touchpoint_id, purpose, granted, source, recorded_at) VALUES ($1, $2, $3, 'marketing', true, 'csv_import:fair', now())",
          [uuidv7(), leadId, touchpointId],
        );
        await client.query("INSERT INTO outbox (event_id, topic, key, payload, headers) VALUES ($1, 'raw', $2, '{}'::json, '{}'::jsonb)", [uuidv7(), leadId]);
      }
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  }
  await pool.end();
  return (rows / (Date.now() - startedAt)) * 1000;
}

runCaptureBench({ runId, poolSize: 10, keySource: 'fair' }, async ({ url, databaseUrl, key, stopService }) => {
  const file = csv();
  const send = async () => {
    const startedAt = Date.now();
    const response = await fetch(`${url}/v1/imports/csv?name=fair-${runId}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'text/csv' },
      body: file,
    });
    const report = (await response.json()) as { rows: number; created: number; duplicate: number; rejected: number };
    return { seconds: (Date.now() - startedAt) / 1000, report };
  };
  const first = await send();
  const again = await send();
  await stopService();
  const raw = await rawLimit(databaseUrl);
  const perSecond = rows / first.seconds;
  console.log(`CSV import of ${rows} rows (${(file.length / 1e6).toFixed(1)} MB), one request, streamed`);
  console.log(`first run:   ${first.seconds.toFixed(1)} s, ${Math.round(perSecond)} rows/s, created ${first.report.created}, rejected ${first.report.rejected}`);
  console.log(`re-run:      ${again.seconds.toFixed(1)} s, ${Math.round(rows / again.seconds)} rows/s, created ${again.report.created}, duplicate ${again.report.duplicate}`);
  console.log(`raw pg limit, same inserts, 200 rows a transaction: ${Math.round(raw)} rows/s`);
  console.log(`ratio import / raw: ${(perSecond / raw).toFixed(2)}`);
});
