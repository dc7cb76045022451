-- CreateTable
CREATE TABLE "okr_objectives" (
    "objective_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "period_start" TIMESTAMPTZ(3) NOT NULL,
    "key_results" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "okr_objectives_pkey" PRIMARY KEY ("objective_id")
);

-- CreateTable
CREATE TABLE "experiments" (
    "experiment_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "hypothesis" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    "boldness" INTEGER NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "outcome" TEXT,
    "learnings" TEXT,
    "concluded_at" TIMESTAMPTZ(3),

    CONSTRAINT "experiments_pkey" PRIMARY KEY ("experiment_id")
);

-- CreateTable
CREATE TABLE "failure_votes" (
    "month" TEXT NOT NULL,
    "voter_id" TEXT NOT NULL,
    "experiment_id" UUID NOT NULL,

    CONSTRAINT "failure_votes_pkey" PRIMARY KEY ("month","voter_id")
);

-- CreateIndex
CREATE INDEX "okr_objectives_period_start_idx" ON "okr_objectives"("period_start");

-- CreateIndex
CREATE INDEX "experiments_ends_on_idx" ON "experiments"("ends_on");
