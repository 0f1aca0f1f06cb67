-- The published record (issue 16): what readers see of each topic, written only by the
-- publishing module and related to no draft table, so a draft cannot reach a public page and a
-- takedown removes everything by cascade. And search that finds what readers type (issue 17):
-- the published text is compared folded (NFKC, lower case), on both sides.

-- AlterEnum
ALTER TYPE "AppearanceKind" ADD VALUE 'SOURCE';

-- DropForeignKey
ALTER TABLE "PublishedAppearance" DROP CONSTRAINT "PublishedAppearance_topicId_fkey";

-- DropForeignKey
ALTER TABLE "SearchEntry" DROP CONSTRAINT "SearchEntry_topicId_fkey";

-- DropIndex
DROP INDEX "SearchEntry_text_trgm";

-- AlterTable
ALTER TABLE "PublishedAppearance" ADD COLUMN     "fingerprint" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "SearchEntry" ADD COLUMN     "fingerprint" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "folded" TEXT NOT NULL DEFAULT '';

-- Search compares folded text: full-width and half-width forms alike (ＲＬ is RL, ，is ,), any
-- case. The published text gets its folded form from the trigger that keeps its character
-- pairs; the pairs of every searchable table are taken from folded text too.
CREATE OR REPLACE FUNCTION text_bigrams(value text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT pair), '{}')
  FROM lower(normalize(value, NFKC)) AS f(folded), generate_series(1, char_length(f.folded) - 1) AS g(i),
       LATERAL substr(f.folded, g.i, 2) AS p(pair)
  WHERE pair !~ '[[:space:]]'
$$;

CREATE OR REPLACE FUNCTION search_entry_bigrams() RETURNS trigger AS $$
BEGIN
  NEW."folded" := lower(normalize(NEW."text", NFKC));
  NEW."bigrams" := text_bigrams(NEW."text");
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER search_entry_bigrams ON "SearchEntry";
CREATE TRIGGER search_entry_bigrams BEFORE INSERT OR UPDATE OF "text", "folded", "bigrams" ON "SearchEntry"
  FOR EACH ROW EXECUTE FUNCTION search_entry_bigrams();

-- CreateTable
CREATE TABLE "PublishedTopic" (
    "topicId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "firstPublishedAt" TIMESTAMP(3) NOT NULL,
    "publishNumber" INTEGER NOT NULL,
    "interviewCount" INTEGER NOT NULL,
    "campCount" INTEGER NOT NULL,

    CONSTRAINT "PublishedTopic_pkey" PRIMARY KEY ("topicId")
);

-- CreateTable
CREATE TABLE "PublishedVersion" (
    "topicId" TEXT NOT NULL,
    "publishNumber" INTEGER NOT NULL,
    "revisionId" TEXT NOT NULL,
    "document" JSONB NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublishedVersion_pkey" PRIMARY KEY ("topicId","publishNumber")
);

-- CreateTable
CREATE TABLE "PublishedFeedEntry" (
    "topicId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "text" TEXT NOT NULL,
    "publishNumber" INTEGER,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PublishedFeedEntry_pkey" PRIMARY KEY ("topicId","entryId")
);

-- Backfill: every live published topic as its published revision has it (its published
-- slug and titles, not the draft's), all its published versions, and its changelog as published.
INSERT INTO "PublishedTopic" ("topicId", "slug", "titleZh", "titleEn", "publishedAt", "firstPublishedAt", "publishNumber", "interviewCount", "campCount")
SELECT t.id, r.document->>'slug', r.document->>'titleZh', r.document->>'titleEn', COALESCE(t."publishedAt", r."createdAt"),
       (SELECT min(v."createdAt") FROM "Revision" v WHERE v."topicId" = t.id AND v."publishNumber" IS NOT NULL),
       r."publishNumber", r."interviewCount", r."campCount"
FROM "Topic" t JOIN "Revision" r ON r.id = t."publishedRevisionId"
WHERE t.status = 'PUBLISHED' AND t."deletedAt" IS NULL AND r."publishNumber" IS NOT NULL;

INSERT INTO "PublishedVersion" ("topicId", "publishNumber", "revisionId", "document", "publishedAt")
SELECT r."topicId", r."publishNumber", r.id, r.document, r."createdAt"
FROM "Revision" r JOIN "PublishedTopic" p ON p."topicId" = r."topicId"
WHERE r."publishNumber" IS NOT NULL AND r."publishNumber" <= p."publishNumber";

INSERT INTO "PublishedFeedEntry" ("topicId", "entryId", "date", "text", "publishNumber", "position")
SELECT p."topicId", e.value->>'id', (e.value->>'date')::date, e.value->>'text', (e.value->>'publishNumber')::int, (e.ordinality - 1)::int
FROM "PublishedTopic" p
JOIN "PublishedVersion" v ON v."topicId" = p."topicId" AND v."publishNumber" = p."publishNumber"
CROSS JOIN LATERAL jsonb_array_elements(v.document->'changelog') WITH ORDINALITY AS e(value, ordinality);

-- The appearances and search text are derived from the published documents, and now also list
-- each page's sources: they are written anew from the current versions after the migrations
-- (prisma/after-migrate.ts, which `npm start` runs).
DELETE FROM "PublishedAppearance";
DELETE FROM "SearchEntry";

-- The searchable tables' character pairs, folded: the triggers compute them when the column is set.
UPDATE "Speaker" SET "bigrams" = '{}';
UPDATE "Interview" SET "bigrams" = '{}';
UPDATE "Topic" SET "bigrams" = '{}';

-- CreateIndex
CREATE UNIQUE INDEX "PublishedTopic_slug_key" ON "PublishedTopic"("slug");

-- CreateIndex
CREATE INDEX "PublishedTopic_publishedAt_topicId_idx" ON "PublishedTopic"("publishedAt" DESC, "topicId");

-- CreateIndex
CREATE UNIQUE INDEX "PublishedVersion_revisionId_key" ON "PublishedVersion"("revisionId");

-- CreateIndex
CREATE INDEX "PublishedFeedEntry_date_position_idx" ON "PublishedFeedEntry"("date" DESC, "position");

-- CreateIndex
CREATE INDEX "SearchEntry_folded_trgm" ON "SearchEntry" USING GIN ("folded" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "PublishedAppearance" ADD CONSTRAINT "PublishedAppearance_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "PublishedTopic"("topicId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SearchEntry" ADD CONSTRAINT "SearchEntry_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "PublishedTopic"("topicId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedVersion" ADD CONSTRAINT "PublishedVersion_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "PublishedTopic"("topicId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedFeedEntry" ADD CONSTRAINT "PublishedFeedEntry_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "PublishedTopic"("topicId") ON DELETE CASCADE ON UPDATE CASCADE;
