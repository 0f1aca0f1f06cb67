import { notFound } from 'next/navigation';
import { ImageResponse } from 'next/og';
import { cachedPublishedTopic } from '@/lib/published/cached-reads';
import { pageSources } from '@/lib/topics/page-sources';

// The card shown when a topic is shared. Only the bundled Latin font is available offline, so
// the card carries the English title; the Chinese title is in the page's own metadata.
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'Topic Desk topic page';

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const topic = await cachedPublishedTopic((await params).slug);
  // A topic that is not (or no longer) published has no card.
  if (!topic) notFound();
  const doc = topic.document;
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, background: '#fafaf9', color: '#1c1917' }}>
        <div style={{ fontSize: 30, color: '#78716c' }}>Topic Desk · living topic page</div>
        <div style={{ fontSize: 68, fontWeight: 700, lineHeight: 1.1 }}>{doc.titleEn}</div>
        <div style={{ display: 'flex', gap: 40, fontSize: 30, color: '#44403c' }}>
          <span>{`${doc.camps.length} camps`}</span>
          <span>{`${pageSources(doc).length} interviews`}</span>
          <span>{`updated ${topic.updatedOn}`}</span>
        </div>
      </div>
    ),
    size,
  );
}
