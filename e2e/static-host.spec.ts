/**
 * A plain static host (issue 12, item 1): a file share or `python3 -m http.server` serves
 * `build/operators/X.html` only as `/operators/X.html` (no clean-URL rewriting). A deep link to
 * such an address must stay on its highlighted row with no console error, and a link copied there
 * must be the clean canonical address. The server here maps a path to exactly one file, nothing else.
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
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
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
