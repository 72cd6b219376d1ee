/**
 * Browser tests against the production build (run `npm run build` first), served by
 * `docusaurus serve` on 127.0.0.1. Real headless Chromium from Debian (/usr/bin/chromium);
 * Playwright never downloads a browser.
 */
import {defineConfig} from '@playwright/test';

const Port = Number(process.env.E2E_PORT ?? 3210);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  // Conditions, not fixed waits: on a busy machine (CI runners, parallel builds) a search result or
  // a re-render can take longer than Playwright's default 5 s to appear.
  expect: {timeout: 15_000},
  use: {
    baseURL: `http://127.0.0.1:${Port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // Spawn docusaurus directly (not through npx) so stopping the server really stops it.
    command: `node node_modules/@docusaurus/core/bin/docusaurus.mjs serve --host 127.0.0.1 --port ${Port} --no-open`,
    url: `http://127.0.0.1:${Port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
