import { uuidv7 } from 'uuidv7';
import { AccordEvent, EventType } from '@accord/contracts';
import { EventContext, runInTransaction } from '@accord/messaging';
import { RewardsDatabase, RewardsTransaction } from '../../database/rewards-database';
import { person, pipelineEvent } from '../../test-support/pipeline-event';
import { RewardsUnderTest } from '../../test-support/rewards-under-test';
import { PipelineEventsConsumer } from '../pipeline-events/pipeline-events.consumer';
import { KpiRollupRepository } from './kpi-rollup.repository';

type Handler = (consumer: PipelineEventsConsumer, event: AccordEvent, context: EventContext<RewardsTransaction>) => Promise<unknown>;

/** The consumer's handlers by event type, called as the Kafka server calls them: one transaction per event. */
const handlers: Partial<Record<EventType, Handler>> = {
  'capture.lead.captured.v1': (consumer, event, context) => consumer.captured(event as AccordEvent<'capture.lead.captured.v1'>, context),
  'scoring.lead.stage-changed.v1': (consumer, event, context) => consumer.stageChanged(event as AccordEvent<'scoring.lead.stage-changed.v1'>, context),
  'hand-off.lead.assigned.v1': (consumer, event, context) => consumer.assigned(event as AccordEvent<'hand-off.lead.assigned.v1'>, context),
  'hand-off.lead.accepted.v1': (consumer, event, context) => consumer.accepted(event as AccordEvent<'hand-off.lead.accepted.v1'>, context),
  'hand-off.lead.rejected.v1': (consumer, event, context) => consumer.rejected(event as AccordEvent<'hand-off.lead.rejected.v1'>, context),
  'hand-off.lead.converted.v1': (consumer, event, context) => consumer.converted(event as AccordEvent<'hand-off.lead.converted.v1'>, context),
  'hand-off.opportunity.closed.v1': (consumer, event, context) => consumer.closed(event as AccordEvent<'hand-off.opportunity.closed.v1'>, context),
  'hand-off.sla.breached.v1': (consumer, event, context) => consumer.slaBreached(event as AccordEvent<'hand-off.sla.breached.v1'>, context),
};

const minute = 60_000;

/** The events of one lead captured at `capturedAt`, stamped minutes after it. */
function leadEvents(leadId: string, capturedAt: Date) {
  const at = (minutes: number) => new Date(capturedAt.getTime() + minutes * minute).toISOString();
  const decision = { leadId, assignmentId: `as-${leadId}`, repId: 'rep-1' };
  return {
    captured: (source: string, campaign: string | null, isTest = false) =>
      pipelineEvent(
        'capture.lead.captured.v1',
        {
          leadId,
          person: person('someone@example.org'),
          touchpoint: { channel: 'api', source, campaign, medium: null, occurredAt: capturedAt.toISOString() },
          consent: { marketing: true },
          isTest,
        },
        capturedAt,
      ),
    mql: () => pipelineEvent('scoring.lead.stage-changed.v1', { leadId, from: 'lead', to: 'mql', reason: 'score', changedAt: at(30) }),
    assigned: () =>
      pipelineEvent('hand-off.lead.assigned.v1', {
        leadId,
        assignmentId: decision.assignmentId,
        assignee: { kind: 'rep', id: 'rep-1' },
        reasons: ['round robin'],
        acceptDueAt: at(300),
        assignedAt: at(60),
      }),
    breached: () =>
      pipelineEvent('hand-off.sla.breached.v1', { leadId, assignmentId: decision.assignmentId, teamId: null, dueAt: at(300), breachedAt: at(300), escalatedTo: null, reassigned: false }),
    accepted: (minutes: number) => pipelineEvent('hand-off.lead.accepted.v1', { ...decision, decidedAt: new Date(capturedAt.getTime() + minutes * minute + 123).toISOString() }),
    rejected: () => pipelineEvent('hand-off.lead.rejected.v1', { ...decision, decidedAt: at(400), reason: 'bad_fit', note: null }),
    converted: (opportunityId: string) => pipelineEvent('hand-off.lead.converted.v1', { ...decision, decidedAt: at(3 * 24 * 60), opportunityId, track: 'sales' }),
    closed: (opportunityId: string, outcome: 'won' | 'lost', amountMinor: number, currency: string) =>
      pipelineEvent('hand-off.opportunity.closed.v1', {
        leadId,
        opportunityId,
        outcome,
        amount: { amountMinor, currency },
        closedAt: at(20 * 24 * 60),
        track: 'sales',
        ownerId: 'rep-1',
        creditedMarketerId: null,
        lostReason: outcome === 'lost' ? 'price' : null,
      }),
  };
}

describe('KPI roll-up kept event by event over real PostgreSQL', () => {
  let rewards: RewardsUnderTest;
  let database: RewardsDatabase;

  beforeAll(async () => {
    rewards = await RewardsUnderTest.start();
    database = rewards.app.get(RewardsDatabase);
  });

  afterAll(async () => {
    await rewards?.stop();
  });

  /** Events applied in one transaction, in order, each handler told of the others as the Kafka server tells it. */
  const applyChunk = (...events: AccordEvent[]) =>
    runInTransaction(
      database,
      async (transaction: RewardsTransaction) => {
        for (const event of events) {
          const handler = handlers[event.type];
          if (!handler) throw new Error(`no handler for ${event.type}`);
          const context = new EventContext<RewardsTransaction>([transaction, { topic: event.type, partition: 0, offset: '0', attempt: 1 }, events]);
          await handler(rewards.app.get(PipelineEventsConsumer), event, context);
        }
      },
      { maxWait: 10_000, timeout: 30_000 },
    );
  const apply = (event: AccordEvent) => applyChunk(event);
  const applyInOrder = async (...events: AccordEvent[]) => {
    for (const event of events) await apply(event);
  };
  const applyAtOnce = (...events: AccordEvent[]) => Promise.all(events.map(apply));

  /** Every roll-up row as text, so amounts and the speed sum compare to the last digit. */
  const rollupRows = async () => {
    const rows = await database.$queryRaw<{ row: string }[]>`
      SELECT 'counts ' || to_jsonb(d)::text AS row FROM kpi_cohort_days d
      UNION ALL SELECT 'money ' || to_jsonb(m)::text FROM kpi_cohort_money_days m
      ORDER BY 1`;
    return rows.map(({ row }) => row);
  };

  it('ends on exactly what a full recount gives, out-of-order, concurrent and moved leads included', async () => {
    const day = Date.UTC(2026, 4, 4);
    const capturedAt = (minutes: number) => new Date(day + minutes * minute);

    const won = leadEvents(uuidv7(), capturedAt(60));
    await applyInOrder(won.captured('google', 'spring'), won.mql(), won.assigned(), won.accepted(95), won.converted('opp-won'), won.closed('opp-won', 'won', 120_000, 'EUR'));

    const rejected = leadEvents(uuidv7(), capturedAt(61));
    await applyInOrder(rejected.captured('google', 'spring'), rejected.mql(), rejected.assigned(), rejected.rejected());

    // Everything else about this lead arrives before its capture.
    const late = leadEvents(uuidv7(), capturedAt(62));
    await applyInOrder(late.mql(), late.assigned(), late.breached(), late.accepted(333), late.converted('opp-late'), late.closed('opp-late', 'lost', 50_000, 'USD'));
    await apply(late.captured('google', 'spring'));

    const twoDeals = leadEvents(uuidv7(), capturedAt(63));
    await applyInOrder(twoDeals.captured('google', 'spring'), twoDeals.mql(), twoDeals.assigned(), twoDeals.accepted(47), twoDeals.converted('opp-a'), twoDeals.converted('opp-b'));
    await applyAtOnce(twoDeals.closed('opp-a', 'won', 30_000, 'USD'), twoDeals.closed('opp-b', 'lost', 7_500, 'EUR'));

    // A lead's events from several topics at once.
    const busy = leadEvents(uuidv7(), capturedAt(64));
    await apply(busy.captured('google', 'spring'));
    await applyAtOnce(busy.mql(), busy.assigned(), busy.breached(), busy.accepted(1_001));

    // Many leads of one bucket at once, captured and then qualified.
    const crowd = Array.from({ length: 7 }, (_, index) => leadEvents(uuidv7(), capturedAt(100 + index)));
    await applyAtOnce(...crowd.map((lead) => lead.captured('google', 'spring')));
    await applyAtOnce(...crowd.map((lead) => lead.mql()), ...crowd.slice(0, 3).map((lead) => lead.assigned()));

    // Chunks: several leads in one transaction, one of them twice, beside single events of theirs at once.
    const chunked = Array.from({ length: 4 }, (_, index) => leadEvents(uuidv7(), capturedAt(120 + index)));
    await Promise.all([
      applyChunk(...chunked.map((lead) => lead.captured('bing', 'winter')), chunked[0].mql(), chunked[0].assigned(), chunked[1].mql()),
      apply(chunked[2].mql()),
      applyChunk(chunked[3].mql(), chunked[3].assigned()),
    ]);
    await applyChunk(chunked[1].assigned(), chunked[2].assigned(), chunked[1].accepted(60));

    const lastMillisecond = leadEvents(uuidv7(), new Date(day + 24 * 60 * minute - 1));
    await applyInOrder(lastMillisecond.captured('google', 'spring'), lastMillisecond.mql());

    const otherDay = leadEvents(uuidv7(), new Date(day + 26 * 60 * minute));
    await applyInOrder(otherDay.captured('linkedin', null), otherDay.mql(), otherDay.converted('opp-other'), otherDay.closed('opp-other', 'won', 99_999, 'EUR'));

    const test = leadEvents(uuidv7(), capturedAt(70));
    await applyInOrder(test.captured('google', 'spring', true), test.mql(), test.converted('opp-test'), test.closed('opp-test', 'won', 1_000_000, 'EUR'));

    // Captured again under another source and campaign: it leaves its first buckets empty.
    const moved = leadEvents(uuidv7(), capturedAt(80));
    await applyInOrder(moved.captured('facebook', 'autumn'), moved.mql(), moved.converted('opp-moved'), moved.closed('opp-moved', 'lost', 4_000, 'EUR'));
    await apply(moved.captured('google', 'spring'));

    const neverCaptured = leadEvents(uuidv7(), capturedAt(90));
    await applyInOrder(neverCaptured.mql(), neverCaptured.assigned());

    const kept = await rollupRows();
    await rewards.app.get(KpiRollupRepository).rebuildAll();
    expect(kept).toEqual(await rollupRows());

    const googleSpring = await database.kpiCohortDay.findMany({
      where: { day: new Date('2026-05-04T00:00:00Z'), key: { in: ['google', 'spring'] } },
      orderBy: { dimension: 'asc' },
    });
    expect(googleSpring.map((row) => [row.dimension, row.leads, row.mqls, row.assigned, row.sals, row.rejected, row.slaBreached, row.won, row.lost])).toEqual([
      ['campaign', 14, 14, 8, 4, 1, 2, 2, 3],
      ['source', 14, 14, 8, 4, 1, 2, 2, 3],
    ]);
    const money = await database.kpiCohortMoneyDay.findMany({ where: { dimension: 'source' }, orderBy: [{ day: 'asc' }, { currency: 'asc' }] });
    expect(money.map((row) => [row.key, row.currency, row.pipelineMinor, row.wonMinor])).toEqual([
      ['google', 'EUR', 131_500n, 120_000n],
      ['google', 'USD', 80_000n, 30_000n],
      ['linkedin', 'EUR', 99_999n, 99_999n],
    ]);
    expect(await database.kpiCohortDay.count({ where: { key: { in: ['facebook', 'autumn'] } } })).toBe(0);
    const bingWinter = await database.kpiCohortDay.findMany({ where: { key: { in: ['bing', 'winter'] } }, orderBy: { dimension: 'asc' } });
    expect(bingWinter.map((row) => [row.dimension, row.leads, row.mqls, row.assigned, row.sals])).toEqual([
      ['campaign', 4, 4, 4, 1],
      ['source', 4, 4, 4, 1],
    ]);
  });
});
