-- CreateTable
CREATE TABLE "team_members" (
    "team_id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "team_members_pkey" PRIMARY KEY ("team_id","person_id")
);

-- CreateTable
CREATE TABLE "pulse_answers" (
    "person_id" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "team_id" TEXT,
    "gave_energy" TEXT NOT NULL,
    "cost_energy" TEXT NOT NULL,
    "biggest_learning" TEXT NOT NULL,
    "next_challenge" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "pulse_answers_pkey" PRIMARY KEY ("person_id","month")
);

-- CreateIndex
CREATE INDEX "team_members_person_id_idx" ON "team_members"("person_id");

-- CreateIndex
CREATE INDEX "pulse_answers_team_id_month_idx" ON "pulse_answers"("team_id", "month");
