/**
 * Shared fixture: every page fails its test on a console error or warning, an uncaught
 * exception, or any request that leaves 127.0.0.1 (such requests are also blocked).
 */
import fs from 'node:fs';
import path from 'node:path';
import {test as base, expect, type Page} from '@playwright/test';

interface Guard {
  consoleProblems: string[];
  foreignRequests: string[];
}

export const test = base.extend<{guard: Guard}>({
  guard: async ({page}, use) => {
    const guard: Guard = {consoleProblems: [], foreignRequests: []};
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning')
        guard.consoleProblems.push(`${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => guard.consoleProblems.push(`pageerror: ${err.message}`));
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
      guard.foreignRequests.push(route.request().url());
      return route.abort();
    });
    await use(guard);
    expect(guard.consoleProblems, 'console errors/warnings').toEqual([]);
    expect(guard.foreignRequests, 'requests to other hosts').toEqual([]);
  },
});

export {expect};

/**
 * Wait until a loaded page is ready: its behaviours are installed (`html[data-enhanced]`, set by
 * src/enhance on every page) and, on the pages that run React (the tools), React has hydrated.
 * Document pages load no React (README, "Documents without React").
 */
export async function ready(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.documentElement.dataset.enhanced === 'true' &&
      (!document.querySelector('script[src*="/assets/js/"]') ||
        document.documentElement.dataset.hasHydrated === 'true'),
  );
}

/** Load a page and wait until it is ready (see ready()). */
export async function open(page: Page, url: string): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status(), `HTTP status of ${url}`).toBe(200);
  await ready(page);
}

/** Every page listed in the built sitemap(s) of every locale, as paths. */
export function sitemapPaths(): string[] {
  const build = path.join(__dirname, '..', 'build');
  const maps = [path.join(build, 'sitemap.xml')].concat(
    fs
      .readdirSync(build)
      .map((d) => path.join(build, d, 'sitemap.xml'))
      .filter((f) => fs.existsSync(f)),
  );
  const urls = new Set<string>();
  for (const file of maps) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) urls.add(new URL(m[1]).pathname);
  }
  return [...urls].sort();
}
