import { graphLeadAsRequest, graphLeadSchema, leadgenReferences, facebookNotificationSchema } from './facebook-lead';

const notification = {
  object: 'page',
  entry: [
    {
      id: '153125381133',
      time: 1700000000,
      changes: [
        { field: 'leadgen', value: { leadgen_id: '444444444444', page_id: '153125381133', form_id: '555', ad_id: '666', created_time: 1700000000 } },
        { field: 'feed', value: { leadgen_id: '1' } },
      ],
    },
  ],
};

describe('Facebook Lead Ads', () => {
  it('reads the leadgen ids of a notification and ignores other fields', () => {
    expect(leadgenReferences(facebookNotificationSchema.parse(notification))).toEqual([
      { leadgenId: '444444444444', pageId: '153125381133', formId: '555', adId: '666' },
    ]);
  });

  it('maps the Graph API field data to a lead', () => {
    const lead = graphLeadSchema.parse({
      id: '444444444444',
      created_time: '2026-11-03T09:59:58+0000',
      form_id: '555',
      campaign_id: '777',
      field_data: [
        { name: 'full_name', values: ['Grace Hopper'] },
        { name: 'email', values: ['grace@example-navy.mil'] },
        { name: 'phone_number', values: ['+12015550123'] },
        { name: 'job_title', values: ['Rear Admiral'] },
      ],
    });
    const parsed = graphLeadAsRequest(lead, { leadgenId: '444444444444', pageId: null, formId: null, adId: null });
    expect(parsed.data).toMatchObject({
      email: 'grace@example-navy.mil',
      firstName: 'Grace',
      lastName: 'Hopper',
      phone: '+12015550123',
      jobTitle: 'Rear Admiral',
      form: '555',
      campaign: '777',
      medium: 'paid',
    });
    expect(parsed.data?.occurredAt?.toISOString()).toBe('2026-11-03T09:59:58.000Z');
  });
});
