-- CreateTable
CREATE TABLE "CourseEditor" (
    "courseId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'editor',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("courseId", "userId"),
    CONSTRAINT "CourseEditor_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CourseEditor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MediaAsset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "courseId" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" BLOB NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "sha256" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MediaAsset_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MediaAsset_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "courseId" TEXT,
    "moduleId" TEXT,
    "detail" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AuditEvent_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ModuleDraft" (
    "moduleId" TEXT NOT NULL PRIMARY KEY,
    "source" TEXT NOT NULL,
    "baseVersionId" TEXT,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ModuleDraft_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "Module" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ModuleDraft_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ModuleVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "moduleId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "masteryPercent" INTEGER NOT NULL,
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
INSERT INTO "new_ModuleVersion" ("createdAt", "htmlDasar", "htmlLanjut", "htmlMenengah", "id", "masteryPercent", "minutes", "moduleId", "objectivesJson", "practicalRequired", "quizJson", "quizLevels", "source", "sourceHash", "summary", "title", "version") SELECT "createdAt", "htmlDasar", "htmlLanjut", "htmlMenengah", "id", "masteryPercent", "minutes", "moduleId", "objectivesJson", "practicalRequired", "quizJson", "quizLevels", "source", "sourceHash", "summary", "title", "version" FROM "ModuleVersion";
DROP TABLE "ModuleVersion";
ALTER TABLE "new_ModuleVersion" RENAME TO "ModuleVersion";
CREATE UNIQUE INDEX "ModuleVersion_moduleId_version_key" ON "ModuleVersion"("moduleId", "version");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CourseEditor_userId_idx" ON "CourseEditor"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "MediaAsset_courseId_path_key" ON "MediaAsset"("courseId", "path");

-- CreateIndex
CREATE INDEX "AuditEvent_courseId_createdAt_idx" ON "AuditEvent"("courseId", "createdAt");
