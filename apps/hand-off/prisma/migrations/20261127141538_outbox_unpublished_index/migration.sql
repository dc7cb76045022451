-- DropIndex
DROP INDEX "outbox_published_at_id_idx";

-- CreateIndex
CREATE INDEX "outbox_created_at_idx" ON "outbox" USING BRIN ("created_at");

-- The relay's next rows: only unpublished rows are in it, so publishing one adds no entry here.
CREATE INDEX "outbox_unpublished_id_idx" ON "outbox"("id") WHERE "published_at" IS NULL;
