-- AlterTable
ALTER TABLE "User" ADD COLUMN     "reviewAlerts" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "role" TEXT NOT NULL DEFAULT 'reader';

-- AlterTable
ALTER TABLE "ReviewItem" ADD COLUMN     "editorsNotifiedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL,
    "guideSlug" TEXT NOT NULL,
    "verifiedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editorId" TEXT,
    "editorEmail" TEXT NOT NULL,
    "sourceVersionIds" TEXT[],

    CONSTRAINT "Verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EditorAction" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "guideSlug" TEXT,
    "detail" TEXT NOT NULL,

    CONSTRAINT "EditorAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Verification_guideSlug_verifiedAt_idx" ON "Verification"("guideSlug", "verifiedAt");

-- CreateIndex
CREATE INDEX "EditorAction_at_idx" ON "EditorAction"("at");

-- CreateIndex
CREATE INDEX "ReviewItem_editorsNotifiedAt_idx" ON "ReviewItem"("editorsNotifiedAt");

-- Items flagged before editors could ask for email are not news: only later flags are mailed.
UPDATE "ReviewItem" SET "editorsNotifiedAt" = "createdAt";
