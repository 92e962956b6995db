-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "dataPricePerGb" INTEGER,
ADD COLUMN     "incomeBandsJson" TEXT;

-- CreateTable
CREATE TABLE "OutcomeCheckIn" (
    "id" TEXT NOT NULL,
    "enrollmentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "working" BOOLEAN NOT NULL,
    "ownBusiness" BOOLEAN NOT NULL,
    "sellingOnline" BOOLEAN NOT NULL,
    "incomeBand" INTEGER NOT NULL,
    "incomeMinRp" INTEGER NOT NULL,
    "incomeMaxRp" INTEGER,
    "channel" TEXT NOT NULL,
    "answeredById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutcomeCheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServerSecret" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServerSecret_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "OutcomeCheckIn_enrollmentId_kind_key" ON "OutcomeCheckIn"("enrollmentId", "kind");

-- AddForeignKey
ALTER TABLE "OutcomeCheckIn" ADD CONSTRAINT "OutcomeCheckIn_enrollmentId_fkey" FOREIGN KEY ("enrollmentId") REFERENCES "Enrollment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeCheckIn" ADD CONSTRAINT "OutcomeCheckIn_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
