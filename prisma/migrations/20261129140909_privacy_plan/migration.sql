-- CreateTable
CREATE TABLE "PrivacyPlan" (
    "userId" TEXT NOT NULL,
    "platforms" TEXT[],
    "region" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PrivacyPlan_pkey" PRIMARY KEY ("userId")
);

-- AddForeignKey
ALTER TABLE "PrivacyPlan" ADD CONSTRAINT "PrivacyPlan_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
