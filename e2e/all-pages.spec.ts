import fs from 'node:fs';
import path from 'node:path';
import {test, expect, open} from './fixtures';

/** Every page listed in the built sitemap(s). */
function sitemapPaths(): string[] {
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

const paths = sitemapPaths();

test('the sitemap lists the landing, both operator pages, the concept pages and the errata', () => {
  for (const p of [
    '/',
    '/operators/aclnnQuantMatmulAllReduceV2',
    '/operators/aclnnWeightQuantBatchMatmul',
    '/errata',
    '/concepts/return-codes',
  ]) {
    expect(paths).toContain(p);
  }
});

for (const p of paths) {
  test(`${p} loads with no console error and no foreign request`, async ({page, guard}) => {
    void guard;
    await open(page, p);
    await expect(page.locator('main h1, article h1').first()).toBeVisible();
    await expect(page.locator('body')).not.toContainText('[object Object]');
  });
}
