-- AlterTable
ALTER TABLE "Change" ADD COLUMN     "published" DATE;
