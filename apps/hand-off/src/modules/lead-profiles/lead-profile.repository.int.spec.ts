import { uuidv7 } from 'uuidv7';
import { connectDatabaseClient } from '@accord/platform';
import { createMigratedTestDatabase, eventually, TestDatabase } from '@accord/testing';
import { HandOffDatabase, HandOffTransaction } from '../../database/hand-off-database';
import { OutcomeRepository } from '../outcomes/outcome.repository';
import { LeadProfileRepository } from './lead-profile.repository';

const at = (minute: number) => `2026-11-20T10:${String(minute).padStart(2, '0')}:00.000Z`;
const fact = (value: string | number | null, minute: number) => ({ value, observedAt: at(minute) });

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('LeadProfileRepository over PostgreSQL', () => {
  let database: TestDatabase;
  let client: HandOffDatabase;
  const profiles = new LeadProfileRepository();
  const outcomes = new OutcomeRepository();

  beforeAll(async () => {
    database = await createMigratedTestDatabase('hand-off');
    client = connectDatabaseClient(HandOffDatabase, { url: database.url, poolSize: 4, service: 'hand-off-test' });
  });

  afterAll(async () => {
    await client?.$disconnect();
    await database?.drop();
  });

  const inTransaction = <T>(work: (transaction: HandOffTransaction) => Promise<T>) => client.$transaction(work, { timeout: 30_000 });
  const stored = (leadId: string) => client.leadProfile.findUniqueOrThrow({ where: { leadId } });

  const waitingOutcome = async (overrides: { leadId?: string | null; emailHash?: string | null; receivedAt?: Date } = {}) => {
    const created = await inTransaction((transaction) =>
      outcomes.createIfNew(transaction, {
        id: uuidv7(),
        externalId: `crm-${uuidv7()}`,
        leadId: null,
        emailHash: null,
        opportunityId: 'opp-1',
        outcome: 'won',
        amount: { amountMinor: 12_345_678_901, currency: 'EUR' },
        closedAt: at(30),
        lostReason: null,
        channel: 'topic',
        receivedAt: new Date(),
        ...overrides,
      }),
    );
    if (!created) throw new Error('the outcome was not created');
    return created;
  };

  describe('merging reported routing facts', () => {
    it('keeps each fact only when it is at least as new as the one held, fact by fact, whichever report comes second', async () => {
      const leadId = uuidv7();
      await inTransaction((transaction) => profiles.mergeNewest(transaction, leadId, { country: fact('nl', 10), region: fact('Utrecht', 1) }));

      const merged = await inTransaction((transaction) =>
        profiles.mergeNewest(transaction, leadId, {
          country: fact('FR', 9),
          region: fact('BY', 2),
          segment: fact('enterprise', 0),
          jobTitle: fact('CMO', 11),
        }),
      );

      expect(merged).toMatchObject({ country: 'NL', region: 'BY', segment: 'enterprise', employeeCount: null });
      expect(await stored(leadId)).toMatchObject({
        country: 'NL',
        region: 'BY',
        segment: 'enterprise',
        factsObservedAt: { country: at(10), region: at(2), segment: at(0) },
      });
    });

    it('leaves the profile untouched by a report older in every fact, and applies one observed at the same instant again', async () => {
      const leadId = uuidv7();
      await inTransaction((transaction) => profiles.mergeNewest(transaction, leadId, { country: fact('NL', 5), employeeCount: fact(300, 5) }));
      const longAgo = new Date('2026-01-01T00:00:00.000Z');
      await client.leadProfile.update({ where: { leadId }, data: { updatedAt: longAgo } });
      const before = await stored(leadId);

      await inTransaction((transaction) => profiles.mergeNewest(transaction, leadId, { country: fact('DE', 4), employeeCount: fact(10, 1) }));
      expect(await stored(leadId)).toEqual(before);

      const again = await inTransaction((transaction) => profiles.mergeNewest(transaction, leadId, { country: fact('at', 5) }));
      expect(again).toMatchObject({ country: 'AT', employeeCount: 300 });
      const after = await stored(leadId);
      expect(after.factsObservedAt).toEqual({ country: at(5), employeeCount: at(5) });
      expect(after.updatedAt.getTime()).toBeGreaterThan(longAgo.getTime());
    });

    it('records that a fact is unknown when a newer report clears it', async () => {
      const leadId = uuidv7();
      await inTransaction((transaction) => profiles.mergeNewest(transaction, leadId, { region: fact('Bavaria', 1), segment: fact('smb', 1) }));

      const merged = await inTransaction((transaction) => profiles.mergeNewest(transaction, leadId, { region: fact(null, 4) }));

      expect(merged).toMatchObject({ region: null, segment: 'smb' });
      expect((await stored(leadId)).factsObservedAt).toEqual({ region: at(4), segment: at(1) });
    });

    it('merges the reports of several leads in one statement and answers in the order asked', async () => {
      const known = uuidv7();
      const fresh = uuidv7();
      await inTransaction((transaction) => profiles.mergeNewest(transaction, known, { country: fact('NL', 5), segment: fact('smb', 5) }));

      const merged = await inTransaction((transaction) =>
        profiles.mergeNewestOf(transaction, [
          { leadId: fresh, reported: { country: fact('BE', 1) } },
          { leadId: known, reported: { country: fact('DE', 1), segment: fact('enterprise', 9) } },
        ]),
      );

      expect(merged.map((profile) => [profile.country, profile.segment])).toEqual([
        ['BE', null],
        ['NL', 'enterprise'],
      ]);
      expect((await stored(known)).factsObservedAt).toEqual({ country: at(5), segment: at(9) });
    });

    it('creates the profile of a lead enriched before its capture, and the capture then adds source and e-mail hash to its facts', async () => {
      const leadId = uuidv7();
      const created = await inTransaction((transaction) => profiles.mergeNewest(transaction, leadId, { accountOwnerId: fact('rep-ada', 3) }));
      expect(created).toEqual({
        country: null,
        region: null,
        employeeCount: null,
        segment: null,
        productInterest: null,
        source: null,
        accountId: null,
        accountOwnerId: 'rep-ada',
        emailHash: null,
      });

      await inTransaction((transaction) => profiles.recordCapture(transaction, leadId, { source: 'webinar', emailHash: 'hash-ada' }));

      expect(await stored(leadId)).toMatchObject({
        accountOwnerId: 'rep-ada',
        source: 'webinar',
        emailHash: 'hash-ada',
        factsObservedAt: { accountOwnerId: at(3) },
      });
      const held = await inTransaction((transaction) => profiles.mergeNewest(transaction, leadId, {}));
      expect(held).toMatchObject({ accountOwnerId: 'rep-ada', source: 'webinar', emailHash: 'hash-ada' });
    });
  });

  describe('recording a capture', () => {
    it('returns the unmatched outcomes that name the lead or its e-mail, oldest first', async () => {
      const leadId = uuidv7();
      const emailHash = `hash-${leadId}`;
      const byEmail = await waitingOutcome({ emailHash, receivedAt: new Date(Date.now() - 60_000) });
      const byId = await waitingOutcome({ leadId });
      const matched = await waitingOutcome({ leadId });
      await inTransaction((transaction) => outcomes.markMatched(transaction, matched.id, leadId, new Date()));
      await waitingOutcome({ emailHash: 'someone-else' });

      const pending = await inTransaction((transaction) => profiles.recordCapture(transaction, leadId, { source: 'web', emailHash }));

      expect(pending).toEqual([byEmail, byId]);
      expect(byEmail.amount).toEqual({ amountMinor: 12_345_678_901, currency: 'EUR' });
      expect(await stored(leadId)).toMatchObject({ source: 'web', emailHash });
      const [lookedUp] = await inTransaction((transaction) => outcomes.lockPendingFor(transaction, [leadId]));
      expect(lookedUp.map((outcome) => outcome.id)).toEqual([byEmail.id, byId.id]);
    });

    it('records the captures of several leads in one statement, each with the outcomes waiting for it', async () => {
      const [first, second, third] = [uuidv7(), uuidv7(), uuidv7()];
      const shared = `hash-${first}`;
      const byEmail = await waitingOutcome({ emailHash: shared });
      const byThirdId = await waitingOutcome({ leadId: third });

      const pending = await inTransaction((transaction) =>
        profiles.recordCaptures(transaction, [
          { leadId: first, source: 'web', emailHash: shared },
          { leadId: second, source: 'ads', emailHash: shared },
          { leadId: third, source: 'web', emailHash: `hash-${third}` },
        ]),
      );

      expect(pending.map((outcomesOfLead) => outcomesOfLead.map((outcome) => outcome.id))).toEqual([[byEmail.id], [], [byThirdId.id]]);
      expect(await stored(second)).toMatchObject({ source: 'ads', emailHash: shared });
    });

    it('answers the pending outcomes of several leads, an outcome naming two of them for the first only', async () => {
      const first = uuidv7();
      const second = uuidv7();
      const shared = `hash-${second}`;
      await inTransaction((transaction) => profiles.recordCapture(transaction, first, { source: 'web', emailHash: shared }));
      await inTransaction((transaction) => profiles.recordCapture(transaction, second, { source: 'web', emailHash: shared }));
      const byEmail = await waitingOutcome({ emailHash: shared, receivedAt: new Date(Date.now() - 60_000) });
      const bySecondId = await waitingOutcome({ leadId: second });

      const pending = await inTransaction((transaction) => outcomes.lockPendingFor(transaction, [first, second]));

      expect(pending.map((outcomesOfLead) => outcomesOfLead.map((outcome) => outcome.id))).toEqual([[byEmail.id], [bySecondId.id]]);
    });

    it('waits for the profile row before it locks any outcome, the order erasure takes them in', async () => {
      const leadId = uuidv7();
      const outcome = await waitingOutcome({ leadId });
      const held = deferred();
      const released = deferred();
      const holder = inTransaction(async (transaction) => {
        await profiles.mergeNewest(transaction, leadId, {});
        held.resolve();
        await released.promise;
      });
      await held.promise;
      const capture = inTransaction((transaction) => profiles.recordCapture(transaction, leadId, { source: 'web', emailHash: 'hash-wait' }));
      try {
        await eventually(async () => {
          const waiting = await client.$queryRaw<Array<{ count: bigint }>>`
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO lead_profiles%'`;
          expect(Number(waiting[0].count)).toBe(1);
        });
        const [seen] = await inTransaction((transaction) => outcomes.lockPendingFor(transaction, [leadId]));
        expect(seen.map((pending) => pending.id)).toEqual([outcome.id]);
      } finally {
        released.resolve();
      }
      await holder;
      expect((await capture).map((pending) => pending.id)).toEqual([outcome.id]);
    });
  });
});
