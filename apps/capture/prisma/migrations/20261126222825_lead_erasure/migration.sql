-- AlterTable
ALTER TABLE "leads" ADD COLUMN     "erased_at" TIMESTAMPTZ(3);
