import { z } from 'zod';

/** The enrichment facts hand-off routes on: territory, size, segment, interest and the account's owner. */
export const RoutingFactName = z.enum(['country', 'region', 'employeeCount', 'segment', 'productInterest', 'accountId', 'accountOwnerId']);
export type RoutingFactName = z.infer<typeof RoutingFactName>;
