-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "hintsHash" TEXT NOT NULL,
    "currentVersionId" TEXT,
    "pendingHash" TEXT,
    "pendingText" TEXT,
    "pendingSeenAt" TIMESTAMPTZ(3),
    "etag" TEXT,
    "lastModified" TEXT,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "failureReportedAt" TIMESTAMPTZ(3),
    "retryAfter" TIMESTAMPTZ(3),
    "lastCheckedAt" TIMESTAMPTZ(3),
    "lastSuccessAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceVersion" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "firstSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceCheck" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "checkedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcome" TEXT NOT NULL,
    "reason" TEXT,
    "httpStatus" INTEGER,
    "fetcher" TEXT NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "versionId" TEXT,

    CONSTRAINT "SourceCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewItem" (
    "id" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "guideSlug" TEXT NOT NULL,
    "stepId" TEXT,
    "sourceId" TEXT,
    "reason" TEXT NOT NULL,
    "priority" INTEGER NOT NULL,
    "anchorPhrase" TEXT,
    "fromVersionId" TEXT,
    "toVersionId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ReviewItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");

-- CreateIndex
CREATE UNIQUE INDEX "Source_currentVersionId_key" ON "Source"("currentVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "SourceVersion_sourceId_hash_key" ON "SourceVersion"("sourceId", "hash");

-- CreateIndex
CREATE INDEX "SourceCheck_sourceId_checkedAt_idx" ON "SourceCheck"("sourceId", "checkedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewItem_dedupeKey_key" ON "ReviewItem"("dedupeKey");

-- CreateIndex
CREATE INDEX "ReviewItem_resolvedAt_priority_idx" ON "ReviewItem"("resolvedAt", "priority");

-- CreateIndex
CREATE INDEX "ReviewItem_guideSlug_idx" ON "ReviewItem"("guideSlug");

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_currentVersionId_fkey" FOREIGN KEY ("currentVersionId") REFERENCES "SourceVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceVersion" ADD CONSTRAINT "SourceVersion_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceCheck" ADD CONSTRAINT "SourceCheck_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceCheck" ADD CONSTRAINT "SourceCheck_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "SourceVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewItem" ADD CONSTRAINT "ReviewItem_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
