import { z } from 'zod';
import { slugSchema, timeZoneSchema, workingHoursSchema } from './working-hours.schema';

export const teamRequestSchema = z.object({
  name: z.string().trim().min(1).max(200),
  managerId: slugSchema.nullable().default(null),
  timeZone: timeZoneSchema,
  workingHours: workingHoursSchema,
  holidays: z
    .object({
      country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 country code'),
      region: z.string().max(10).nullable().default(null),
    })
    .nullable()
    .default(null),
  sla: z.object({
    acceptWithinBusinessHours: z.number().positive().max(2000),
    remindBeforeMinutes: z.number().int().min(0).max(10_000).default(30),
    reassignOnBreach: z.boolean().default(false),
  }),
});

export type TeamRequest = z.infer<typeof teamRequestSchema>;
