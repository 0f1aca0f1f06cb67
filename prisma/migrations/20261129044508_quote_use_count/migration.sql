-- AlterTable
ALTER TABLE "Quote" ADD COLUMN     "useCount" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Quote_useCount_updatedAt_idx" ON "Quote"("useCount", "updatedAt");

-- Keep "useCount" equal to the number of blocks citing each quote, whoever writes blocks
-- (the editor, the importer, a restore, a backup restore).
CREATE FUNCTION quote_use_count() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."quoteId" IS NOT NULL THEN
    UPDATE "Quote" SET "useCount" = "useCount" - 1 WHERE id = OLD."quoteId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."quoteId" IS NOT NULL THEN
    UPDATE "Quote" SET "useCount" = "useCount" + 1 WHERE id = NEW."quoteId";
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER block_quote_use_count
  AFTER INSERT OR DELETE OR UPDATE OF "quoteId" ON "Block"
  FOR EACH ROW EXECUTE FUNCTION quote_use_count();

UPDATE "Quote" q SET "useCount" = (SELECT count(*) FROM "Block" b WHERE b."quoteId" = q.id);
