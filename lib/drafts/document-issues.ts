// Turns the topic document schema's complaints into messages next to the field they concern,
// in both interface languages. Used by the editor before it saves and by the server when it
// refuses a save, so the analyst sees the same words either way. Only structure and limits stop
// a save: an incomplete draft is saved as it is, and its gaps (lib/topics/publishable.ts) stop
// only publishing.
import type { z } from 'zod';
import { topicDocumentSchema, type TopicDocument } from '@/lib/topics/document';
import { documentMessage } from '@/lib/topics/document-messages';

export type FieldIssue = { key: string; message: string };

/** `<item id>.<field>` for a field inside an item, `topic.<field>` for the page's own fields. */
export function issueKey(doc: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = doc;
  let owner = 'topic';
  let rest: string[] = [];
  for (const step of path) {
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[step as never] : undefined;
    const id = node && typeof node === 'object' && !Array.isArray(node) ? (node as { id?: unknown }).id : undefined;
    if (typeof id === 'string' && step !== 'quote') {
      owner = id;
      rest = [];
    } else if (typeof step === 'string') rest.push(step);
  }
  return `${owner}.${rest.join('.') || 'item'}`;
}

/** The bilingual message for one of the schema's issues (the schema's own map, document-messages.ts). */
export const issueMessage = (issue: z.core.$ZodIssue): string => documentMessage(issue);

/** The document as the schema reads it (unknown fields dropped), or its problems keyed to fields. */
export function checkDocument(doc: TopicDocument): { ok: true; document: TopicDocument } | { ok: false; issues: FieldIssue[] } {
  const parsed = topicDocumentSchema.safeParse(doc);
  if (parsed.success) return { ok: true, document: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((issue) => ({ key: issueKey(doc, issue.path), message: issueMessage(issue) })) };
}

/** Every problem with the document, keyed to its field; empty when the document can be saved. */
export function documentIssues(doc: TopicDocument): FieldIssue[] {
  const checked = checkDocument(doc);
  return checked.ok ? [] : checked.issues;
}
