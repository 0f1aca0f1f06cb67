// The cache tags of the public site, in one place. Every cached public read carries the tag of
// what it shows, so a change expires exactly the pages that show it (revalidate.ts):
// - a topic's page, its versions and its card image: `topic:<slug>`;
// - the lists built from every topic (home page and its pages): `topics`;
// - the pages of speakers and interviews (their record and where published pages cite them),
//   the /speakers list, and topic histories (they link the speakers who moved): `records`;
// - all of the above: `published-record`, for a server that may have missed a change.
// Search results are not in Next's cache (lib/published/search-cache.ts); feeds and the
// sitemap are rendered for each request.
export const CACHE_TAGS = {
  topic: (slug: string) => `topic:${slug}`,
  topicList: 'topics',
  records: 'records',
  everything: 'published-record',
} as const;
