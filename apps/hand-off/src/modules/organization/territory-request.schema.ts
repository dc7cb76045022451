import { z } from 'zod';

export const territoryRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    countries: z.array(z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 country code')).max(300).default([]),
    regions: z.array(z.string().trim().min(1).max(100)).max(300).default([]),
    minEmployees: z.number().int().nonnegative().nullable().default(null),
    maxEmployees: z.number().int().nonnegative().nullable().default(null),
  })
  .refine(
    (territory) =>
      territory.minEmployees === null || territory.maxEmployees === null || territory.minEmployees <= territory.maxEmployees,
    { message: 'must not be below minEmployees', path: ['maxEmployees'] },
  );

export type TerritoryRequest = z.infer<typeof territoryRequestSchema>;
