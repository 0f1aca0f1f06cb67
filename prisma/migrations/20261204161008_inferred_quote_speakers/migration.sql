-- AlterTable
ALTER TABLE "Block" ADD COLUMN     "speakersInferredFrom" TEXT;

-- Only a quote has speakers to infer.
ALTER TABLE "Block" ADD CONSTRAINT "Block_speakersInferredFrom_quote_only" CHECK ("speakersInferredFrom" IS NULL OR "kind" = 'QUOTE');
