import type { TopicDocument } from '@/lib/topics/document';
import { LightMarkdown } from '@/components/ui/light-markdown';
import { EmptyNote, Section } from './section';

export function ChangelogSection({ changelog }: { changelog: TopicDocument['changelog'] }) {
  return (
    <Section id="changelog" title="更新日志" subtitle="Changelog">
      {changelog.length === 0 ? (
        <EmptyNote>暂无更新记录 · No changes recorded yet.</EmptyNote>
      ) : (
        <ul className="mt-4 space-y-1">
          {changelog.map((entry) => (
            <li key={entry.id} className="flex gap-3">
              <time dateTime={entry.date} className="shrink-0 tabular-nums text-stone-500 dark:text-stone-400">
                {entry.date}
              </time>
              <span>
                <LightMarkdown source={entry.text} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
