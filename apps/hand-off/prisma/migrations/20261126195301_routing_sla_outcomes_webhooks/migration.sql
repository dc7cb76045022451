-- AlterTable
ALTER TABLE "assignments" ADD COLUMN     "delegated_by" TEXT,
ADD COLUMN     "opportunity_id" TEXT,
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'assigned',
ADD COLUMN     "status_at" TIMESTAMPTZ(3),
ADD COLUMN     "team_id" TEXT,
ADD COLUMN     "track" TEXT NOT NULL DEFAULT 'sales';

-- CreateTable
CREATE TABLE "teams" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "manager_id" TEXT,
    "time_zone" TEXT NOT NULL,
    "working_hours" JSONB NOT NULL,
    "holiday_country" TEXT,
    "holiday_region" TEXT,
    "accept_within_business_hours" DOUBLE PRECISION NOT NULL,
    "remind_before_minutes" INTEGER NOT NULL,
    "reassign_on_breach" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "teams_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reps" (
    "id" TEXT NOT NULL,
    "team_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "capacity" INTEGER NOT NULL,
    "time_zone" TEXT NOT NULL,
    "working_hours" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "routing_credit" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reps_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rep_absences" (
    "id" UUID NOT NULL,
    "rep_id" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "note" TEXT,

    CONSTRAINT "rep_absences_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "territories" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "countries" TEXT[],
    "regions" TEXT[],
    "min_employees" INTEGER,
    "max_employees" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "territories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "routing_rules" (
    "id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "team_id" TEXT NOT NULL,
    "conditions" JSONB NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "routing_rules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lead_profiles" (
    "lead_id" UUID NOT NULL,
    "country" TEXT,
    "region" TEXT,
    "employee_count" INTEGER,
    "segment" TEXT,
    "product_interest" TEXT,
    "source" TEXT,
    "account_id" TEXT,
    "account_owner_id" TEXT,
    "email_hash" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "lead_profiles_pkey" PRIMARY KEY ("lead_id")
);

-- CreateTable
CREATE TABLE "routing_decisions" (
    "id" UUID NOT NULL,
    "lead_id" UUID NOT NULL,
    "assignment_id" UUID NOT NULL,
    "trigger" TEXT NOT NULL,
    "assignee_kind" TEXT NOT NULL,
    "assignee_id" TEXT NOT NULL,
    "team_id" TEXT,
    "rule_id" TEXT,
    "reasons" JSONB NOT NULL,
    "candidates" JSONB NOT NULL,
    "decided_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "routing_decisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sla_timers" (
    "id" UUID NOT NULL,
    "assignment_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "fired_at" TIMESTAMPTZ(3),
    "cancelled_at" TIMESTAMPTZ(3),

    CONSTRAINT "sla_timers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "opportunity_outcomes" (
    "id" UUID NOT NULL,
    "external_id" TEXT NOT NULL,
    "lead_id" UUID,
    "email_hash" TEXT,
    "opportunity_id" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "closed_at" TIMESTAMPTZ(3) NOT NULL,
    "lost_reason" TEXT,
    "channel" TEXT NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL,
    "matched_lead_id" UUID,
    "matched_at" TIMESTAMPTZ(3),

    CONSTRAINT "opportunity_outcomes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_subscriptions" (
    "id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "event_types" TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_deliveries" (
    "id" UUID NOT NULL,
    "subscription_id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "event_type" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL,
    "last_error" TEXT,
    "delivered_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "reps_team_id_idx" ON "reps"("team_id");

-- CreateIndex
CREATE INDEX "rep_absences_rep_id_ends_at_idx" ON "rep_absences"("rep_id", "ends_at");

-- CreateIndex
CREATE INDEX "routing_rules_position_idx" ON "routing_rules"("position");

-- CreateIndex
CREATE INDEX "lead_profiles_email_hash_idx" ON "lead_profiles"("email_hash");

-- CreateIndex
CREATE INDEX "routing_decisions_lead_id_decided_at_idx" ON "routing_decisions"("lead_id", "decided_at");

-- CreateIndex
CREATE INDEX "sla_timers_due_at_idx" ON "sla_timers"("due_at");

-- CreateIndex
CREATE UNIQUE INDEX "sla_timers_assignment_id_kind_key" ON "sla_timers"("assignment_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "opportunity_outcomes_external_id_key" ON "opportunity_outcomes"("external_id");

-- CreateIndex
CREATE INDEX "opportunity_outcomes_lead_id_idx" ON "opportunity_outcomes"("lead_id");

-- CreateIndex
CREATE INDEX "opportunity_outcomes_email_hash_idx" ON "opportunity_outcomes"("email_hash");

-- CreateIndex
CREATE INDEX "webhook_deliveries_status_next_attempt_at_idx" ON "webhook_deliveries"("status", "next_attempt_at");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_deliveries_subscription_id_event_id_key" ON "webhook_deliveries"("subscription_id", "event_id");

-- CreateIndex
CREATE INDEX "assignments_assignee_kind_assignee_id_status_idx" ON "assignments"("assignee_kind", "assignee_id", "status");
