import { useLocale, useTranslations } from 'next-intl';
import { CONSENSUS_PLACE, type Place, type PositionChange } from '@/lib/published/position-changes';

/**
 * A change of position as words in the reader's language: "阵营 A → 阵营 B", "加入共识、阵营 C",
 * "left Camp B". The topic history and the speaker page both say it this way.
 */
export function usePositionChangeText() {
  const t = useTranslations('Positions');
  const separator = useLocale() === 'en' ? ', ' : '、';
  const places = (list: Place[]) => list.map((p) => (p.place === CONSENSUS_PLACE ? t('consensus') : t('camp', { label: p.label ?? '?' }))).join(separator);
  return (change: PositionChange): string => {
    if (change.kind === 'joined') return t('joined', { to: places(change.to) });
    if (change.kind === 'left') return t('left', { from: places(change.from) });
    return t('moved', { from: places(change.from), to: places(change.to) });
  };
}
