'use server';

import { z } from 'zod';
import { actionError } from '@/lib/actions/action-error';
import type { ActionCode, ActionState } from '@/lib/actions/action-state';
import { isDatabaseUnavailable } from '@/lib/db-errors';
import { saveDraft, type SaveDraftResult } from '@/lib/drafts/save-draft';
import { saveDraftSchema } from '@/lib/drafts/schema';
import { publishSchema } from '@/lib/drafts/topic-schema';
import { createInterview, createSpeaker } from '@/lib/library/create';
import { librarySearchSchema, newInterviewSchema, newSpeakerSchema } from '@/lib/library/schema';
import { searchInterviews, searchQuotes, searchSpeakers, searchTopics } from '@/lib/library/search';
import type { TopicDocument } from '@/lib/topics/document';
import { proposeChangelogLine, publishDraftAsAnalyst, trashTopicAsAnalyst, unpublishAsAnalyst } from '@/lib/publishing/mutations';
import { applyPublishedChange } from '@/lib/publishing/revalidate';

// The editor's actions take JSON-shaped input (a changeset, a search) rather than FormData;
// each is parsed with its domain schema before anything else, exactly as a form would be.

export type SaveActionResult = SaveDraftResult | { status: 'unavailable' } | { status: 'error'; code?: ActionCode; message: string };

const UNAVAILABLE = '数据库暂时无法连接 · The database cannot be reached right now.';
const topicIdSchema = z.string().min(1).max(64);

/** Connection trouble is reported as such, so the editor keeps the edits and retries. */
async function guarded<T>(run: () => Promise<T>, onUnavailable: () => T): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isDatabaseUnavailable(error)) return onUnavailable();
    throw error;
  }
}

export async function saveDraftAction(input: unknown): Promise<SaveActionResult> {
  const parsed = saveDraftSchema.safeParse(input);
  if (!parsed.success) return { status: 'error', message: '保存请求的格式不对 · The save request is malformed.' };
  return guarded<SaveActionResult>(
    async () => {
      try {
        // A save changes only the draft: readers see nothing of it until it is published.
        return await saveDraft(parsed.data);
      } catch (error) {
        const state = actionError(error);
        return { status: 'error', code: state.code, message: state.message ?? '' };
      }
    },
    () => ({ status: 'unavailable' }),
  );
}

type LibraryResults =
  | { kind: 'speaker'; items: Awaited<ReturnType<typeof searchSpeakers>> }
  | { kind: 'interview'; items: Awaited<ReturnType<typeof searchInterviews>> }
  | { kind: 'quote'; items: Awaited<ReturnType<typeof searchQuotes>> }
  | { kind: 'topic'; items: Awaited<ReturnType<typeof searchTopics>> };

export async function searchLibraryAction(input: unknown): Promise<ActionState<LibraryResults>> {
  const parsed = librarySearchSchema.safeParse(input);
  if (!parsed.success) return { status: 'error', code: 'INVALID', message: '无效的搜索 · Not a valid search.' };
  const { kind, query } = parsed.data;
  try {
    if (kind === 'speaker') return { status: 'success', result: { kind, items: await searchSpeakers(query) } };
    if (kind === 'interview') return { status: 'success', result: { kind, items: await searchInterviews(query) } };
    if (kind === 'quote') return { status: 'success', result: { kind, items: await searchQuotes(query) } };
    return { status: 'success', result: { kind, items: await searchTopics(query) } };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { status: 'error', message: UNAVAILABLE };
    return actionError(error);
  }
}

export type CreateSpeakerState = ActionState<Awaited<ReturnType<typeof createSpeaker>>>;
export type CreateInterviewState = ActionState<Awaited<ReturnType<typeof createInterview>>>;

export async function createSpeakerAction(input: unknown): Promise<CreateSpeakerState> {
  const parsed = newSpeakerSchema.safeParse(input);
  if (!parsed.success) return { status: 'error', code: 'INVALID', message: '请检查标出的字段 · Check the marked fields.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    return { status: 'success', result: await createSpeaker(parsed.data) };
  } catch (error) {
    return actionError(error);
  }
}

export async function createInterviewAction(input: unknown): Promise<CreateInterviewState> {
  const parsed = newInterviewSchema.safeParse(input);
  if (!parsed.success) return { status: 'error', code: 'INVALID', message: '请检查标出的字段 · Check the marked fields.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    return { status: 'success', result: await createInterview(parsed.data) };
  } catch (error) {
    return actionError(error);
  }
}

export async function proposeChangelogAction(topicId: unknown): Promise<ActionState<string>> {
  const parsed = topicIdSchema.safeParse(topicId);
  if (!parsed.success) return { status: 'error', code: 'INVALID', message: '无效的主题 · Not a valid topic.' };
  try {
    return { status: 'success', result: await proposeChangelogLine(parsed.data) };
  } catch (error) {
    return actionError(error);
  }
}

export type PublishResult = { publishNumber: number; version: number; document: TopicDocument; slug: string };

export async function publishAction(input: unknown): Promise<ActionState<PublishResult>> {
  const parsed = publishSchema.safeParse(input);
  if (!parsed.success) return { status: 'error', code: 'INVALID', message: '发布请求的格式不对 · The publish request is malformed.' };
  try {
    const published = await publishDraftAsAnalyst(parsed.data);
    applyPublishedChange(published.change);
    return {
      status: 'success',
      message: `已发布第 ${published.publishNumber} 版 · Published version ${published.publishNumber}.`,
      result: { publishNumber: published.publishNumber, version: published.version, document: published.document, slug: published.document.slug },
    };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { status: 'error', message: UNAVAILABLE };
    return actionError(error);
  }
}

/** Moves the topic to the trash (an admin can restore it); readers lose it at once. */
export async function trashTopicAction(topicId: unknown): Promise<ActionState> {
  const parsed = topicIdSchema.safeParse(topicId);
  if (!parsed.success) return { status: 'error', code: 'INVALID', message: '无效的主题 · Not a valid topic.' };
  try {
    const change = await trashTopicAsAnalyst(parsed.data);
    if (change) applyPublishedChange(change);
    return { status: 'success', message: '已移到回收站 · Moved to the trash.' };
  } catch (error) {
    return actionError(error);
  }
}

export async function unpublishAction(topicId: unknown): Promise<ActionState> {
  const parsed = topicIdSchema.safeParse(topicId);
  if (!parsed.success) return { status: 'error', code: 'INVALID', message: '无效的主题 · Not a valid topic.' };
  try {
    applyPublishedChange(await unpublishAsAnalyst(parsed.data));
    return { status: 'success', message: '已撤下,读者看不到了 · Unpublished: readers no longer see it.' };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { status: 'error', message: UNAVAILABLE };
    return actionError(error);
  }
}
