// Light Markdown for paragraphs, notes and paraphrases: *emphasis*, **strong**, [text](url)
// and backslash escapes, nothing else. It parses to a small tree that React renders as
// elements, so no HTML from content ever reaches the page, and links are http(s) or mailto only.

export type InlineNode =
  | { type: 'text'; value: string }
  | { type: 'em' | 'strong'; children: InlineNode[] }
  | { type: 'link'; href: string; children: InlineNode[] };

const SAFE_LINK = /^(https?:\/\/|mailto:)[^\s<>"]+$/i;

export function isSafeHref(href: string): boolean {
  return SAFE_LINK.test(href.trim());
}

export function parseLightMarkdown(source: string): InlineNode[] {
  return parseRange(source, 0, source.length);
}

function pushText(nodes: InlineNode[], value: string) {
  if (!value) return;
  const last = nodes.at(-1);
  if (last?.type === 'text') last.value += value;
  else nodes.push({ type: 'text', value });
}

function findClosing(source: string, marker: string, from: number, end: number): number {
  for (let i = from; i <= end - marker.length; i += 1) {
    if (source[i] === '\\') {
      i += 1;
      continue;
    }
    if (source.startsWith(marker, i) && (marker !== '*' || source[i + 1] !== '*')) return i;
    if (marker === '*' && source.startsWith('**', i)) i += 1; // skip a strong marker inside emphasis
  }
  return -1;
}

function parseRange(source: string, start: number, end: number): InlineNode[] {
  const nodes: InlineNode[] = [];
  let i = start;
  while (i < end) {
    const char = source[i]!;
    if (char === '\\' && i + 1 < end && /[\\*[\]()_`]/.test(source[i + 1]!)) {
      pushText(nodes, source[i + 1]!);
      i += 2;
      continue;
    }
    if (char === '*') {
      const marker = source.startsWith('**', i) ? '**' : '*';
      const innerStart = i + marker.length;
      const close = source[innerStart] === ' ' ? -1 : findClosing(source, marker, innerStart, end);
      if (close > innerStart) {
        nodes.push({ type: marker === '**' ? 'strong' : 'em', children: parseRange(source, innerStart, close) });
        i = close + marker.length;
        continue;
      }
      pushText(nodes, marker);
      i = innerStart;
      continue;
    }
    if (char === '[') {
      const labelEnd = source.indexOf('](', i + 1);
      const hrefEnd = labelEnd === -1 ? -1 : source.indexOf(')', labelEnd + 2);
      if (labelEnd !== -1 && hrefEnd !== -1 && hrefEnd < end) {
        const href = source.slice(labelEnd + 2, hrefEnd).trim();
        if (isSafeHref(href)) {
          nodes.push({ type: 'link', href, children: parseRange(source, i + 1, labelEnd) });
          i = hrefEnd + 1;
          continue;
        }
      }
    }
    pushText(nodes, char);
    i += 1;
  }
  return nodes;
}

/** The text a reader would see, without markup: for metadata, search and feeds. */
export function lightMarkdownToPlainText(source: string): string {
  const flatten = (nodes: InlineNode[]): string =>
    nodes.map((node) => (node.type === 'text' ? node.value : flatten(node.children))).join('');
  return flatten(parseLightMarkdown(source));
}
