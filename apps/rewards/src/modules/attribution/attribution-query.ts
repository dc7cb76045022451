import { z } from 'zod';
import { attributionGroupings } from './domain/attribution-grouping';
import { attributionModels } from './domain/attribution-model';

/** An ISO date (midnight UTC) or date-time with an offset. */
export const QueryInstant = z.union([z.iso.datetime({ offset: true }), z.iso.date()]).transform((value) => new Date(value));

export const AttributionQuery = z
  .object({
    model: z.enum(attributionModels).default('linear'),
    groupBy: z.enum(attributionGroupings).default('channel'),
    from: QueryInstant.optional(),
    to: QueryInstant.optional(),
  })
  .refine((query) => !query.from || !query.to || query.from < query.to, { message: 'from must be before to', path: ['to'] });
export type AttributionQuery = z.infer<typeof AttributionQuery>;

export const CampaignOwnerBody = z.object({ marketerId: z.string().trim().min(1).max(200) });
export type CampaignOwnerBody = z.infer<typeof CampaignOwnerBody>;

export const CampaignName = z.string().trim().min(1).max(200);
