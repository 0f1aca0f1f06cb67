import type { Database } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { publishTopic } from '@/lib/publishing/publish-topic';
import { DEMO_ACCOUNTS, newDemoPassword, passwordFingerprint, PUBLISHED_DEMO_PASSWORDS } from '@/lib/cli/demo-logins.mjs';
import { DEMO_FIRST_PASSWORD_KEY } from '@/lib/server/demo-account-guard.mjs';
import {
  demoInterviews,
  demoSpeakers,
  demoTopic,
  sisterTopic,
  type DemoBlock,
  type DemoTopic,
} from './demo-content';

type Ids = { speakers: Map<string, string>; interviews: Map<string, string>; topics: Map<string, string> };
type Tx = Prisma.TransactionClient;

/** Whether a demo account still has the password the repository once published for it (one argon2 verify). */
const hasPublishedPassword = (passwordHash: string, index: number) => verifyPassword(passwordHash, PUBLISHED_DEMO_PASSWORDS[index]!);

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function ensureSpeakers(db: Database) {
  const ids = new Map<string, string>();
  for (const speaker of demoSpeakers) {
    const row = await db.speaker.upsert({
      where: { slug: speaker.slug },
      update: {},
      create: {
        slug: speaker.slug,
        name: speaker.name,
        aliases: speaker.aliases ?? [],
        affiliations: {
          create: speaker.affiliations.map((stint, position) => ({
            organisation: stint.organisation,
            role: stint.role,
            startedOn: stint.startedOn ? day(stint.startedOn) : null,
            endedOn: stint.endedOn ? day(stint.endedOn) : null,
            position,
          })),
        },
      },
      select: { id: true },
    });
    ids.set(speaker.key, row.id);
  }
  return ids;
}

async function ensureInterviews(db: Database) {
  const ids = new Map<string, string>();
  for (const interview of demoInterviews) {
    const existing = await db.interview.findFirst({
      where: { show: interview.show, episodeTitle: interview.episodeTitle },
      select: { id: true },
    });
    const { key, publishedOn, ...fields } = interview;
    const row =
      existing ??
      (await db.interview.create({ data: { ...fields, publishedOn: day(publishedOn) }, select: { id: true } }));
    ids.set(key, row.id);
  }
  return ids;
}

async function writeBlocks(tx: Tx, ids: Ids, parent: { consensusPointId: string } | { campId: string }, blocks: DemoBlock[]) {
  for (const [position, block] of blocks.entries()) {
    const base = { ...parent, position };
    switch (block.kind) {
      case 'paragraph':
      case 'note':
        await tx.block.create({ data: { ...base, kind: block.kind === 'note' ? 'NOTE' : 'PARAGRAPH', text: block.text } });
        break;
      case 'paraphrase':
        await tx.block.create({
          data: {
            ...base,
            kind: 'PARAPHRASE',
            text: block.text,
            reason: block.reason,
            speakerId: block.speaker ? ids.speakers.get(block.speaker) : null,
            interviewId: block.interview ? ids.interviews.get(block.interview) : null,
          },
        });
        break;
      case 'quote': {
        const quote = await tx.quote.create({
          data: {
            originalText: block.original ?? null,
            originalLang: block.original ? 'en' : null,
            translationText: block.translation ?? null,
            translationLang: block.translation ? 'zh' : null,
            translationUpdatedAt: block.translation ? new Date() : null,
            interviewId: block.interview ? ids.interviews.get(block.interview) : null,
            speakers: {
              create: block.speakers.map((key, index) => ({ speakerId: ids.speakers.get(key)!, position: index })),
            },
          },
          select: { id: true },
        });
        await tx.block.create({
          data: {
            ...base,
            kind: 'QUOTE',
            quoteId: quote.id,
            seeAlsoTopicId: block.seeAlso ? ids.topics.get(block.seeAlso) : null,
          },
        });
        break;
      }
    }
  }
}

async function writeTopicContent(tx: Tx, ids: Ids, topicId: string, topic: DemoTopic) {
  for (const [position, point] of topic.consensus.entries()) {
    const row = await tx.consensusPoint.create({ data: { topicId, position, statement: point.statement }, select: { id: true } });
    await writeBlocks(tx, ids, { consensusPointId: row.id }, point.blocks);
  }
  for (const [position, camp] of topic.camps.entries()) {
    const row = await tx.camp.create({
      data: {
        topicId,
        position,
        label: camp.label,
        stance: camp.stance,
        holders: camp.holders,
        members: { create: camp.members.map((key, index) => ({ speakerId: ids.speakers.get(key)!, position: index })) },
      },
      select: { id: true },
    });
    await writeBlocks(tx, ids, { campId: row.id }, camp.blocks);
  }
  await tx.topicListItem.createMany({
    data: [
      ...topic.blindSpots.map((text, position) => ({ topicId, kind: 'BLIND_SPOT' as const, position, text })),
      ...topic.openQuestions.map((text, position) => ({ topicId, kind: 'OPEN_QUESTION' as const, position, text })),
    ],
  });
  await tx.editorView.create({ data: { topicId, ...topic.view } });
  await tx.topicSource.createMany({
    data: topic.sources.map((key, position) => ({ topicId, interviewId: ids.interviews.get(key)!, position })),
  });
  await tx.topicLink.createMany({
    data: topic.sisterTopics.map((slug, position) => ({ fromTopicId: topicId, toTopicId: ids.topics.get(slug)!, position })),
  });
  await tx.changelogEntry.createMany({
    data: topic.changelog.map((entry) => ({ topicId, date: day(entry.date), text: entry.text })),
  });
}

export type DemoReport = {
  createdTopics: string[];
  keptTopics: string[];
  /** Accounts given a new password by this run, with it: to be shown once, never stored. */
  createdAccounts: { role: string; email: string; password: string }[];
};

/** Writes the demo topics and accounts; running it again changes nothing. */
export async function writeDemo(db: Database): Promise<DemoReport> {
  const report: DemoReport = { createdTopics: [], keptTopics: [], createdAccounts: [] };
  const ids: Ids = { speakers: await ensureSpeakers(db), interviews: await ensureInterviews(db), topics: new Map() };

  const topics = [sisterTopic, demoTopic];
  const fresh: DemoTopic[] = [];
  for (const topic of topics) {
    const existing = await db.topic.findUnique({ where: { slug: topic.slug }, select: { id: true } });
    if (existing) {
      ids.topics.set(topic.slug, existing.id);
      report.keptTopics.push(topic.slug);
    } else {
      const row = await db.topic.create({
        data: { slug: topic.slug, titleZh: topic.titleZh, titleEn: topic.titleEn },
        select: { id: true },
      });
      ids.topics.set(topic.slug, row.id);
      fresh.push(topic);
    }
  }
  for (const topic of fresh) {
    const topicId = ids.topics.get(topic.slug)!;
    await db.$transaction((tx: Tx) => writeTopicContent(tx, ids, topicId, topic));
    await publishTopic(db, { topicId, expectedVersion: 1, publisher: { userId: null, via: 'command-line' }, changelogLine: topic.publishLine });
    report.createdTopics.push(topic.slug);
  }

  // Each demo account gets a random password when it is created (or the test harness's, from
  // TOPICDESK_DEMO_PASSWORDS); one still on a password published in the repository's history
  // gets a new one. The audit log keeps a fingerprint of the first hash: a server reachable from
  // elsewhere refuses to start while an account still has it (lib/server/demo-account-guard.mjs).
  for (const [index, account] of DEMO_ACCOUNTS.entries()) {
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true, passwordHash: true } });
    if (existing && !(await hasPublishedPassword(existing.passwordHash, index))) continue;
    const password = newDemoPassword(account.role);
    const passwordHash = await hashPassword(password);
    const user = existing
      ? await db.user.update({ where: { id: existing.id }, data: { passwordHash, sessionVersion: { increment: 1 } }, select: { id: true } })
      : await db.user.create({ data: { email: account.email, name: account.name, role: account.role, passwordHash }, select: { id: true } });
    await db.auditEvent.create({
      data: {
        action: existing ? 'user.password-reset' : 'user.create',
        targetType: 'User',
        targetId: user.id,
        detail: { via: 'demo', [DEMO_FIRST_PASSWORD_KEY]: passwordFingerprint(passwordHash) },
      },
    });
    report.createdAccounts.push({ role: account.role, email: account.email, password });
  }
  return report;
}
