import { Fragment, type ReactNode } from 'react';
import { parseLightMarkdown, type InlineNode } from '@/lib/text/light-markdown';

function render(nodes: InlineNode[]): ReactNode {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return <Fragment key={index}>{node.value}</Fragment>;
      case 'em':
        return <em key={index}>{render(node.children)}</em>;
      case 'strong':
        return <strong key={index}>{render(node.children)}</strong>;
      case 'link':
        return (
          <a key={index} href={node.href} rel="noopener noreferrer nofollow" className="underline underline-offset-2">
            {render(node.children)}
          </a>
        );
    }
  });
}

/** Renders light Markdown as React elements: content never becomes raw HTML. */
export function LightMarkdown({ source }: { source: string }) {
  return <>{render(parseLightMarkdown(source))}</>;
}
