// The demo content `npm start` shows on a fresh embedded database: an invented topic that
// uses every part of a topic page (people, shows and quotes are fictional).

export type DemoSpeaker = {
  key: string;
  slug: string;
  name: string;
  aliases?: string[];
  affiliations: { organisation: string; role?: string; startedOn?: string; endedOn?: string }[];
};

export type DemoInterview = {
  key: string;
  show: string;
  episodeTitle: string;
  episodeNumber?: string;
  publishedOn: string;
  url: string;
  spokenLanguage: string;
  transcriptLanguage: string;
  transcriptNotes?: string;
};

export type DemoBlock =
  | { kind: 'paragraph' | 'note'; text: string }
  | { kind: 'paraphrase'; text: string; reason: string; speaker?: string; interview?: string }
  | {
      kind: 'quote';
      original?: string;
      translation?: string;
      speakers: string[];
      interview?: string;
      seeAlso?: string;
    };

export type DemoTopic = {
  slug: string;
  titleZh: string;
  titleEn: string;
  changelog: { date: string; text: string }[];
  publishLine: string;
  consensus: { statement: string; blocks: DemoBlock[] }[];
  camps: { label: string; stance: string; holders: string; members: string[]; blocks: DemoBlock[] }[];
  blindSpots: string[];
  view: { judgment: string; confidence: 'LOW' | 'MEDIUM_LOW' | 'MEDIUM' | 'MEDIUM_HIGH' | 'HIGH'; strongestSupport: string; weakestLink: string };
  openQuestions: string[];
  sources: string[];
  sisterTopics: string[];
};

export const demoSpeakers: DemoSpeaker[] = [
  { key: 'mara', slug: 'mara-lindqvist', name: 'Mara Lindqvist', affiliations: [{ organisation: 'Fjord AI', role: 'Founder', startedOn: '2023-02-01' }] },
  {
    key: 'tomasz',
    slug: 'tomasz-wierzbicki',
    name: 'Tomasz Wierzbicki',
    aliases: ['T. Wierzbicki'],
    affiliations: [{ organisation: 'DeepMind', role: 'Research scientist', startedOn: '2017-09-01', endedOn: '2025-06-30' }],
  },
  { key: 'dev', slug: 'dev-raman', name: 'Dev Raman', affiliations: [{ organisation: 'Basalt Ventures', role: 'Partner' }] },
  { key: 'lucia', slug: 'lucia-ortega', name: 'Lucía Ortega', affiliations: [{ organisation: 'Basalt Ventures', role: 'Partner' }] },
  { key: 'aiko', slug: 'aiko-tanabe', name: 'Aiko Tanabe', affiliations: [{ organisation: 'Kestrel Systems', role: 'CTO' }] },
  { key: 'panel', slug: 'open-source-roundtable', name: 'Open Source Roundtable panel', affiliations: [] },
];

export const demoInterviews: DemoInterview[] = [
  {
    key: 'weights',
    show: 'Weights & Measures',
    episodeNumber: '12',
    episodeTitle: 'Mara Lindqvist on shipping open models',
    publishedOn: '2026-03-04',
    url: 'https://example.com/weights-and-measures/12',
    spokenLanguage: 'en',
    transcriptLanguage: 'en',
  },
  {
    key: 'basalt',
    show: 'Basalt Podcast',
    episodeNumber: '31',
    episodeTitle: 'The open-weights capital question',
    publishedOn: '2026-02-11',
    url: 'https://example.com/basalt/31',
    spokenLanguage: 'en',
    transcriptLanguage: 'en',
  },
  {
    key: 'dispatch',
    show: 'Deep Tech Dispatch',
    episodeNumber: '88',
    episodeTitle: 'Tomasz Wierzbicki: the frontier gap',
    publishedOn: '2026-01-20',
    url: 'https://example.com/dispatch/88',
    spokenLanguage: 'en',
    transcriptLanguage: 'zh',
    transcriptNotes: '英文原音,仅存中文转录',
  },
  {
    key: 'kestrel',
    show: 'Kestrel Talks',
    episodeNumber: '5',
    episodeTitle: 'Enterprise AI without the API',
    publishedOn: '2026-04-02',
    url: 'https://example.com/kestrel/5',
    spokenLanguage: 'en',
    transcriptLanguage: 'en',
  },
  {
    key: 'roundtable',
    show: 'Open Source Roundtable',
    episodeTitle: 'Spring 2026 panel',
    publishedOn: '2026-04-18',
    url: 'https://example.com/roundtable/spring-2026',
    spokenLanguage: 'en',
    transcriptLanguage: 'en',
  },
];

export const sisterTopic: DemoTopic = {
  slug: 'inference-economics',
  titleZh: '推理成本',
  titleEn: 'Inference Economics',
  changelog: [],
  publishLine: '首次发布',
  consensus: [
    {
      statement: '每单位智能的推理成本在持续下降,但总推理支出在上升。',
      blocks: [
        {
          kind: 'paragraph',
          text: '价格下降带来的需求增长,目前快于单价的下降——这是本主题与 open-weights-catch-up 共同的背景。',
        },
      ],
    },
  ],
  camps: [
    {
      label: 'A',
      stance: 'Cheaper tokens mean more tokens',
      holders: '投资人立场',
      members: ['dev'],
      blocks: [
        {
          kind: 'quote',
          original: 'Every time the price of a token halves, our portfolio companies find three new places to spend it.',
          translation: '每当 token 价格减半,我们投的公司就会找到三个新的花钱地方。',
          speakers: ['dev'],
          interview: 'basalt',
        },
      ],
    },
  ],
  blindSpots: [],
  view: {
    judgment: '推理成本的下降会被需求吃掉,总支出短期内不会下降。',
    confidence: 'MEDIUM',
    strongestSupport: '多位受访者独立描述了同样的需求反弹。',
    weakestLink: '缺少公开的总支出数据。',
  },
  openQuestions: ['硬件供给放松以后,价格曲线会不会再次变陡?'],
  sources: ['basalt'],
  sisterTopics: ['open-weights-catch-up'],
};

export const demoTopic: DemoTopic = {
  slug: 'open-weights-catch-up',
  titleZh: '开源模型追上来了吗',
  titleEn: 'Open-Weights Catch-Up',
  changelog: [{ date: '2026-04-20', text: '补充 2 条引语,新增阵营 C(企业用户立场)。' }],
  publishLine: '把握程度从中等偏低上调为中等;补充 Roundtable 的转述。',
  consensus: [
    {
      statement: '开源权重模型与最强闭源模型的差距在缩小——几乎所有受访者,包括"闭源领先"派,都接受这一点。',
      blocks: [
        {
          kind: 'paragraph',
          text: '分歧不在*有没有*缩小,而在缩小的速度,以及差距是否还重要。',
        },
        {
          kind: 'quote',
          original: 'The gap used to be measured in years. Now it is measured in release cycles.',
          translation: '差距过去以年计,现在以发布周期计。',
          speakers: ['mara'],
          interview: 'weights',
        },
        {
          kind: 'quote',
          translation: '前沿实验室的领先更多来自算力和数据管线,而不是某个秘密配方;这些优势会被复制,但复制需要成本。',
          speakers: ['tomasz'],
          seeAlso: 'inference-economics',
        },
      ],
    },
    {
      statement: '对多数企业来说,决定性因素已经不是榜单分数,而是部署成本和数据控制。',
      blocks: [
        {
          kind: 'quote',
          original: "Nobody we back picks a model from a leaderboard. They pick the one they can run where their data already lives.",
          translation: '我们投的公司没有一家是看排行榜选模型的。他们选的是能在自己数据所在之处运行的那个。',
          speakers: ['dev', 'lucia'],
          interview: 'basalt',
        },
      ],
    },
  ],
  camps: [
    {
      label: 'A',
      stance: '差距会在两年内消失',
      holders: 'Fjord AI / 开源社区 立场',
      members: ['mara', 'panel'],
      blocks: [
        {
          kind: 'paragraph',
          text: 'Mara Lindqvist 的论点是工程性的:开源社区的*迭代速度*已经超过任何单一实验室,而且评测越来越公开。',
        },
        {
          kind: 'quote',
          original: 'Open models get a thousand red-teamers for free on the day they ship.',
          translation: '开源模型发布当天就免费得到一千个红队测试者。',
          speakers: ['mara'],
          interview: 'weights',
        },
        {
          kind: 'paraphrase',
          text: 'Roundtable 的几位维护者认为,真正的瓶颈是高质量的后训练数据,而不是基础模型本身;谁能把社区反馈变成数据,谁就追得最快。',
          reason: '该集为多人圆桌,录音中发言人无法逐一区分,故转述。',
          speaker: 'panel',
          interview: 'roundtable',
        },
        {
          kind: 'note',
          text: '这个阵营对"两年"的估计没有给出方法,更像是一个姿态而不是预测。',
        },
      ],
    },
    {
      label: 'B',
      stance: '前沿永远领先一代',
      holders: 'former DeepMind 研究者 立场',
      members: ['tomasz'],
      blocks: [
        {
          kind: 'paraphrase',
          text: 'Tomasz Wierzbicki 认为追赶者永远在追一个移动的目标:当开源模型达到去年的前沿时,闭源实验室已经在训练下一代。',
          reason: '该集英文原音、仅存中文转录,故转述。',
          speaker: 'tomasz',
          interview: 'dispatch',
        },
      ],
    },
    {
      label: 'C',
      stance: '差距无关紧要',
      holders: '企业用户立场',
      members: ['aiko', 'dev', 'lucia'],
      blocks: [
        {
          kind: 'quote',
          original: 'For ninety percent of our workloads, last year\'s frontier is more than enough.',
          translation: '对我们九成的工作负载来说,去年的前沿水平已经绰绰有余。',
          speakers: ['aiko'],
          interview: 'kestrel',
        },
        {
          kind: 'quote',
          original: 'What we cannot live without is control over where the weights run.',
          translation: '我们离不开的,是对权重在哪里运行的控制权。',
          speakers: ['aiko'],
          interview: 'kestrel',
        },
      ],
    },
  ],
  blindSpots: [
    '没有人给出"差距"的统一度量:各方引用的评测集互不相同。',
    '开源模型的训练成本由谁长期承担,几乎没人正面回答。',
  ],
  view: {
    judgment: '在大多数企业任务上,差距已经小到不再是选型的决定因素;但在最前沿的推理任务上,闭源模型仍将领先至少一代。',
    confidence: 'MEDIUM',
    strongestSupport: '企业用户与投资人从不同方向给出了同样的观察:选型看部署与数据控制。',
    weakestLink: '"最前沿任务"的评测本身在变化,领先一代的判断可能随评测而改变。',
  },
  openQuestions: ['如果前沿实验室开始发布旧一代权重,开源社区的角色会怎样变化?', '监管会不会让"能在本地运行"变成硬性要求?'],
  sources: ['weights', 'basalt', 'dispatch', 'kestrel', 'roundtable'],
  sisterTopics: ['inference-economics'],
};
