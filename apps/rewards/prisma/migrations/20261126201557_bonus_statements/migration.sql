-- CreateTable
CREATE TABLE "bonus_plans" (
    "plan_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "beneficiary_kind" TEXT NOT NULL,
    "beneficiary_id" TEXT NOT NULL,
    "cadence" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "rules" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bonus_plans_pkey" PRIMARY KEY ("plan_id")
);

-- CreateTable
CREATE TABLE "bonus_statements" (
    "statement_id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "period_start" TIMESTAMPTZ(3) NOT NULL,
    "issued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "currency" TEXT NOT NULL,
    "total_minor" BIGINT NOT NULL,
    "lines" JSONB NOT NULL,

    CONSTRAINT "bonus_statements_pkey" PRIMARY KEY ("statement_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "bonus_statements_plan_id_period_key" ON "bonus_statements"("plan_id", "period");
