/**
 * A plain static host (issue 12, item 1): a file share or `python3 -m http.server` serves
 * `build/operators/X.html` only as `/operators/X.html` (no clean-URL rewriting). A deep link to
 * such an address must stay on its highlighted row with no console error, and a link copied there
 * must be the clean canonical address. The server here maps a path to exactly one file (and, like
 * python's, redirects a directory to its slash form), nothing else. The site helps such hosts in two
 * ways (src/plugins/static-host): the address bar is normalised to the clean path before any script
 * runs, and every page X.html has a byte-identical twin X/index.html, so clean links work too.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type {AddressInfo} from 'node:net';
import {test, expect, ready} from './fixtures';

test.use({permissions: ['clipboard-read', 'clipboard-write']});

const Build = path.join(__dirname, '..', 'build');
const Types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
};
let server: http.Server;
let origin = '';

test.beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const rel = decodeURIComponent(url.pathname);
    // Like python3 -m http.server: a directory without its slash is redirected to it (and then
    // served by its index.html); nothing else is rewritten.
    const direct = path.join(Build, rel);
    if (!rel.endsWith('/') && direct.startsWith(Build) && fs.existsSync(direct) && fs.statSync(direct).isDirectory()) {
      res.writeHead(301, {location: `${url.pathname}/${url.search}`}).end();
      return;
    }
    const file = path.join(Build, rel.endsWith('/') ? `${rel}index.html` : rel);
    if (!file.startsWith(Build) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {'content-type': Types[path.extname(file)] ?? 'application/octet-stream'});
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

for (const [page_, row] of [
  ['/operators/aclnnQuantMatmulAllReduceV2.html', 'param-dequantScale'],
  ['/en/operators/aclnnWeightQuantBatchMatmul.html', 'constraint-not-null'],
  ['/errata.html', 'erratum-e5-m-equals-64'],
] as const) {
  test(`${page_}#${row} stays on its highlighted row, and its copied link is clean`, async ({page, guard}) => {
    void guard; // fails the test on any console error or warning (e.g. a hydration error)
    const response = await page.goto(`${origin}${page_}#${row}`);
    expect(response?.status()).toBe(200);
    await ready(page);
    const target = page.locator(`[id="${row}"]`);
    await expect(target).toBeInViewport();
    // Still there once everything has settled (a client router that does not know the .html path
    // would re-render and jump to the top).
    await page.waitForLoadState('networkidle');
    await expect(target).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    await expect(page.locator(':target')).toHaveAttribute('id', row);
    await target.locator('[data-copy-link] button[data-copy="url"]').first().click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${origin}${page_.replace(/\.html$/, '')}#${row}`);
  });
}

for (const [page_, ready_] of [
  ['/tools/checker.html', '#checker-verdict'],
  ['/en/tools/playground.html', 'form'],
  ['/tools/dequant-scale.html?preset=1', 'main'],
] as const) {
  test(`tool page ${page_} (React) hydrates with no error and shows the clean address`, async ({page, guard}) => {
    void guard; // fails on React's hydration errors #418/#423, which a .html path used to cause
    const response = await page.goto(`${origin}${page_}`);
    expect(response?.status()).toBe(200);
    await ready(page);
    await expect(page.locator(ready_).first()).toBeVisible();
    const clean = page_.replace(/\.html/, '');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(clean);
  });
}

test('clean internal links work on a plain static host, from a document to a tool page and back', async ({
  page,
  guard,
}) => {
  void guard;
  await page.goto(`${origin}/operators/aclnnQuantMatmulAllReduceV2.html`);
  await ready(page);
  expect(new URL(page.url()).pathname).toBe('/operators/aclnnQuantMatmulAllReduceV2');
  // A document page has no client router: this is a real navigation to the clean path /tools/checker.
  const link = page.locator('a[href="/tools/checker"]').first();
  await expect(link).toBeAttached();
  const response = await Promise.all([page.waitForNavigation(), link.evaluate((a: HTMLAnchorElement) => a.click())]);
  expect(response[0]?.status()).toBe(200);
  await ready(page);
  expect(new URL(page.url()).pathname).toBe('/tools/checker');
  // Reloading the clean address (now served from the twin tools/checker/index.html) still works.
  const reloaded = await page.reload();
  expect(reloaded?.status()).toBe(200);
  await ready(page);
  await expect(page.locator('h1')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/tools/checker');
});
