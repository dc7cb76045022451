-- CreateTable
CREATE TABLE "erased_leads" (
    "lead_id" UUID NOT NULL,
    "erased_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "erased_leads_pkey" PRIMARY KEY ("lead_id")
);
