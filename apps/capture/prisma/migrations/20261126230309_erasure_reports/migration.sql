-- CreateTable
CREATE TABLE "erasure_requests" (
    "id" UUID NOT NULL,
    "lead_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "requested_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "erasure_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "erasure_confirmations" (
    "erasure_id" UUID NOT NULL,
    "service" TEXT NOT NULL,
    "completed_at" TIMESTAMPTZ(3) NOT NULL,
    "kept" TEXT[],
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "erasure_confirmations_pkey" PRIMARY KEY ("erasure_id","service")
);

-- CreateIndex
CREATE INDEX "erasure_requests_lead_id_idx" ON "erasure_requests"("lead_id");

-- AddForeignKey
ALTER TABLE "erasure_confirmations" ADD CONSTRAINT "erasure_confirmations_erasure_id_fkey" FOREIGN KEY ("erasure_id") REFERENCES "erasure_requests"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
