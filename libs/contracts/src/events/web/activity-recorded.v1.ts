import { z } from 'zod';
import { defineEvent } from '../../define-event';
import { Instant, LeadId } from '../../identifiers';

/** The engagement a known lead can show; scoring weighs each type by its playbook. */
export const activityTypes = [
  'page_view',
  'email_open',
  'email_click',
  'form_submission',
  'webinar_registration',
  'webinar_attendance',
  'content_download',
  'meeting_booked',
  'product_signup',
] as const;

export const ActivityType = z.enum(activityTypes, {
  error: (issue) => `unknown activity type ${JSON.stringify(issue.input)}; known types: ${activityTypes.join(', ')}`,
});
export type ActivityType = z.infer<typeof ActivityType>;

export const Activity = z.object({
  /** Unique per activity at its source, so a redelivered activity counts once. */
  activityId: z.string().min(1).max(200),
  leadId: LeadId,
  type: ActivityType,
  occurredAt: Instant,
  /** The page, link or asset involved; a page view of the pricing page can weigh more. */
  url: z.string().max(2000).nullable().optional(),
});
export type Activity = z.infer<typeof Activity>;

export const activityRecordedV1 = defineEvent({
  type: 'web.activity.recorded.v1',
  producer: 'web',
  description: 'A known lead did something that shows engagement: a page view, an e-mail open or click, a webinar, a sign-up.',
  consumers: ['scoring'],
  payload: Activity,
});
