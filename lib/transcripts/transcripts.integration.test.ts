import { describe, expect, it } from 'vitest';
import { backupSite } from '@/lib/backup/backup';
import { getDb, type Database } from '@/lib/db';
import { exportTopic } from '@/lib/export/topic-export';
import { readQuoteLibrary } from '@/lib/quotes/library-reads';
import { quoteFilterSchema } from '@/lib/quotes/schema';
import { clipQuoteIn } from '@/lib/provenance/clip';
import { proposeAnchors, writeAcceptedAnchors } from '@/lib/provenance/find-anchors';
import { publishTopic } from '@/lib/publishing/publish-topic';
import { provenanceReport } from '@/lib/provenance/report';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { parseTranscript } from './parse/parse-transcript';

/** What `npm run provenance -- --publish` does: the one publishing path, as the command line. */
const publishFromCommandLine = (db: Database, topicId: string) => publishTopic(db, { topicId, publisher: { userId: null, via: 'command-line' } });
import { searchTranscripts } from './queries';
import { writeTranscript } from './write-transcript';

const db = getDb();
let serial = 0;

const vtt = (shiftSeconds = 0, middle = 'Compute and data have a more linear effect on progress.') => {
  const at = (s: number) => new Date((s + shiftSeconds) * 1000).toISOString().slice(11, 23);
  return `WEBVTT\n\n${at(1)} --> ${at(5)}\n<v Host>Welcome, Joelle. 今天聊聊算力。\n\n${at(60)} --> ${at(66)}\n<v Joelle>${middle}\n\n${at(66)} --> ${at(70)}\n<v Host>And the algorithms?\n`;
};

async function interview(url: string | null = 'https://www.youtube.com/watch?v=x') {
  serial++;
  const speaker = await db.speaker.create({ data: { slug: `joelle-${Date.now()}-${serial}`, name: 'Joelle Pineau', aliases: ['Joelle'] }, select: { id: true } });
  const row = await db.interview.create({ data: { show: `Show ${serial}`, episodeTitle: `Episode ${Date.now()}`, url }, select: { id: true } });
  return { interviewId: row.id, speakerId: speaker.id };
}

async function importVtt(interviewId: string, source: string) {
  return writeTranscript(db, { interviewId, parsed: await parseTranscript(source, { fileName: 'a.vtt' }), importedById: null });
}

/** A topic citing one quote in camp A; returns the topic and quote ids. */
async function topicCiting(quoteId: string) {
  serial++;
  const topic = await db.topic.create({ data: { slug: `provenance-${Date.now()}-${serial}`, titleZh: '出处', titleEn: 'Provenance' }, select: { id: true } });
  const camp = await db.camp.create({ data: { topicId: topic.id, position: 0, label: 'A', stance: 'Stance' }, select: { id: true } });
  await db.block.create({ data: { campId: camp.id, position: 0, kind: 'QUOTE', quoteId } });
  return topic.id;
}

describe('transcripts', () => {
  it('imports a VTT as segments, suggests the speaker by alias, and finds words in any case or language', async () => {
    const { interviewId, speakerId } = await interview();
    const report = await importVtt(interviewId, vtt());
    expect(report).toMatchObject({ role: 'ORIGINAL', language: 'en', format: 'vtt', segments: 3, replaced: false });
    expect(report.labels.find((l) => l.label === 'Joelle')?.suggested?.id).toBe(speakerId);
    const segments = await db.transcriptSegment.findMany({ where: { transcriptId: report.transcriptId }, orderBy: { position: 'asc' }, select: { position: true, startMs: true, speakerLabel: true } });
    expect(segments).toEqual([
      { position: 0, startMs: 1_000, speakerLabel: 'Host' },
      { position: 1, startMs: 60_000, speakerLabel: 'Joelle' },
      { position: 2, startMs: 66_000, speakerLabel: 'Host' },
    ]);
    expect((await searchTranscripts('算力', interviewId, db)).hits.map((h) => h.position)).toEqual([0]);
    expect((await searchTranscripts('LINEAR effect', interviewId, db)).hits.map((h) => h.position)).toEqual([1]);
    expect((await searchTranscripts('linear nowhere', interviewId, db)).hits).toEqual([]);
    // Character pairs come from the trigger, for the import's statement and any other writer alike.
    const pairs = async (where: string) => (await db.$queryRaw<{ same: boolean }[]>`SELECT bigrams = text_bigrams(text) AS same FROM "TranscriptSegment" WHERE "transcriptId" = ${where}`).map((r) => r.same);
    expect(await pairs(report.transcriptId)).toEqual([true, true, true]);
    const other = await db.transcript.create({ data: { interviewId, language: 'zh', role: 'TRANSLATION', format: 'text', segmentCount: 1, wordCount: 2 }, select: { id: true } });
    await db.transcriptSegment.create({ data: { transcriptId: other.id, position: 0, startMs: 0, endMs: 1, text: '算力很贵' } });
    expect(await pairs(other.id)).toEqual([true]);
    expect((await searchTranscripts('算力', interviewId, db)).hits).toHaveLength(2);
  });

  it('writes nothing when a segment cannot be stored, and leaves a replaced transcript as it was', async () => {
    const { interviewId } = await interview();
    const bad = { format: 'json' as const, segments: [{ startMs: 0, endMs: 1_000, speakerLabel: null, text: 'fine' }, { startMs: 5_000, endMs: 10, speakerLabel: null, text: 'ends before it starts' }] };
    await expect(writeTranscript(db, { interviewId, parsed: bad, importedById: null })).rejects.toThrow();
    expect(await db.transcript.count({ where: { interviewId } })).toBe(0);

    const first = await importVtt(interviewId, vtt());
    await expect(writeTranscript(db, { interviewId, language: 'en', parsed: bad, importedById: null })).rejects.toThrow();
    expect(await db.transcriptSegment.count({ where: { transcriptId: first.transcriptId } })).toBe(3);
  });

  it('keeps a clipped quote anchored through a re-import with shifted times, and loses it when the words go', async () => {
    const { interviewId, speakerId } = await interview();
    const { transcriptId } = await importVtt(interviewId, vtt());
    await db.transcriptSpeakerLabel.create({ data: { interviewId, label: 'Joelle', speakerId } });
    const quote = await clipQuoteIn(db, { transcriptId, start: { position: 1, offset: 0 }, end: { position: 1, offset: 'Compute and data have a more linear effect'.length }, translation: '算力和数据的影响更线性' });
    expect(quote).toMatchObject({
      original: { text: 'Compute and data have a more linear effect', lang: 'en' },
      translation: { text: '算力和数据的影响更线性', lang: 'zh' },
      speakers: [{ id: speakerId }],
      interview: { id: interviewId },
      anchor: { transcriptId, target: 'original', startMs: 60_000, endMs: 66_000, lost: false, passage: null },
    });

    const moved = await importVtt(interviewId, vtt(42));
    expect(moved).toMatchObject({ replaced: true, transcriptId, anchors: { kept: 0, moved: 1, lost: 0 } });
    const topicId = await topicCiting(quote.id);
    let [row] = await provenanceReport(db, (await loadDraftDocument(db, topicId))!);
    expect(row).toMatchObject({ status: 'verified', startSeconds: 102, endSeconds: 108 });

    // Readers get the passage around the quote only once the transcript is marked public.
    await db.transcript.update({ where: { id: transcriptId }, data: { isPublic: true } });
    const publicQuote = (await loadDraftDocument(db, topicId))!.camps[0]!.blocks[0]!;
    expect(publicQuote.kind === 'quote' && publicQuote.quote.anchor?.passage).toBe('Joelle: Compute and data have a more linear effect on progress.\nHost: And the algorithms?');

    // The JSON export and the backup carry the anchor and the transcript it points into.
    const { slug } = await db.topic.findUniqueOrThrow({ where: { id: topicId }, select: { slug: true } });
    const exported = JSON.parse((await exportTopic(db, slug, { format: 'json', version: 'draft' })).body);
    expect(exported.document.camps[0].blocks[0].quote.anchor).toMatchObject({ transcriptId, startMs: 102_000 });
    expect(exported.transcripts).toMatchObject([{ id: transcriptId, interviewId, language: 'en', segments: [{ startMs: 43_000 }, {}, {}] }]);
    const backup = await backupSite(db, { withPasswordHashes: false });
    expect(backup.tables.QuoteAnchor.some((row) => row.quoteId === quote.id)).toBe(true);
    expect(backup.tables.TranscriptSegment.filter((row) => row.transcriptId === transcriptId)).toHaveLength(3);

    await importVtt(interviewId, vtt(0, 'Algorithms are the nonlinear axis.'));
    [row] = await provenanceReport(db, (await loadDraftDocument(db, topicId))!);
    expect(row!.status).toBe('anchor-lost');
  });

  it('finds an imported quote in its transcript, anchors it, and publishing waits for a reason when it differs', async () => {
    const { interviewId, speakerId } = await interview();
    await importVtt(interviewId, vtt());
    const quote = await db.quote.create({
      data: { originalText: 'compute and data have a MORE linear effect…progress', originalLang: 'en', interviewId, speakers: { create: [{ speakerId, position: 0 }] } },
      select: { id: true },
    });
    const topicId = await topicCiting(quote.id);
    const proposals = await proposeAnchors(db, (await loadDraftDocument(db, topicId))!);
    expect(proposals).toMatchObject([{ quoteId: quote.id, kind: 'unique', candidates: [{ target: 'original', startMs: 60_000, exact: 'Compute and data have a more linear effect on progress' }] }]);
    const written = await db.$transaction((tx) => writeAcceptedAnchors(tx, [{ quoteId: quote.id, ...proposals[0]!.candidates[0]! }]));
    expect(written).toEqual({ anchored: [quote.id], refused: [] });

    await db.quote.update({ where: { id: quote.id }, data: { originalText: 'Compute and data have a far more linear effect on progress' } });
    const [row] = await provenanceReport(db, (await loadDraftDocument(db, topicId))!);
    expect(row!.status).toBe('differs');
    expect(row!.diff?.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['far']);
    // The quote library's provenance filter finds it among the differing, not the verified.
    const listed = async (status: string) => (await readQuoteLibrary(db, quoteFilterSchema.parse({ status, interview: (await db.interview.findUniqueOrThrow({ where: { id: interviewId } })).episodeTitle }))).rows.map((r) => [r.id, r.status]);
    expect(await listed('differs')).toEqual([[quote.id, 'differs']]);
    expect(await listed('verified')).toEqual([]);
    await expect(publishFromCommandLine(db, topicId)).rejects.toThrow(/the quote differs from the transcript/);
    expect((await db.topic.findUniqueOrThrow({ where: { id: topicId }, select: { status: true } })).status).toBe('DRAFT');

    await db.quoteAnchor.update({ where: { quoteId: quote.id }, data: { differenceNote: '为篇幅删节 · Edited for length' } });
    const revision = await publishFromCommandLine(db, topicId);
    const camp = revision.document.camps[0]!.blocks[0]!;
    expect(camp.kind === 'quote' && camp.quote.anchor).toMatchObject({ startMs: 60_000, differenceNote: '为篇幅删节 · Edited for length' });
  });

  it('refuses an accepted anchor whose transcript belongs to another interview', async () => {
    const a = await interview();
    const b = await interview();
    const { transcriptId } = await importVtt(b.interviewId, vtt());
    const quote = await db.quote.create({ data: { originalText: 'Compute and data', originalLang: 'en', interviewId: a.interviewId }, select: { id: true } });
    const result = await db.$transaction((tx) =>
      writeAcceptedAnchors(tx, [{ quoteId: quote.id, transcriptId, target: 'original', exact: 'Compute and data', prefix: '', suffix: '' }]),
    );
    expect(result.anchored).toEqual([]);
    expect(await db.quoteAnchor.count({ where: { quoteId: quote.id } })).toBe(0);
  });
});
