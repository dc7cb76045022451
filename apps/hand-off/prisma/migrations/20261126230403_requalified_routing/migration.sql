-- DropIndex
DROP INDEX "assignments_lead_id_key";

-- AlterTable
ALTER TABLE "assignments" ADD COLUMN     "qualified_by_event_id" UUID;

-- AlterTable
ALTER TABLE "lead_profiles" ADD COLUMN     "facts_observed_at" JSONB NOT NULL DEFAULT '{}';

-- CreateIndex
CREATE UNIQUE INDEX "assignments_qualified_by_event_id_key" ON "assignments"("qualified_by_event_id");

-- CreateIndex
CREATE INDEX "assignments_lead_id_status_idx" ON "assignments"("lead_id", "status");
