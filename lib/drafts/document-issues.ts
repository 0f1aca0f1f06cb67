// Turns the topic document schema's complaints into messages next to the field they concern,
// in both interface languages. Used by the editor before it saves and by the server when it
// refuses a save, so the analyst sees the same words either way.
import type { z } from 'zod';
import { topicDocumentSchema, type TopicDocument } from '@/lib/topics/document';

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

export function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'array'
        ? `最多 ${String(issue.maximum)} 项 · At most ${String(issue.maximum)} items`
        : `最多 ${String(issue.maximum)} 个字符 · At most ${String(issue.maximum)} characters`;
    case 'too_small':
      return Number(issue.minimum) <= 1 ? '必填 · Required' : `至少 ${String(issue.minimum)} 个字符 · At least ${String(issue.minimum)} characters`;
    case 'invalid_format':
      if (issue.format === 'url') return '请输入 http(s) 链接 · Enter an http(s) link';
      if (issue.format === 'regex') return '只能用小写字母、数字和连字符 · Lower-case letters, digits and hyphens only';
      return '格式不正确 · Not in the expected format';
    case 'custom':
      return issue.message;
    default:
      return `无效 · Not valid (${issue.message})`;
  }
}

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
