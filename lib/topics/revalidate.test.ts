import { beforeEach, expect, test, vi } from 'vitest';
import { registerMicrocache } from '@/lib/microcache/registry.mjs';
import { revalidatePublishedTopic, revalidateSourcePages, withdrawPublishedTopic } from './revalidate';

// Next's cache functions need a request scope; what matters here is what is expired, and that
// the server's microcache (pages answered from memory, lib/microcache) is emptied every time.
const next = vi.hoisted(() => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock('next/cache', () => next);

const microcache = { clear: vi.fn() };
registerMicrocache(microcache);

beforeEach(() => vi.clearAllMocks());

test('a publish renders the topic anew in both languages, marks the lists stale, and empties the microcache', () => {
  revalidatePublishedTopic('new-slug', 'old-slug');
  expect(next.updateTag).toHaveBeenCalledWith('topic:new-slug');
  expect(next.updateTag).toHaveBeenCalledWith('topic:old-slug');
  for (const path of ['/zh/topics/new-slug', '/en/topics/new-slug', '/zh/topics/old-slug', '/en/topics/old-slug']) {
    expect(next.revalidatePath).toHaveBeenCalledWith(path);
  }
  expect(next.revalidateTag).toHaveBeenCalledWith('topics', 'max');
  expect(microcache.clear).toHaveBeenCalledTimes(1);
});

test('a withdrawal expires the lists at once, and empties the microcache', () => {
  withdrawPublishedTopic('gone');
  expect(next.updateTag).toHaveBeenCalledWith('topics');
  expect(next.revalidateTag).not.toHaveBeenCalled();
  expect(microcache.clear).toHaveBeenCalledTimes(1);
});

test('an edit of a speaker or an interview empties the microcache too', () => {
  revalidateSourcePages();
  expect(next.revalidatePath).toHaveBeenCalledWith('/[locale]/speakers/[slug]', 'page');
  expect(microcache.clear).toHaveBeenCalledTimes(1);
});
