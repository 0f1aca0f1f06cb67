import type { TopicDocument } from '@/lib/topics/document';

export function TopicHeader({
  document,
  updatedOn,
  isDraft,
}: {
  document: TopicDocument;
  updatedOn: string | null;
  isDraft?: boolean;
}) {
  return (
    <header>
      <p className="text-sm uppercase tracking-wide text-stone-500 dark:text-stone-400">主题综述 · Topic synthesis</p>
      <h1 className="mt-2 text-3xl font-bold leading-tight sm:text-4xl">
        <span lang="zh">{document.titleZh}</span>
        <span className="text-stone-500" aria-hidden="true"> · </span>
        <span lang="en">{document.titleEn}</span>
      </h1>
      <p className="mt-3 text-sm text-stone-600 dark:text-stone-300" data-testid="topic-meta">
        主题页(活文档)
        {isDraft ? (
          <> · 草稿预览 · draft preview</>
        ) : (
          updatedOn && (
            <>
              {' · 最近更新 '}
              <time dateTime={updatedOn}>{updatedOn}</time>
            </>
          )
        )}
        {' · 取材 '}
        {document.sources.length} 篇访谈
      </p>
    </header>
  );
}
