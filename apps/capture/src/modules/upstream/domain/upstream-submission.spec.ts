import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UpstreamSubmission, upstreamExternalId, upstreamSubmissionAsRequest } from './upstream-submission';

const sample = JSON.parse(
  readFileSync(join(__dirname, '../../../../../../libs/contracts/samples/upstream.lead.submitted.v1.json'), 'utf8'),
).payload as UpstreamSubmission;

describe('upstream submissions', () => {
  it('read as a lead request with touchpoint and consent', () => {
    const parsed = upstreamSubmissionAsRequest(sample);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({
      email: 'ada.janssen@example-robotics.nl',
      phone: '06 12345678',
      form: 'partner-referral',
      utm: { source: 'partner-portal' },
      consent: { marketing: true, records: [{ purpose: 'marketing', textVersion: '2026-09' }] },
    });
    expect(parsed.data?.occurredAt?.toISOString()).toBe('2026-11-03T09:59:58.000Z');
    expect(upstreamExternalId(sample)).toBe('partner-portal:crm-web-2026-000123');
  });

  it('are held to the same rules as the API', () => {
    expect(upstreamSubmissionAsRequest({ ...sample, person: { ...sample.person, email: 'no-address' } }).success).toBe(false);
    expect(upstreamSubmissionAsRequest({ ...sample, person: { ...sample.person, firstName: 'Ada\u0000' } }).success).toBe(false);
  });
});
