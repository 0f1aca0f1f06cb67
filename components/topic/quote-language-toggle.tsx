'use client';

import { useEffect, useState } from 'react';

// The reader's choice of quote language: original only, translation only, or both (the
// default, as the page is written). Remembered in local storage; applied as an attribute on
// <html> that the stylesheet reads, so the server-rendered page itself never changes.

export const QUOTE_MODES = ['both', 'original', 'translation'] as const;
type Mode = (typeof QUOTE_MODES)[number];
const KEY = 'topic-desk:quotes';

/** Runs before the quotes are painted (inline, before the first section with quotes), so nothing flickers. */
export const QUOTE_MODE_BOOT = `try{var m=localStorage.getItem('${KEY}');if(m==='original'||m==='translation')document.documentElement.dataset.quotes=m}catch(e){}`;

function applyMode(mode: Mode) {
  const root = window.document.documentElement;
  if (mode === 'both') root.removeAttribute('data-quotes');
  else root.setAttribute('data-quotes', mode);
  try {
    localStorage.setItem(KEY, mode);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

/** The words come from the server (the page ships no translation runtime). */
export type QuoteLanguageLabels = Record<Mode, string> & { legend: string; prompt: string };

export function QuoteLanguageToggle({ labels }: { labels: QuoteLanguageLabels }) {
  const [mode, setMode] = useState<Mode>('both');
  useEffect(() => {
    const stored = document.documentElement.dataset.quotes;
    // The boot script already applied the stored choice; the control only has to show it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (stored === 'original' || stored === 'translation') setMode(stored);
  }, []);
  const choose = (next: Mode) => {
    setMode(next);
    applyMode(next);
  };
  return (
    <fieldset className="mt-4 flex flex-wrap items-center gap-2 text-sm print:hidden">
      <legend className="sr-only">{labels.legend}</legend>
      <span aria-hidden="true" className="text-stone-500 dark:text-stone-400">{labels.prompt}</span>
      {QUOTE_MODES.map((option) => (
        <label key={option} className={`cursor-pointer rounded-full border px-3 py-0.5 ${mode === option ? 'border-stone-900 bg-stone-900 text-white dark:border-stone-100 dark:bg-stone-100 dark:text-stone-900' : 'border-stone-300 dark:border-stone-600'}`}>
          <input type="radio" name="quote-language" value={option} checked={mode === option} onChange={() => choose(option)} className="sr-only" />
          {labels[option]}
        </label>
      ))}
    </fieldset>
  );
}
