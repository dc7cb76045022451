import { leadCapturedV1, touchpointRecordedV1 } from '@accord/contracts';
import { leadCapturedPayload, touchpointRecordedPayload } from './event-payloads';
import { LeadSubmission } from './lead-submission';

const at = new Date('2026-11-03T10:00:00.000Z');
const submission: LeadSubmission = {
  person: { email: 'ada@example.nl', firstName: 'Ada', lastName: null, phone: '06 12345678', jobTitle: null, company: null, country: 'NL' },
  phoneE164: '+31612345678',
  touchpoint: {
    channel: 'api',
    source: 'website',
    form: 'demo',
    campaign: 'spring',
    medium: 'cpc',
    utm: { source: 'google', medium: 'cpc', campaign: 'spring', term: null, content: null },
    clickIds: { gclid: 'abc', fbclid: null, liFatId: null },
    landingPage: 'https://example.com/demo',
    referrer: null,
    occurredAt: at,
  },
  consents: [{ purpose: 'marketing', granted: true, textVersion: 'v3', recordedAt: at, source: 'api:website' }],
  marketingConsent: true,
  isTest: false,
  externalId: null,
  rawPayload: {},
};

describe('event payloads', () => {
  it('builds a capture.lead.captured.v1 payload the contract accepts', () => {
    const payload = leadCapturedPayload('01a21951-b8a5-735f-864f-858935f4074f', '01a21951-b8a7-7390-8877-d6cf01cb5988', submission);
    expect(leadCapturedV1.payload.parse(payload)).toEqual(payload);
    expect(payload.consent.records?.[0].recordedAt).toBe('2026-11-03T10:00:00.000Z');
  });

  it('builds a capture.touchpoint.recorded.v1 payload the contract accepts', () => {
    const payload = touchpointRecordedPayload('01a21951-b8a5-735f-864f-858935f4074f', '01a21951-b8a7-7390-8877-d6cf01cb5988', submission, 'phone');
    expect(touchpointRecordedV1.payload.parse(payload)).toEqual(payload);
    expect(payload.matchedBy).toBe('phone');
  });
});
