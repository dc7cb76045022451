import { z } from 'zod';

const uuidV7Pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export const EventId = z.string().regex(uuidV7Pattern, 'must be a UUIDv7');

/** Opaque and never derived from personal data, so it can key messages and label traces. */
export const LeadId = z.string().regex(uuidV7Pattern, 'must be an opaque lead id (UUIDv7)');
export type LeadId = z.infer<typeof LeadId>;

export const Instant = z.iso.datetime({ offset: false, precision: 3 });
