import { buildLeadSubmission, LeadInput, SubmissionContext } from './build-lead-submission';

const receivedAt = new Date('2026-11-03T10:00:00.000Z');
const context: SubmissionContext = { channel: 'api', source: 'website', defaultPhoneRegion: 'NL', receivedAt };
const none = { source: null, medium: null, campaign: null, term: null, content: null };

function input(overrides: Partial<LeadInput> = {}): LeadInput {
  return {
    email: ' Ada@Example.NL ',
    firstName: 'Ada',
    lastName: null,
    phone: null,
    jobTitle: null,
    company: null,
    country: null,
    form: null,
    campaign: null,
    medium: null,
    utm: none,
    clickIds: { gclid: null, fbclid: null, liFatId: null },
    landingPage: null,
    referrer: null,
    occurredAt: null,
    consent: { marketing: null, records: [] },
    isTest: false,
    ...overrides,
  };
}

function built(overrides: Partial<LeadInput> = {}) {
  const result = buildLeadSubmission(input(overrides), context, { raw: true });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.submission;
}

describe('buildLeadSubmission', () => {
  it('normalises the e-mail, reads the phone in the source region and stamps the receipt time', () => {
    const submission = built({ phone: '06 12345678' });
    expect(submission.person.email).toBe('ada@example.nl');
    expect(submission.person.phone).toBe('06 12345678');
    expect(submission.phoneE164).toBe('+31612345678');
    expect(submission.touchpoint.occurredAt).toEqual(receivedAt);
    expect(submission.rawPayload).toEqual({ raw: true });
  });

  it('answers field errors for an invalid phone and a time in the future', () => {
    const result = buildLeadSubmission(
      input({ phone: '12', occurredAt: new Date('2026-11-04T00:00:00Z') }),
      context,
      {},
    );
    expect(result.ok ? [] : result.errors.map((error) => error.pointer)).toEqual(['/phone', '/occurredAt']);
  });

  it('records marketing consent as given, refused, or not asked', () => {
    expect(built({ consent: { marketing: true, records: [] } }).consents).toEqual([
      { purpose: 'marketing', granted: true, textVersion: null, recordedAt: receivedAt, source: 'api:website' },
    ]);
    expect(built({ consent: { marketing: false, records: [] } }).marketingConsent).toBe(false);
    const notAsked = built();
    expect([notAsked.consents, notAsked.marketingConsent]).toEqual([[], false]);
  });

  it('takes the marketing flag from explicit records with their text version', () => {
    const submission = built({
      consent: { marketing: null, records: [{ purpose: 'marketing', granted: true, textVersion: '2026-09' }] },
    });
    expect(submission.marketingConsent).toBe(true);
    expect(submission.consents[0].textVersion).toBe('2026-09');
  });

  it('refuses a submission that grants and refuses the same purpose', () => {
    const result = buildLeadSubmission(
      input({ consent: { marketing: false, records: [{ purpose: 'marketing', granted: true, textVersion: null }] } }),
      context,
      {},
    );
    expect(result.ok).toBe(false);
  });

  it('falls back to the UTM campaign and medium', () => {
    const submission = built({ utm: { ...none, campaign: 'spring', medium: 'cpc' } });
    expect([submission.touchpoint.campaign, submission.touchpoint.medium]).toEqual(['spring', 'cpc']);
  });
});
