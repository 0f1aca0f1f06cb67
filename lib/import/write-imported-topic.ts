import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/db';
import { publishInTransaction, recordDraftRevision } from '@/lib/revisions/publish';
import { slugify } from '@/lib/text/slug';
import type { TopicDocument } from '@/lib/topics/document';
import { clearDraftContent } from '@/lib/topics/draft-content';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { DryRun, pageDiff, startReport, type ImportReport } from './import-report';
import { inferSpeakers } from './infer-speakers';
import { libraryMatcher } from './library-matching';
import type { ParsedBlock, ParsedQuote, ParsedTopic } from './parsed-topic';

export type { ImportReport } from './import-report';

type Tx = Prisma.TransactionClient;

export type ImportOptions = {
  slug?: string;
  publish: boolean;
  authorId: string | null;
  now?: Date;
  /** Do everything, report it, and roll it all back: the upload screen's preview. */
  dryRun?: boolean;
};

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
      const report = startReport(parsed, slug, options.publish, unattributedQuotes);

      const { speakerId, interviewId } = libraryMatcher(tx, library, report, endedBy);

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
        await clearDraftContent(tx, topicId);
        // The imported file carries the whole changelog.
        await tx.changelogEntry.deleteMany({ where: { topicId } });
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
