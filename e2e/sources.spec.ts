/**
 * Citations as readers see them (issue 10, item 3): every row of the operator tables has at
 * least one "source" link; code and doc citations link to the cited lines at a pinned commit on
 * the upstream host (a hyperlink, never a loaded resource: the fixture fails on any foreign
 * request); seed citations link to their row of the source registry on /sources.
 */
import {test, expect, open} from './fixtures';

const Pages = ['/operators/aclnnQuantMatmulAllReduceV2', '/en/operators/aclnnWeightQuantBatchMatmul'];

for (const url of Pages) {
  test(`every parameter, error and constraint row of ${url} links its sources`, async ({page, guard}) => {
    void guard;
    await open(page, url);
    const rows = page.locator(
      'tr.anchored-row[id^="param-"], tr.anchored-row[id^="exec-param-"], tr.anchored-row[id^="error-"], tr.anchored-row[id^="constraint-"]',
    );
    const count = await rows.count();
    expect(count).toBeGreaterThan(20);
    const report = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.id,
        // a parameter row's sources sit in its detail line, the next row
        links: Array.from(
          (tr.nextElementSibling?.classList.contains('row-detail') ? tr.nextElementSibling : tr).querySelectorAll(
            'a[class*="sourceLink"]',
          ),
        ).map((a) => ({
          href: a.getAttribute('href') ?? '',
          text: a.textContent ?? '',
          name: a.getAttribute('aria-label') ?? '',
        })),
      })),
    );
    const uncited = report.filter((r) => r.links.length === 0).map((r) => r.id);
    expect(uncited, 'rows without a source link').toEqual([]);
    for (const {id, links} of report) {
      for (const l of links) {
        // the visible text is part of the accessible name, which names the file and lines
        expect(l.name.includes(l.text), `${id}: ${l.name}`).toBe(true);
        if (l.href.startsWith('http')) {
          expect(l.href, id).toMatch(/^https:\/\/github\.com\/[\w-]+\/[\w-]+\/blob\/[0-9a-f]{40}\/.+#L\d+-L\d+$/);
        } else {
          expect(l.href, id).toMatch(/\/sources#source-seed-/);
        }
      }
    }
  });
}

test('a seed citation leads to its row in the source registry', async ({page, guard}) => {
  void guard;
  await open(page, '/operators/aclnnQuantMatmulAllReduceV2');
  const seed = page.locator('a[class*="sourceLink"][href*="/sources#source-seed-qmar"]').first();
  await seed.click();
  await expect(page).toHaveURL(/\/sources#source-seed-qmar$/);
  await expect(page.locator('#source-seed-qmar')).toBeInViewport();
  // the registry lists pinned commits and the number of citations per source
  const codeRow = page.locator('#source-qmar-v2-api');
  await expect(codeRow).toContainText(/[0-9a-f]{10}/);
  await expect(codeRow.locator('td').last()).not.toHaveText('0');
});
