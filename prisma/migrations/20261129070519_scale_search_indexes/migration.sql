-- Search at scale (issue 9): trigram indexes cannot find a word of fewer than three
-- characters, and a two-character Chinese word ("算力") is the common case, so site search
-- and the quote library's topic filter scanned whole tables. Each searchable table gets the
-- lower-cased character pairs of its text, kept by a trigger (every writer, one rule), with a
-- GIN index; a query asks for the pairs of each word, then checks the word itself.

CREATE FUNCTION text_bigrams(value text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT pair), '{}')
  FROM lower(value) AS f(folded), generate_series(1, char_length(f.folded) - 1) AS g(i),
       LATERAL substr(f.folded, g.i, 2) AS p(pair)
  WHERE pair !~ '[[:space:]]'
$$;

-- AlterTable
ALTER TABLE "Interview" ADD COLUMN     "bigrams" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "SearchEntry" ADD COLUMN     "bigrams" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Speaker" ADD COLUMN     "bigrams" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Topic" ADD COLUMN     "bigrams" TEXT[] DEFAULT ARRAY[]::TEXT[];

CREATE FUNCTION search_entry_bigrams() RETURNS trigger AS $$
BEGIN
  NEW."bigrams" := text_bigrams(NEW."text");
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION speaker_bigrams() RETURNS trigger AS $$
BEGIN
  NEW."bigrams" := text_bigrams(NEW."name" || ' ' || array_to_string(NEW."aliases", ' '));
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION interview_bigrams() RETURNS trigger AS $$
BEGIN
  NEW."bigrams" := text_bigrams(NEW."show" || ' ' || NEW."episodeTitle");
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION topic_bigrams() RETURNS trigger AS $$
BEGIN
  NEW."bigrams" := text_bigrams(NEW."titleZh" || ' ' || NEW."titleEn");
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER search_entry_bigrams BEFORE INSERT OR UPDATE OF "text", "bigrams" ON "SearchEntry"
  FOR EACH ROW EXECUTE FUNCTION search_entry_bigrams();
CREATE TRIGGER speaker_bigrams BEFORE INSERT OR UPDATE OF "name", "aliases", "bigrams" ON "Speaker"
  FOR EACH ROW EXECUTE FUNCTION speaker_bigrams();
CREATE TRIGGER interview_bigrams BEFORE INSERT OR UPDATE OF "show", "episodeTitle", "bigrams" ON "Interview"
  FOR EACH ROW EXECUTE FUNCTION interview_bigrams();
CREATE TRIGGER topic_bigrams BEFORE INSERT OR UPDATE OF "titleZh", "titleEn", "bigrams" ON "Topic"
  FOR EACH ROW EXECUTE FUNCTION topic_bigrams();

-- The rows written before: the triggers compute the pairs when the column is set.
UPDATE "SearchEntry" SET "bigrams" = '{}';
UPDATE "Speaker" SET "bigrams" = '{}';
UPDATE "Interview" SET "bigrams" = '{}';
UPDATE "Topic" SET "bigrams" = '{}';

-- CreateIndex
CREATE INDEX "Interview_bigrams_idx" ON "Interview" USING GIN ("bigrams");

-- CreateIndex
CREATE INDEX "SearchEntry_bigrams_idx" ON "SearchEntry" USING GIN ("bigrams");

-- CreateIndex: results are listed in this order, so a common word stops after the first page.
CREATE INDEX "SearchEntry_weight_publishedAt_id_idx" ON "SearchEntry"("weight" DESC, "publishedAt" DESC, "id");

-- CreateIndex: the quote library's speaker filter matches an alias exactly.
CREATE INDEX "Speaker_aliases_idx" ON "Speaker" USING GIN ("aliases");

-- CreateIndex
CREATE INDEX "Speaker_bigrams_idx" ON "Speaker" USING GIN ("bigrams");

-- CreateIndex
CREATE INDEX "Topic_bigrams_idx" ON "Topic" USING GIN ("bigrams");
