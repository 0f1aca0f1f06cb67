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
];

export default config;
