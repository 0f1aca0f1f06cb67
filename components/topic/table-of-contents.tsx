import type { TopicDocument } from '@/lib/topics/document';
import { chineseNumeral } from '@/lib/text/chinese-numeral';
import { campAnchor } from './camps-section';

const plain = (markdown: string) => markdown.replace(/[*_`[\]]|\(https?:[^)]*\)/g, '').slice(0, 48);

/**
 * Anchors for every section, consensus point and camp. Points link by their stable id and camps
 * by their label (#camp-b), so a deep link survives reordering the others.
 */
export function TableOfContents({ document }: { document: TopicDocument }) {
  // Tall enough to tap on a phone (WCAG target size), as Lighthouse checks.
  const link = 'inline-block py-1 underline-offset-2 hover:underline';
  return (
    <nav aria-label="目录 · Contents" className="mt-8 rounded-md border border-stone-200 px-4 py-3 text-sm print:hidden dark:border-stone-800">
      <p className="font-semibold">目录 · Contents</p>
      <ol className="mt-2">
        <li><a className={link} href="#changelog">更新日志 · Changelog</a></li>
        <li>
          <a className={link} href="#consensus">主流共识 · Consensus</a>
          {document.consensus.length > 0 && (
            <ol className="ml-4 mt-1 text-stone-600 dark:text-stone-300">
              {document.consensus.map((point, index) => (
                <li key={point.id}>
                  <a className={link} href={`#point-${point.id}`}>
                    第{chineseNumeral(index + 1)}点:{plain(point.statement)}
                  </a>
                </li>
              ))}
            </ol>
          )}
        </li>
        <li>
          <a className={link} href="#camps">分歧在哪 · Where they disagree</a>
          {document.camps.length > 0 && (
            <ol className="ml-4 mt-1 text-stone-600 dark:text-stone-300">
              {document.camps.map((camp) => (
                <li key={camp.id}>
                  <a className={link} href={`#${campAnchor(camp)}`}>
                    阵营 {camp.label} · {plain(camp.stance)}
                  </a>
                </li>
              ))}
            </ol>
          )}
        </li>
        <li><a className={link} href="#blind-spots">都没说透的 · What nobody explained</a></li>
        <li><a className={link} href="#view">我的看法 · Editor&apos;s view</a></li>
        <li><a className={link} href="#open-questions">还想知道什么 · Open questions</a></li>
        <li><a className={link} href="#sources">取材 · Sources</a></li>
      </ol>
    </nav>
  );
}
