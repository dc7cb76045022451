import { EventPayload } from '@accord/contracts';
import { LeadSubmission, MatchedBy } from './lead-submission';

type CapturedPayload = EventPayload<'capture.lead.captured.v1'>;
type RecordedPayload = EventPayload<'capture.touchpoint.recorded.v1'>;

function eventTouchpoint(touchpointId: string, submission: LeadSubmission) {
  const { touchpoint } = submission;
  return {
    touchpointId,
    channel: touchpoint.channel,
    source: touchpoint.source,
    form: touchpoint.form,
    campaign: touchpoint.campaign,
    medium: touchpoint.medium,
    utm: touchpoint.utm,
    clickIds: touchpoint.clickIds,
    landingPage: touchpoint.landingPage,
    referrer: touchpoint.referrer,
    occurredAt: touchpoint.occurredAt.toISOString(),
  };
}

function eventConsent(submission: LeadSubmission) {
  return {
    marketing: submission.marketingConsent,
    records: submission.consents.map((consent) => ({ ...consent, recordedAt: consent.recordedAt.toISOString() })),
  };
}

export function leadCapturedPayload(leadId: string, touchpointId: string, submission: LeadSubmission): CapturedPayload {
  return {
    leadId,
    person: submission.person,
    touchpoint: eventTouchpoint(touchpointId, submission),
    consent: eventConsent(submission),
    isTest: submission.isTest,
  };
}

export function touchpointRecordedPayload(
  leadId: string,
  touchpointId: string,
  submission: LeadSubmission,
  matchedBy: MatchedBy,
): RecordedPayload {
  return {
    leadId,
    touchpoint: eventTouchpoint(touchpointId, submission),
    person: submission.person,
    consent: eventConsent(submission),
    matchedBy,
    isTest: submission.isTest,
  };
}
