import { uuidv7 } from 'uuidv7';
import { eventually } from '@accord/testing';
import { UnmatchedOutcomeRetentionJob } from '../modules/outcomes/unmatched-outcome-retention.job';
import { HandOffUnderTest, patience } from '../test-support/hand-off-under-test';

describe('retention of the e-mail hashes of unmatched outcomes over real Kafka and PostgreSQL', () => {
  let handOff: HandOffUnderTest;

  beforeAll(async () => {
    handOff = await HandOffUnderTest.create({ env: { PERSONAL_DATA_RETENTION_DAYS: '30', RETENTION_SWEEP_INTERVAL_MS: '3600000' } });
  });

  afterAll(async () => {
    await handOff?.stop();
  });

  const outcome = (email: string) => ({
    outcomeId: `crm-${uuidv7()}`,
    leadId: null,
    email,
    opportunityId: `opp-${uuidv7()}`,
    outcome: 'won' as const,
    amount: { amountMinor: 90_000, currency: 'EUR' },
    closedAt: '2026-11-20T16:00:00.000Z',
    lostReason: null,
  });

  it('forgets the hash of an outcome that found no lead within PERSONAL_DATA_RETENTION_DAYS, and keeps the recent ones', async () => {
    const old = outcome('old.unmatched@example-retention.nl');
    const recent = outcome('recent.unmatched@example-retention.nl');
    await handOff.produce('crm.opportunity.outcome.v1', [old, recent], () => uuidv7());
    await eventually(async () => {
      expect(await handOff.count('SELECT count(*) FROM opportunity_outcomes WHERE email_hash IS NOT NULL AND matched_lead_id IS NULL')).toBe(2);
    }, patience);
    await handOff.query("UPDATE opportunity_outcomes SET received_at = now() - interval '31 days' WHERE external_id = $1", [old.outcomeId]);

    expect(await handOff.app.get(UnmatchedOutcomeRetentionJob).runBatch()).toBe(1);
    const rows = await handOff.query<{ external_id: string; has_hash: boolean }>(
      'SELECT external_id, email_hash IS NOT NULL AS has_hash FROM opportunity_outcomes ORDER BY external_id',
    );
    expect(Object.fromEntries(rows.map((row) => [row.external_id, row.has_hash]))).toEqual({ [old.outcomeId]: false, [recent.outcomeId]: true });
    expect(await handOff.app.get(UnmatchedOutcomeRetentionJob).runBatch()).toBe(0);
  });
});
