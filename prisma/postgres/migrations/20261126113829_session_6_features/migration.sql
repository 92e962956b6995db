-- AlterTable
ALTER TABLE "User" ADD COLUMN     "birthYear" INTEGER,
ADD COLUMN     "deactivatedAt" TIMESTAMP(3),
ADD COLUMN     "digitalLevel" TEXT,
ADD COLUMN     "gender" TEXT,
ADD COLUMN     "levelSetAt" TIMESTAMP(3),
ADD COLUMN     "previousSecretHash" TEXT,
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

-- AlterTable
ALTER TABLE "ModuleVersion" ADD COLUMN     "revealAnswersAfter" INTEGER NOT NULL DEFAULT 3;

-- AlterTable
ALTER TABLE "ModuleProgress" ADD COLUMN     "readAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "QuizAttempt" ADD COLUMN     "submissionId" TEXT;

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

-- CreateTable
CREATE TABLE "CourseTestVersion" (
    "id" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "introHtml" TEXT NOT NULL,
    "quizJson" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CourseTestVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseTestAttempt" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "skipped" BOOLEAN NOT NULL DEFAULT false,
    "correctCount" INTEGER,
    "questionCount" INTEGER,
    "percent" INTEGER,
    "answersJson" TEXT NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CourseTestAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "programId" TEXT,
    "participantName" TEXT NOT NULL,
    "courseTitle" TEXT NOT NULL,
    "programName" TEXT NOT NULL,
    "organizerName" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "completedAt" TIMESTAMP(3) NOT NULL,
    "pdf" BYTEA NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedReason" TEXT,
    "revokedById" TEXT,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaintenanceLease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MaintenanceLease_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "PracticalSubmission" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "moduleId" TEXT NOT NULL,
    "moduleVersionId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'submitted',
    "note" TEXT NOT NULL DEFAULT '',
    "feedback" TEXT,
    "rubricJson" TEXT NOT NULL DEFAULT '{}',
    "reviewerId" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PracticalSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticalPhoto" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticalPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainerQuestion" (
    "id" TEXT NOT NULL,
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
    "answeredAt" TIMESTAMP(3),
    "sharedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainerQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LevelChange" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "changedById" TEXT,
    "fromLevel" TEXT,
    "toLevel" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "quizAttemptId" TEXT,
    "placementAttemptId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LevelChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Placement" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "publishedVersionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Placement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlacementVersion" (
    "id" TEXT NOT NULL,
    "placementId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "testJson" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlacementVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlacementMedia" (
    "id" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "sha256" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlacementMedia_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlacementAttempt" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "placementVersionId" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "readingLevel" TEXT,
    "digitalLevel" TEXT,

    CONSTRAINT "PlacementAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlacementAnswer" (
    "id" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "optionIdsJson" TEXT NOT NULL DEFAULT '[]',
    "outcome" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlacementAnswer_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "EnrollmentImport" ADD CONSTRAINT "EnrollmentImport_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnrollmentImport" ADD CONSTRAINT "EnrollmentImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseTestVersion" ADD CONSTRAINT "CourseTestVersion_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseTestAttempt" ADD CONSTRAINT "CourseTestAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseTestAttempt" ADD CONSTRAINT "CourseTestAttempt_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseTestAttempt" ADD CONSTRAINT "CourseTestAttempt_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "CourseTestVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticalSubmission" ADD CONSTRAINT "PracticalSubmission_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticalSubmission" ADD CONSTRAINT "PracticalSubmission_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "Module"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticalSubmission" ADD CONSTRAINT "PracticalSubmission_moduleVersionId_fkey" FOREIGN KEY ("moduleVersionId") REFERENCES "ModuleVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticalSubmission" ADD CONSTRAINT "PracticalSubmission_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticalSubmission" ADD CONSTRAINT "PracticalSubmission_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticalPhoto" ADD CONSTRAINT "PracticalPhoto_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "PracticalSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainerQuestion" ADD CONSTRAINT "TrainerQuestion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainerQuestion" ADD CONSTRAINT "TrainerQuestion_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainerQuestion" ADD CONSTRAINT "TrainerQuestion_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainerQuestion" ADD CONSTRAINT "TrainerQuestion_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "Module"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainerQuestion" ADD CONSTRAINT "TrainerQuestion_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelChange" ADD CONSTRAINT "LevelChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelChange" ADD CONSTRAINT "LevelChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_publishedVersionId_fkey" FOREIGN KEY ("publishedVersionId") REFERENCES "PlacementVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacementVersion" ADD CONSTRAINT "PlacementVersion_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacementAttempt" ADD CONSTRAINT "PlacementAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacementAttempt" ADD CONSTRAINT "PlacementAttempt_placementVersionId_fkey" FOREIGN KEY ("placementVersionId") REFERENCES "PlacementVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacementAnswer" ADD CONSTRAINT "PlacementAnswer_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "PlacementAttempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Data: modules completed before reading was recorded count as read (certs).
UPDATE "ModuleProgress" SET "readAt" = "completedAt" WHERE "status" = 'completed' AND "readAt" IS NULL;
