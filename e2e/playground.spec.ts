/**
 * The numerics playground (/tools/playground): presets compute the hand-computed cases of the
 * reference tests, the URL restores a case, user text is never rendered as HTML. Selectors use
 * element ids and data attributes, which are the same in both locales.
 */
import {test, expect, open} from './fixtures';
import type {Page} from '@playwright/test';

const Page = '/tools/playground';

/** The first cell of the output table. */
const firstOutput = (page: Page) => page.locator('#pg-output tbody td').first();

test.describe('playground', () => {
  test('the fp19 preset computes 100.0625 = 0x5641 and updates the URL', async ({page, guard}) => {
    void guard;
    await open(page, Page);
    await page.locator('[data-preset="fp19"]').click();
    await expect(page).toHaveURL(/op=aclnnQuantMatmulAllReduceV2&m=1&k=1&n=1&w=1/);
    await expect(page).toHaveURL(/v\.scale\.0=0x000040003DCCC000/);
    await expect(page.locator('#pg-v-x1-0')).toHaveValue('77');
    await expect(firstOutput(page)).toHaveText('100.0625');
    // The effective scale is the fp19 value of 0.1, shown in rank 0's intermediates.
    await expect(page.locator('#pg-rank-0')).toContainText('0.0999755859375');
    await page.locator('#pg-hex').check();
    await expect(firstOutput(page)).toHaveText('0x5641');
    await expect(page).toHaveURL(/hex=1/);
    // Every step of the case is listed with its provenance.
    await expect(page.locator('#pg-step-fp19-decode')).toHaveAttribute('data-provenance', 'doc');
    await expect(page.locator('#pg-step-int32-range')).toHaveAttribute('data-provenance', 'unknown');
    await expect(page.locator('#pg-step-dequant-product-fixpipe')).toHaveAttribute('data-provenance', 'inferred');
  });

  test('x3 on 4 ranks is added 4 times: 5 = 0x4500; 8 ranks give 10', async ({page, guard}) => {
    void guard;
    await open(page, Page);
    await page.locator('[data-preset="x3-per-rank"]').click();
    await expect(firstOutput(page)).toHaveText('5');
    await page.locator('#pg-hex').check();
    await expect(firstOutput(page)).toHaveText('0x4500');
    await expect(page.locator('[data-warning="allreduce-order"]')).toHaveCount(1);
    await page.locator('#pg-ranks').selectOption('8');
    await expect(firstOutput(page)).toHaveText('0x4900');
    await expect(page).toHaveURL(/w=8/);
  });

  test('split along k: 0x1400 after the all-reduce vs 0x1200 unsplit, 512 ulps apart', async ({page, guard}) => {
    void guard;
    await open(page, Page);
    await page.locator('[data-preset="split-k"]').click();
    await page.locator('#pg-hex').check();
    await expect(firstOutput(page)).toHaveText('0x1400');
    await expect(page.locator('#pg-unsplit-output tbody td').first()).toHaveText('0x1200');
    await expect(page.locator('#pg-ulps tbody td').first()).toHaveText('512');
    await expect(page.locator('#pg-split-summary')).toHaveAttribute('data-equal', 'false');
    // With values for which no rounding occurs (partial sums 67 and -64, scale 1), the two agree.
    await page.locator('#pg-v-scale-0').fill('1');
    await page.locator('#pg-v-x2-0').fill('1\n1\n1\n1');
    await expect(firstOutput(page)).toHaveText('0x4200');
    await expect(page.locator('#pg-ulps tbody td').first()).toHaveText('0');
    await expect(page.locator('#pg-split-summary')).toHaveAttribute('data-equal', 'true');
  });

  test('m = 64 takes the fixpipe path (0x34CC); m = 65 the single-op path (0x34CD)', async ({page, guard}) => {
    void guard;
    await open(page, Page);
    await page.locator('[data-preset="m64"]').click();
    await page.locator('#pg-hex').check();
    await expect(page.locator('#pg-path')).toHaveAttribute('data-path', 'fixpipe');
    await expect(firstOutput(page)).toHaveText('0x34CC');
    await page.locator('#pg-m').fill('65');
    await expect(page.locator('#pg-path')).toHaveAttribute('data-path', 'single-op');
    await expect(page.locator('#pg-output tbody tr')).toHaveCount(65);
    await expect(page.locator('#pg-output tbody td').last()).toHaveText('0x34CD');
    await expect(page).toHaveURL(/m=65/);
  });

  test('a shared URL restores the case: same inputs, same output', async ({page, guard}) => {
    void guard;
    await open(page, Page);
    await page.locator('#pg-op').selectOption('aclnnQuantMatmulAllReduceV2');
    await page.locator('#pg-dtype').selectOption('BFLOAT16');
    await page.locator('#pg-flag-pertoken').check();
    await page.locator('#pg-m').fill('3');
    await page.locator('#pg-ranks').selectOption('4');
    await page.locator('#pg-seed').fill('42');
    await page.locator('#pg-v-x1-2').fill('1, 2, 3, 4\n-5, 6, -7, 8\n127, -128, 0, 1');
    await page.locator('#pg-hex').check();
    await expect(page).toHaveURL(/v\.x1\.2=/);
    const fields = page.locator('textarea');
    const before = {
      url: page.url(),
      inputs: await fields.evaluateAll((els) => els.map((e) => [e.id, (e as HTMLTextAreaElement).value])),
      output: await page.locator('#pg-output').innerText(),
      rank2: await page.locator('#pg-v-x1-2').inputValue(),
    };
    expect(before.inputs.length).toBeGreaterThan(8);

    await open(page, before.url.replace(/^https?:\/\/[^/]+/, ''));
    await expect(page.locator('#pg-v-x1-2')).toHaveValue(before.rank2);
    await expect(page.locator('#pg-dtype')).toHaveValue('BFLOAT16');
    await expect(page.locator('#pg-ranks')).toHaveValue('4');
    await expect(page.locator('#pg-seed')).toHaveValue('42');
    await expect(page.locator('#pg-hex')).toBeChecked();
    expect(await fields.evaluateAll((els) => els.map((e) => [e.id, (e as HTMLTextAreaElement).value]))).toEqual(
      before.inputs,
    );
    expect(await page.locator('#pg-output').innerText()).toBe(before.output);
    expect(page.url()).toBe(before.url);
  });

  test('hostile text in a value field is shown as text, never as HTML', async ({page, guard}) => {
    void guard;
    const hostile = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    await open(page, Page);
    await page.locator('#pg-v-x1-0').fill(hostile);
    await expect(page.locator('#pg-v-x1-0')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#pg-v-x1-0-problems')).toContainText('<img');
    await expect(page.locator('#pg-output')).toHaveCount(0);
    // The same text arriving through a shared URL.
    await open(
      page,
      `${Page}?op=aclnnQuantMatmulAllReduceV2&m=2&k=4&n=3&w=2&seed=1&v.x1.0=${encodeURIComponent(hostile)}`,
    );
    await expect(page.locator('#pg-v-x1-0')).toHaveValue(hostile);
    await expect(page.locator('#pg-v-x1-0-problems')).toContainText('<img');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.locator('.markdown script')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as {__xss?: number}).__xss)).toBeUndefined();
    // Correcting the value computes again.
    await page.locator('#pg-v-x1-0').fill('1 2 3 4 5 6 7 8');
    await expect(page.locator('#pg-output tbody tr')).toHaveCount(2);
  });

  test('an int32 accumulator overflow is flagged as unknown hardware behaviour', async ({page, guard}) => {
    void guard;
    await open(
      page,
      `${Page}?op=aclnnQuantMatmulAllReduceV2&m=1&k=1&n=1&w=1&dtype=FLOAT16&bias=1&seed=1&v.x1.0=1&v.x2.0=1&v.bias.0=2147483647&v.scale.0=1`,
    );
    const w = page.locator('[data-warning="int32-overflow"]');
    await expect(w).toHaveCount(1);
    await expect(w).toContainText('2^31');
    await expect(page.locator('#pg-rank-0')).toContainText('2147483648');
  });

  test('out-of-range sizes in the URL are clamped and the page still computes', async ({page, guard}) => {
    void guard;
    await open(page, `${Page}?op=aclnnQuantMatmulAllReduceV2&m=99999&k=16&n=16&w=8&seed=3`);
    await expect(page.locator('#pg-m')).toHaveValue('16');
    await expect(page.locator('#pg-output tbody tr')).toHaveCount(16);
    await expect(page.locator('#pg-output tbody tr').first().locator('td')).toHaveCount(16);
  });

  test('at 375 px the largest case does not widen the page; keyboard selects a preset', async ({page, guard}) => {
    void guard;
    await page.setViewportSize({width: 375, height: 800});
    await open(
      page,
      `${Page}?op=aclnnQuantMatmulAllReduceV2&m=16&k=16&n=16&w=8&dtype=FLOAT16&bias=1&x3=1&split=1&seed=5`,
    );
    await expect(page.locator('#pg-ulps tbody tr')).toHaveCount(16);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.locator('[data-preset="x3-per-rank"]').focus();
    await page.keyboard.press('Enter');
    await expect(firstOutput(page)).toHaveText('5');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test('the English page computes the same preset', async ({page, guard}) => {
    void guard;
    await open(page, `/en${Page}`);
    await page.locator('[data-preset="fp19"]').click();
    await page.locator('#pg-hex').check();
    await expect(firstOutput(page)).toHaveText('0x5641');
    await expect(page).toHaveURL(/\/en\/tools\/playground\?op=/);
  });
});
