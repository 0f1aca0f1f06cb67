-- CreateEnum
CREATE TYPE "SearchKind" AS ENUM ('TOPIC', 'POINT', 'CAMP', 'QUOTE', 'PARAPHRASE', 'TEXT');

-- CreateTable
CREATE TABLE "SearchEntry" (
    "id" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "kind" "SearchKind" NOT NULL,
    "anchor" TEXT NOT NULL,
    "context" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchEntry_topicId_idx" ON "SearchEntry"("topicId");

-- CreateIndex
CREATE INDEX "SearchEntry_text_trgm" ON "SearchEntry" USING GIN ("text" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "SearchEntry" ADD CONSTRAINT "SearchEntry_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;
