import type { TopicDocument } from '@/lib/topics/document';

/** A document without its ids: the content a text or JSON file carries and an import reproduces. */
export function withoutIds(document: TopicDocument): unknown {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      // Sorted keys: a document read back from PostgreSQL's jsonb has its keys in another order.
      const entries = Object.entries(value).filter(([key, v]) => key !== 'id' && v !== undefined);
      return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, v]) => [key, strip(v)]));
    }
    return value;
  };
  const stripped = strip(document) as Record<string, unknown>;
  delete stripped.slug;
  return stripped;
}

/** Whether two documents say the same thing, whatever ids their items have. */
export const sameContent = (a: TopicDocument, b: TopicDocument) => JSON.stringify(withoutIds(a)) === JSON.stringify(withoutIds(b));
