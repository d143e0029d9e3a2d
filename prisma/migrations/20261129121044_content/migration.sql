-- CreateTable
CREATE TABLE "Guide" (
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "lastVerified" DATE NOT NULL,
    "syncedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Guide_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "GuideStep" (
    "guideSlug" TEXT NOT NULL,
    "stepId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "retiredAt" TIMESTAMPTZ(3),

    CONSTRAINT "GuideStep_pkey" PRIMARY KEY ("guideSlug","stepId")
);

-- CreateTable
CREATE TABLE "Change" (
    "id" TEXT NOT NULL,
    "guideSlug" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "touchesAllSteps" BOOLEAN NOT NULL,
    "stepIds" TEXT[],
    "firstSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "announcedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Change_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Change_guideSlug_date_idx" ON "Change"("guideSlug", "date");

-- CreateIndex
CREATE INDEX "Change_announcedAt_idx" ON "Change"("announcedAt");

-- AddForeignKey
ALTER TABLE "GuideStep" ADD CONSTRAINT "GuideStep_guideSlug_fkey" FOREIGN KEY ("guideSlug") REFERENCES "Guide"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Change" ADD CONSTRAINT "Change_guideSlug_fkey" FOREIGN KEY ("guideSlug") REFERENCES "Guide"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;
