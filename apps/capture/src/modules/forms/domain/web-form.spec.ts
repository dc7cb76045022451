import { leadRequestSchema } from '../../leads/lead-request.schema';
import { formFieldsAsRequest, isHoneypotFilled, isOriginAllowed, webFormSchema } from './web-form';

const form = webFormSchema.parse({
  source: 'website',
  allowedOrigins: ['https://www.example-robotics.nl'],
  fieldMap: { 'your-email': 'email', 'your-name': 'firstName', newsletter: 'consentMarketing' },
  consentTextVersion: '2026-09',
});

describe('web forms', () => {
  it('map renamed fields, UTM parameters, click ids and the consent checkbox to a lead request', () => {
    const request = formFieldsAsRequest(
      form,
      { 'your-email': 'ada@example-robotics.nl', 'your-name': 'Ada', newsletter: 'on', utm_source: 'google', gclid: 'abc', secret: 'dropped' },
      'https://www.example-robotics.nl/demo',
      'demo',
    );
    const parsed = leadRequestSchema.parse(request);
    expect(parsed).toMatchObject({
      email: 'ada@example-robotics.nl',
      firstName: 'Ada',
      form: 'demo',
      landingPage: 'https://www.example-robotics.nl/demo',
      utm: { source: 'google', medium: null },
      clickIds: { gclid: 'abc', fbclid: null },
      consent: { records: [{ purpose: 'marketing', granted: true, textVersion: '2026-09' }] },
    });
    expect(JSON.stringify(parsed)).not.toContain('dropped');
  });

  it('records an unticked consent box as consent refused', () => {
    const request = formFieldsAsRequest(form, { email: 'ada@example.nl' }, null, 'demo');
    expect(leadRequestSchema.parse(request).consent.records[0].granted).toBe(false);
  });

  it('allows only the configured origins and spots a filled honeypot', () => {
    expect(isOriginAllowed(form, 'https://www.example-robotics.nl')).toBe(true);
    expect(isOriginAllowed(form, 'https://evil.example')).toBe(false);
    expect(isHoneypotFilled(form, { website: 'http://spam.example' })).toBe(true);
    expect(isHoneypotFilled(form, { website: ' ' })).toBe(false);
  });
});
