-- AlterTable
ALTER TABLE "User" ADD COLUMN     "digitalLevel" TEXT,
ADD COLUMN     "levelSetAt" TIMESTAMP(3);

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
