-- AlterTable
ALTER TABLE "lead_profiles" ADD COLUMN     "inputs" JSONB NOT NULL DEFAULT '{}';

-- CreateTable
CREATE TABLE "fact_changes" (
    "id" BIGSERIAL NOT NULL,
    "lead_id" UUID NOT NULL,
    "field" TEXT NOT NULL,
    "previous_value" JSONB,
    "value" JSONB,
    "provider" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "origin" TEXT NOT NULL,
    "observed_at" TIMESTAMPTZ(3) NOT NULL,
    "trigger" TEXT NOT NULL,

    CONSTRAINT "fact_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "provider_cache" (
    "provider" TEXT NOT NULL,
    "input_key" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "provider_cache_pkey" PRIMARY KEY ("provider","input_key")
);

-- CreateTable
CREATE TABLE "provider_retries" (
    "lead_id" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "last_error" TEXT NOT NULL,

    CONSTRAINT "provider_retries_pkey" PRIMARY KEY ("lead_id","provider")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normalized_name" TEXT NOT NULL,
    "industry" TEXT,
    "employee_count" INTEGER,
    "annual_revenue_minor" BIGINT,
    "annual_revenue_currency" CHAR(3),
    "country" CHAR(2),
    "owner_id" TEXT,
    "is_target" BOOLEAN NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account_domains" (
    "domain" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,

    CONSTRAINT "account_domains_pkey" PRIMARY KEY ("domain")
);

-- CreateIndex
CREATE INDEX "fact_changes_lead_id_id_idx" ON "fact_changes"("lead_id", "id");

-- CreateIndex
CREATE INDEX "provider_cache_expires_at_idx" ON "provider_cache"("expires_at");

-- CreateIndex
CREATE INDEX "provider_retries_due_at_idx" ON "provider_retries"("due_at");

-- CreateIndex
CREATE INDEX "accounts_normalized_name_idx" ON "accounts"("normalized_name");

-- CreateIndex
CREATE INDEX "account_domains_account_id_idx" ON "account_domains"("account_id");

-- CreateIndex
CREATE INDEX "lead_profiles_enriched_at_idx" ON "lead_profiles"("enriched_at");

-- AddForeignKey
ALTER TABLE "account_domains" ADD CONSTRAINT "account_domains_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
