import type { TopicDocument } from '@/lib/topics/document';
import { LightMarkdown } from '@/components/ui/light-markdown';
import { EmptyNote, Section } from './section';

export function ListSection({
  id,
  title,
  items,
  empty,
}: {
  id: string;
  title: string;
  items: TopicDocument['blindSpots'];
  empty: string;
}) {
  return (
    <Section id={id} title={title}>
      {items.length === 0 ? (
        <EmptyNote>{empty}</EmptyNote>
      ) : (
        <ul className="mt-4 list-disc space-y-2 pl-6">
          {items.map((item) => (
            <li key={item.id} className="leading-relaxed">
              <LightMarkdown source={item.text} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
