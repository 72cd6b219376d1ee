/**
 * Search quality: every query in e2e/search-queries.json, typed into the navbar search box of
 * its locale, must show the expected page + anchor among the top 3 results. The table of
 * ranks is printed so the pass count can be reported.
 */
import fs from 'node:fs';
import path from 'node:path';
import {test, expect, open} from './fixtures';

interface Query {
  query: string;
  locale: 'zh-Hans' | 'en';
  expect: string | string[];
}

const queries: Query[] = JSON.parse(fs.readFileSync(path.join(__dirname, 'search-queries.json'), 'utf8'));

test('the query list has at least 30 queries, half Chinese, half English', () => {
  expect(queries.length).toBeGreaterThanOrEqual(30);
  const zh = queries.filter((q) => q.locale === 'zh-Hans').length;
  expect(zh).toBeGreaterThanOrEqual(15);
  expect(queries.length - zh).toBeGreaterThanOrEqual(15);
});

for (const locale of ['zh-Hans', 'en'] as const) {
  test(`search quality (${locale}): expected anchor in the top 3 for every query`, async ({page, guard}) => {
    void guard;
    test.setTimeout(120_000);
    await open(
      page,
      locale === 'en' ? '/en/operators/aclnnWeightQuantBatchMatmul' : '/operators/aclnnWeightQuantBatchMatmul',
    );
    // The search box (operator pages also have the CANN release select, another combobox).
    const box = page.getByRole('combobox', {name: /搜索文档|Search the docs/});
    const misses: string[] = [];
    const lines: string[] = [];
    for (const q of queries.filter((x) => x.locale === locale)) {
      await box.fill('');
      await box.fill(q.query);
      const options = page.locator('.navbar').getByRole('option');
      await expect(options.first()).toBeVisible();
      const hrefs = await options.evaluateAll((os) => os.slice(0, 3).map((o) => o.getAttribute('data-href') ?? ''));
      const wanted = Array.isArray(q.expect) ? q.expect : [q.expect];
      const rank = hrefs.findIndex((h) => wanted.includes(h)) + 1;
      lines.push(`${rank > 0 ? `#${rank}` : 'MISS'}  ${q.query}  →  ${hrefs[0] ?? '(none)'}`);
      if (rank === 0) misses.push(`${q.query}: top 3 = ${hrefs.join(', ')}; expected one of ${wanted.join(', ')}`);
    }
    console.log(`[search ${locale}] ${lines.length - misses.length}/${lines.length} in top 3\n${lines.join('\n')}`);
    expect(misses).toEqual([]);
  });
}

test('results link to the row anchor, clean (no query string), and navigate there', async ({page, guard}) => {
  void guard;
  await open(page, '/');
  await page.getByRole('combobox').fill('65535');
  const first = page.locator('.navbar').getByRole('option').first();
  await expect(first).toHaveAttribute('data-href', '/operators/aclnnQuantMatmulAllReduceV2#constraint-last-dim-max');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/operators\/aclnnQuantMatmulAllReduceV2#constraint-last-dim-max$/);
  await expect(page.locator('tr#constraint-last-dim-max')).toBeInViewport();
  await expect(page.locator('tr#constraint-last-dim-max')).toHaveClass(/is-fragment-target/);
});

test('hovering a result selects it: one selection state, and Enter opens the hovered result', async ({page, guard}) => {
  void guard;
  await open(page, '/');
  const box = page.getByRole('combobox', {name: /搜索/});
  await box.fill('161002');
  const second = page.locator('.navbar').getByRole('option').nth(1);
  await expect(second).toBeVisible();
  const wanted = await second.getAttribute('data-href');
  await second.hover();
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.navbar').getByRole('option').first()).toHaveAttribute('aria-selected', 'false');
  await expect(box).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${wanted!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});

test('the index and the engine load only once the search box is used', async ({page, guard}) => {
  void guard;
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await open(page, '/operators/aclnnQuantMatmulAllReduceV2');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((u) => u.endsWith('search-index.json'))).toEqual([]);
  const before = requested.length;
  const box = page.getByRole('combobox', {name: /搜索文档|Search the docs/});
  await box.focus();
  await box.fill('x1');
  await expect(page.locator('.navbar').getByRole('option').first()).toBeVisible();
  const after = requested.slice(before);
  expect(after).toContain('/search-index.json');
  expect(after.some((u) => u.endsWith('.js'))).toBe(true);
});

test('query text is never rendered as HTML', async ({page, guard}) => {
  void guard;
  await open(page, '/en/');
  await page.getByRole('combobox').fill('<img src=x onerror="window.__xss=1"> dequantScale');
  await expect(page.locator('.navbar').getByRole('option').first()).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as {__xss?: number}).__xss)).toBeUndefined();
});
