-- AlterTable
ALTER TABLE "assignments" ADD COLUMN     "rejection_reason" TEXT,
ADD COLUMN     "status_note" TEXT;
