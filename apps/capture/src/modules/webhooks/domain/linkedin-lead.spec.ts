import { answeredQuestionIds, linkedInFormId, linkedInFormResponseSchema, linkedInFormSchema, linkedInLeadAsRequest } from './linkedin-lead';
import { linkedInNotificationSchema, notifiedLinkedInLead } from './linkedin-notification';

const form = linkedInFormSchema.parse({
  content: {
    questions: [
      { questionId: 415148, name: 'firstName', predefinedField: 'FIRST_NAME' },
      { questionId: 415149, name: 'lastName', predefinedField: 'LAST_NAME' },
      { questionId: 415150, name: 'email', predefinedField: 'EMAIL' },
      { questionId: 415151, name: 'phone', predefinedField: 'PHONE_NUMBER' },
      { questionId: 415152, name: 'company', predefinedField: 'COMPANY_NAME' },
      { questionId: 415153, name: 'title', predefinedField: 'JOB_TITLE' },
      { questionId: 415154, name: 'country', predefinedField: 'COUNTRY' },
      { questionId: 415155, name: 'Which product interests you?' },
    ],
  },
});

const text = (questionId: number, answer: string) => ({ questionId, answerDetails: { textQuestionAnswer: { answer } } });

const response = linkedInFormResponseSchema.parse({
  id: 'a9a29e52-c0a3-42e3-8af1-2fc83b697003-4',
  submittedAt: 1793613598000,
  testLead: false,
  leadType: 'SPONSORED',
  versionedLeadGenFormUrn: 'urn:li:versionedLeadGenForm:(urn:li:leadGenForm:6955637458260688897,2)',
  leadMetadata: { sponsoredLeadMetadata: { campaign: 'urn:li:sponsoredCampaign:246813579' } },
  formResponse: {
    answers: [
      text(415148, ' Katherine '),
      text(415149, 'Johnson'),
      text(415150, 'katherine@example-nasa.gov'),
      text(415151, '+1 757 555 0100'),
      text(415152, 'NASA Langley'),
      text(415153, 'Research Mathematician'),
      text(415154, 'United States'),
      text(415155, 'Orbital mechanics'),
      { questionId: 999, answerDetails: { multipleChoiceAnswer: { options: [1] } } },
    ],
    consentResponses: [{ consentId: 1, accepted: true }],
  },
});

const notice = { leadGenForm: 'urn:li:leadGenForm:6955637458260688897', leadType: 'SPONSORED', occurredAt: 1793613600000 };

describe('LinkedIn Lead Gen Forms', () => {
  it('maps the answers to predefined questions to a lead, with form, campaign and submission time', () => {
    const parsed = linkedInLeadAsRequest(response, form.content.questions, notice);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({
      email: 'katherine@example-nasa.gov',
      firstName: 'Katherine',
      lastName: 'Johnson',
      phone: '+1 757 555 0100',
      company: 'NASA Langley',
      jobTitle: 'Research Mathematician',
      country: 'United States',
      form: '6955637458260688897',
      campaign: '246813579',
      medium: 'paid',
      isTest: false,
    });
    expect(parsed.data?.occurredAt?.toISOString()).toBe('2026-11-02T09:59:58.000Z');
  });

  it('reads answers given as textQuestionAnswerDetails too, and marks organic and test leads', () => {
    const organic = linkedInFormResponseSchema.parse({
      leadType: 'EVENT',
      testLead: true,
      formResponse: { answers: [{ questionId: '415150', answerDetails: { textQuestionAnswerDetails: { answer: 'dorothy@example-nasa.gov' } } }] },
    });
    const parsed = linkedInLeadAsRequest(organic, form.content.questions, { leadGenForm: null, leadType: null, occurredAt: null });
    expect(parsed.data).toMatchObject({ email: 'dorothy@example-nasa.gov', medium: 'organic', isTest: true, form: null, occurredAt: null });
  });

  it('takes the work e-mail address when no personal one was asked for', () => {
    const questions = [{ questionId: '1', predefinedField: 'WORK_EMAIL' }];
    const parsed = linkedInLeadAsRequest(linkedInFormResponseSchema.parse({ formResponse: { answers: [text(1, 'mary@example-nasa.gov')] } }), questions, notice);
    expect(parsed.data?.email).toBe('mary@example-nasa.gov');
  });

  it('refuses a response whose questions are unknown, as it has no e-mail address', () => {
    expect(linkedInLeadAsRequest(response, [], notice).success).toBe(false);
  });

  it('finds the form from the response or else the notification, and lists the answered questions', () => {
    expect(linkedInFormId(response, { ...notice, leadGenForm: null })).toBe('6955637458260688897');
    expect(linkedInFormId(linkedInFormResponseSchema.parse({}), { ...notice, leadGenForm: 'urn:li:leadGenForm:42' })).toBe('42');
    expect(linkedInFormId(linkedInFormResponseSchema.parse({}), { ...notice, leadGenForm: null })).toBeNull();
    expect(answeredQuestionIds(response)).toEqual(['415148', '415149', '415150', '415151', '415152', '415153', '415154', '415155', '999']);
  });

  it('reads the form response id from a notification, and nothing to fetch from a deletion', () => {
    const notification = {
      type: 'LEAD_ACTION',
      leadGenFormResponse: 'urn:li:leadGenFormResponse:a9a29e52-c0a3-42e3-8af1-2fc83b697003-4',
      leadGenForm: 'urn:li:leadGenForm:6955637458260688897',
      leadAction: 'CREATED',
      leadType: 'SPONSORED',
      occurredAt: 1793613600000,
    };
    expect(notifiedLinkedInLead(linkedInNotificationSchema.parse(notification))).toEqual({
      externalId: 'a9a29e52-c0a3-42e3-8af1-2fc83b697003-4',
      notice,
    });
    expect(notifiedLinkedInLead(linkedInNotificationSchema.parse({ ...notification, leadAction: 'DELETED' }))).toBeNull();
  });
});
