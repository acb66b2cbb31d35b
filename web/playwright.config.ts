import { defineConfig } from '@playwright/test';

/**
 * The browser tests of the web console. They run against a running suite (the e2e module's WebConsoleTest starts
 * them with the gateway's and Keycloak's addresses), with the machine's Chromium: no browser is downloaded.
 */
const baseURL = process.env.MADOGUCHI_BASE_URL ?? 'http://localhost:8080';
const output = process.env.MADOGUCHI_E2E_OUTPUT ?? 'test-results';

export default defineConfig({
  testDir: 'e2e',
  outputDir: `${output}/playwright`,
  fullyParallel: false,
  workers: 1,
  // no retry: the specs of a file build on each other (serial), and a retry would repeat their writes
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1280, height: 900 },
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
});
