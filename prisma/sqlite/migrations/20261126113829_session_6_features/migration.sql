-- AlterTable
ALTER TABLE "User" ADD COLUMN "birthYear" INTEGER;
ALTER TABLE "User" ADD COLUMN "deactivatedAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "digitalLevel" TEXT;
ALTER TABLE "User" ADD COLUMN "gender" TEXT;
ALTER TABLE "User" ADD COLUMN "levelSetAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "previousSecretHash" TEXT;
ALTER TABLE "User" ADD COLUMN "village" TEXT;

-- AlterTable
ALTER TABLE "Cohort" ADD COLUMN "communityGroup" TEXT;
ALTER TABLE "Cohort" ADD COLUMN "district" TEXT;
ALTER TABLE "Cohort" ADD COLUMN "endsOn" DATETIME;
ALTER TABLE "Cohort" ADD COLUMN "joinClosedAt" DATETIME;
ALTER TABLE "Cohort" ADD COLUMN "province" TEXT;
ALTER TABLE "Cohort" ADD COLUMN "regency" TEXT;
ALTER TABLE "Cohort" ADD COLUMN "village" TEXT;

-- AlterTable
ALTER TABLE "ModuleProgress" ADD COLUMN "readAt" DATETIME;

-- AlterTable
ALTER TABLE "QuizAttempt" ADD COLUMN "submissionId" TEXT;

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

-- CreateTable
CREATE TABLE "CourseTestVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "courseId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "introHtml" TEXT NOT NULL,
    "quizJson" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CourseTestVersion_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CourseTestAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "skipped" BOOLEAN NOT NULL DEFAULT false,
    "correctCount" INTEGER,
    "questionCount" INTEGER,
    "percent" INTEGER,
    "answersJson" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CourseTestAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CourseTestAttempt_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CourseTestAttempt_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "CourseTestVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "programId" TEXT,
    "participantName" TEXT NOT NULL,
    "courseTitle" TEXT NOT NULL,
    "programName" TEXT NOT NULL,
    "organizerName" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "completedAt" DATETIME NOT NULL,
    "pdf" BLOB NOT NULL,
    "issuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    "revokedReason" TEXT,
    "revokedById" TEXT,
    CONSTRAINT "Certificate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Certificate_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Certificate_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Certificate_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MaintenanceLease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PracticalSubmission" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "moduleId" TEXT NOT NULL,
    "moduleVersionId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'submitted',
    "note" TEXT NOT NULL DEFAULT '',
    "feedback" TEXT,
    "rubricJson" TEXT NOT NULL DEFAULT '{}',
    "reviewerId" TEXT,
    "reviewedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PracticalSubmission_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PracticalSubmission_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "Module" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PracticalSubmission_moduleVersionId_fkey" FOREIGN KEY ("moduleVersionId") REFERENCES "ModuleVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PracticalSubmission_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PracticalSubmission_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PracticalPhoto" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "submissionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "previewKey" TEXT NOT NULL,
    "previewBytes" INTEGER NOT NULL,
    "previewWidth" INTEGER NOT NULL,
    "previewHeight" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PracticalPhoto_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "PracticalSubmission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrainerQuestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "moduleId" TEXT,
    "body" TEXT NOT NULL,
    "photoKey" TEXT,
    "photoWidth" INTEGER,
    "photoHeight" INTEGER,
    "answer" TEXT,
    "answeredById" TEXT,
    "answeredAt" DATETIME,
    "sharedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TrainerQuestion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TrainerQuestion_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TrainerQuestion_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TrainerQuestion_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "Module" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TrainerQuestion_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LevelChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "changedById" TEXT,
    "fromLevel" TEXT,
    "toLevel" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "quizAttemptId" TEXT,
    "placementAttemptId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LevelChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LevelChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Placement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "publishedVersionId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Placement_publishedVersionId_fkey" FOREIGN KEY ("publishedVersionId") REFERENCES "PlacementVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlacementVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "placementId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "testJson" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PlacementVersion_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlacementMedia" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "path" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" BLOB NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "sha256" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PlacementAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "placementVersionId" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "readingLevel" TEXT,
    "digitalLevel" TEXT,
    CONSTRAINT "PlacementAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlacementAttempt_placementVersionId_fkey" FOREIGN KEY ("placementVersionId") REFERENCES "PlacementVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlacementAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "attemptId" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "optionIdsJson" TEXT NOT NULL DEFAULT '[]',
    "outcome" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PlacementAnswer_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "PlacementAttempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
CREATE TABLE "new_ModuleVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "moduleId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "masteryPercent" INTEGER NOT NULL,
    "revealAnswersAfter" INTEGER NOT NULL DEFAULT 3,
    "objectivesJson" TEXT NOT NULL DEFAULT '[]',
    "practicalRequired" BOOLEAN NOT NULL DEFAULT false,
    "quizLevels" TEXT NOT NULL DEFAULT '',
    "practicalJson" TEXT,
    "createdById" TEXT,
    "source" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "htmlDasar" TEXT NOT NULL,
    "htmlMenengah" TEXT NOT NULL,
    "htmlLanjut" TEXT NOT NULL,
    "quizJson" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ModuleVersion_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "Module" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ModuleVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ModuleVersion" ("createdAt", "createdById", "htmlDasar", "htmlLanjut", "htmlMenengah", "id", "masteryPercent", "minutes", "moduleId", "objectivesJson", "practicalJson", "practicalRequired", "quizJson", "quizLevels", "source", "sourceHash", "summary", "title", "version") SELECT "createdAt", "createdById", "htmlDasar", "htmlLanjut", "htmlMenengah", "id", "masteryPercent", "minutes", "moduleId", "objectivesJson", "practicalJson", "practicalRequired", "quizJson", "quizLevels", "source", "sourceHash", "summary", "title", "version" FROM "ModuleVersion";
DROP TABLE "ModuleVersion";
ALTER TABLE "new_ModuleVersion" RENAME TO "ModuleVersion";
CREATE UNIQUE INDEX "ModuleVersion_moduleId_version_key" ON "ModuleVersion"("moduleId", "version");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "EnrollmentImport_cohortId_idx" ON "EnrollmentImport"("cohortId");

-- CreateIndex
CREATE INDEX "EnrollmentImport_expiresAt_idx" ON "EnrollmentImport"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "CourseTestVersion_courseId_version_key" ON "CourseTestVersion"("courseId", "version");

-- CreateIndex
CREATE INDEX "CourseTestAttempt_courseId_idx" ON "CourseTestAttempt"("courseId");

-- CreateIndex
CREATE UNIQUE INDEX "CourseTestAttempt_userId_courseId_kind_key" ON "CourseTestAttempt"("userId", "courseId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_code_key" ON "Certificate"("code");

-- CreateIndex
CREATE INDEX "Certificate_programId_issuedAt_idx" ON "Certificate"("programId", "issuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_userId_courseId_key" ON "Certificate"("userId", "courseId");

-- CreateIndex
CREATE INDEX "PracticalSubmission_cohortId_createdAt_idx" ON "PracticalSubmission"("cohortId", "createdAt");

-- CreateIndex
CREATE INDEX "PracticalSubmission_userId_moduleId_createdAt_idx" ON "PracticalSubmission"("userId", "moduleId", "createdAt");

-- CreateIndex
CREATE INDEX "PracticalPhoto_submissionId_position_idx" ON "PracticalPhoto"("submissionId", "position");

-- CreateIndex
CREATE INDEX "TrainerQuestion_cohortId_answeredAt_createdAt_idx" ON "TrainerQuestion"("cohortId", "answeredAt", "createdAt");

-- CreateIndex
CREATE INDEX "TrainerQuestion_userId_createdAt_idx" ON "TrainerQuestion"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "TrainerQuestion_moduleId_sharedAt_idx" ON "TrainerQuestion"("moduleId", "sharedAt");

-- CreateIndex
CREATE INDEX "LevelChange_userId_createdAt_idx" ON "LevelChange"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Placement_slug_key" ON "Placement"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Placement_publishedVersionId_key" ON "Placement"("publishedVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "PlacementVersion_placementId_version_key" ON "PlacementVersion"("placementId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "PlacementMedia_path_key" ON "PlacementMedia"("path");

-- CreateIndex
CREATE INDEX "PlacementAttempt_userId_startedAt_idx" ON "PlacementAttempt"("userId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PlacementAnswer_attemptId_itemId_key" ON "PlacementAnswer"("attemptId", "itemId");

-- CreateIndex
CREATE UNIQUE INDEX "QuizAttempt_userId_submissionId_key" ON "QuizAttempt"("userId", "submissionId");

-- Data: modules completed before reading was recorded count as read (certs).
UPDATE "ModuleProgress" SET "readAt" = "completedAt" WHERE "status" = 'completed' AND "readAt" IS NULL;
