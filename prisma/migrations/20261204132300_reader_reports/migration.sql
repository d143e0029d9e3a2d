-- CreateTable
CREATE TABLE "ReaderReport" (
    "id" TEXT NOT NULL,
    "reviewItemId" TEXT NOT NULL,
    "guideSlug" TEXT NOT NULL,
    "stepId" TEXT NOT NULL,
    "differs" TEXT NOT NULL,
    "device" TEXT NOT NULL,
    "region" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReaderReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReaderReport_reviewItemId_idx" ON "ReaderReport"("reviewItemId");

-- CreateIndex
CREATE INDEX "ReaderReport_guideSlug_stepId_idx" ON "ReaderReport"("guideSlug", "stepId");

-- AddForeignKey
ALTER TABLE "ReaderReport" ADD CONSTRAINT "ReaderReport_reviewItemId_fkey" FOREIGN KEY ("reviewItemId") REFERENCES "ReviewItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
