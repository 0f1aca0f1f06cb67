import type { ConfidenceLevel } from './document';

/** The five-step scale as the page says it: 低 / 中等偏低 / 中等 / 中等偏高 / 高. */
export const CONFIDENCE_LABELS: Record<ConfidenceLevel, { zh: string; en: string }> = {
  LOW: { zh: '低', en: 'Low' },
  MEDIUM_LOW: { zh: '中等偏低', en: 'Medium-low' },
  MEDIUM: { zh: '中等', en: 'Medium' },
  MEDIUM_HIGH: { zh: '中等偏高', en: 'Medium-high' },
  HIGH: { zh: '高', en: 'High' },
};
