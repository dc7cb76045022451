-- AlterTable
ALTER TABLE "attribution_credits" ADD COLUMN     "counted" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "kpi_cohort_days" (
    "dimension" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "key" TEXT NOT NULL,
    "leads" INTEGER NOT NULL,
    "mqls" INTEGER NOT NULL,
    "assigned" INTEGER NOT NULL,
    "sals" INTEGER NOT NULL,
    "rejected" INTEGER NOT NULL,
    "sqls" INTEGER NOT NULL,
    "sla_breached" INTEGER NOT NULL,
    "speed_seconds_sum" DOUBLE PRECISION NOT NULL,
    "speed_count" INTEGER NOT NULL,
    "opportunities" INTEGER NOT NULL,
    "won" INTEGER NOT NULL,
    "lost" INTEGER NOT NULL,

    CONSTRAINT "kpi_cohort_days_pkey" PRIMARY KEY ("dimension","day","key")
);

-- CreateTable
CREATE TABLE "kpi_cohort_money_days" (
    "dimension" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "key" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "pipeline_minor" BIGINT NOT NULL,
    "won_minor" BIGINT NOT NULL,

    CONSTRAINT "kpi_cohort_money_days_pkey" PRIMARY KEY ("dimension","day","key","currency")
);

-- CreateTable
CREATE TABLE "kpi_credit_days" (
    "model" TEXT NOT NULL,
    "dimension" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "key" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "amount_minor" BIGINT NOT NULL,

    CONSTRAINT "kpi_credit_days_pkey" PRIMARY KEY ("model","dimension","day","key","currency")
);
