-- AlterTable
ALTER TABLE "funnel_leads" ADD COLUMN     "accepted_at" TIMESTAMPTZ(3),
ADD COLUMN     "recycled_at" TIMESTAMPTZ(3),
ADD COLUMN     "rejected_at" TIMESTAMPTZ(3),
ADD COLUMN     "rejection_reason" TEXT,
ADD COLUMN     "sla_breached_at" TIMESTAMPTZ(3),
ADD COLUMN     "sql_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "touchpoints" (
    "touchpoint_id" TEXT NOT NULL,
    "lead_id" UUID NOT NULL,
    "channel" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "campaign" TEXT,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "is_lead_creation" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "touchpoints_pkey" PRIMARY KEY ("touchpoint_id")
);

-- CreateTable
CREATE TABLE "opportunities" (
    "opportunity_id" TEXT NOT NULL,
    "lead_id" UUID NOT NULL,
    "track" TEXT,
    "converted_at" TIMESTAMPTZ(3),
    "outcome" TEXT,
    "amount_minor" BIGINT,
    "currency" TEXT,
    "closed_at" TIMESTAMPTZ(3),
    "credited_marketer_id" TEXT,

    CONSTRAINT "opportunities_pkey" PRIMARY KEY ("opportunity_id")
);

-- CreateTable
CREATE TABLE "attribution_credits" (
    "opportunity_id" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "touchpoint_id" TEXT NOT NULL,
    "lead_id" UUID NOT NULL,
    "channel" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "campaign" TEXT,
    "amount_minor" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "closed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "attribution_credits_pkey" PRIMARY KEY ("opportunity_id","model","touchpoint_id")
);

-- CreateTable
CREATE TABLE "campaign_owners" (
    "campaign" TEXT NOT NULL,
    "marketer_id" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "campaign_owners_pkey" PRIMARY KEY ("campaign")
);

-- CreateIndex
CREATE INDEX "touchpoints_lead_id_idx" ON "touchpoints"("lead_id");

-- CreateIndex
CREATE INDEX "opportunities_lead_id_idx" ON "opportunities"("lead_id");

-- CreateIndex
CREATE INDEX "opportunities_closed_at_idx" ON "opportunities"("closed_at");

-- CreateIndex
CREATE INDEX "attribution_credits_model_closed_at_idx" ON "attribution_credits"("model", "closed_at");

-- CreateIndex
CREATE INDEX "funnel_leads_captured_at_idx" ON "funnel_leads"("captured_at");
