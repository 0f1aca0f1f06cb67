import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTypeScript,
  {
    ignores: ['.next/**', '.next-test/**', 'node_modules/**', 'lib/generated/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'],
  },
  {
    // Only the data access layer may touch Prisma (docs/conventions.md, rule 1).
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/lib/generated/*', '@/lib/db', '@prisma/*'], message: 'Read and write through lib/<domain> queries and mutations.' },
          ],
        },
      ],
    },
  },
  {
    // Readers see only the published record (conventions, rule 13): the public pages and what
    // they render read through lib/published, whose queries reach nothing but the published
    // record and the library's records; the rest they import are pure modules.
    files: ['app/[[]locale]/**', 'app/feed.xml/**', 'app/rss.xml/**', 'app/topics/**', 'app/sitemap.ts', 'app/robots.ts', 'components/topic/**', 'components/search/**', 'components/sources/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/lib/generated/*', '@/lib/db', '@prisma/*'], message: 'Read and write through lib/<domain> queries and mutations.' },
            {
              regex: '^@/lib/(?!published/|env$|i18n/|text/|search/|feeds/(atom|rss)$|topics/(document|confidence|structured-data|page-sources|camp-labels)$|speakers/affiliation-period$|provenance/(quote-status|timecode-links|normalize)$|evidence/coverage$|security/)',
              message: 'A public page reads only the published record: import from lib/published (or a pure module on the list in eslint.config.mjs).',
            },
          ],
        },
      ],
    },
  },
  {
    // The public reads take a PublishedReader (lib/published/reader.ts): a client narrowed to the
    // published record, whose models relate to no draft table.
    files: ['lib/published/**'],
    ignores: ['lib/published/reader.ts', 'lib/published/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@/lib/(db$|topics/draft-document$|drafts/|revisions/|quotes/|speakers/queries$|interviews/queries$)',
              allowTypeImports: true,
              message: 'Public reads go through the PublishedReader (lib/published/reader.ts), never the draft.',
            },
          ],
        },
      ],
    },
  },
];

export default config;
