import { z } from 'zod';
import { RejectionReason } from '@accord/contracts';

const note = z.string().trim().max(2000).nullable().default(null);

export const rejectRequestSchema = z.object({ reason: RejectionReason, note });
export const recycleRequestSchema = z.object({ note }).default({ note: null });
export const convertRequestSchema = z.object({ opportunityId: z.string().trim().min(1).max(200) });
export const delegateRequestSchema = z.object({ marketerId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a rep id') });
export const actorSchema = z.string({ error: 'the x-rep-id header names who acts' }).regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a rep id');

export type RejectRequest = z.infer<typeof rejectRequestSchema>;
export type RecycleRequest = z.infer<typeof recycleRequestSchema>;
export type ConvertRequest = z.infer<typeof convertRequestSchema>;
export type DelegateRequest = z.infer<typeof delegateRequestSchema>;
