/**
 * The family page (issue 14): /families/quant-matmul-all-reduce in both locales. Its tables are
 * generated from the members' specs; this checks what a reader relies on: every version row and
 * decision is an anchor, the prototype comparison shows a rename in one row, links reach the member
 * pages, zero axe-core violations (WCAG 2.0/2.1 A/AA + best practices, light and dark), and no
 * horizontal page scroll at 375 px (wide tables scroll inside their own region).
 */
import {test, expect, open} from './fixtures';
import {axeViolations, Modes, openIn} from './axe';

const Pages = ['/families/quant-matmul-all-reduce', '/en/families/quant-matmul-all-reduce'];
const Members = [
  'aclnnQuantMatmulAllReduce',
  'aclnnQuantMatmulAllReduceV2',
  'aclnnQuantMatmulAllReduceV3',
  'aclnnQuantMatmulAllReduceV4',
  'aclnnQuantMatmulAllReduceV5',
];

test.describe.configure({timeout: 180_000});

for (const url of Pages) {
  test(`${url}: versions, decisions and the prototype comparison come from the specs`, async ({page, guard}) => {
    void guard;
    await open(page, url);
    for (const api of Members) await expect(page.locator(`#member-${api}`)).toHaveCount(1);
    // V4 renames dequantScale: one row holds both names, and V4's cell links to its parameter row.
    const scaleRow = page.locator('#diff-x2-scale');
    await expect(scaleRow.locator('code', {hasText: /^dequantScale$/})).not.toHaveCount(0);
    await expect(scaleRow.locator('a[href$="/api/aclnnQuantMatmulAllReduceV4#param-x2ScaleOptional"]')).toHaveCount(1);
    // commMode exists only in V5: four empty cells and one filled.
    await expect(page.locator('#diff-commMode td')).toHaveCount(5);
    await expect(page.locator('#diff-commMode td a')).toHaveCount(1);
    // The decision list names the versions, links to their pages and cites its sources.
    const decisions = page.locator('ol li[id^="decision-"]');
    expect(await decisions.count()).toBeGreaterThanOrEqual(5);
    await expect(
      page.locator('#decision-communication-engine a[href$="/api/aclnnQuantMatmulAllReduceV5"]'),
    ).toHaveCount(1);
    for (const li of await decisions.all()) await expect(li.locator('a[href*="github.com"]').first()).toBeVisible();
    // First releases as the data states them.
    await expect(page.locator('#member-aclnnQuantMatmulAllReduceV4 td').nth(1)).toContainText('9.0.0');
    await expect(page.locator('#member-aclnnQuantMatmulAllReduceV5 td').nth(1)).toContainText('9.1.0');
  });

  for (const mode of Modes) {
    test(`${url} (${mode}) has no axe violation`, async ({page, guard}) => {
      void guard;
      await openIn(page, url, mode);
      expect(await axeViolations(page, `${url} ${mode}`)).toEqual([]);
    });
  }

  test(`${url} at 375 px: no horizontal page scroll, axe clean`, async ({page, guard}) => {
    void guard;
    await page.setViewportSize({width: 375, height: 800});
    await open(page, `${url}#diff-x1-scale`);
    const m = await page.evaluate(() => ({
      pageScrolls: document.documentElement.scrollWidth > window.innerWidth,
      width: document.documentElement.scrollWidth,
    }));
    expect(m.pageScrolls, `page is ${m.width} px wide`).toBe(false);
    expect(await axeViolations(page, `375px ${url}`)).toEqual([]);
  });
}

test('the V2 operator page links to its family, and the member pages link back', async ({page, guard}) => {
  void guard;
  await open(page, '/operators/aclnnQuantMatmulAllReduceV2');
  await expect(page.locator('h2#family + p a[href$="/families/quant-matmul-all-reduce"]').first()).toBeVisible();
  await open(page, '/en/api/aclnnQuantMatmulAllReduceV3');
  await expect(page.locator('a[href$="/en/families/quant-matmul-all-reduce"]').first()).toBeVisible();
});

// The member pages of V1, V3, V4 and V5 (/api/<apiName>): axe clean (zh light, en dark) and no
// horizontal page scroll at 375 px (V5 has the longest prototype and parameter table).
const MemberPages = Members.filter((m) => m !== 'aclnnQuantMatmulAllReduceV2');
for (const api of MemberPages) {
  for (const [url, mode] of [
    [`/api/${api}`, 'light'],
    [`/en/api/${api}`, 'dark'],
  ] as const) {
    test(`${url} (${mode}) has no axe violation`, async ({page, guard}) => {
      void guard;
      await openIn(page, url, mode);
      await expect(page.locator('#param-x1')).toHaveCount(1);
      expect(await axeViolations(page, `${url} ${mode}`)).toEqual([]);
    });
  }
}

test('/api/aclnnQuantMatmulAllReduceV5 at 375 px: no horizontal page scroll', async ({page, guard}) => {
  void guard;
  await page.setViewportSize({width: 375, height: 800});
  for (const url of [
    '/api/aclnnQuantMatmulAllReduceV5#param-commMode',
    '/en/api/aclnnQuantMatmulAllReduceV5#prototype',
  ]) {
    await open(page, url);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(wide, url).toBe(false);
  }
});
