-- CreateEnum
CREATE TYPE "Role" AS ENUM ('READER', 'ANALYST', 'ADMIN');

-- CreateEnum
CREATE TYPE "TopicStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "Confidence" AS ENUM ('LOW', 'MEDIUM_LOW', 'MEDIUM', 'MEDIUM_HIGH', 'HIGH');

-- CreateEnum
CREATE TYPE "BlockKind" AS ENUM ('PARAGRAPH', 'QUOTE', 'PARAPHRASE', 'NOTE');

-- CreateEnum
CREATE TYPE "TopicListKind" AS ENUM ('BLIND_SPOT', 'OPEN_QUESTION');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'READER',
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "status" "TopicStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "publishedRevisionId" TEXT,
    "publishedAt" TIMESTAMP(3),
    "lastEditorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlugRedirect" (
    "slug" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SlugRedirect_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "ConsensusPoint" (
    "id" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "statement" TEXT NOT NULL,

    CONSTRAINT "ConsensusPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Camp" (
    "id" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "stance" TEXT NOT NULL,
    "holders" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Camp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampMember" (
    "campId" TEXT NOT NULL,
    "speakerId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "CampMember_pkey" PRIMARY KEY ("campId","speakerId")
);

-- CreateTable
CREATE TABLE "Block" (
    "id" TEXT NOT NULL,
    "consensusPointId" TEXT,
    "campId" TEXT,
    "position" INTEGER NOT NULL,
    "kind" "BlockKind" NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "reason" TEXT,
    "quoteId" TEXT,
    "speakerId" TEXT,
    "interviewId" TEXT,
    "seeAlsoTopicId" TEXT,

    CONSTRAINT "Block_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" TEXT NOT NULL,
    "originalText" TEXT,
    "originalLang" TEXT,
    "translationText" TEXT,
    "translationLang" TEXT,
    "translationUpdatedAt" TIMESTAMP(3),
    "originalUpdatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "interviewId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuoteSpeaker" (
    "quoteId" TEXT NOT NULL,
    "speakerId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "QuoteSpeaker_pkey" PRIMARY KEY ("quoteId","speakerId")
);

-- CreateTable
CREATE TABLE "Speaker" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "bio" TEXT NOT NULL DEFAULT '',
    "links" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "mergedIntoId" TEXT,

    CONSTRAINT "Speaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpeakerAffiliation" (
    "id" TEXT NOT NULL,
    "speakerId" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "role" TEXT,
    "startedOn" DATE,
    "endedOn" DATE,
    "position" INTEGER NOT NULL,

    CONSTRAINT "SpeakerAffiliation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Interview" (
    "id" TEXT NOT NULL,
    "show" TEXT NOT NULL,
    "episodeTitle" TEXT NOT NULL,
    "episodeNumber" TEXT,
    "publishedOn" DATE,
    "url" TEXT,
    "spokenLanguage" TEXT NOT NULL DEFAULT 'en',
    "transcriptLanguage" TEXT,
    "transcriptNotes" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Interview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TopicSource" (
    "topicId" TEXT NOT NULL,
    "interviewId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "TopicSource_pkey" PRIMARY KEY ("topicId","interviewId")
);

-- CreateTable
CREATE TABLE "TopicLink" (
    "fromTopicId" TEXT NOT NULL,
    "toTopicId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "TopicLink_pkey" PRIMARY KEY ("fromTopicId","toTopicId")
);

-- CreateTable
CREATE TABLE "EditorView" (
    "topicId" TEXT NOT NULL,
    "judgment" TEXT NOT NULL,
    "confidence" "Confidence" NOT NULL,
    "strongestSupport" TEXT NOT NULL DEFAULT '',
    "weakestLink" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "EditorView_pkey" PRIMARY KEY ("topicId")
);

-- CreateTable
CREATE TABLE "TopicListItem" (
    "id" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "kind" "TopicListKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "TopicListItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangelogEntry" (
    "id" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "text" TEXT NOT NULL,
    "revisionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangelogEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "publishNumber" INTEGER,
    "document" JSONB NOT NULL,
    "campCount" INTEGER NOT NULL DEFAULT 0,
    "interviewCount" INTEGER NOT NULL DEFAULT 0,
    "message" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "ip" TEXT,
    "detail" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_publishedRevisionId_key" ON "Topic"("publishedRevisionId");

-- CreateIndex
CREATE INDEX "Topic_status_publishedAt_idx" ON "Topic"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "ConsensusPoint_topicId_position_idx" ON "ConsensusPoint"("topicId", "position");

-- CreateIndex
CREATE INDEX "Camp_topicId_position_idx" ON "Camp"("topicId", "position");

-- CreateIndex
CREATE INDEX "CampMember_speakerId_idx" ON "CampMember"("speakerId");

-- CreateIndex
CREATE INDEX "Block_consensusPointId_position_idx" ON "Block"("consensusPointId", "position");

-- CreateIndex
CREATE INDEX "Block_campId_position_idx" ON "Block"("campId", "position");

-- CreateIndex
CREATE INDEX "Block_quoteId_idx" ON "Block"("quoteId");

-- CreateIndex
CREATE INDEX "Block_speakerId_idx" ON "Block"("speakerId");

-- CreateIndex
CREATE INDEX "Block_interviewId_idx" ON "Block"("interviewId");

-- CreateIndex
CREATE INDEX "Quote_interviewId_idx" ON "Quote"("interviewId");

-- CreateIndex
CREATE INDEX "QuoteSpeaker_speakerId_idx" ON "QuoteSpeaker"("speakerId");

-- CreateIndex
CREATE UNIQUE INDEX "Speaker_slug_key" ON "Speaker"("slug");

-- CreateIndex
CREATE INDEX "SpeakerAffiliation_speakerId_position_idx" ON "SpeakerAffiliation"("speakerId", "position");

-- CreateIndex
CREATE INDEX "Interview_show_episodeNumber_idx" ON "Interview"("show", "episodeNumber");

-- CreateIndex
CREATE INDEX "TopicSource_interviewId_idx" ON "TopicSource"("interviewId");

-- CreateIndex
CREATE INDEX "TopicLink_toTopicId_idx" ON "TopicLink"("toTopicId");

-- CreateIndex
CREATE INDEX "TopicListItem_topicId_kind_position_idx" ON "TopicListItem"("topicId", "kind", "position");

-- CreateIndex
CREATE INDEX "ChangelogEntry_topicId_date_idx" ON "ChangelogEntry"("topicId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_topicId_number_key" ON "Revision"("topicId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_topicId_publishNumber_key" ON "Revision"("topicId", "publishNumber");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");

-- AddForeignKey
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_publishedRevisionId_fkey" FOREIGN KEY ("publishedRevisionId") REFERENCES "Revision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_lastEditorId_fkey" FOREIGN KEY ("lastEditorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlugRedirect" ADD CONSTRAINT "SlugRedirect_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsensusPoint" ADD CONSTRAINT "ConsensusPoint_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Camp" ADD CONSTRAINT "Camp_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampMember" ADD CONSTRAINT "CampMember_campId_fkey" FOREIGN KEY ("campId") REFERENCES "Camp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampMember" ADD CONSTRAINT "CampMember_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Block" ADD CONSTRAINT "Block_consensusPointId_fkey" FOREIGN KEY ("consensusPointId") REFERENCES "ConsensusPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Block" ADD CONSTRAINT "Block_campId_fkey" FOREIGN KEY ("campId") REFERENCES "Camp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Block" ADD CONSTRAINT "Block_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Block" ADD CONSTRAINT "Block_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Block" ADD CONSTRAINT "Block_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Block" ADD CONSTRAINT "Block_seeAlsoTopicId_fkey" FOREIGN KEY ("seeAlsoTopicId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteSpeaker" ADD CONSTRAINT "QuoteSpeaker_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteSpeaker" ADD CONSTRAINT "QuoteSpeaker_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpeakerAffiliation" ADD CONSTRAINT "SpeakerAffiliation_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicSource" ADD CONSTRAINT "TopicSource_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicSource" ADD CONSTRAINT "TopicSource_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicLink" ADD CONSTRAINT "TopicLink_fromTopicId_fkey" FOREIGN KEY ("fromTopicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicLink" ADD CONSTRAINT "TopicLink_toTopicId_fkey" FOREIGN KEY ("toTopicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditorView" ADD CONSTRAINT "EditorView_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicListItem" ADD CONSTRAINT "TopicListItem_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangelogEntry" ADD CONSTRAINT "ChangelogEntry_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangelogEntry" ADD CONSTRAINT "ChangelogEntry_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written guarantees the Prisma schema language cannot express.

-- Emails are stored lower-cased, so the unique index above is case-insensitive.
ALTER TABLE "User" ADD CONSTRAINT "User_email_lowercase" CHECK ("email" = lower("email"));

-- A block lives in exactly one consensus point or camp; a quote block names its quote.
ALTER TABLE "Block" ADD CONSTRAINT "Block_one_parent"
  CHECK (("consensusPointId" IS NULL) <> ("campId" IS NULL));
ALTER TABLE "Block" ADD CONSTRAINT "Block_quote_has_quote"
  CHECK ("kind" <> 'QUOTE' OR "quoteId" IS NOT NULL);

-- A quote says something in at least one language.
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_has_text"
  CHECK ("originalText" IS NOT NULL OR "translationText" IS NOT NULL);

-- Revisions and audit events are history: the application may add to them, never rewrite them.
CREATE FUNCTION refuse_history_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are immutable: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER "Revision_immutable" BEFORE UPDATE OR DELETE ON "Revision"
  FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
