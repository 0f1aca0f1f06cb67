import { useLocale, useTranslations } from 'next-intl';
import type { TopicDocument } from '@/lib/topics/document';
import { chineseNumeral } from '@/lib/text/chinese-numeral';
import { campAnchor } from '@/lib/topics/camp-labels';

const plain = (markdown: string) => markdown.replace(/[*_`[\]]|\(https?:[^)]*\)/g, '').slice(0, 48);

/**
 * Anchors for every section, consensus point and camp. Points link by their stable id and camps
 * by their letter (#camp-b), kept by the camp when a reorder changes its letter, so a deep link
 * survives reordering (lib/topics/camp-labels.ts).
 */
export function TableOfContents({ document }: { document: TopicDocument }) {
  const t = useTranslations('Topic');
  const locale = useLocale();
  // Tall enough to tap on a phone (WCAG target size), as Lighthouse checks.
  const link = 'inline-block py-1 underline-offset-2 hover:underline';
  return (
    <nav aria-label={t('contents')} className="mt-8 rounded-md border border-stone-200 px-4 py-3 text-sm print:hidden dark:border-stone-800">
      <p className="font-semibold">{t('contents')}</p>
      <ol className="mt-2">
        <li><a className={link} href="#changelog">{t('changelog')}</a></li>
        <li>
          <a className={link} href="#consensus">{t('consensus')}</a>
          {document.consensus.length > 0 && (
            <ol className="ml-4 mt-1 text-stone-600 dark:text-stone-300">
              {document.consensus.map((point, index) => (
                <li key={point.id}>
                  <a className={link} href={`#point-${point.id}`}>
                    {t('pointLabel', { number: locale === 'zh' ? chineseNumeral(index + 1) : index + 1 })}
                    {plain(point.statement)}
                  </a>
                </li>
              ))}
            </ol>
          )}
        </li>
        <li>
          <a className={link} href="#camps">{t('camps')}</a>
          {document.camps.length > 0 && (
            <ol className="ml-4 mt-1 text-stone-600 dark:text-stone-300">
              {document.camps.map((camp) => (
                <li key={camp.id}>
                  <a className={link} href={`#${campAnchor(camp)}`}>
                    {t('campLabel', { label: camp.label })} · {plain(camp.stance)}
                  </a>
                </li>
              ))}
            </ol>
          )}
        </li>
        <li><a className={link} href="#blind-spots">{t('blindSpots')}</a></li>
        <li><a className={link} href="#view">{t('view')}</a></li>
        <li><a className={link} href="#open-questions">{t('openQuestions')}</a></li>
        <li><a className={link} href="#sources">{t('sources')}</a></li>
      </ol>
    </nav>
  );
}
