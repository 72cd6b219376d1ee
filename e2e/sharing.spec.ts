import {allOperators} from '../src/operators';
import {test, expect, open} from './fixtures';

test.use({permissions: ['clipboard-read', 'clipboard-write']});

const Op = '/operators/aclnnQuantMatmulAllReduceV2';

test.describe('copy link', () => {
  test('a parameter row copies its absolute URL with the fragment, and confirms', async ({page, guard, baseURL}) => {
    void guard;
    await open(page, `${Op}?utm=wiki`);
    const row = page.locator('tr#param-dequantScale');
    await row
      .getByRole('button', {name: /dequantScale/})
      .first()
      .click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${Op}#param-dequantScale`);
    await expect(page.locator('#copy-link-status')).toHaveText('已复制链接');
    await expect(row.getByRole('button').first()).toHaveText('✓');
    // …and in words, next to the buttons (the ✓ alone was easy to miss).
    await expect(row.locator('.copy-bubble')).toHaveText('已复制链接');
    await expect(row.locator('.copy-bubble')).toBeVisible();
  });

  test('"copy as Markdown link" gives a wiki-ready link', async ({page, guard, baseURL}) => {
    void guard;
    await open(page, Op);
    await page
      .locator('tr#param-dequantScale')
      .getByRole('button', {name: /Markdown/})
      .click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `[aclnnQuantMatmulAllReduceV2 · dequantScale](${baseURL}${Op}#param-dequantScale)`,
    );
  });

  test('works from the keyboard on a constraint row and on a heading (English page)', async ({
    page,
    guard,
    baseURL,
  }) => {
    void guard;
    await open(page, `/en${Op}`);
    const button = page.locator('tr#constraint-last-dim-max').getByRole('button', {name: 'Copy link: last-dim-max'});
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}/en${Op}#constraint-last-dim-max`,
    );
    await expect(page.locator('#copy-link-status')).toHaveText('Link copied');

    const heading = page.locator('h2#constraints');
    await expect(heading).toHaveAttribute('aria-label', 'Constraints');
    await heading.getByRole('button', {name: /Markdown/}).focus();
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `[aclnnQuantMatmulAllReduceV2 · Constraints](${baseURL}/en${Op}#constraints)`,
    );
  });
});

test.describe('constraint index', () => {
  test('lists every constraint once, and each row link resolves to an existing anchor', async ({page, guard}) => {
    void guard;
    const expected = allOperators.flatMap((o) => o.constraints.map((c) => `${o.id}#${c.id}`));
    await open(page, '/constraints');
    const keys = await page
      .locator('tr[data-constraint]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-constraint')));
    expect(keys).toEqual(expected);
    const hrefs = await page
      .locator('tr[data-constraint] th a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const byPage = new Map<string, string[]>();
    for (const h of hrefs) {
      const [p, id] = h.split('#');
      byPage.set(p, [...(byPage.get(p) ?? []), id]);
    }
    for (const [p, ids] of byPage) {
      await open(page, p);
      for (const id of ids) await expect(page.locator(`[id="${id}"]`), `${p}#${id}`).toHaveCount(1);
    }
  });

  test('each filter narrows the table and is reflected in the URL; the URL restores it', async ({page, guard}) => {
    void guard;
    await open(page, '/en/constraints');
    const rows = page.locator('tr[data-constraint]');
    const total = await rows.count();
    await page.getByLabel('Operator').selectOption('aclnnWeightQuantBatchMatmul');
    await expect(page).toHaveURL(/op=aclnnWeightQuantBatchMatmul/);
    const byOp = await rows.count();
    expect(byOp).toBeLessThan(total);
    expect(
      await rows.evaluateAll((r) =>
        r.every((x) => x.getAttribute('data-constraint')!.startsWith('aclnnWeightQuantBatchMatmul#')),
      ),
    ).toBe(true);
    await page.getByLabel('Parameter').selectOption('bias');
    await expect(page).toHaveURL(/param=bias/);
    const byParam = await rows.count();
    expect(byParam).toBeLessThan(byOp);
    expect(byParam).toBeGreaterThan(0);
    await page.getByLabel('Data type').selectOption('FLOAT32');
    await expect(page).toHaveURL(/dtype=FLOAT32/);
    expect(await rows.count()).toBeLessThanOrEqual(byParam);
    await page.getByRole('button', {name: 'Clear filters'}).click();
    await page.getByLabel('Keyword').fill('65535');
    await expect(page).toHaveURL(/q=65535/);
    await expect(rows.filter({hasText: 'last-dim-max'})).toHaveCount(1);
    expect(await rows.count()).toBeLessThan(total);

    const url = page.url();
    await open(page, url.replace(/^https?:\/\/[^/]+/, ''));
    await expect(page.getByLabel('Keyword')).toHaveValue('65535');
    await expect(rows.filter({hasText: 'last-dim-max'})).toHaveCount(1);
  });

  test('text typed into the keyword filter is never rendered as HTML', async ({page, guard}) => {
    void guard;
    await open(page, '/constraints?q=%3Cimg%20src%3Dx%20onerror%3D%22window.__xss%3D1%22%3E');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as {__xss?: number}).__xss)).toBeUndefined();
    await expect(page.locator('p[data-constraint-count]')).toHaveText(/显示 0 \/ \d+ 条/);
    await expect(page.getByLabel('关键字')).toHaveValue('<img src=x onerror="window.__xss=1">');
  });
});
