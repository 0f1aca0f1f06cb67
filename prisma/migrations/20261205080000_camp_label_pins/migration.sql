-- Camp letters follow position unless pinned; a camp whose letter changed keeps its old anchor.
ALTER TABLE "Camp" ADD COLUMN "labelPinned" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Camp" ADD COLUMN "anchor" TEXT;
