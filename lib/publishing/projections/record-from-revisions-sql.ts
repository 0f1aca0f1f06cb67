// The published record of topics written in bulk, straight from their published revisions, as
// writePublishedRecord writes it one topic at a time: for generated sites (lib/fixtures), where
// thousands of topics are inserted with SQL. `topicFilter` is a condition on "Topic" t.
export const publishedRecordFromRevisionsSql = (topicFilter: string) => [
  `INSERT INTO "PublishedTopic" ("topicId", "slug", "titleZh", "titleEn", "publishedAt", "firstPublishedAt", "publishNumber", "interviewCount", "campCount")
   SELECT t.id, r.document->>'slug', r.document->>'titleZh', r.document->>'titleEn', COALESCE(t."publishedAt", r."createdAt"),
          (SELECT min(v."createdAt") FROM "Revision" v WHERE v."topicId" = t.id AND v."publishNumber" IS NOT NULL),
          r."publishNumber", r."interviewCount", r."campCount"
   FROM "Topic" t JOIN "Revision" r ON r.id = t."publishedRevisionId"
   WHERE t.status = 'PUBLISHED' AND t."deletedAt" IS NULL AND r."publishNumber" IS NOT NULL AND ${topicFilter}`,
  `INSERT INTO "PublishedVersion" ("topicId", "publishNumber", "revisionId", "document", "publishedAt")
   SELECT r."topicId", r."publishNumber", r.id, r.document, r."createdAt"
   FROM "Revision" r JOIN "PublishedTopic" p ON p."topicId" = r."topicId" JOIN "Topic" t ON t.id = p."topicId"
   WHERE r."publishNumber" IS NOT NULL AND r."publishNumber" <= p."publishNumber" AND ${topicFilter}`,
  `INSERT INTO "PublishedFeedEntry" ("topicId", "entryId", "date", "text", "publishNumber", "position")
   SELECT p."topicId", e.value->>'id', (e.value->>'date')::date, e.value->>'text', (e.value->>'publishNumber')::int, (e.ordinality - 1)::int
   FROM "PublishedTopic" p
   JOIN "Topic" t ON t.id = p."topicId"
   JOIN "PublishedVersion" v ON v."topicId" = p."topicId" AND v."publishNumber" = p."publishNumber"
   CROSS JOIN LATERAL jsonb_array_elements(v.document->'changelog') WITH ORDINALITY AS e(value, ordinality)
   WHERE ${topicFilter}`,
];
