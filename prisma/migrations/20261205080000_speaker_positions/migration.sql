-- Speakers who move (issue 23, part 3): where each speaker stood in each published version,
-- kept for every version while the topic is published. The rows are derived from the versions'
-- documents by the publishing module (lib/publishing/projections/speaker-positions.ts), the
-- one derivation of "who appears where"; versions published before this migration are marked
-- not indexed and are derived after migrating (prisma/after-migrate.ts) or at the topic's next
-- publish, whichever comes first.

-- AlterTable
ALTER TABLE "PublishedVersion" ADD COLUMN "positionsIndexed" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "PublishedSpeakerPosition" (
    "topicId" TEXT NOT NULL,
    "publishNumber" INTEGER NOT NULL,
    "speakerId" TEXT NOT NULL,
    "speakerName" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "campLabel" TEXT,
    "campStance" TEXT,
    "publishedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublishedSpeakerPosition_pkey" PRIMARY KEY ("topicId","publishNumber","speakerId","place")
);

-- CreateIndex
CREATE INDEX "PublishedSpeakerPosition_speakerId_topicId_publishNumber_idx" ON "PublishedSpeakerPosition"("speakerId", "topicId", "publishNumber");

-- AddForeignKey
ALTER TABLE "PublishedSpeakerPosition" ADD CONSTRAINT "PublishedSpeakerPosition_topicId_publishNumber_fkey" FOREIGN KEY ("topicId", "publishNumber") REFERENCES "PublishedVersion"("topicId", "publishNumber") ON DELETE CASCADE ON UPDATE CASCADE;
