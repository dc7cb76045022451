import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { uuidv7 } from 'uuidv7';
import { runInTransaction } from '@accord/messaging';
import { createMigratedTestDatabase, eventually, TestDatabase } from '@accord/testing';
import { PrismaClient } from '../../generated/prisma/client';
import { ScoringTransaction } from '../../database/scoring-database';
import { LeadScoreRepository } from './lead-score.repository';
import { StageTransitionRepository } from './stage-transition.repository';

const now = new Date('2026-11-20T12:00:00.000Z');
const since = new Date('2026-10-21T12:00:00.000Z');
const fact = (value: string) => ({ value, provider: 'test', observedAt: now.toISOString() });
const connect = (url: string) =>
  new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }), log: [{ emit: 'event' as const, level: 'query' as const }] });

describe('lead score repository on PostgreSQL', () => {
  let database: TestDatabase;
  let prisma: ReturnType<typeof connect>;
  let pool: Pool;
  const statements: string[] = [];
  let leads: LeadScoreRepository;
  let transitions: StageTransitionRepository;

  beforeAll(async () => {
    database = await createMigratedTestDatabase('scoring');
    prisma = connect(database.url);
    prisma.$on('query', (event) => statements.push(event.query));
    pool = database.pool(2);
    transitions = new StageTransitionRepository(prisma);
    leads = new LeadScoreRepository(prisma, transitions);
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  const inTransaction = <Result>(work: (transaction: ScoringTransaction) => Promise<Result>) => prisma.$transaction(work);
  const merge = (transaction: ScoringTransaction, leadId: string, options = {}) =>
    leads.mergeFactsAndLock(transaction, { leadId, facts: { jobTitle: fact('CTO') }, now, activitiesSince: since, ...options });
  const addActivity = (transaction: ScoringTransaction, leadId: string, activityId: string, occurredAt: string) =>
    transaction.$executeRawUnsafe(
      `INSERT INTO activities (activity_id, lead_id, type, occurred_at, url) VALUES ($1, $2::uuid, 'page_view', $3::timestamptz, '/pricing')`,
      activityId,
      leadId,
      occurredAt,
    );
  const rowOf = async (leadId: string) => (await pool.query('SELECT stage, facts FROM lead_scores WHERE lead_id = $1', [leadId])).rows[0];

  it('merges the facts and reads the activities of the lookback window, oldest first, in one statement', async () => {
    const leadId = uuidv7();
    await inTransaction(async (transaction) => {
      await addActivity(transaction, leadId, `${leadId}-late`, '2026-11-19T00:00:00.000Z');
      await addActivity(transaction, leadId, `${leadId}-old`, '2026-10-01T00:00:00.000Z');
      await addActivity(transaction, leadId, `${leadId}-edge`, since.toISOString());
      await addActivity(transaction, uuidv7(), `${leadId}-other`, '2026-11-19T00:00:00.000Z');
    });
    await inTransaction((transaction) => leads.mergeFactsAndLock(transaction, { leadId, facts: { country: fact('NL') }, now, activitiesSince: since }));

    statements.length = 0;
    const merged = await inTransaction((transaction) => merge(transaction, leadId));

    expect(statements.filter((statement) => !/^(BEGIN|COMMIT)/.test(statement))).toHaveLength(1);
    expect(merged?.lead).toMatchObject({ stage: 'lead', facts: { country: fact('NL'), jobTitle: fact('CTO') } });
    expect(merged?.activities).toEqual([
      { type: 'page_view', occurredAt: since, url: '/pricing' },
      { type: 'page_view', occurredAt: new Date('2026-11-19T00:00:00.000Z'), url: '/pricing' },
    ]);
  });

  it('creates an unknown lead, but leaves an erased one untouched when asked to', async () => {
    const [fresh, erasedNew, erasedKnown] = [uuidv7(), uuidv7(), uuidv7()];
    await inTransaction((transaction) => merge(transaction, erasedKnown));
    await pool.query(`UPDATE lead_scores SET facts = '{}' WHERE lead_id = $1`, [erasedKnown]);
    await pool.query('INSERT INTO erased_leads (lead_id, erased_at) SELECT unnest($1::uuid[]), now()', [[erasedNew, erasedKnown]]);

    expect(await inTransaction((transaction) => merge(transaction, fresh, { unlessErased: true }))).toMatchObject({ lead: { stage: 'lead' }, activities: [] });
    expect(await inTransaction((transaction) => merge(transaction, erasedNew, { unlessErased: true }))).toBeNull();
    expect(await inTransaction((transaction) => merge(transaction, erasedKnown, { unlessErased: true }))).toBeNull();

    expect(await rowOf(erasedNew)).toBeUndefined();
    expect(await rowOf(erasedKnown)).toEqual({ stage: 'lead', facts: {} });
    expect((await inTransaction((transaction) => merge(transaction, erasedNew)))?.lead.stage).toBe('lead');
  });

  it('merges several leads in one statement, answering in the order asked', async () => {
    const [known, fresh, erased] = [uuidv7(), uuidv7(), uuidv7()];
    await inTransaction(async (transaction) => {
      await merge(transaction, known);
      await addActivity(transaction, known, `${known}-visit`, '2026-11-19T00:00:00.000Z');
    });
    await pool.query('INSERT INTO erased_leads (lead_id, erased_at) VALUES ($1, now())', [erased]);

    statements.length = 0;
    const merged = await inTransaction((transaction) =>
      leads.mergeFactsAndLockOf(transaction, [
        { leadId: erased, facts: {}, now, activitiesSince: since, unlessErased: true },
        { leadId: known, facts: { country: fact('BE') }, now, activitiesSince: since },
        { leadId: fresh, facts: { country: fact('DE') }, now, activitiesSince: since, unlessErased: true },
      ]),
    );

    expect(statements.filter((statement) => !/^(BEGIN|COMMIT)/.test(statement))).toHaveLength(1);
    expect(merged[0]).toBeNull();
    expect(merged[1]).toMatchObject({ lead: { facts: { country: fact('BE'), jobTitle: fact('CTO') } }, activities: [{ url: '/pricing' }] });
    expect(merged[2]).toMatchObject({ lead: { stage: 'lead', facts: { country: fact('DE') } }, activities: [] });
    expect(await rowOf(erased)).toBeUndefined();
  });

  describe('when another transaction holds the lead and adds an activity', () => {
    async function mergeBehindHolder(leadId: string) {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let holding!: () => void;
      const held = new Promise<void>((resolve) => (holding = resolve));
      const holder = inTransaction(async (transaction) => {
        await addActivity(transaction, leadId, `${leadId}-concurrent`, '2026-11-19T00:00:00.000Z');
        await merge(transaction, leadId);
        holding();
        await released;
      });
      await Promise.race([held, holder.then(() => Promise.reject(new Error('the holder ended without holding the lead')))]);
      const waiter = inTransaction((transaction) => merge(transaction, leadId));
      await eventually(async () => {
        const { rows } = await pool.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
        expect(rows).toHaveLength(1);
      });
      release();
      await holder;
      return waiter;
    }

    it('scores an existing lead with that activity once the holder commits', async () => {
      const leadId = uuidv7();
      await inTransaction((transaction) => merge(transaction, leadId));
      const merged = await mergeBehindHolder(leadId);
      expect(merged?.activities.map((activity) => activity.occurredAt)).toEqual([new Date('2026-11-19T00:00:00.000Z')]);
    });

    it('scores a lead the holder created with that activity once the holder commits', async () => {
      const merged = await mergeBehindHolder(uuidv7());
      expect(merged?.lead.stage).toBe('lead');
      expect(merged?.activities).toHaveLength(1);
    });
  });

  it('moves the stage and records the transition together', async () => {
    const leadId = uuidv7();
    const changedAt = new Date('2026-11-20T12:30:00.000Z');
    await inTransaction(async (transaction) => {
      await merge(transaction, leadId);
      await transitions.move(transaction, leadId, 'lead', 'mql', 'qualified', 'MQL threshold 50', changedAt);
    });
    const { rows: lead } = await pool.query('SELECT stage, stage_changed_at FROM lead_scores WHERE lead_id = $1', [leadId]);
    expect(lead).toEqual([{ stage: 'mql', stage_changed_at: changedAt }]);
    const { rows: recorded } = await pool.query('SELECT from_stage, to_stage, trigger, reason, changed_at FROM stage_transitions WHERE lead_id = $1', [
      leadId,
    ]);
    expect(recorded).toEqual([{ from_stage: 'lead', to_stage: 'mql', trigger: 'qualified', reason: 'MQL threshold 50', changed_at: changedAt }]);
  });

  it('writes the moves of a transaction together, before it reads a lead again and otherwise as it commits', async () => {
    const [moved, twice] = [uuidv7(), uuidv7()];
    const at = (minute: number) => new Date(`2026-11-20T12:${String(minute).padStart(2, '0')}:00.000Z`);
    const seenInside = await runInTransaction(prisma, async (transaction: ScoringTransaction) => {
      await leads.mergeFactsAndLockOf(transaction, [moved, twice].map((leadId) => ({ leadId, facts: {}, now, activitiesSince: since })));
      await transitions.move(transaction, twice, 'lead', 'mql', 'qualified', 'first', at(1));
      await transitions.move(transaction, moved, 'lead', 'mql', 'qualified', 'threshold', at(2));
      statements.length = 0;
      const again = await merge(transaction, moved);
      await transitions.move(transaction, twice, 'mql', 'nurture', 'decayed', 'second', at(3));
      return { stage: again?.lead.stage, writesBeforeRead: statements.filter((statement) => statement.includes('stage_transitions')).length };
    });

    expect(seenInside).toEqual({ stage: 'mql', writesBeforeRead: 1 });
    expect(await rowOf(moved)).toMatchObject({ stage: 'mql' });
    expect(await rowOf(twice)).toMatchObject({ stage: 'nurture' });
    const { rows } = await pool.query('SELECT from_stage, to_stage, reason FROM stage_transitions WHERE lead_id = $1 ORDER BY id', [twice]);
    expect(rows).toEqual([
      { from_stage: 'lead', to_stage: 'mql', reason: 'first' },
      { from_stage: 'mql', to_stage: 'nurture', reason: 'second' },
    ]);
  });
});
