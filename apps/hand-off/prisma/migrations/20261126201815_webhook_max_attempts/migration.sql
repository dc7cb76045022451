-- AlterTable
ALTER TABLE "webhook_subscriptions" ADD COLUMN     "max_attempts" INTEGER;
