import {test, expect, open, ready} from './fixtures';

test.describe('language switch', () => {
  for (const [from, to, label] of [
    [
      '/operators/aclnnQuantMatmulAllReduceV2#param-x1',
      '/en/operators/aclnnQuantMatmulAllReduceV2#param-x1',
      'English',
    ],
    [
      '/en/operators/aclnnWeightQuantBatchMatmul#constraint-k-match',
      '/operators/aclnnWeightQuantBatchMatmul#constraint-k-match',
      '简体中文',
    ],
  ] as const) {
    test(`${from} → ${label} lands on the same page and row`, async ({page, guard}) => {
      void guard;
      await open(page, from);
      await page.locator('.navbar__items--right .dropdown > .navbar__link').hover();
      const link = page.locator('.navbar__items--right .dropdown__menu a', {hasText: label});
      await expect(link).toHaveAttribute('href', to);
      await link.click();
      await page.waitForURL((u) => u.pathname + u.hash === to);
      const id = to.split('#')[1];
      await ready(page);
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
      await expect(page.locator('html')).toHaveAttribute('lang', to.startsWith('/en/') ? 'en' : 'zh-Hans');
    });
  }

  test('after following a row link, the switch carries the new fragment', async ({page, guard}) => {
    void guard;
    await open(page, '/operators/aclnnQuantMatmulAllReduceV2');
    await page.locator('tr#param-x2 a.row-link').click();
    await expect(page).toHaveURL(/#param-x2$/);
    await page.locator('.navbar__items--right .dropdown > .navbar__link').hover();
    await expect(page.locator('.navbar__items--right .dropdown__menu a', {hasText: 'English'})).toHaveAttribute(
      'href',
      '/en/operators/aclnnQuantMatmulAllReduceV2#param-x2',
    );
  });

  test('the English operator page renders the English spec strings', async ({page, guard}) => {
    void guard;
    await open(page, '/en/operators/aclnnQuantMatmulAllReduceV2');
    await expect(page.locator('tr#param-dequantScale')).toContainText('Input');
    await expect(page.locator('caption').first()).toContainText('Products supported by');
  });
});
