-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "outbox" (
    "id" BIGSERIAL NOT NULL,
    "event_id" UUID NOT NULL,
    "topic" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "headers" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),

    CONSTRAINT "outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inbox" (
    "event_id" UUID NOT NULL,
    "consumer_group" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbox_pkey" PRIMARY KEY ("event_id","consumer_group")
);

-- CreateTable
CREATE TABLE "funnel_leads" (
    "lead_id" UUID NOT NULL,
    "channel" TEXT,
    "source" TEXT,
    "campaign" TEXT,
    "is_test" BOOLEAN NOT NULL DEFAULT false,
    "captured_at" TIMESTAMPTZ(3),
    "mql_at" TIMESTAMPTZ(3),
    "assigned_at" TIMESTAMPTZ(3),
    "assignee_id" TEXT,

    CONSTRAINT "funnel_leads_pkey" PRIMARY KEY ("lead_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "outbox_event_id_key" ON "outbox"("event_id");

-- CreateIndex
CREATE INDEX "outbox_published_at_id_idx" ON "outbox"("published_at", "id");
