-- AlterTable
ALTER TABLE "Program" ADD COLUMN "dataPricePerGb" INTEGER;
