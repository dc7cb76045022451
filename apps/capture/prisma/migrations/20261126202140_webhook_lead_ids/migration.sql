-- AlterTable
ALTER TABLE "touchpoints" ADD COLUMN     "external_id" TEXT;

-- CreateTable
CREATE TABLE "facebook_lead_fetches" (
    "leadgen_id" TEXT NOT NULL,
    "page_id" TEXT,
    "form_id" TEXT,
    "ad_id" TEXT,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "done_at" TIMESTAMPTZ(3),

    CONSTRAINT "facebook_lead_fetches_pkey" PRIMARY KEY ("leadgen_id")
);

-- CreateIndex
CREATE INDEX "facebook_lead_fetches_done_at_idx" ON "facebook_lead_fetches"("done_at");

-- CreateIndex
CREATE UNIQUE INDEX "touchpoints_channel_external_id_key" ON "touchpoints"("channel", "external_id");
