-- AlterTable
ALTER TABLE "User" ADD COLUMN "birthYear" INTEGER;
ALTER TABLE "User" ADD COLUMN "deactivatedAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "gender" TEXT;
ALTER TABLE "User" ADD COLUMN "village" TEXT;

-- AlterTable
ALTER TABLE "Cohort" ADD COLUMN "communityGroup" TEXT;
ALTER TABLE "Cohort" ADD COLUMN "district" TEXT;
ALTER TABLE "Cohort" ADD COLUMN "endsOn" DATETIME;
ALTER TABLE "Cohort" ADD COLUMN "joinClosedAt" DATETIME;
ALTER TABLE "Cohort" ADD COLUMN "province" TEXT;
ALTER TABLE "Cohort" ADD COLUMN "regency" TEXT;
ALTER TABLE "Cohort" ADD COLUMN "village" TEXT;

-- CreateTable
CREATE TABLE "EnrollmentImport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cohortId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "rowsJson" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EnrollmentImport_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EnrollmentImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CohortTrainer" (
    "cohortId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'trainer',

    PRIMARY KEY ("cohortId", "userId"),
    CONSTRAINT "CohortTrainer_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CohortTrainer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_CohortTrainer" ("cohortId", "userId") SELECT "cohortId", "userId" FROM "CohortTrainer";
DROP TABLE "CohortTrainer";
ALTER TABLE "new_CohortTrainer" RENAME TO "CohortTrainer";
CREATE INDEX "CohortTrainer_userId_idx" ON "CohortTrainer"("userId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "EnrollmentImport_cohortId_idx" ON "EnrollmentImport"("cohortId");

-- CreateIndex
CREATE INDEX "EnrollmentImport_expiresAt_idx" ON "EnrollmentImport"("expiresAt");
