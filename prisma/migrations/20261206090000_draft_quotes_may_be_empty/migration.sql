-- A draft may hold a quote the analyst has added but not typed yet (issue 28): the draft is
-- saved as it is, and publishing refuses a quote with neither original nor translation
-- (lib/topics/publishable.ts). The rule moves from the table to the publish check, which is the
-- only door to readers; published pages still never show an empty quote.
ALTER TABLE "Quote" DROP CONSTRAINT "Quote_has_text";
