'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { searchLibraryAction } from '@/app/(editor)/editor/topics/[id]/actions';
import type { LibraryQuote } from '@/lib/library/search';
import type { InterviewRef, SpeakerRef, TopicRef } from '@/lib/topics/document';

// A type-ahead over the shared library (speakers, interviews, quotes, topics): results come
// from the server as the analyst types; arrow keys and Enter pick; the last option can create
// a new entry from what was typed.

type Kinds = { speaker: SpeakerRef; interview: InterviewRef; quote: LibraryQuote; topic: TopicRef };

type Props<K extends keyof Kinds> = {
  kind: K;
  label: string;
  describe: (item: Kinds[K]) => string;
  onPick: (item: Kinds[K]) => void;
  /** Offered after the results: "新建讲者「…」 · New speaker “…”". */
  createLabel?: (query: string) => string;
  onCreate?: (query: string) => void;
  exclude?: readonly string[];
};

export function LibraryPicker<K extends keyof Kinds>({ kind, label, describe, onPick, createLabel, onCreate, exclude = [] }: Props<K>) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<Kinds[K][]>([]);
  const [active, setActive] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const request = useRef(0);

  useEffect(() => {
    if (!open) return;
    const ticket = ++request.current;
    const timer = setTimeout(async () => {
      try {
        const state = await searchLibraryAction({ kind, query });
        if (ticket !== request.current) return;
        if (state.status === 'success' && state.result) {
          setItems((state.result.items as Kinds[K][]).filter((item) => !exclude.includes(item.id)));
          setMessage(null);
        } else setMessage(state.message ?? null);
      } catch {
        if (ticket === request.current) setMessage('搜索失败,请稍后再试 · Search failed; try again shortly.');
      }
    }, 150);
    return () => clearTimeout(timer);
    // `exclude` is compared by content: a new array each render must not search again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kind, query, open, exclude.join()]);

  const options = [...items.map((item) => ({ key: item.id, text: describe(item), pick: () => onPick(item) }))];
  if (onCreate && createLabel && query.trim()) options.push({ key: '__create', text: createLabel(query.trim()), pick: () => onCreate(query.trim()) });
  const choose = (index: number) => {
    const option = options[index];
    if (!option) return;
    option.pick();
    setQuery('');
    setOpen(false);
  };

  return (
    <div className="relative">
      <label htmlFor={`${id}-input`} className="block text-xs font-medium text-stone-600 dark:text-stone-300">
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${id}-option-${active}` : undefined}
        value={query}
        autoComplete="off"
        placeholder="输入以搜索 · Type to search"
        className="mt-1 w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-600 dark:bg-stone-900"
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, options.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (event.key === 'Enter' && open) {
            event.preventDefault();
            choose(active);
          } else if (event.key === 'Escape') setOpen(false);
        }}
      />
      {open && (
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label={label}
          className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded border border-stone-300 bg-white text-sm shadow-lg dark:border-stone-600 dark:bg-stone-900"
        >
          {options.map((option, index) => (
            <li
              key={option.key}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              className={`cursor-pointer px-2 py-1 ${index === active ? 'bg-sky-100 dark:bg-sky-900' : ''} ${option.key === '__create' ? 'border-t border-stone-200 italic dark:border-stone-700' : ''}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(index)}
            >
              {option.text}
            </li>
          ))}
          {options.length === 0 && <li className="px-2 py-1 italic text-stone-500">{message ?? '没有结果 · No matches'}</li>}
        </ul>
      )}
    </div>
  );
}
