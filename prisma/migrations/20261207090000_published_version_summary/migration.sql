-- The public history's line for each published version (changelog line, confidence, what it
-- changed), derived once from its document and the version before it by the publishing module
-- (lib/publishing/projections/version-summaries.ts), so the history page reads no documents.
-- Versions published before this migration have none yet: they are derived after migrating
-- (prisma/after-migrate.ts) or at the topic's next publish, and read from the documents until then.

-- AlterTable
ALTER TABLE "PublishedVersion" ADD COLUMN "summary" JSONB;
