// The cache tags of the public site, in one place: a publish, unpublish, rename or trash of a
// topic invalidates its own tag and the list tag (home page, sitemap, feeds), and the
// published index (search results; speaker and interview pages read it too).
export const CACHE_TAGS = {
  topic: (slug: string) => `topic:${slug}`,
  topicList: 'topics',
  publishedIndex: 'published-index',
} as const;
