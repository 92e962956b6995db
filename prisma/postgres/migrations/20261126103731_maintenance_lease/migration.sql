-- CreateTable
CREATE TABLE "MaintenanceLease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MaintenanceLease_pkey" PRIMARY KEY ("name")
);
