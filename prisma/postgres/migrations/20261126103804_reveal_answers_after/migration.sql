-- AlterTable
ALTER TABLE "ModuleVersion" ADD COLUMN     "revealAnswersAfter" INTEGER NOT NULL DEFAULT 3;
