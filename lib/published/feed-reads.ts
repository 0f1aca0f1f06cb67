import 'server-only';
import { siteUrl } from '@/lib/env';
import type { AtomEntry, AtomFeed } from '@/lib/feeds/atom';
import { lightMarkdownToPlainText } from '@/lib/text/light-markdown';
import { publishedReader, type PublishedReader } from './reader';
import { getPublishedTopic } from './topic-reads';

const FEED_SIZE = 50;
const dayStamp = (date: Date) => date.toISOString();

/** Every live topic's changelog as published, newest first: what changed on the site. */
export async function siteUpdatesFeed(reader: PublishedReader = publishedReader()): Promise<AtomFeed> {
  const site = siteUrl();
  const entries = await reader.publishedFeedEntry.findMany({
    orderBy: [{ date: 'desc' }, { position: 'asc' }, { topicId: 'asc' }],
    take: FEED_SIZE,
    select: { topicId: true, entryId: true, date: true, text: true, publishNumber: true, topic: { select: { slug: true, titleZh: true, titleEn: true } } },
  });
  return {
    id: `${site}/feed.xml`,
    title: 'Topic Desk · 更新 · Updates',
    link: `${site}/`,
    self: `${site}/feed.xml`,
    updated: dayStamp(entries[0]?.date ?? new Date(0)),
    entries: entries.map(
      (entry): AtomEntry => ({
        id: `${site}/changelog/${entry.entryId}`,
        title: `${entry.topic.titleZh} · ${entry.topic.titleEn}`,
        link: entry.publishNumber ? `${site}/topics/${entry.topic.slug}/v/${entry.publishNumber}` : `${site}/topics/${entry.topic.slug}`,
        updated: dayStamp(entry.date),
        summary: lightMarkdownToPlainText(entry.text),
      }),
    ),
  };
}

/** One topic's 更新日志 as a feed, from its published version. */
export async function topicFeed(slug: string, reader: PublishedReader = publishedReader()): Promise<AtomFeed | null> {
  const page = await getPublishedTopic(slug, reader);
  if (!page) return null;
  const site = siteUrl();
  const { document } = page;
  return {
    id: `${site}/topics/${slug}`,
    title: `${document.titleZh} · ${document.titleEn} · 更新日志`,
    link: `${site}/topics/${slug}`,
    self: `${site}/topics/${slug}/feed.xml`,
    updated: `${page.updatedOn}T00:00:00.000Z`,
    entries: document.changelog.map((entry) => ({
      id: `${site}/topics/${slug}#changelog-${entry.id}`,
      title: `${entry.date} · ${document.titleZh}`,
      link: `${site}/topics/${slug}`,
      updated: `${entry.date}T00:00:00.000Z`,
      summary: lightMarkdownToPlainText(entry.text),
    })),
  };
}
