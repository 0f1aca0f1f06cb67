import type { ReactNode } from 'react';

/**
 * A table too wide for a phone: it scrolls sideways inside its own box, never the page. The box
 * is a named region that takes focus, so it can be scrolled from the keyboard too. It is
 * positioned (relative) so that it also clips what is positioned inside it: a visually hidden
 * label (sr-only, absolute) in a far column would otherwise widen the page itself.
 */
export function ScrollingTable({ label, className = '', children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`relative overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
