-- One queue of notified leads for every ad platform. The pending and finished fetches of Facebook
-- move over as they are, their page, form and ad ids kept in the notice.

-- RenameTable
ALTER TABLE "facebook_lead_fetches" RENAME TO "ad_lead_fetches";
ALTER TABLE "ad_lead_fetches" RENAME CONSTRAINT "facebook_lead_fetches_pkey" TO "ad_lead_fetches_pkey";
ALTER INDEX "facebook_lead_fetches_done_at_idx" RENAME TO "ad_lead_fetches_done_at_idx";

-- AlterTable
ALTER TABLE "ad_lead_fetches" RENAME COLUMN "leadgen_id" TO "external_id";
ALTER TABLE "ad_lead_fetches" ADD COLUMN "platform" TEXT NOT NULL DEFAULT 'facebook',
                              ADD COLUMN "notice" JSONB;
UPDATE "ad_lead_fetches" SET "notice" = jsonb_build_object('pageId', "page_id", 'formId', "form_id", 'adId', "ad_id");
ALTER TABLE "ad_lead_fetches" ALTER COLUMN "platform" DROP DEFAULT,
                              ALTER COLUMN "notice" SET NOT NULL,
                              DROP COLUMN "page_id",
                              DROP COLUMN "form_id",
                              DROP COLUMN "ad_id";

-- AlterPrimaryKey
ALTER TABLE "ad_lead_fetches" DROP CONSTRAINT "ad_lead_fetches_pkey",
                              ADD CONSTRAINT "ad_lead_fetches_pkey" PRIMARY KEY ("platform", "external_id");
