import 'server-only';
import { siteUrl } from '@/lib/env';
import { getDb } from '@/lib/db';
import { lightMarkdownToPlainText } from '@/lib/text/light-markdown';
import { getPublishedTopic } from '@/lib/topics/queries';
import type { AtomEntry, AtomFeed } from './atom';

const FEED_SIZE = 50;
const dayStamp = (date: Date) => date.toISOString();

/** Every published topic's changelog, newest first: what changed on the site. */
export async function siteUpdatesFeed(): Promise<AtomFeed> {
  const site = siteUrl();
  const entries = await getDb().changelogEntry.findMany({
    where: { topic: { status: 'PUBLISHED', deletedAt: null, publishedRevisionId: { not: null } }, OR: [{ revisionId: null }, { revision: { publishNumber: { not: null } } }] },
    orderBy: [{ date: 'desc' }, { createdAt: 'desc' }],
    take: FEED_SIZE,
    select: {
      id: true,
      date: true,
      text: true,
      topic: { select: { slug: true, titleZh: true, titleEn: true } },
      revision: { select: { publishNumber: true } },
    },
  });
  return {
    id: `${site}/feed.xml`,
    title: 'Topic Desk · 更新 · Updates',
    link: `${site}/`,
    self: `${site}/feed.xml`,
    updated: dayStamp(entries[0]?.date ?? new Date(0)),
    entries: entries.map(
      (entry): AtomEntry => ({
        id: `${site}/changelog/${entry.id}`,
        title: `${entry.topic.titleZh} · ${entry.topic.titleEn}`,
        link: entry.revision?.publishNumber ? `${site}/topics/${entry.topic.slug}/v/${entry.revision.publishNumber}` : `${site}/topics/${entry.topic.slug}`,
        updated: dayStamp(entry.date),
        summary: lightMarkdownToPlainText(entry.text),
      }),
    ),
  };
}

/** One topic's 更新日志 as a feed, from its published version. */
export async function topicFeed(slug: string): Promise<AtomFeed | null> {
  const page = await getPublishedTopic(slug);
  if (!page) return null;
  const site = siteUrl();
  const { document } = page;
  return {
    id: `${site}/topics/${slug}`,
    title: `${document.titleZh} · ${document.titleEn} · 更新日志`,
    link: `${site}/topics/${slug}`,
    self: `${site}/topics/${slug}/feed.xml`,
    updated: `${page.updatedOn ?? document.changelog[0]?.date ?? '1970-01-01'}T00:00:00.000Z`,
    entries: document.changelog.map((entry) => ({
      id: `${site}/topics/${slug}#changelog-${entry.id}`,
      title: `${entry.date} · ${document.titleZh}`,
      link: `${site}/topics/${slug}`,
      updated: `${entry.date}T00:00:00.000Z`,
      summary: lightMarkdownToPlainText(entry.text),
    })),
  };
}
