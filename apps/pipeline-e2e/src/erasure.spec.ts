import { eventually } from '@accord/testing';
import { CaptureAdmin } from './support/personal-data/capture-admin';
import { findInDatabases, hashColumnCount, unhashedHashColumns } from './support/personal-data/database-scan';
import { fictionalPerson, identifiers } from './support/personal-data/fictional-person';
import { deliverLate } from './support/personal-data/late-event';
import { settled } from './support/personal-data/settled';
import { attributedRevenue, attributionTotals, organiseTeam, winDeal } from './support/personal-data/won-deal';
import { PipelineUnderTest, services } from './support/pipeline-under-test';

const source = 'erasure-web';
const patience = { timeoutMs: 60_000, intervalMs: 250 };

interface Report {
  status: string;
  services: { service: string; status: string; completedAt: string | null }[];
}

describe('erasure of a person across the five services', () => {
  const admin = new CaptureAdmin();
  let pipeline: PipelineUnderTest;

  beforeAll(async () => {
    pipeline = await PipelineUnderTest.start('erasure', { serviceEnv: { capture: admin.env } });
    admin.attach(pipeline);
    await organiseTeam(pipeline, source);
  });

  afterAll(async () => {
    await pipeline?.stop();
  });

  it('leaves no table of any service holding their e-mail, name, phone or e-mail hash, reports every service completed, keeps attributed revenue, and a late event brings nothing back', async () => {
    const person = fictionalPerson('erase', source);
    const bystander = fictionalPerson('keep', source);
    const leadId = await admin.postLead(person);
    await admin.postLead(bystander);
    expect(await admin.postLead({ ...person, campaign: 'spring-webinar' })).toBe(leadId);
    await winDeal(pipeline, leadId, person.email);
    const revenue = await attributedRevenue(pipeline, 1_250_000);
    await settled(pipeline);

    const beforeErasure = await findInDatabases(pipeline, identifiers(person));
    expect(new Set(beforeErasure.map((finding) => finding.service))).toEqual(new Set(['capture', 'enrichment', 'scoring', 'hand-off']));
    expect(beforeErasure).toContainEqual({ service: 'hand-off', table: 'opportunity_outcomes', column: 'email_hash', found: 'e-mail SHA-256' });

    const response = await admin.request('DELETE', `/v1/leads/${leadId}`);
    expect(response.status).toBe(202);
    const { erasureId } = (await response.json()) as { erasureId: string };
    const report = await eventually(async () => {
      const current = (await (await admin.request('GET', `/v1/erasures/${erasureId}`)).json()) as Report;
      expect(current.status).toBe('completed');
      return current;
    }, patience);
    expect(report.services.map((service) => [service.service, service.status])).toEqual(services.map((service) => [service, 'completed']));
    for (const service of report.services) expect(Date.parse(String(service.completedAt))).not.toBeNaN();
    await settled(pipeline);
    // Events still in Kafka, applied again as if they had arrived after the erasure, bring nothing back.
    await deliverLate(pipeline, 'capture.touchpoint.recorded.v1', leadId);
    await deliverLate(pipeline, 'enrichment.lead.enriched.v1', leadId);
    await settled(pipeline);

    expect(await findInDatabases(pipeline, identifiers(person))).toEqual([]);
    expect(await findInDatabases(pipeline, identifiers(bystander))).toContainEqual({ service: 'capture', table: 'leads', column: 'email', found: 'email' });
    expect(await hashColumnCount(pipeline)).toBeGreaterThan(0);
    expect(await unhashedHashColumns(pipeline, [person.email, bystander.email])).toEqual([]);
    expect(await attributionTotals(pipeline)).toEqual(revenue);
  });
});
