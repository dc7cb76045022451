-- AlterTable
ALTER TABLE "outbox" ALTER COLUMN "payload" SET DATA TYPE JSON;
