import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/db';
import { publishInTransaction, recordDraftRevision } from '@/lib/revisions/publish';
import { exportTopicText } from '@/lib/export/topic-text';
import { diffLines, type DiffLine } from '@/lib/text/line-diff';
import { slugify } from '@/lib/text/slug';
import type { TopicDocument } from '@/lib/topics/document';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { episodeKey } from './episode';
import { foldName, inferSpeakers } from './infer-speakers';
import type { ParsedBlock, ParsedEpisode, ParsedQuote, ParsedSpeaker, ParsedTopic } from './parsed-topic';

type Tx = Prisma.TransactionClient;

export type ImportReport = {
  slug: string;
  topicId: string;
  outcome: 'created' | 'updated';
  published: boolean;
  revisionNumber: number;
  counts: {
    consensusPoints: number;
    camps: number;
    quotes: number;
    paraphrases: number;
    notes: number;
    paragraphs: number;
    blindSpots: number;
    openQuestions: number;
    sources: number;
    changelog: number;
  };
  speakers: { matched: string[]; created: string[] };
  interviews: { matched: string[]; created: string[] };
  reusedQuotes: number;
  placeholders: string[];
  unattributedQuotes: { line: number; text: string }[];
  warnings: { line: number; message: string }[];
  /** For a re-import: how the page's text changes (changed lines only, with their neighbours dropped). */
  diff: { added: number; removed: number; lines: DiffLine[] } | null;
};

/** Thrown inside the transaction of a dry run to roll it back, carrying the report out. */
class DryRun extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

const MAX_DIFF_LINES = 400;

function pageDiff(before: TopicDocument, after: TopicDocument): ImportReport['diff'] {
  // The header line carries the publish date, which is not content.
  const lines = (document: TopicDocument) => exportTopicText(document, 'md').split('\n').filter((line) => line && !line.startsWith('主题页'));
  const changed = diffLines(lines(before), lines(after)).filter((line) => line.op !== ' ');
  return {
    added: changed.filter((line) => line.op === '+').length,
    removed: changed.filter((line) => line.op === '-').length,
    lines: changed.slice(0, MAX_DIFF_LINES),
  };
}

export type ImportOptions = {
  slug?: string;
  publish: boolean;
  authorId: string | null;
  now?: Date;
  /** Do everything, report it, and roll it all back: the upload screen's preview. */
  dryRun?: boolean;
};

const episodeLabel = (episode: ParsedEpisode) => episode.raw;

/** A stint that reads "former X" in the source ended before the page was written. */
function affiliationStint(affiliation: string, endedBy: Date) {
  const former = affiliation.match(/^former\s+(.+)$/i);
  return former
    ? { organisation: former[1]!.trim(), endedOn: endedBy, position: 0 }
    : { organisation: affiliation, endedOn: null, position: 0 };
}

async function uniqueSpeakerSlug(tx: Tx, name: string) {
  const base = slugify(name) || 'speaker';
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.speaker.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

/**
 * Writes a parsed document as a topic in one transaction: speakers and interviews are matched
 * to the library or created, sister topics that do not exist yet get a draft placeholder, and a
 * new revision records the result (published with --publish). Re-importing a slug replaces that
 * topic's draft and adds a revision: it never creates a second topic.
 */
export async function writeImportedTopic(db: Database, parsed: ParsedTopic, options: ImportOptions): Promise<ImportReport> {
  try {
    return await writeInTransaction(db, parsed, options);
  } catch (error) {
    if (error instanceof DryRun) return error.report;
    throw error;
  }
}

async function writeInTransaction(db: Database, parsed: ParsedTopic, options: ImportOptions): Promise<ImportReport> {
  const now = options.now ?? new Date();
  const slug = options.slug ?? slugify(parsed.titleEn);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    throw new Error(`Cannot make a slug from the English title "${parsed.titleEn}"; give one with --slug.`);
  }
  const endedBy = parsed.header?.updatedOn ? new Date(`${parsed.header.updatedOn}T00:00:00Z`) : now;

  return db.$transaction(
    async (tx: Tx) => {
      const library = await tx.speaker.findMany({ where: { deletedAt: null }, select: { id: true, name: true, aliases: true } });
      const unattributedQuotes = inferSpeakers(parsed, library.flatMap((s) => [s.name, ...s.aliases]));
      const report: ImportReport = {
        slug,
        topicId: '',
        outcome: 'created',
        published: options.publish,
        revisionNumber: 0,
        counts: { consensusPoints: parsed.consensus.length, camps: parsed.camps.length, quotes: 0, paraphrases: 0, notes: 0, paragraphs: 0, blindSpots: parsed.blindSpots.length, openQuestions: parsed.openQuestions.length, sources: 0, changelog: parsed.changelog.length },
        speakers: { matched: [], created: [] },
        interviews: { matched: [], created: [] },
        reusedQuotes: 0,
        placeholders: [],
        unattributedQuotes,
        warnings: [...parsed.warnings],
        diff: null,
      };

      // Speakers: by name or alias, case and width folded.
      const speakerIds = new Map<string, string>();
      for (const speaker of library) for (const name of [speaker.name, ...speaker.aliases]) speakerIds.set(foldName(name), speaker.id);
      const speakerId = async (speaker: ParsedSpeaker) => {
        const key = foldName(speaker.name);
        const existing = speakerIds.get(key);
        if (existing) {
          if (!report.speakers.matched.includes(speaker.name) && !report.speakers.created.includes(speaker.name)) report.speakers.matched.push(speaker.name);
          return existing;
        }
        const created = await tx.speaker.create({
          data: {
            slug: await uniqueSpeakerSlug(tx, speaker.name),
            name: speaker.name,
            affiliations: speaker.affiliation ? { create: [affiliationStint(speaker.affiliation, endedBy)] } : undefined,
          },
          select: { id: true },
        });
        speakerIds.set(key, created.id);
        report.speakers.created.push(speaker.name);
        return created.id;
      };

      // Interviews: by show and episode number, or show and episode title.
      const interviewIds = new Map<string, string>();
      const interviewId = async (episode: ParsedEpisode, publishedOn: string | null = null, url: string | null = null) => {
        const key = episodeKey(episode);
        const known = interviewIds.get(key);
        if (known) return known;
        const candidates = await tx.interview.findMany({
          where: { deletedAt: null, show: { equals: episode.show, mode: 'insensitive' } },
          select: { id: true, show: true, episodeNumber: true, episodeTitle: true },
        });
        const match = candidates.find((candidate) => episodeKey(candidate) === key);
        if (match) {
          report.interviews.matched.push(episodeLabel(episode));
          interviewIds.set(key, match.id);
          return match.id;
        }
        const created = await tx.interview.create({
          data: {
            show: episode.show,
            episodeTitle: episode.episodeTitle,
            episodeNumber: episode.episodeNumber,
            publishedOn: publishedOn ? new Date(`${publishedOn}T00:00:00Z`) : null,
            url,
          },
          select: { id: true },
        });
        report.interviews.created.push(episodeLabel(episode));
        interviewIds.set(key, created.id);
        return created.id;
      };

      // The topic itself: a new one, or the existing draft replaced.
      const existing = await tx.topic.findUnique({ where: { slug }, select: { id: true, deletedAt: true, version: true } });
      if (existing?.deletedAt) throw new Error(`The slug ${slug} belongs to a topic in the trash; restore it or import with --slug.`);
      let topicId: string;
      let version: number;
      let before: TopicDocument | null = null;
      if (existing) {
        topicId = existing.id;
        before = await loadDraftDocument(tx, topicId);
        report.outcome = 'updated';
        await Promise.all([
          tx.consensusPoint.deleteMany({ where: { topicId } }),
          tx.camp.deleteMany({ where: { topicId } }),
          tx.topicListItem.deleteMany({ where: { topicId } }),
          tx.editorView.deleteMany({ where: { topicId } }),
          tx.topicSource.deleteMany({ where: { topicId } }),
          tx.topicLink.deleteMany({ where: { fromTopicId: topicId } }),
          tx.changelogEntry.deleteMany({ where: { topicId } }),
        ]);
        const updated = await tx.topic.update({
          where: { id: topicId },
          data: { titleZh: parsed.titleZh, titleEn: parsed.titleEn, version: { increment: 1 }, lastEditorId: options.authorId },
          select: { version: true },
        });
        version = updated.version;
      } else {
        const created = await tx.topic.create({
          data: { slug, titleZh: parsed.titleZh, titleEn: parsed.titleEn, lastEditorId: options.authorId },
          select: { id: true, version: true },
        });
        topicId = created.id;
        version = created.version;
      }
      report.topicId = topicId;

      const sisterTopicId = async (sisterSlug: string) => {
        const found = await tx.topic.findUnique({ where: { slug: sisterSlug }, select: { id: true } });
        if (found) return found.id;
        const placeholder = await tx.topic.create({ data: { slug: sisterSlug, titleZh: sisterSlug, titleEn: sisterSlug }, select: { id: true } });
        report.placeholders.push(sisterSlug);
        return placeholder.id;
      };

      // The same words from the same people in the same interview are one quote, shared by topics.
      const findOrCreateQuote = async (block: ParsedQuote, interview: string | null) => {
        const speakerIdsInOrder: string[] = [];
        for (const speaker of block.speakers) speakerIdsInOrder.push(await speakerId(speaker));
        const candidates = await tx.quote.findMany({
          where: {
            deletedAt: null,
            originalText: block.original,
            translationText: block.translation,
            originalLang: block.original ? block.originalLang : null,
            translationLang: block.translation ? block.translationLang : null,
            interviewId: interview,
          },
          select: { id: true, speakers: { orderBy: { position: 'asc' }, select: { speakerId: true } } },
        });
        const same = candidates.find((candidate) => candidate.speakers.map((s) => s.speakerId).join() === speakerIdsInOrder.join());
        if (same) {
          report.reusedQuotes += 1;
          return same.id;
        }
        const created = await tx.quote.create({
          data: {
            originalText: block.original,
            originalLang: block.original ? block.originalLang : null,
            translationText: block.translation,
            translationLang: block.translation ? block.translationLang : null,
            translationUpdatedAt: block.translation ? now : null,
            interviewId: interview,
            speakers: { create: [...new Set(speakerIdsInOrder)].map((id, index) => ({ speakerId: id, position: index })) },
          },
          select: { id: true },
        });
        return created.id;
      };

      const sources: string[] = [];
      const addSource = (id: string) => {
        if (!sources.includes(id)) sources.push(id);
      };
      const sisters: string[] = [];

      const writeBlocks = async (parent: { consensusPointId: string } | { campId: string }, blocks: ParsedBlock[]) => {
        for (const [position, block] of blocks.entries()) {
          const base = { ...parent, position };
          if (block.kind === 'paragraph' || block.kind === 'note') {
            report.counts[block.kind === 'note' ? 'notes' : 'paragraphs'] += 1;
            await tx.block.create({ data: { ...base, kind: block.kind === 'note' ? 'NOTE' : 'PARAGRAPH', text: block.text } });
          } else if (block.kind === 'paraphrase') {
            report.counts.paraphrases += 1;
            await tx.block.create({
              data: {
                ...base,
                kind: 'PARAPHRASE',
                text: block.text || block.reason,
                reason: block.reason,
                speakerId: block.speaker ? await speakerId(block.speaker) : null,
                interviewId: block.episode ? await interviewId(block.episode) : null,
              },
            });
          } else if (block.kind === 'quote') {
            report.counts.quotes += 1;
            const interview = block.episode ? await interviewId(block.episode) : null;
            if (interview && parsed.sources.length === 0) addSource(interview);
            const quoteId = await findOrCreateQuote(block, interview);
            let seeAlsoTopicId: string | null = null;
            if (block.seeAlsoSlug) {
              seeAlsoTopicId = await sisterTopicId(block.seeAlsoSlug);
              if (parsed.sisterTopics === null && !sisters.includes(seeAlsoTopicId) && seeAlsoTopicId !== topicId) sisters.push(seeAlsoTopicId);
            }
            await tx.block.create({ data: { ...base, kind: 'QUOTE', quoteId, seeAlsoTopicId } });
          }
        }
      };

      for (const [position, point] of parsed.consensus.entries()) {
        const row = await tx.consensusPoint.create({ data: { topicId, position, statement: point.statement }, select: { id: true } });
        await writeBlocks({ consensusPointId: row.id }, point.blocks);
      }
      for (const [position, camp] of parsed.camps.entries()) {
        const row = await tx.camp.create({ data: { topicId, position, label: camp.label, stance: camp.stance, holders: camp.holders }, select: { id: true } });
        await writeBlocks({ campId: row.id }, camp.blocks);
        // Members: as listed, or else everyone quoted in the camp, in order of appearance.
        const members: string[] = [];
        const memberSpeakers = camp.members ?? camp.blocks.flatMap((block) => (block.kind === 'quote' ? block.speakers : []));
        for (const speaker of memberSpeakers) {
          const id = await speakerId(speaker);
          if (!members.includes(id)) members.push(id);
        }
        await tx.campMember.createMany({ data: members.map((speakerId, index) => ({ campId: row.id, speakerId, position: index })) });
      }
      for (const source of parsed.sources) addSource(await interviewId(source.episode, source.publishedOn, source.url));
      for (const sister of parsed.sisterTopics ?? []) {
        const id = await sisterTopicId(sister.slug);
        if (!sisters.includes(id) && id !== topicId) sisters.push(id);
      }
      report.counts.sources = sources.length;

      await tx.topicSource.createMany({ data: sources.map((interviewId, position) => ({ topicId, interviewId, position })) });
      await tx.topicLink.createMany({ data: sisters.map((toTopicId, position) => ({ fromTopicId: topicId, toTopicId, position })) });
      await tx.topicListItem.createMany({
        data: [
          ...parsed.blindSpots.map((item, position) => ({ topicId, kind: 'BLIND_SPOT' as const, position, text: item.text })),
          ...parsed.openQuestions.map((item, position) => ({ topicId, kind: 'OPEN_QUESTION' as const, position, text: item.text })),
        ],
      });
      if (parsed.view) {
        if (!parsed.view.confidence) report.warnings.push({ line: parsed.view.lines[0]!, message: 'No confidence level found; set to 中等 (medium).' });
        await tx.editorView.create({
          data: {
            topicId,
            judgment: parsed.view.judgment || '(未写判断)',
            confidence: parsed.view.confidence ?? 'MEDIUM',
            strongestSupport: parsed.view.strongestSupport,
            weakestLink: parsed.view.weakestLink,
          },
        });
      }
      // Listed newest first; within one day the creation time keeps that order.
      await tx.changelogEntry.createMany({
        data: parsed.changelog.map((entry, index) => ({
          topicId,
          date: new Date(`${entry.date}T00:00:00Z`),
          text: entry.text,
          createdAt: new Date(now.getTime() - index),
        })),
      });
      if (parsed.header?.interviewCount && parsed.header.interviewCount !== sources.length) {
        report.warnings.push({
          line: 0,
          message: `The header says 取材 ${parsed.header.interviewCount} 篇访谈; the page cites ${sources.length} interviews (the count is computed from the sources).`,
        });
      }

      const message = `Imported (${report.outcome})`;
      const revision = options.publish
        ? await publishInTransaction(tx, { topicId, expectedVersion: version, authorId: options.authorId, message, changelogLine: report.outcome === 'created' ? '导入 · Imported' : '重新导入 · Re-imported', now })
        : await recordDraftRevision(tx, { topicId, authorId: options.authorId, message });
      report.revisionNumber = revision.number;
      if (before) report.diff = pageDiff(before, revision.document);
      if (options.dryRun) throw new DryRun(report);
      return report;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
