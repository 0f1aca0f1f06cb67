// The page's section headings, as readers see them, and the other fixed words of the format.

export const SECTION_TITLES = {
  changelog: '更新日志',
  consensus: '主流共识',
  camps: '分歧在哪',
  blindSpots: '都没说透的',
  view: '我的看法',
  openQuestions: '还想知道什么',
  sources: '取材',
  sisterTopics: '姊妹主题',
} as const;

export type SectionKey = keyof typeof SECTION_TITLES;

const SECTION_BY_TITLE = new Map<string, SectionKey>(Object.entries(SECTION_TITLES).map(([key, title]) => [title, key as SectionKey]));

/** The section a heading line opens, or null. Headings are whole lines. */
export const sectionOf = (line: string): SectionKey | null => SECTION_BY_TITLE.get(line) ?? null;

/** Page furniture copied along with the page ("主题综述" above and below the title). */
export const KICKER = '主题综述';

/** Written by export before a paragraph or list item that would otherwise read as something else. */
export const ESCAPE = '\\';

export const SISTER_TOPIC_PREFIX = '见姊妹主题';
export const MEMBERS_PREFIX = '成员 \u00b7 Members:';
export const NOTE_PREFIX = '注意';
export const VIEW_LABELS = {
  judgment: '判断(不是事实):',
  confidence: '把握程度:',
  strongestSupport: '最强的支撑:',
  weakestLink: '最弱的环节:',
} as const;
