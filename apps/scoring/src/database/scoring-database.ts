import { Prisma, PrismaClient } from '../generated/prisma/client';

export { PrismaClient as ScoringDatabase };
export type ScoringTransaction = Prisma.TransactionClient;
