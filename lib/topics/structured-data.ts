import type { TopicDocument } from './document';
import { pageSources } from './page-sources';

/**
 * schema.org Article for a published topic page: its dates, publisher and the interviews it
 * cites. Serialised so it can sit inside a <script> element: "<" is escaped, so no text of
 * the page can close the element.
 */
export function topicJsonLd(doc: TopicDocument, options: { url: string; updatedOn: string | null; firstPublishedOn: string | null; siteUrl: string }): string {
  const description = doc.consensus[0]?.statement ?? doc.view?.judgment ?? '';
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: `${doc.titleZh} · ${doc.titleEn}`.slice(0, 110),
    name: doc.titleZh,
    alternativeHeadline: doc.titleEn,
    inLanguage: 'zh-CN',
    url: options.url,
    mainEntityOfPage: options.url,
    description: description.replace(/[*_`]/g, '').slice(0, 300),
    ...(options.firstPublishedOn ? { datePublished: options.firstPublishedOn } : {}),
    ...(options.updatedOn ? { dateModified: options.updatedOn } : {}),
    author: { '@type': 'Organization', name: 'Topic Desk', url: options.siteUrl },
    publisher: { '@type': 'Organization', name: 'Topic Desk', url: options.siteUrl },
    citation: pageSources(doc).map((source) => ({
      '@type': 'CreativeWork',
      // An episode known by its number only (as an attribution line often names it) has no title part.
      name: `${source.show}${source.episodeNumber ? ` #${source.episodeNumber}` : ''}${source.episodeTitle ? ` · ${source.episodeTitle}` : ''}`,
      ...(source.url ? { url: source.url } : {}),
      ...(source.publishedOn ? { datePublished: source.publishedOn } : {}),
    })),
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
