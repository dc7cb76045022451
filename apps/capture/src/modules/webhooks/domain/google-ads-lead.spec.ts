import { googleAdsLeadAsRequest, googleAdsLeadSchema } from './google-ads-lead';

const payload = {
  lead_id: 'TeSter-123-ABCDEFGHIJKLMNOPQRSTUVWXYZ-abcdefghijklmnopqrstuvwxyz-0123456789',
  api_version: '1.0',
  form_id: 40000000000,
  campaign_id: 20000000000,
  google_key: 'secret-key',
  is_test: true,
  gcl_id: 'TeSter-123-gclid',
  user_column_data: [
    { column_name: 'Full Name', string_value: 'Ada van Janssen', column_id: 'FULL_NAME' },
    { column_name: 'User Email', string_value: ' Ada@Example-Robotics.NL', column_id: 'EMAIL' },
    { column_name: 'User Phone', string_value: '+31612345678', column_id: 'PHONE_NUMBER' },
    { column_name: 'Company Name', string_value: 'Example Robotics', column_id: 'COMPANY_NAME' },
    { column_name: 'Job Title', string_value: 'CTO', column_id: 'JOB_TITLE' },
    { column_name: 'Country', string_value: 'NL', column_id: 'COUNTRY' },
    { column_name: 'Postal Code', string_value: '1011 AB', column_id: 'POSTAL_CODE' },
  ],
};

describe('Google Ads lead form payloads', () => {
  it('map to a lead with the click id, form, campaign and test flag', () => {
    const parsed = googleAdsLeadAsRequest(googleAdsLeadSchema.parse(payload));
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({
      email: 'Ada@Example-Robotics.NL',
      firstName: 'Ada',
      lastName: 'van Janssen',
      phone: '+31612345678',
      company: 'Example Robotics',
      jobTitle: 'CTO',
      country: 'NL',
      form: '40000000000',
      campaign: '20000000000',
      clickIds: { gclid: 'TeSter-123-gclid' },
      isTest: true,
    });
  });

  it('prefer explicit first and last names over the full name', () => {
    const parsed = googleAdsLeadAsRequest(
      googleAdsLeadSchema.parse({
        ...payload,
        user_column_data: [...payload.user_column_data, { string_value: 'Augusta', column_id: 'FIRST_NAME' }, { string_value: 'King', column_id: 'LAST_NAME' }],
      }),
    );
    expect([parsed.data?.firstName, parsed.data?.lastName]).toEqual(['Augusta', 'King']);
  });

  it('refuse a lead without an e-mail address', () => {
    const parsed = googleAdsLeadAsRequest(googleAdsLeadSchema.parse({ ...payload, user_column_data: payload.user_column_data.filter((entry) => entry.column_id !== 'EMAIL') }));
    expect(parsed.success).toBe(false);
  });
});
