import { Prisma, PrismaClient } from '../generated/prisma/client';

export { PrismaClient as EnrichmentDatabase };
export type EnrichmentTransaction = Prisma.TransactionClient;
