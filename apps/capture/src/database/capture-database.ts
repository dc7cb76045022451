import { Prisma, PrismaClient } from '../generated/prisma/client';

export { PrismaClient as CaptureDatabase };
export type CaptureTransaction = Prisma.TransactionClient;
