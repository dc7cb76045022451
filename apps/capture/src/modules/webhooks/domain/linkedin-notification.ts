import { z } from 'zod';

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
