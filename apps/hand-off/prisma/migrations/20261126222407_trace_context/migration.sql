-- AlterTable
ALTER TABLE "sla_timers" ADD COLUMN     "trace_headers" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "webhook_deliveries" ADD COLUMN     "trace_headers" JSONB NOT NULL DEFAULT '{}';
