-- AlterTable
ALTER TABLE "User" ADD COLUMN "previousSecretHash" TEXT;
