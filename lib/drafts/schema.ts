// The shape of a save as the server accepts it. Item contents are only checked for shape here:
// the document they produce is validated whole with the topic document schema, so limits and
// field rules are the same ones the browser's forms use.
import { z } from 'zod';
import { LIMITS } from '@/lib/topics/document';

const id = z.string().min(1).max(64);
const listKey = z.union([
  z.enum(['consensus', 'camps', 'blindSpots', 'openQuestions', 'changelog', 'sources', 'sisterTopics']),
  z.templateLiteral(['blocks:', z.string().min(1).max(64)]),
]);
const item = z.looseObject({ id }).nullable();
const ids = z.array(id).max(LIMITS.blocks + 100);
const topicFields = z.object({ titleZh: z.string(), titleEn: z.string(), slug: z.string() });
const view = z.looseObject({}).nullable();

export const changeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('topic'), base: topicFields, next: topicFields }),
  z.object({ op: z.literal('view'), base: view, next: view }),
  z.object({
    op: z.literal('item'),
    type: z.enum(['point', 'camp', 'block', 'blindSpot', 'openQuestion', 'changelog', 'source', 'sisterTopic']),
    id,
    base: item,
    next: item,
  }),
  z.object({ op: z.literal('order'), list: listKey, base: ids, next: ids }),
]);

export const saveDraftSchema = z.object({
  topicId: id,
  baseVersion: z.number().int().min(1),
  changes: z.array(changeSchema).min(1).max(20_000),
  reason: z.enum(['autosave', 'save']).default('autosave'),
});

export type SaveDraftInput = z.infer<typeof saveDraftSchema>;
