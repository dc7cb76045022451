import { z } from 'zod';
import { slugSchema, timeZoneSchema, workingHoursSchema } from './working-hours.schema';

export const repRequestSchema = z.object({
  teamId: slugSchema,
  name: z.string().trim().min(1).max(200),
  role: z.enum(['sales', 'marketing']),
  weight: z.number().int().min(1).max(100).default(1),
  capacity: z.number().int().min(0).max(100_000),
  timeZone: timeZoneSchema,
  workingHours: workingHoursSchema,
  active: z.boolean().default(true),
});

export type RepRequest = z.infer<typeof repRequestSchema>;

export const absenceRequestSchema = z
  .object({
    startsAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
    endsAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
    note: z.string().max(500).nullable().default(null),
  })
  .refine((absence) => absence.startsAt < absence.endsAt, { message: 'must end after it starts', path: ['endsAt'] });

export type AbsenceRequest = z.infer<typeof absenceRequestSchema>;
