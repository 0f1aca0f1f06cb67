import type { ReactNode } from 'react';

/** A top-level section of the topic page, with an anchor for the table of contents. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="topic-section mt-12 scroll-mt-6">
      <h2 id={`${id}-title`} className="border-b border-stone-200 pb-2 text-2xl font-semibold dark:border-stone-700">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function EmptyNote({ children }: { children: ReactNode }) {
  return <p className="mt-4 text-sm italic text-stone-500 dark:text-stone-400">{children}</p>;
}
