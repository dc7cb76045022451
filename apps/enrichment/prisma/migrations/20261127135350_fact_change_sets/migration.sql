-- CreateTable
CREATE TABLE "fact_change_sets" (
    "id" BIGSERIAL NOT NULL,
    "lead_id" UUID NOT NULL,
    "trigger" TEXT NOT NULL,
    "made_at" TIMESTAMPTZ(3) NOT NULL,
    "changes" JSONB NOT NULL,

    CONSTRAINT "fact_change_sets_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "fact_change_sets_lead_id_id_idx" ON "fact_change_sets"("lead_id", "id");

-- Each change recorded so far becomes a set of its own, in the order it was made.
INSERT INTO "fact_change_sets" ("lead_id", "trigger", "made_at", "changes")
SELECT "lead_id", "trigger", "observed_at", jsonb_build_array(jsonb_build_object(
    'field', "field", 'previousValue', "previous_value", 'value', "value", 'provider', "provider",
    'confidence', "confidence", 'origin', "origin", 'observedAt', to_char("observed_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))
FROM "fact_changes"
ORDER BY "id";

-- DropTable
DROP TABLE "fact_changes";
