import { Prisma, PrismaClient } from '../generated/prisma/client';

export { PrismaClient as HandOffDatabase };
export type HandOffTransaction = Prisma.TransactionClient;
