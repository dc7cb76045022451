import { IANAZone } from 'luxon';
import { z } from 'zod';
import { minutesOfClock } from './domain/working-hours';

const clock = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be HH:MM between 00:00 and 24:00');

export const workingHoursSchema = z
  .object({
    days: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    start: clock,
    end: clock,
  })
  .refine((hours) => minutesOfClock(hours.start) < minutesOfClock(hours.end), {
    message: 'must end after it starts',
    path: ['end'],
  });

export const timeZoneSchema = z.string().refine((zone) => IANAZone.isValidZone(zone), 'must be an IANA time zone');

export const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes');
