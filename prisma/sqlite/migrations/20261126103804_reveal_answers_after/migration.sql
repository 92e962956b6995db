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
