import { defineConfig, devices } from '@playwright/test';
import { testDemoAccounts } from './lib/cli/demo-logins.mjs';

// The demo accounts' passwords for this run (TOPICDESK_DEMO_PASSWORDS, unless `npm test` set
// it already): evaluated before the global setup seeds the database and inherited by the workers.
testDemoAccounts();

// `npm test` builds the app, starts it on a test database and sets E2E_BASE_URL; run alone,
// point E2E_BASE_URL and E2E_DATABASE_URL at a server you started (see README).
const baseURL = process.env.E2E_BASE_URL ?? 'http://localhost:3000';
const executablePath = process.env.CHROMIUM_PATH || undefined;

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  // Playwright empties its outputDir on start: keep it apart from the run's JSON reports.
  outputDir: 'test-results/e2e-artifacts',
  reporter: process.env.E2E_JSON_REPORT
    ? [['list'], ['json', { outputFile: process.env.E2E_JSON_REPORT }]]
    : [['list']],
  use: {
    baseURL,
    // The browser asks for Chinese, the site's default interface language; e2e/language.spec.ts
    // covers English and the switch.
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      // Root needs --no-sandbox; the rest keep Chromium from calling out on a closed network.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, dependencies: ['setup'] },
    { name: 'phone', use: { ...devices['Pixel 7'] }, testMatch: /reader\.spec\.ts/ },
  ],
});
