/**
 * The release selector (issue 11): marks the facts that do not hold for the chosen CANN release in
 * both locales, keeps the choice in `?cann=` across reload and language switch, keeps the
 * fragment, copied links keep `?cann=`, bad values get a polite message, and axe finds no
 * violation on the new controls (light and dark). Also the generated changelog pages.
 */
import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';
import {samplePresets} from '../src/lib/checker/presets';
import {checkerPath} from '../src/lib/checker/url';
import {test, expect, open, ready} from './fixtures';

test.use({permissions: ['clipboard-read', 'clipboard-write']});

const Op = '/operators/aclnnQuantMatmulAllReduceV2';
const Contig = 'tr#constraint-x2-transpose-only';

async function choose(page: Page, release: string): Promise<void> {
  await page.locator('#cann-select').selectOption(release);
  await expect(page.locator('html')).toHaveAttribute('data-cann', release);
}

test.describe('release selector', () => {
  test('marks (never hides) the facts that do not hold; badges show by default (zh-Hans)', async ({page, guard}) => {
    void guard;
    await open(page, Op);
    const row = page.locator(Contig);
    await expect(row.locator('.cann-badge')).toHaveText('自 9.0.0 起');
    await expect(row.locator('.cann-mark[data-cann-for="8.5.0"]')).toBeHidden();
    await choose(page, '8.5.0');
    expect(new URL(page.url()).searchParams.get('cann')).toBe('8.5.0');
    await expect(row).toBeVisible();
    await expect(row.locator('.cann-mark[data-cann-for="8.5.0"]')).toBeVisible();
    await expect(row.locator('.cann-mark[data-cann-for="8.5.0"]')).toHaveText('8.5.0 中不成立');
    expect(await row.evaluate((el) => getComputedStyle(el).boxShadow)).not.toBe('none');
    // A fact that holds everywhere is not marked.
    const plain = page.locator('tr#constraint-last-dim-max');
    expect(await plain.evaluate((el) => getComputedStyle(el).boxShadow)).toBe('none');
    await expect(page.locator('[data-cann-status]')).toContainText('8.5.0');
    // Back to all releases: nothing is marked, the parameter is gone.
    await page.locator('#cann-select').selectOption('');
    await expect(page.locator('html')).not.toHaveAttribute('data-cann', /.*/);
    expect(new URL(page.url()).searchParams.has('cann')).toBe(false);
  });

  test('survives a reload and keeps the fragment', async ({page, guard}) => {
    void guard;
    await open(page, `${Op}#constraint-x2-transpose-only`);
    await choose(page, '9.0.1');
    expect(new URL(page.url()).hash).toBe('#constraint-x2-transpose-only');
    expect(new URL(page.url()).search).toBe('?cann=9.0.1');
    await page.reload();
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('data-cann', '9.0.1');
    await expect(page.locator('#cann-select')).toHaveValue('9.0.1');
    expect(new URL(page.url()).hash).toBe('#constraint-x2-transpose-only');
    // The null-x1 fix is on master only: marked "differs" on 9.0.1.
    await open(page, '/operators/aclnnWeightQuantBatchMatmul?cann=9.0.1');
    await expect(page.locator('tr#constraint-impl-not-null .cann-mark[data-cann-for="9.0.1"]')).toHaveText(
      '9.0.1 中有所不同',
    );
  });

  test('the language switch keeps the release and the fragment; English marks', async ({page, guard}) => {
    void guard;
    await open(page, `${Op}#constraints`);
    await choose(page, '8.5.0');
    await page.locator('.navbar__items--right .dropdown > .navbar__link').hover();
    const english = page.locator('.navbar__items--right .dropdown__menu a', {hasText: 'English'});
    await expect(english).toHaveAttribute('href', `/en${Op}?cann=8.5.0#constraints`);
    await english.click();
    await page.waitForURL(`**/en${Op}?cann=8.5.0#constraints`);
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('data-cann', '8.5.0');
    await expect(page.locator(`${Contig} .cann-mark[data-cann-for="8.5.0"]`)).toHaveText('not in 8.5.0');
    await expect(page.locator(`${Contig} .cann-badge`)).toHaveText('since 9.0.0');
  });

  test('a copied link keeps ?cann= and the anchor', async ({page, guard, baseURL}) => {
    void guard;
    await open(page, `/en${Op}`);
    await choose(page, '9.1.0');
    await page.locator('tr#constraint-last-dim-max').getByRole('button', {name: 'Copy link: last-dim-max'}).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}/en${Op}?cann=9.1.0#constraint-last-dim-max`,
    );
  });

  test('an unknown ?cann= is ignored with a polite message, never an error', async ({page, guard}) => {
    void guard;
    await open(page, `/en${Op}?cann=%3Cb%3E7.0`);
    await expect(page.locator('html')).not.toHaveAttribute('data-cann', /.*/);
    const status = page.locator('[data-cann-status]');
    await expect(status).toHaveAttribute('role', 'status');
    await expect(status).toContainText('Unknown CANN release "<b>7.0" in the link, ignored');
    await expect(page.locator('#cann-select')).toHaveValue('');
  });

  test('the constraint index has the selector and marks its rows', async ({page, guard}) => {
    void guard;
    await open(page, '/constraints?cann=8.5.0');
    await expect(page.locator('html')).toHaveAttribute('data-cann', '8.5.0');
    const row = page.locator('tr[data-constraint="aclnnQuantMatmulAllReduceV2#x2-transpose-only"]');
    await expect(row.locator('.cann-mark[data-cann-for="8.5.0"]')).toBeVisible();
  });

  for (const mode of ['light', 'dark'] as const) {
    test(`axe: no violation on the selector and the marks (${mode})`, async ({page, guard}) => {
      void guard;
      await page.emulateMedia({colorScheme: mode});
      await page.addInitScript((m) => window.localStorage.setItem('theme', m), mode);
      for (const url of [
        `${Op}?cann=8.5.0`,
        `/en/constraints?cann=8.0.RC2`,
        `/en/changes/aclnnWeightQuantBatchMatmul`,
      ]) {
        await open(page, url);
        await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
        const results = await new AxeBuilder({page})
          .include('.cann-selector')
          .include('[data-cann-out]')
          .include('[data-cann-diff]')
          .include('.cann-changes')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
          .analyze();
        expect(results.violations.map((v) => `${url}: ${v.id} ${v.nodes.length}`)).toEqual([]);
      }
    });
  }
});

test.describe('changelog pages', () => {
  test('list the x2 contiguity check as appearing in 9.0.0, linking to its row', async ({page, guard}) => {
    void guard;
    await open(page, '/en/changes/aclnnQuantMatmulAllReduceV2');
    const item = page.locator(
      '#changes-8-5-0-9-0-0 ~ ul li[data-fact="aclnnQuantMatmulAllReduceV2/constraint/x2-transpose-only"]',
    );
    await expect(item).toHaveAttribute('data-transition', 'appears');
    await item.getByRole('link').click();
    await page.waitForURL(`**/en${Op}#constraint-x2-transpose-only`);
    await expect(page.locator(Contig)).toBeVisible();
  });

  test('are linked from each operator page (both locales)', async ({page, guard}) => {
    void guard;
    await open(page, '/operators/aclnnWeightQuantBatchMatmul');
    await expect(page.locator('.cann-selector a')).toHaveAttribute('href', '/changes/aclnnWeightQuantBatchMatmul');
    await open(page, '/en/operators/aclnnWeightQuantBatchMatmul');
    await expect(page.locator('.cann-selector a')).toHaveAttribute('href', '/en/changes/aclnnWeightQuantBatchMatmul');
    await page.locator('.cann-selector a').click();
    await expect(page.locator('li[data-fact="aclnnWeightQuantBatchMatmul/constraint/impl-not-null"]')).toHaveCount(1);
  });
});

test.describe('checker: cannVersion', () => {
  for (const prefix of ['', '/en']) {
    test(`the release field follows the release, and the URL keeps it (${prefix || 'zh-Hans'})`, async ({
      page,
      guard,
    }) => {
      void guard;
      const call = structuredClone(samplePresets.find((p) => p.id === 'allreduce-nd')!.call) as Record<string, any>;
      call.tensors.x2.contiguous = false;
      await open(page, `${prefix}${checkerPath({...call, cannVersion: '8.5.0'})}`);
      const v = page.locator('#checker-verdict');
      await expect(page.locator('#chk-cann')).toHaveValue('8.5.0');
      await expect(page.locator('#checker-release')).toHaveAttribute('data-cann', '8.5.0');
      await expect(v).toHaveAttribute('data-code', '0');
      await page.locator('#chk-cann').selectOption('9.0.0');
      await expect(v).toHaveAttribute('data-code', '161002');
      await expect(page.locator('#checker-violations > li[data-constraint="x2-transpose-only"]')).toHaveCount(1);
      const url = page.url();
      await open(page, url.replace(/^https?:\/\/[^/]+/, ''));
      await expect(page.locator('#chk-cann')).toHaveValue('9.0.0');
      await page.locator('#chk-cann').selectOption('');
      await expect(page.locator('#checker-release')).toHaveAttribute('data-cann', 'master');
      await expect(page.locator('#checker-release')).toContainText(prefix ? 'the latest' : '默认最新');
    });
  }
});
