import 'server-only';
import type { Database } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Quote, TopicDocument } from '@/lib/topics/document';
import { loadTranscriptTexts } from '@/lib/transcripts/segments';
import { writeAnchors } from './anchor-writes';
import { locateQuote } from './locate-quote';
import { reattach, storedFields, type PlacedAnchor, type TranscriptAnchor } from './text-quote-selector';
import { topicQuotes } from './topic-quotes';
import { transcriptsOf } from './transcript-index';
import type { TranscriptText } from './transcript-text';

// "Find in transcripts": for every quote of a topic that has no anchor (or lost it), look for
// its words in its interview's transcripts, its original in a transcript of the original's
// language, otherwise its translation in one of the translation's language. The analyst accepts
// the proposals one by one or all at once; `npm run provenance -- --anchor` accepts the
// unambiguous ones.

type Client = Database | Prisma.TransactionClient;

export type AnchorCandidate = TranscriptAnchor & { transcriptId: string; target: 'original' | 'translation'; language: string };
export type AnchorProposal = {
  blockId: string;
  quoteId: string;
  where: string;
  text: string;
  kind: 'unique' | 'ambiguous' | 'none';
  candidates: AnchorCandidate[];
};

const MAX_CANDIDATES = 5;

/**
 * Transcripts already read, each with the import it came from: the write that follows a search
 * reuses them when the transcript has not been imported again since (a third of anchoring a
 * 400-quote topic was reading the same 20 transcripts twice).
 */
export type KnownTranscripts = Map<string, { importedAt: number; text: TranscriptText }>;

async function readTranscripts(db: Client, wanted: { id: string; importedAt: Date }[], known: KnownTranscripts) {
  const stale = wanted.filter((t) => known.get(t.id)?.importedAt !== t.importedAt.getTime());
  const texts = await loadTranscriptTexts(db, stale.map((t) => t.id));
  for (const t of stale) known.set(t.id, { importedAt: t.importedAt.getTime(), text: texts.get(t.id)! });
  return (id: string) => known.get(id)?.text;
}

async function proposeFor(quote: Quote, transcripts: { id: string; language: string }[], text: (id: string) => TranscriptText | undefined) {
  const texts = [
    ...(quote.original ? [{ target: 'original' as const, ...quote.original }] : []),
    ...(quote.translation ? [{ target: 'translation' as const, ...quote.translation }] : []),
  ];
  for (const { target, text: words, lang } of texts) {
    for (const transcript of transcripts.filter((t) => t.language === lang)) {
      const read = text(transcript.id);
      if (!read) continue;
      const located = locateQuote(read, words);
      if (located.kind === 'none') continue;
      const found: PlacedAnchor[] = located.kind === 'unique' ? [located.anchor] : located.anchors;
      return {
        kind: located.kind,
        candidates: found.slice(0, MAX_CANDIDATES).map((a) => ({ ...storedFields(a), transcriptId: transcript.id, target, language: transcript.language })),
      };
    }
  }
  return { kind: 'none' as const, candidates: [] };
}

export async function proposeAnchors(db: Client, doc: TopicDocument, known: KnownTranscripts = new Map()): Promise<AnchorProposal[]> {
  const seen = new Set<string>();
  const open = topicQuotes(doc).filter(({ quote }) => {
    if (seen.has(quote.id) || (quote.anchor && !quote.anchor.lost)) return false;
    seen.add(quote.id);
    return true;
  });
  const transcripts = await transcriptsOf(db, open.flatMap((p) => (p.quote.interview ? [p.quote.interview.id] : [])));
  const wantedLanguages = new Set(open.flatMap(({ quote }) => [quote.original?.lang, quote.translation?.lang].filter((l): l is string => Boolean(l))));
  const load = await readTranscripts(db, [...transcripts.values()].flat().filter((t) => wantedLanguages.has(t.language)), known);
  const proposals: AnchorProposal[] = [];
  for (const { blockId, where, quote } of open) {
    const available = quote.interview ? (transcripts.get(quote.interview.id) ?? []) : [];
    const found = available.length ? await proposeFor(quote, available, load) : { kind: 'none' as const, candidates: [] };
    proposals.push({ blockId, quoteId: quote.id, where, text: (quote.original ?? quote.translation)?.text ?? '', ...found });
  }
  return proposals;
}

/**
 * Writes the anchors the analyst accepted (or the CLI's unambiguous ones). What the browser
 * sends is not trusted: each is found again in its transcript, which must belong to the
 * quote's interview, before it is written. Returns the quote ids anchored.
 */
export async function writeAcceptedAnchors(
  tx: Prisma.TransactionClient,
  accepted: { quoteId: string; transcriptId: string; target: 'original' | 'translation'; exact: string; prefix: string; suffix: string }[],
  known: KnownTranscripts = new Map(),
): Promise<{ anchored: string[]; refused: { quoteId: string; reason: string }[] }> {
  const anchored: string[] = [];
  const refused: { quoteId: string; reason: string }[] = [];
  const toWrite: Parameters<typeof writeAnchors>[1] = [];
  const quotes = await tx.quote.findMany({
    where: { id: { in: accepted.map((a) => a.quoteId) }, deletedAt: null },
    select: { id: true, interviewId: true },
  });
  const owners = new Map(quotes.map((q) => [q.id, q.interviewId]));
  const transcripts = await tx.transcript.findMany({ where: { id: { in: accepted.map((a) => a.transcriptId) } }, select: { id: true, interviewId: true, importedAt: true } });
  const transcriptOwner = new Map(transcripts.map((t) => [t.id, t.interviewId]));
  const load = await readTranscripts(tx, transcripts, known);
  for (const item of accepted) {
    const interviewId = owners.get(item.quoteId);
    if (!interviewId || transcriptOwner.get(item.transcriptId) !== interviewId) {
      refused.push({ quoteId: item.quoteId, reason: '文字稿不属于这条引语的访谈 · The transcript is not of this quote’s interview' });
      continue;
    }
    const transcript = load(item.transcriptId)!;
    const anchor = reattach(transcript, item);
    if (!anchor) {
      refused.push({ quoteId: item.quoteId, reason: '文字稿里找不到这段话 · The words are not in the transcript' });
      continue;
    }
    toWrite.push({ quoteId: item.quoteId, transcriptId: item.transcriptId, target: item.target, anchor, transcript });
    anchored.push(item.quoteId);
  }
  // The same quote accepted twice: the last one counts.
  await writeAnchors(tx, [...new Map(toWrite.map((w) => [w.quoteId, w])).values()]);
  return { anchored: [...new Set(anchored)], refused };
}
