import Link from 'next/link';
import { connection } from 'next/server';
import { Pager } from '@/components/ui/pager';
import { cachedPublishedTopicPage } from '@/lib/topics/cached-queries';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HomePage({ searchParams }: Props) {
  // Rendered per request (a page with no parameter would otherwise be rendered at build time,
  // which needs the database then); the list itself comes from the cache a publish invalidates.
  await connection();
  const requested = Number((await searchParams).page);
  const { topics, page, hasMore } = await cachedPublishedTopicPage(Number.isInteger(requested) && requested > 1 && requested < 100_000 ? requested : 1);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold">主题 · Topics</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-300">
        每个主题页都是活文档:共识、分歧的阵营、原话与编辑的判断。 · Each topic page is a living synthesis.
      </p>
      {topics.length === 0 ? (
        <p className="mt-8 italic text-stone-500">还没有发布的主题 · No published topics yet.</p>
      ) : (
        <ul className="mt-8 divide-y divide-stone-200 dark:divide-stone-800">
          {topics.map((topic) => (
            <li key={topic.slug} className="py-4">
              <Link href={`/topics/${topic.slug}`} className="text-xl font-semibold hover:underline">
                {topic.titleZh} · {topic.titleEn}
              </Link>
              <p className="mt-1 text-sm text-stone-500 dark:text-stone-400">
                {topic.updatedOn && (
                  <>
                    最近更新 <time dateTime={topic.updatedOn}>{topic.updatedOn}</time> ·{' '}
                  </>
                )}
                取材 {topic.interviewCount} 篇访谈 · {topic.campCount} 个阵营
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} hasMore={hasMore} href={(n) => (n === 1 ? '/' : `/?page=${n}`)} />
    </div>
  );
}
