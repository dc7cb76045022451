import { z } from 'zod';
import { LinkedInNotice } from './linkedin-lead';

const formResponseUrnPrefix = 'urn:li:leadGenFormResponse:';

/** A Lead Sync notification: it names the form response; the answers themselves stay at LinkedIn. */
export const linkedInNotificationSchema = z.object({
  type: z.string().max(100),
  leadGenFormResponse: z.string().regex(/^urn:li:leadGenFormResponse:[A-Za-z0-9:_()%,-]{1,300}$/),
  leadGenForm: z.string().max(400).optional(),
  leadAction: z.string().max(100).optional(),
  leadType: z.string().max(100).optional(),
  occurredAt: z.number().int().nonnegative().optional(),
});

export type LinkedInNotification = z.infer<typeof linkedInNotificationSchema>;

/** The form response to fetch, by its id; none when the notification says the lead was deleted. */
export function notifiedLinkedInLead(notification: LinkedInNotification): { externalId: string; notice: LinkedInNotice } | null {
  if (notification.leadAction === 'DELETED') return null;
  return {
    externalId: notification.leadGenFormResponse.slice(formResponseUrnPrefix.length),
    notice: {
      leadGenForm: notification.leadGenForm ?? null,
      leadType: notification.leadType ?? null,
      occurredAt: notification.occurredAt ?? null,
    },
  };
}
