-- AlterTable
ALTER TABLE "QuizAttempt" ADD COLUMN     "submissionId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "QuizAttempt_userId_submissionId_key" ON "QuizAttempt"("userId", "submissionId");
