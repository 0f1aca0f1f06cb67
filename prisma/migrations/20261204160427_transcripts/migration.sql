-- CreateEnum
CREATE TYPE "TranscriptRole" AS ENUM ('ORIGINAL', 'TRANSLATION');

-- CreateTable
CREATE TABLE "Transcript" (
    "id" TEXT NOT NULL,
    "interviewId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "role" "TranscriptRole" NOT NULL,
    "format" TEXT NOT NULL,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "segmentCount" INTEGER NOT NULL,
    "wordCount" INTEGER NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedById" TEXT,

    CONSTRAINT "Transcript_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TranscriptSegment" (
    "id" TEXT NOT NULL,
    "transcriptId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "startMs" INTEGER NOT NULL,
    "endMs" INTEGER NOT NULL,
    "speakerLabel" TEXT,
    "text" TEXT NOT NULL,
    "bigrams" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "TranscriptSegment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TranscriptSpeakerLabel" (
    "interviewId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "speakerId" TEXT NOT NULL,

    CONSTRAINT "TranscriptSpeakerLabel_pkey" PRIMARY KEY ("interviewId","label")
);

-- CreateTable
CREATE TABLE "QuoteAnchor" (
    "quoteId" TEXT NOT NULL,
    "transcriptId" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL DEFAULT '',
    "suffix" TEXT NOT NULL DEFAULT '',
    "startMs" INTEGER NOT NULL,
    "endMs" INTEGER NOT NULL,
    "lost" BOOLEAN NOT NULL DEFAULT false,
    "differenceNote" TEXT,
    "passage" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuoteAnchor_pkey" PRIMARY KEY ("quoteId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Transcript_interviewId_language_key" ON "Transcript"("interviewId", "language");

-- CreateIndex
CREATE INDEX "TranscriptSegment_text_trgm" ON "TranscriptSegment" USING GIN ("text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "TranscriptSegment_bigrams_idx" ON "TranscriptSegment" USING GIN ("bigrams");

-- CreateIndex
CREATE UNIQUE INDEX "TranscriptSegment_transcriptId_position_key" ON "TranscriptSegment"("transcriptId", "position");

-- CreateIndex
CREATE INDEX "TranscriptSpeakerLabel_speakerId_idx" ON "TranscriptSpeakerLabel"("speakerId");

-- CreateIndex
CREATE INDEX "QuoteAnchor_transcriptId_idx" ON "QuoteAnchor"("transcriptId");

-- AddForeignKey
ALTER TABLE "Transcript" ADD CONSTRAINT "Transcript_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranscriptSegment" ADD CONSTRAINT "TranscriptSegment_transcriptId_fkey" FOREIGN KEY ("transcriptId") REFERENCES "Transcript"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranscriptSpeakerLabel" ADD CONSTRAINT "TranscriptSpeakerLabel_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranscriptSpeakerLabel" ADD CONSTRAINT "TranscriptSpeakerLabel_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteAnchor" ADD CONSTRAINT "QuoteAnchor_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteAnchor" ADD CONSTRAINT "QuoteAnchor_transcriptId_fkey" FOREIGN KEY ("transcriptId") REFERENCES "Transcript"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Character pairs of each segment, kept by a trigger as for SearchEntry (every writer, one
-- rule): a two-character Chinese word is found through the GIN index on them.
CREATE FUNCTION transcript_segment_bigrams() RETURNS trigger AS $$
BEGIN
  NEW."bigrams" := text_bigrams(NEW."text");
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER transcript_segment_bigrams BEFORE INSERT OR UPDATE OF "text", "bigrams" ON "TranscriptSegment"
  FOR EACH ROW EXECUTE FUNCTION transcript_segment_bigrams();

-- A quote anchor checks the quote's original or its translation, nothing else.
ALTER TABLE "QuoteAnchor" ADD CONSTRAINT "QuoteAnchor_target_check" CHECK ("target" IN ('original', 'translation'));
ALTER TABLE "TranscriptSegment" ADD CONSTRAINT "TranscriptSegment_time_check" CHECK ("startMs" >= 0 AND "endMs" >= "startMs");
