import { uuidv7 } from 'uuidv7';
import { Transactions } from '@accord/platform';
import { eventually } from '@accord/testing';
import { CompanyApiStub } from '../test/company-api-stub';
import { capturedType, EnrichmentUnderTest, touchpointType } from '../test/enrichment-under-test';
import { capturedPayload, PersonDetails, touchpointPayload } from '../test/lead-events';
import { EnrichmentTransaction } from './database/enrichment-database';
import { EraseLeadUseCase } from './modules/profiles/erase-lead.usecase';

interface EnrichedPayload {
  leadId: string;
  facts: Record<string, { value: unknown; provider: string; confidence?: number; observedAt: string }>;
  changedFields?: string[];
}

const apiKey = 'integration-key';
const providerTimeoutMs = 400;

describe('enrichment over real Kafka and PostgreSQL', () => {
  const stub = new CompanyApiStub(apiKey);
  let service: EnrichmentUnderTest;

  beforeAll(async () => {
    const apiUrl = await stub.start();
    service = await EnrichmentUnderTest.start({
      COMPANY_API_URL: apiUrl,
      COMPANY_API_KEY: apiKey,
      COMPANY_API_TIMEOUT_MS: String(providerTimeoutMs),
      ENRICHMENT_RETRY_SWEEP_INTERVAL_MS: '200',
      ENRICHMENT_RETRY_BASE_DELAY_MS: '300',
      ENRICHMENT_RETRY_MAX_DELAY_MS: '1000',
      ENRICHMENT_BREAKER_FAILURES: '50',
      ENRICHMENT_STALE_SWEEP_INTERVAL_MS: '300',
    });
  });

  afterAll(async () => {
    await service?.stop();
    await stub.stop();
  });

  const enrichedEvents = (leadId: string) =>
    service.bus.eventsFor(leadId).map((event) => event.envelope.payload as unknown as EnrichedPayload);

  const capture = (leadId: string, person: PersonDetails, partition?: number) =>
    service.bus.send(capturedType, [capturedPayload(leadId, person)], partition);

  it('enriches a captured lead with the expected facts and provenance, matched to its account', async () => {
    const accounts = await service.post(
      '/v1/accounts',
      JSON.stringify({ accounts: [{ id: 'crm-robotics', name: 'Example Robotics B.V.', domains: ['example-robotics.nl'], ownerId: 'rep-7', isTarget: true, industry: 'Robotics' }] }),
    );
    expect(accounts.status).toBe(200);
    stub.behaviours.set('example-robotics.nl', { kind: 'found', body: { name: 'Example Robotics', industry: 'Industrial Automation', employeeRange: '51-200', country: 'NL', technologies: ['hubspot'] } });
    const leadId = uuidv7();
    const [capturedId] = await capture(leadId, { email: 'ada@example-robotics.nl', phone: '06 12345678', jobTitle: 'Hoofd Marketing', company: 'Example Robotics', country: 'Nederland' });

    const [enriched] = await eventually(() => {
      const events = enrichedEvents(leadId);
      expect(events).toHaveLength(1);
      return events;
    });
    expect(enriched.changedFields).toBeUndefined();
    expect(service.bus.eventsFor(leadId)[0].envelope.causationId).toBe(capturedId);
    const facts = enriched.facts;
    expect(facts.isFreeMail).toMatchObject({ value: false, provider: 'email', confidence: 1, origin: 'derived' });
    expect(facts.companyDomain).toMatchObject({ value: 'example-robotics.nl', provider: 'email' });
    expect(facts.phoneE164).toMatchObject({ value: '+31612345678', provider: 'phone' });
    expect(facts.phoneLineType.value).toBe('mobile');
    expect(facts.countryCode).toMatchObject({ value: 'NL', provider: 'country' });
    expect(facts.seniority).toMatchObject({ value: 'director', provider: 'job-title' });
    expect(facts.department.value).toBe('marketing');
    expect(facts.company).toMatchObject({ value: 'Example Robotics', provider: 'submission', origin: 'typed' });
    expect(facts.accountId).toMatchObject({ value: 'crm-robotics', provider: 'account-match', confidence: 0.95 });
    expect(facts.accountOwnerId.value).toBe('rep-7');
    expect(facts.isTargetAccount.value).toBe(true);
    expect(facts.industry).toMatchObject({ value: 'Robotics', provider: 'account-match' });
    expect(facts.employeeRange).toMatchObject({ value: '51-200', provider: 'company-api' });

    const response = await service.get(`/v1/leads/${leadId}/enrichment`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { facts: Record<string, { origin: string }>; history: { field: string; trigger: string }[] };
    expect(body.facts.company.origin).toBe('typed');
    expect(body.facts.employeeRange.origin).toBe('guessed');
    expect(body.history.map((change) => change.field).sort()).toEqual(Object.keys(facts).sort());
    expect(new Set(body.history.map((change) => change.trigger))).toEqual(new Set(['captured']));
  });

  it('publishes nothing for the same input again, and only the changed fields for a new phone number', async () => {
    const leadId = uuidv7();
    const person = { email: 'grace@example-robotics.nl', phone: '+31 6 12345678', jobTitle: 'CTO', country: 'NL' };
    await capture(leadId, person);
    await eventually(() => expect(enrichedEvents(leadId)).toHaveLength(1));

    await capture(leadId, person);
    const [touchpointId] = await service.bus.send(touchpointType, [touchpointPayload(leadId, { ...person, phone: '06-87654321' })]);

    const change = await eventually(() => {
      const [, second] = service.bus.eventsFor(leadId);
      expect(second?.envelope.causationId).toBe(touchpointId);
      return second.envelope.payload as unknown as EnrichedPayload;
    });
    expect(change.changedFields).toEqual(['phoneE164']);
    expect(change.facts.phoneE164.value).toBe('+31687654321');
    expect(change.facts.seniority.value).toBe('c_level');
    expect(enrichedEvents(leadId)).toHaveLength(2);
  });

  it('applies a burst on one partition in order: each lead enriched once, a lead’s successive touchpoints each seen', async () => {
    const steady = uuidv7();
    const person = { email: 'hedy@example-robotics.nl', phone: '+31 6 30000001', jobTitle: 'Engineer', country: 'NL' };
    await capture(steady, person, 0);
    await eventually(() => expect(enrichedEvents(steady)).toHaveLength(1));

    const newcomers = Array.from({ length: 20 }, () => uuidv7());
    await service.bus.send(
      capturedType,
      newcomers.map((leadId, index) => capturedPayload(leadId, { email: `burst.${index}@example-robotics.nl`, jobTitle: 'CFO' })),
      0,
    );
    await service.bus.send(
      touchpointType,
      [
        touchpointPayload(steady, { ...person, phone: '+31 6 30000002' }),
        touchpointPayload(steady, { ...person, phone: '+31 6 30000003' }),
        touchpointPayload(steady, { ...person, phone: '+31 6 30000003', jobTitle: 'Head of Sales' }),
      ],
      0,
    );

    await eventually(() => newcomers.forEach((leadId) => expect(enrichedEvents(leadId)).toHaveLength(1)));
    newcomers.forEach((leadId) => expect(enrichedEvents(leadId)[0].facts.seniority.value).toBe('c_level'));
    const changes = await eventually(() => {
      const events = enrichedEvents(steady);
      expect(events).toHaveLength(4);
      return events.slice(1);
    });
    expect(changes.map((change) => change.changedFields)).toEqual([['phoneE164'], ['phoneE164'], ['department', 'jobTitle', 'seniority']]);
    expect(changes.map((change) => change.facts.phoneE164.value)).toEqual(['+31630000002', '+31630000003', '+31630000003']);
    const history = await service.database.query(
      "SELECT change->>'value' AS value FROM fact_change_sets, jsonb_array_elements(changes) AS change WHERE lead_id = $1 AND change->>'field' = 'phoneE164' ORDER BY id",
      [steady],
    );
    expect(history.rows.map((row) => row.value)).toEqual(['+31630000001', '+31630000002', '+31630000003']);
  });

  it('re-reads a new job title from a touchpoint, keeping what the touchpoint left blank', async () => {
    const leadId = uuidv7();
    await capture(leadId, { email: 'linus@example-robotics.nl', phone: '+31 6 22223333', jobTitle: 'Software Engineer' });
    await eventually(() => expect(enrichedEvents(leadId)).toHaveLength(1));
    await service.bus.send(touchpointType, [touchpointPayload(leadId, { email: 'linus@example-robotics.nl', jobTitle: 'Directeur Verkoop' })]);

    const change = await eventually(() => {
      const [, second] = enrichedEvents(leadId);
      expect(second).toBeDefined();
      return second;
    });
    expect(change.changedFields).toEqual(['department', 'jobTitle', 'seniority']);
    expect(change.facts.seniority.value).toBe('director');
    expect(change.facts.department.value).toBe('sales');
    expect(change.facts.phoneE164.value).toBe('+31622223333');
  });

  it('does not hold other leads back by more than a hanging or throwing provider’s timeout, and enriches the lead once it recovers', async () => {
    stub.behaviours.set('hanging-corp.nl', { kind: 'hang' });
    stub.behaviours.set('failing-corp.nl', { kind: 'error', status: 500 });
    stub.behaviours.set('healthy-corp.nl', { kind: 'found', body: { name: 'Healthy', industry: 'Health' } });
    const hanging = uuidv7();
    const failing = uuidv7();
    const healthy = uuidv7();
    const sentAt = Date.now();
    await capture(hanging, { email: 'a@hanging-corp.nl' }, 0);
    await capture(failing, { email: 'b@failing-corp.nl' }, 0);
    await capture(healthy, { email: 'c@healthy-corp.nl' }, 0);

    const healthyEvent = await eventually(() => {
      const [event] = service.bus.eventsFor(healthy);
      expect(event).toBeDefined();
      return event;
    });
    expect(healthyEvent.timestamp - sentAt).toBeLessThan(providerTimeoutMs + 2_500);
    for (const leadId of [hanging, failing]) {
      const [first] = enrichedEvents(leadId);
      expect(first.facts.emailValid.value).toBe(true);
      expect(first.facts.companyFound).toBeUndefined();
    }
    expect(enrichedEvents(healthy)[0].facts.industry).toMatchObject({ value: 'Health', provider: 'company-api' });
    const retries = await service.database.query('SELECT lead_id, last_error FROM provider_retries WHERE lead_id = ANY($1::uuid[]) ORDER BY last_error', [[hanging, failing]]);
    expect(retries.rows.map((row) => row.last_error)).toEqual(['error: company API answered 500', 'timeout']);

    stub.behaviours.set('hanging-corp.nl', { kind: 'found', body: { name: 'Hanging Corp', industry: 'Hardware' } });
    stub.behaviours.set('failing-corp.nl', { kind: 'found', body: { name: 'Failing Corp', industry: 'Finance' } });
    for (const [leadId, industry] of [[hanging, 'Hardware'], [failing, 'Finance']]) {
      const recovered = await eventually(() => {
        const [, second] = enrichedEvents(leadId);
        expect(second).toBeDefined();
        return second;
      });
      expect(recovered.facts.industry).toMatchObject({ value: industry, provider: 'company-api' });
      expect(recovered.changedFields).toEqual(expect.arrayContaining(['companyFound', 'industry']));
      expect(recovered.changedFields).not.toContain('emailValid');
    }
    await eventually(async () => {
      const left = await service.database.query('SELECT count(*)::int AS n FROM provider_retries WHERE lead_id = ANY($1::uuid[])', [[hanging, failing]]);
      expect(left.rows[0].n).toBe(0);
    });
  });

  it('enriches a lead again when its facts are older than the configured age', async () => {
    const leadId = uuidv7();
    await capture(leadId, { email: 'old@stale-corp.nl' });
    await eventually(() => expect(enrichedEvents(leadId)).toHaveLength(1));
    stub.behaviours.set('stale-corp.nl', { kind: 'found', body: { name: 'Stale Corp', industry: 'Archives' } });
    await service.database.query("UPDATE lead_profiles SET enriched_at = now() - interval '31 days' WHERE lead_id = $1", [leadId]);
    await service.database.query("UPDATE provider_cache SET expires_at = now() - interval '1 second'");

    const refreshed = await eventually(() => {
      const [, second] = enrichedEvents(leadId);
      expect(second).toBeDefined();
      return second;
    });
    expect(refreshed.changedFields).toEqual(['company', 'companyFound', 'industry']);
    const history = await service.database.query("SELECT change->>'field' AS field FROM fact_change_sets, jsonb_array_elements(changes) AS change WHERE lead_id = $1 AND trigger = 'stale' ORDER BY 1", [leadId]);
    expect(history.rows.map((row) => row.field)).toEqual(['company', 'companyFound', 'industry']);
  });

  it('imports accounts from CSV and matches a lead by a close company name', async () => {
    const csv = 'id,name,domains,industry,employeeCount,annualRevenueMinor,annualRevenueCurrency,country,ownerId,isTarget\ncrm-bakery,Bakkerij Jansen B.V.,bakkerij-jansen.nl,Food,12,150000000,EUR,NL,rep-3,ja\n';
    const imported = await service.post('/v1/accounts/import', csv, 'text/csv');
    expect(imported.status).toBe(200);
    expect(await imported.json()).toEqual({ imported: 1 });
    const account = await (await service.get('/v1/accounts/crm-bakery')).json();
    expect(account).toMatchObject({ domains: ['bakkerij-jansen.nl'], annualRevenue: { amountMinor: 150_000_000, currency: 'EUR' }, isTarget: true });

    const leadId = uuidv7();
    await capture(leadId, { email: 'piet@gmail.com', company: 'Bakkerij Jansen' });
    const [enriched] = await eventually(() => {
      const events = enrichedEvents(leadId);
      expect(events).toHaveLength(1);
      return events;
    });
    expect(enriched.facts.accountId).toMatchObject({ value: 'crm-bakery', provider: 'account-match' });
    expect(enriched.facts.accountMatchedBy.value).toBe('name');
    expect(enriched.facts.accountId.confidence).toBeLessThan(0.95);
  });

  it('erases a lead’s facts, history, retries and the cache entries its details produced', async () => {
    stub.behaviours.set('erased-corp.nl', { kind: 'found', body: { name: 'Erased Corp' } });
    const leadId = uuidv7();
    await capture(leadId, { email: 'gone@erased-corp.nl', phone: '+31 6 11112222' });
    await eventually(() => expect(enrichedEvents(leadId)).toHaveLength(1));
    await service.database.query("INSERT INTO provider_retries (lead_id, provider, attempts, due_at, last_error) VALUES ($1, 'company-api', 1, now() + interval '1 hour', 'timeout')", [leadId]);
    const cacheRows = async () => Number((await service.database.query('SELECT count(*) FROM provider_cache')).rows[0].count);
    const cachedBefore = await cacheRows();

    const erased = await service.app.get(Transactions).run((transaction: EnrichmentTransaction) => service.app.get(EraseLeadUseCase).execute(leadId, transaction));

    expect(erased).toBe(true);
    for (const table of ['lead_profiles', 'fact_change_sets', 'provider_retries']) {
      expect((await service.database.query(`SELECT count(*)::int AS n FROM ${table} WHERE lead_id = $1`, [leadId])).rows[0].n).toBe(0);
    }
    expect(await cacheRows()).toBe(cachedBefore - 1);
    expect((await service.get(`/v1/leads/${leadId}/enrichment`)).status).toBe(404);
  });

  it('erases a lead when capture says it erased the person, and re-runs enrichment on request', async () => {
    stub.behaviours.set('forgotten-corp.nl', { kind: 'found', body: { name: 'Forgotten Corp' } });
    const leadId = uuidv7();
    await capture(leadId, { email: 'gone@forgotten-corp.nl' });
    await eventually(() => expect(enrichedEvents(leadId)).toHaveLength(1));
    const rerun = await service.post(`/v1/leads/${leadId}/enrichment/rerun`, '{}');
    expect(rerun.status).toBe(200);
    expect(await rerun.json()).toMatchObject({ leadId, outcome: 'unchanged' });

    await service.bus.send('capture.lead.erased.v1', [{ leadId, erasedAt: new Date().toISOString() } as { leadId: string }]);

    await eventually(async () => expect((await service.get(`/v1/leads/${leadId}/enrichment`)).status).toBe(404));
    expect((await service.database.query('SELECT count(*)::int AS n FROM fact_change_sets WHERE lead_id = $1', [leadId])).rows[0].n).toBe(0);
    expect((await service.post(`/v1/leads/${leadId}/enrichment/rerun`, '{}')).status).toBe(404);

    // A captured event that arrives after the erasure (it travels on another topic) enriches nothing.
    const [lateId] = await capture(leadId, { email: 'gone@forgotten-corp.nl' });
    await eventually(async () =>
      expect((await service.database.query('SELECT count(*)::int AS n FROM inbox WHERE event_id = $1', [lateId])).rows[0].n).toBe(1),
    );
    expect((await service.get(`/v1/leads/${leadId}/enrichment`)).status).toBe(404);
    expect(enrichedEvents(leadId)).toHaveLength(1);
  });

  it('answers bad requests with problem details and never a 5xx', async () => {
    const invalidCsv = await service.post('/v1/accounts/import', 'id,name,domains\n,Nameless,not-a-domain\n', 'text/csv');
    expect(invalidCsv.status).toBe(422);
    const problem = (await invalidCsv.json()) as { errors: { pointer: string }[] };
    expect(problem.errors.map((error) => error.pointer)).toEqual(['/rows/0/id', '/rows/0/domains']);
    expect((await service.post('/v1/accounts/import', '{"id":1}')).status).toBe(415);
    expect((await service.post('/v1/accounts', JSON.stringify({ accounts: [] }))).status).toBe(400);
    expect((await service.get('/v1/leads/not-a-lead-id/enrichment')).status).toBe(400);
    expect((await service.get(`/v1/leads/${uuidv7()}/enrichment`)).status).toBe(404);
    expect((await service.get('/v1/accounts/unknown')).status).toBe(404);
  });
});
