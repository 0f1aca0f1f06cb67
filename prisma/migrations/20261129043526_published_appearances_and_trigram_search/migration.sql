-- Trigram indexes make substring search (quote library, type-ahead, later site search) use an
-- index; pg_trgm ships with PostgreSQL's contrib and with PGlite (loaded by the embedded server).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "AppearanceKind" AS ENUM ('MEMBER', 'QUOTE', 'PARAPHRASE');

-- CreateTable
CREATE TABLE "PublishedAppearance" (
    "id" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "kind" "AppearanceKind" NOT NULL,
    "speakerId" TEXT,
    "interviewId" TEXT,
    "quoteId" TEXT,
    "blockId" TEXT,
    "campId" TEXT,
    "campLabel" TEXT,
    "campStance" TEXT,
    "pointId" TEXT,
    "pointStatement" TEXT,
    "content" JSONB,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PublishedAppearance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PublishedAppearance_speakerId_publishedAt_idx" ON "PublishedAppearance"("speakerId", "publishedAt");

-- CreateIndex
CREATE INDEX "PublishedAppearance_interviewId_publishedAt_idx" ON "PublishedAppearance"("interviewId", "publishedAt");

-- CreateIndex
CREATE INDEX "PublishedAppearance_topicId_idx" ON "PublishedAppearance"("topicId");

-- CreateIndex
CREATE INDEX "Interview_show_trgm" ON "Interview" USING GIN ("show" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Quote_originalText_trgm" ON "Quote" USING GIN ("originalText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Quote_translationText_trgm" ON "Quote" USING GIN ("translationText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Speaker_name_trgm" ON "Speaker" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Speaker_mergedIntoId_idx" ON "Speaker"("mergedIntoId");

-- AddForeignKey
ALTER TABLE "PublishedAppearance" ADD CONSTRAINT "PublishedAppearance_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;
