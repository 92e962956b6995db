-- AlterTable
ALTER TABLE "User" ADD COLUMN     "birthYear" INTEGER,
ADD COLUMN     "deactivatedAt" TIMESTAMP(3),
ADD COLUMN     "gender" TEXT,
ADD COLUMN     "village" TEXT;

-- AlterTable
ALTER TABLE "Cohort" ADD COLUMN     "communityGroup" TEXT,
ADD COLUMN     "district" TEXT,
ADD COLUMN     "endsOn" TIMESTAMP(3),
ADD COLUMN     "joinClosedAt" TIMESTAMP(3),
ADD COLUMN     "province" TEXT,
ADD COLUMN     "regency" TEXT,
ADD COLUMN     "village" TEXT;

-- AlterTable
ALTER TABLE "CohortTrainer" ADD COLUMN     "role" TEXT NOT NULL DEFAULT 'trainer';

-- CreateTable
CREATE TABLE "EnrollmentImport" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "rowsJson" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EnrollmentImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EnrollmentImport_cohortId_idx" ON "EnrollmentImport"("cohortId");

-- CreateIndex
CREATE INDEX "EnrollmentImport_expiresAt_idx" ON "EnrollmentImport"("expiresAt");

-- AddForeignKey
ALTER TABLE "EnrollmentImport" ADD CONSTRAINT "EnrollmentImport_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnrollmentImport" ADD CONSTRAINT "EnrollmentImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
