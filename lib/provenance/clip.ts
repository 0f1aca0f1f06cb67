import 'server-only';
import { UserFacingError } from '@/lib/actions/user-facing-error';
import type { Database } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { LIMITS, type Quote } from '@/lib/topics/document';
import { quoteSelect, toQuote } from '@/lib/topics/draft-document';
import { loadTranscriptText } from '@/lib/transcripts/segments';
import { writeAnchor } from './anchor-writes';
import type { ClipQuoteInput, ClipSelection } from './schema';
import { selectorAt } from './text-quote-selector';
import type { TranscriptText } from './transcript-text';

// A passage selected in the transcript panel becomes a quote of the library: its text exactly as
// selected, the speaker its segment's label was confirmed as, the interview, and an anchor with
// the time range. A passage of a translated transcript becomes a translation-only quote checked
// against that transcript. Where the interview has a transcript in another language covering the
// same time, its words are offered as the other side.

type Client = Database | Prisma.TransactionClient;

export type ClipPreview = {
  text: string;
  language: string;
  target: 'original' | 'translation';
  startMs: number;
  endMs: number;
  label: string | null;
  speaker: { id: string; name: string } | null;
  /** The other language's words over the same time range, when the interview has them. */
  offer: { language: string; text: string } | null;
};

/** The selection as character offsets of the joined transcript, trimmed of whitespace. */
function selectionSpan(transcript: TranscriptText, selection: ClipSelection) {
  const at = (point: ClipSelection['start']) => {
    const start = transcript.starts[point.position];
    const segment = transcript.segments[point.position];
    if (start === undefined || !segment || point.offset > segment.text.length) {
      throw new UserFacingError('选区不在这份文字稿里 · The selection is not in this transcript.', 'INVALID');
    }
    return start + point.offset;
  };
  let start = Math.min(at(selection.start), at(selection.end));
  let end = Math.max(at(selection.start), at(selection.end));
  while (start < end && /\s/.test(transcript.text[start]!)) start++;
  while (end > start && /\s/.test(transcript.text[end - 1]!)) end--;
  if (end <= start) throw new UserFacingError('请先选中一段话 · Select a passage first.', 'INVALID');
  if (end - start > LIMITS.quote) throw new UserFacingError(`引语最长 ${LIMITS.quote} 字 · A quote holds at most ${LIMITS.quote} characters.`, 'INVALID');
  return { start, end };
}

/** Segments of a transcript overlapping a time range, joined as one text. */
async function wordsOver(db: Client, transcriptId: string, language: string, startMs: number, endMs: number) {
  const rows = await db.transcriptSegment.findMany({
    where: { transcriptId, startMs: { lt: Math.max(endMs, startMs + 1) }, endMs: { gt: startMs } },
    orderBy: { position: 'asc' },
    select: { text: true },
    take: 50,
  });
  return rows.map((r) => r.text).join(language.startsWith('zh') || language.startsWith('ja') ? '' : ' ');
}

async function prepare(db: Client, selection: ClipSelection) {
  const transcript = await db.transcript.findFirst({
    where: { id: selection.transcriptId, interview: { deletedAt: null } },
    select: { id: true, language: true, role: true, interviewId: true, interview: { select: { transcripts: { select: { id: true, language: true, role: true } } } } },
  });
  if (!transcript) throw new UserFacingError('这份文字稿不存在 · This transcript does not exist.', 'NOT_FOUND');
  const text = await loadTranscriptText(db, transcript.id);
  const span = selectionSpan(text, selection);
  const anchor = selectorAt(text, span.start, span.end);
  const first = text.segments[selection.start.position <= selection.end.position ? selection.start.position : selection.end.position];
  const label = first?.speakerLabel ?? null;
  const mapping = label
    ? await db.transcriptSpeakerLabel.findUnique({ where: { interviewId_label: { interviewId: transcript.interviewId, label } }, select: { speaker: { select: { id: true, name: true, deletedAt: true, mergedIntoId: true } } } })
    : null;
  // A speaker merged into another since the label was confirmed: the quote goes to the survivor.
  const survivor = mapping?.speaker.mergedIntoId
    ? await db.speaker.findUnique({ where: { id: mapping.speaker.mergedIntoId }, select: { id: true, name: true, deletedAt: true } })
    : null;
  const mapped = survivor ? { speaker: survivor } : mapping;
  const other = transcript.interview.transcripts.find((t) => t.id !== transcript.id && t.role !== transcript.role) ?? transcript.interview.transcripts.find((t) => t.id !== transcript.id);
  const offerText = other ? await wordsOver(db, other.id, other.language, anchor.startMs, anchor.endMs) : '';
  const preview: ClipPreview = {
    text: anchor.exact.replace(/\s*\n\s*/g, ' '),
    language: transcript.language,
    target: transcript.role === 'TRANSLATION' ? 'translation' : 'original',
    startMs: anchor.startMs,
    endMs: anchor.endMs,
    label,
    speaker: mapped && !mapped.speaker.deletedAt ? { id: mapped.speaker.id, name: mapped.speaker.name } : null,
    offer: other && offerText ? { language: other.language, text: offerText.slice(0, LIMITS.quote) } : null,
  };
  return { transcript, text, anchor, preview };
}

export async function previewClipIn(db: Client, selection: ClipSelection): Promise<ClipPreview> {
  return (await prepare(db, selection)).preview;
}

/** Creates the quote and its anchor in one transaction; the editor then cites it in a block. */
export async function clipQuoteIn(db: Database, input: ClipQuoteInput): Promise<Quote> {
  return db.$transaction(async (tx: Prisma.TransactionClient) => {
    const { transcript, text, anchor, preview } = await prepare(tx, input);
    const other = input.translation ? { text: input.translation, lang: preview.offer?.language ?? (preview.language === 'zh' ? 'en' : 'zh') } : null;
    const spoken = { text: preview.text, lang: preview.language };
    const [original, translation] = preview.target === 'original' ? [spoken, other] : [other, spoken];
    const now = new Date();
    const quote = await tx.quote.create({
      data: {
        originalText: original?.text ?? null,
        originalLang: original?.lang ?? null,
        translationText: translation?.text ?? null,
        translationLang: translation?.lang ?? null,
        translationUpdatedAt: translation ? now : null,
        originalUpdatedAt: now,
        interviewId: transcript.interviewId,
        speakers: preview.speaker ? { create: [{ speakerId: preview.speaker.id, position: 0 }] } : undefined,
      },
      select: { id: true },
    });
    await writeAnchor(tx, { quoteId: quote.id, transcriptId: transcript.id, target: preview.target, anchor, transcript: text });
    return toQuote(await tx.quote.findUniqueOrThrow({ where: { id: quote.id }, select: quoteSelect }));
  });
}
