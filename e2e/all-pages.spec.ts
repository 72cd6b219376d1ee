import {test, expect, open, sitemapPaths} from './fixtures';

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
