import { Prisma, PrismaClient } from '../generated/prisma/client';

export { PrismaClient as RewardsDatabase };
export type RewardsTransaction = Prisma.TransactionClient;
