import 'server-only';
import { isLabelPinned, positionLabel } from '@/lib/topics/camp-labels';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db';
import { formatAttributionReference } from '@/lib/page-format/references';
import { publishInTransaction } from '@/lib/publishing/publish-topic';
import { recordDraftRevision } from '@/lib/revisions/record-revision';
import { slugify } from '@/lib/text/slug';
import type { TopicDocument } from '@/lib/topics/document';
import { clearDraftContent } from '@/lib/topics/draft-content';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { campMembers, headerCountWarning, sisterSlugs, topicSources } from './imported-shape';
import { pageDiff, Rollback, startReport, type ImportReport } from './import-report';
import { inferSpeakers } from './infer-speakers';
import { libraryMatcher } from './library-matching';
import { pageInterviews, type PageInterview } from './page-interviews';
import type { ParsedBlock, ParsedQuote, ParsedTopic } from './parsed-topic';
import { sameContent } from './same-content';

export type { ImportReport } from './import-report';

type Tx = Prisma.TransactionClient;

export type ImportOptions = {
  slug?: string;
  publish: boolean;
  authorId: string | null;
  now?: Date;
  /** Do everything, report it, and roll it all back: the upload screen's preview. */
  dryRun?: boolean;
  /** Where the document came from (a file name), for the revision message and the audit log. */
  source?: string;
};

/**
 * Writes a parsed document as a topic in one transaction: speakers and interviews are matched
 * to the library or created, sister topics that do not exist yet get a draft placeholder, and a
 * new revision records the result (published with --publish). Re-importing a slug replaces that
 * topic's draft and adds a revision: it never creates a second topic; re-importing what the topic
 * already holds writes nothing and reports "unchanged". The page's own 更新日志 and 最近更新 are the
 * document's: where it came from is said in the revision message and the audit log.
 */
export async function writeImportedTopic(db: Database, parsed: ParsedTopic, options: ImportOptions): Promise<ImportReport> {
  try {
    return await writeInTransaction(db, parsed, options);
  } catch (error) {
    if (error instanceof Rollback) return error.report;
    throw error;
  }
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

async function writeInTransaction(db: Database, parsed: ParsedTopic, options: ImportOptions): Promise<ImportReport> {
  const now = options.now ?? new Date();
  const slug = options.slug ?? parsed.slug ?? slugify(parsed.titleEn);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    throw new Error(`Cannot make a slug from the English title "${parsed.titleEn}"; give one with --slug.`);
  }
  // 最近更新 as the document says it; "former X" stints ended by then.
  const updatedOn = parsed.header?.updatedOn ? new Date(`${parsed.header.updatedOn}T00:00:00Z`) : now;

  return db.$transaction(
    async (tx: Tx) => {
      const library = await tx.speaker.findMany({ where: { deletedAt: null }, select: { id: true, name: true, aliases: true } });
      const { inferences, unattributed } = inferSpeakers(parsed, library);
      const interviews = pageInterviews(parsed);
      const report = startReport(parsed, slug, options.publish, { inferences, unattributed, interviewWarnings: interviews.warnings });
      const { speakerId, interviewId } = libraryMatcher(tx, library, report, updatedOn);

      // The topic itself: a new one, or the existing draft replaced.
      const existing = await tx.topic.findUnique({
        where: { slug },
        select: { id: true, deletedAt: true, version: true, publishedRevision: { select: { document: true } } },
      });
      if (existing?.deletedAt) throw new Error(`The slug ${slug} belongs to a topic in the trash; restore it or import with --slug.`);
      let topicId: string;
      let version: number;
      let before: TopicDocument | null = null;
      // Changelog lines the topic already has keep their link to the version they describe.
      const keptLines = new Map<string, (string | null)[]>();
      if (existing) {
        topicId = existing.id;
        before = await loadDraftDocument(tx, topicId);
        report.outcome = 'updated';
        for (const entry of await tx.changelogEntry.findMany({ where: { topicId }, orderBy: { createdAt: 'desc' }, select: { date: true, text: true, revisionId: true } })) {
          const key = `${isoDate(entry.date)} ${entry.text}`;
          keptLines.set(key, [...(keptLines.get(key) ?? []), entry.revisionId]);
        }
        await clearDraftContent(tx, topicId);
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
      const interviewOf = (block: { episode: ParsedQuote['episode'] }): PageInterview | null => (block.episode ? interviews.interviewOf(block.episode) : null);

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

      const writeBlocks = async (parent: { consensusPointId: string } | { campId: string }, blocks: ParsedBlock[]) => {
        for (const [position, block] of blocks.entries()) {
          const base = { ...parent, position };
          if (block.kind === 'paragraph' || block.kind === 'note') {
            report.counts[block.kind === 'note' ? 'notes' : 'paragraphs'] += 1;
            await tx.block.create({ data: { ...base, kind: block.kind === 'note' ? 'NOTE' : 'PARAGRAPH', text: block.text } });
          } else if (block.kind === 'paraphrase') {
            report.counts.paraphrases += 1;
            const interview = interviewOf(block);
            await tx.block.create({
              data: {
                ...base,
                kind: 'PARAPHRASE',
                text: block.text || block.reason,
                reason: block.reason,
                speakerId: block.speaker ? await speakerId(block.speaker) : null,
                interviewId: interview ? await interviewId(interview) : null,
              },
            });
          } else if (block.kind === 'quote') {
            report.counts.quotes += 1;
            const interview = interviewOf(block);
            const quoteId = await findOrCreateQuote(block, interview ? await interviewId(interview) : null);
            report.quotes.push({
              line: block.lines[0]!,
              text: (block.original ?? block.translation ?? '').slice(0, 80),
              speakers: block.speakers.map((speaker) => speaker.name),
              attribution: block.inferred ? 'inferred' : block.speakers.length > 0 ? 'line' : 'none',
              interview: interview ? formatAttributionReference(interview) : null,
            });
            const seeAlsoTopicId = block.seeAlsoSlug ? await sisterTopicId(block.seeAlsoSlug) : null;
            await tx.block.create({ data: { ...base, kind: 'QUOTE', quoteId, seeAlsoTopicId, speakersInferredFrom: block.inferred?.text ?? null } });
          }
        }
      };

      for (const [position, point] of parsed.consensus.entries()) {
        const row = await tx.consensusPoint.create({ data: { topicId, position, statement: point.statement }, select: { id: true } });
        await writeBlocks({ consensusPointId: row.id }, point.blocks);
      }
      for (const [position, camp] of parsed.camps.entries()) {
        // A letter the text gives out of order (阵营 B first) is kept as written: pinned.
        const labelPinned = !isLabelPinned({ label: camp.label }) && camp.label !== positionLabel(position);
        const row = await tx.camp.create({ data: { topicId, position, label: camp.label, labelPinned, stance: camp.stance, holders: camp.holders }, select: { id: true } });
        await writeBlocks({ campId: row.id }, camp.blocks);
        const members: string[] = [];
        for (const speaker of campMembers(camp)) {
          const id = await speakerId(speaker);
          if (!members.includes(id)) members.push(id);
        }
        await tx.campMember.createMany({ data: members.map((speakerId, index) => ({ campId: row.id, speakerId, position: index })) });
      }
      const sources: string[] = [];
      for (const interview of topicSources(parsed, interviews)) {
        const id = await interviewId(interview);
        if (!sources.includes(id)) sources.push(id);
      }
      const sisters: string[] = [];
      for (const sisterSlug of sisterSlugs(parsed)) {
        const id = await sisterTopicId(sisterSlug);
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
      // The page's changelog is the document's, newest first; within one day the creation time keeps that order.
      await tx.changelogEntry.createMany({
        data: parsed.changelog.map((entry, index) => ({
          topicId,
          date: new Date(`${entry.date}T00:00:00Z`),
          text: entry.text,
          revisionId: keptLines.get(`${entry.date} ${entry.text}`)?.shift() ?? null,
          createdAt: new Date(now.getTime() - index),
        })),
      });
      const countWarning = headerCountWarning(parsed, sources.length);
      if (countWarning) report.warnings.push({ line: 0, message: countWarning });

      const after = await loadDraftDocument(tx, topicId);
      if (before && after && sameContent(before, after)) {
        const published = existing?.publishedRevision?.document;
        if (!options.publish || (published && sameContent(published as TopicDocument, after))) {
          report.outcome = 'unchanged';
          report.published = Boolean(published);
          report.revisionNumber = (await tx.revision.aggregate({ where: { topicId }, _max: { number: true } }))._max.number ?? 0;
          throw new Rollback(report);
        }
      }

      const counted = `${report.counts.quotes} quotes, ${inferences.length} speakers inferred, ${unattributed.length} quotes without a speaker`;
      const message = `导入 · Imported${options.source ? ` from ${options.source}` : ''} (${report.outcome}; ${counted})`;
      let revision: { number: number; document: TopicDocument };
      if (options.publish) {
        // A faithful copy of a page that is public elsewhere: its changelog and 最近更新 are the
        // document's own (the publish adds no line), and its quotes may lack a speaker, as on
        // the original: the publish rules' named exception, reported and audited.
        const published = await publishInTransaction(tx, {
          topicId,
          expectedVersion: version,
          publisher: { userId: options.authorId, via: 'import' },
          changelogLine: null,
          updatedOn,
          message,
          exceptions: ['unattributedQuotes'],
          now,
        });
        revision = { number: published.revisionNumber, document: published.document };
        report.publishExceptions = published.exceptionsUsed.map(
          ({ waived }) => `发布时允许 ${waived.length} 条引语没有讲者(与原页面一致) · Published with ${waived.length} quotes without a speaker, as on the original page.`,
        );
      } else {
        revision = await recordDraftRevision(tx, { topicId, authorId: options.authorId, message, document: after ?? undefined });
      }
      report.revisionNumber = revision.number;
      if (before) report.diff = pageDiff(before, revision.document);
      await recordAudit(
        {
          action: 'topic.import',
          actorId: options.authorId,
          targetType: 'Topic',
          targetId: topicId,
          detail: { slug, source: options.source ?? null, outcome: report.outcome, revision: revision.number, published: options.publish, counts: report.counts, inferredSpeakers: inferences.length, unattributedQuotes: unattributed.length, warnings: report.warnings.length },
        },
        tx,
      );
      if (options.dryRun) throw new Rollback(report);
      return report;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
