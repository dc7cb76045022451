-- AlterTable
ALTER TABLE "lead_scores" ADD COLUMN     "facts" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "playbook_version" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "predicted_win_probability" DOUBLE PRECISION,
ADD COLUMN     "priority_basis" TEXT NOT NULL DEFAULT 'rule',
ADD COLUMN     "rule_priority" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "stage_changed_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "activities" (
    "activity_id" TEXT NOT NULL,
    "lead_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "url" TEXT,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "activities_pkey" PRIMARY KEY ("activity_id")
);

-- CreateTable
CREATE TABLE "score_history" (
    "id" BIGSERIAL NOT NULL,
    "lead_id" UUID NOT NULL,
    "cause" TEXT NOT NULL,
    "fit_score" INTEGER NOT NULL,
    "fit_grade" TEXT NOT NULL,
    "engagement_score" INTEGER NOT NULL,
    "rule_priority" INTEGER NOT NULL,
    "priority" INTEGER NOT NULL,
    "predicted_win_probability" DOUBLE PRECISION,
    "model_version" TEXT NOT NULL,
    "explanation" JSONB NOT NULL,
    "scored_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "score_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stage_transitions" (
    "id" BIGSERIAL NOT NULL,
    "lead_id" UUID NOT NULL,
    "from_stage" TEXT NOT NULL,
    "to_stage" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "stage_transitions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lead_outcomes" (
    "event_id" UUID NOT NULL,
    "lead_id" UUID NOT NULL,
    "outcome" TEXT NOT NULL,
    "fit_grade" TEXT NOT NULL,
    "features" JSONB NOT NULL,
    "rule_priority" INTEGER NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "lead_outcomes_pkey" PRIMARY KEY ("event_id")
);

-- CreateTable
CREATE TABLE "win_models" (
    "version" TEXT NOT NULL,
    "trained_at" TIMESTAMPTZ(3) NOT NULL,
    "model" JSONB NOT NULL,
    "quality" JSONB NOT NULL,
    "is_default" BOOLEAN NOT NULL,

    CONSTRAINT "win_models_pkey" PRIMARY KEY ("version")
);

-- CreateTable
CREATE TABLE "playbook_versions" (
    "version" TEXT NOT NULL,
    "applied_at" TIMESTAMPTZ(3) NOT NULL,
    "content" JSONB NOT NULL,

    CONSTRAINT "playbook_versions_pkey" PRIMARY KEY ("version")
);

-- CreateIndex
CREATE INDEX "activities_lead_id_occurred_at_idx" ON "activities"("lead_id", "occurred_at");

-- CreateIndex
CREATE INDEX "score_history_lead_id_id_idx" ON "score_history"("lead_id", "id");

-- CreateIndex
CREATE INDEX "stage_transitions_lead_id_id_idx" ON "stage_transitions"("lead_id", "id");

-- CreateIndex
CREATE INDEX "lead_outcomes_occurred_at_idx" ON "lead_outcomes"("occurred_at");

-- CreateIndex
CREATE INDEX "win_models_trained_at_idx" ON "win_models"("trained_at");

-- CreateIndex
CREATE INDEX "lead_scores_stage_lead_id_idx" ON "lead_scores"("stage", "lead_id");
