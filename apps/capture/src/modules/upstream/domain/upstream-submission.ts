import { EventPayload } from '@accord/contracts';
import { leadRequestSchema } from '../../leads/lead-request.schema';

export type UpstreamSubmission = EventPayload<'upstream.lead.submitted.v1'>;

/** An upstream submission as the JSON API's request shape, so it meets exactly the same rules. */
export function upstreamSubmissionAsRequest(submission: UpstreamSubmission) {
  return leadRequestSchema.safeParse({
    ...submission.person,
    ...submission.touchpoint,
    consent: submission.consent,
    isTest: submission.isTest,
  });
}

/** The provider lead id of a submission: unique per upstream system. */
export const upstreamExternalId = (submission: UpstreamSubmission) => `${submission.system}:${submission.submissionId}`;
