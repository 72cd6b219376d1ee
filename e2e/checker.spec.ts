/**
 * The call checker page: the form gives the expected verdict, a checker URL reopens the same call,
 * the JSON editor and the form follow each other, and typed text is never rendered as HTML.
 * Selectors are element ids / data attributes (the same in both locales).
 */
import type {Page} from '@playwright/test';
import {samplePresets} from '../src/lib/checker/presets';
import {checkerPath} from '../src/lib/checker/url';
import {test, expect, open} from './fixtures';

test.use({permissions: ['clipboard-read', 'clipboard-write']});

const Xss = '<img src=x onerror="window.__xss=1">';
const LastDimMax = '/operators/aclnnQuantMatmulAllReduceV2#constraint-last-dim-max';

const verdict = (page: Page) => page.locator('#checker-verdict');

async function expectNoXss(page: Page): Promise<void> {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as {__xss?: number}).__xss)).toBeUndefined();
}

/** Load the allreduce-nd sample and set k = 70000 in x1 and x2. */
async function breakLastDim(page: Page): Promise<void> {
  await page.locator('[data-preset="allreduce-nd"]').click();
  await expect(verdict(page)).toHaveAttribute('data-code', '0');
  await page.locator('#chk-x1-shape').fill('32, 70000');
  await page.locator('#chk-x2-shape').fill('70000, 128');
  await expect(verdict(page)).toHaveAttribute('data-code', '161002');
}

for (const prefix of ['', '/en']) {
  test.describe(`checker (${prefix || 'zh-Hans'})`, () => {
    test('the form gives the expected verdict: preset passes, k = 70000 breaks last-dim-max', async ({page, guard}) => {
      void guard;
      await open(page, `${prefix}/tools/checker`);
      await page.locator('[data-preset="allreduce-nd"]').click();
      await expect(verdict(page)).toHaveAttribute('data-state', 'checked');
      await expect(verdict(page)).toHaveAttribute('data-code', '0');
      await expect(page.locator('#checker-documented')).toContainText('ACLNN_SUCCESS');
      await expect(page.locator('#checker-documented a')).toHaveAttribute(
        'href',
        `${prefix}/concepts/return-codes#status-0`,
      );
      await expect(page.locator('#checker-violations')).toHaveCount(0);
      await expect(page.locator('[data-output-shape]')).toHaveText('(32, 128)');
      await expect(page.locator('[data-output-dtype]')).toHaveText('FLOAT16');

      await page.locator('#chk-x1-shape').fill('32, 70000');
      await page.locator('#chk-x2-shape').fill('70000, 128');
      await expect(verdict(page)).toHaveAttribute('data-code', '161002');
      await expect(page.locator('#checker-documented')).toContainText('ACLNN_ERR_PARAM_INVALID');
      await expect(page.locator('#checker-documented a')).toHaveAttribute(
        'href',
        `${prefix}/concepts/return-codes#status-161002`,
      );
      const violation = page.locator('#checker-violations > li[data-constraint="last-dim-max"]');
      await expect(violation).toHaveCount(1);
      await expect(violation.locator('a').first()).toHaveAttribute('href', `${prefix}${LastDimMax}`);
      await expect(violation).toContainText('70000');
      if (prefix === '/en') await expect(violation).toContainText('exceeds 65535');
      else await expect(violation).toContainText('超过 65535');
      const impl = page.locator('#checker-implementation');
      await expect(impl).toHaveAttribute('data-impl-code', '561002');
      await expect(impl).toHaveAttribute('data-impl-stage', 'tiling');
      await expect(impl).toContainText('ACLNN_ERR_INNER_TILING_ERROR');
      await expect(impl.locator('a')).toHaveAttribute('href', `${prefix}/concepts/return-codes#status-561002`);

      // The violation links to its row on the operator page.
      await violation.locator('a').first().click();
      await expect(page).toHaveURL(new RegExp(`${prefix}${LastDimMax}$`));
      await expect(page.locator('tr#constraint-last-dim-max')).toBeVisible();
    });

    test('a checker URL reopens the same call; "copy link" copies it', async ({page, guard, baseURL}) => {
      void guard;
      await open(page, `${prefix}/tools/checker`);
      await breakLastDim(page);
      await page.locator('#chk-biasOptional-present').uncheck();
      await page.locator('#chk-attr-group').fill('tp_group_2');
      await expect(page).toHaveURL(/\?call=[A-Za-z0-9_-]+$/);
      const url = page.url();

      await page.locator('#checker-copy-link').click();
      await expect(page.locator('#checker-copy-status')).not.toBeEmpty();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

      await open(page, url.replace(/^https?:\/\/[^/]+/, ''));
      await expect(page.locator('#chk-x1-shape')).toHaveValue('32, 70000');
      await expect(page.locator('#chk-x2-shape')).toHaveValue('70000, 128');
      await expect(page.locator('#chk-biasOptional-present')).not.toBeChecked();
      await expect(page.locator('#chk-biasOptional-shape')).toBeDisabled();
      await expect(page.locator('#chk-attr-group')).toHaveValue('tp_group_2');
      await expect(page.locator('#chk-operator')).toHaveValue('aclnnQuantMatmulAllReduceV2');
      await expect(verdict(page)).toHaveAttribute('data-code', '161002');
      await expect(page.locator('#checker-violations > li[data-constraint="last-dim-max"]')).toHaveCount(1);
      await expect(page.locator('#checker-implementation')).toHaveAttribute('data-impl-code', '561002');
      expect(page.url()).toBe(url);
      expect(url.startsWith(`${baseURL}${prefix}/tools/checker?call=`)).toBe(true);
    });

    test('text typed into the fields and the JSON editor is never rendered as HTML', async ({page, guard}) => {
      void guard;
      await open(page, `${prefix}/tools/checker`);
      // Shape: malformed, with an inline message and the malformed state.
      await page.locator('#chk-x1-shape').fill(Xss);
      await expect(verdict(page)).toHaveAttribute('data-state', 'malformed');
      await expect(page.locator('[data-field-error="chk-x1-shape"]')).toContainText('<img');
      await expect(page.locator('#chk-x1-shape')).toHaveAttribute('aria-invalid', 'true');
      await expect(verdict(page)).toContainText('tensors.x1.shape');
      await expectNoXss(page);
      // String attribute and product: valid strings, echoed by the checker's notes as text.
      await page.locator('#chk-x1-shape').fill('32, 64');
      await page.locator('#chk-attr-group').fill(Xss);
      await page.locator('#chk-product').fill(Xss);
      await expect(verdict(page)).toHaveAttribute('data-state', 'checked');
      await expect(page.locator('[data-note="single-domain"]')).toContainText('<img src=x');
      await page.locator('#chk-attr-commTurn').fill(Xss);
      await expect(verdict(page)).toHaveAttribute('data-state', 'malformed');
      await expect(page.locator('[data-field-error="chk-attr-commTurn"]')).toContainText('<img');
      await expectNoXss(page);
      // JSON editor: invalid JSON, an unknown key, a payload in a value.
      await page.locator('#checker-json summary').click();
      const editor = page.locator('#chk-json');
      await editor.fill(Xss);
      await expect(page.locator('#chk-json-status')).toHaveAttribute('data-json-status', 'syntax');
      const call = structuredClone(samplePresets[0].call) as unknown as Record<string, any>;
      call.attrs.group = Xss;
      call.tensors[Xss] = {shape: [1], dtype: Xss, format: 'ND'};
      call.tensors.x1.dtype = Xss;
      await editor.fill(JSON.stringify(call));
      await expect(page.locator('#chk-json-status')).toHaveAttribute('data-json-status', 'applied');
      await expect(page.locator('#chk-json-status')).toContainText(Xss);
      await expect(page.locator('#chk-attr-group')).toHaveValue(Xss);
      await expect(page.locator('#chk-x1-dtype')).toHaveValue(Xss);
      await expect(verdict(page)).toHaveAttribute('data-state', 'malformed');
      await expect(verdict(page)).toContainText('unknown dtype');
      await expectNoXss(page);
      // …and through a link.
      await open(page, `${prefix}${checkerPath(call)}`);
      await expect(page.locator('#chk-attr-group')).toHaveValue(Xss);
      await expect(verdict(page)).toHaveAttribute('data-state', 'malformed');
      await expectNoXss(page);
    });
  });
}

test('the JSON editor and the form follow each other (the JSON the CLI accepts)', async ({page, guard}) => {
  void guard;
  await open(page, '/tools/checker');
  await page.locator('#checker-json summary').click();
  const editor = page.locator('#chk-json');
  expect(JSON.parse(await editor.inputValue())).toEqual(samplePresets[0].call);

  // Paste a WeightQuantBatchMatmul call: the operator, rows and verdict follow.
  const wqbmm = structuredClone(samplePresets[3].call) as unknown as Record<string, any>; // 'FP16': an alias the CLI accepts
  wqbmm.tensors.x1 = {shape: [100, 4], dtype: 'FP16', format: 'ND'};
  wqbmm.tensors.out = {shape: [100, 4], dtype: 'FLOAT16', format: 'ND'};
  await editor.fill(JSON.stringify(wqbmm, null, 2));
  await expect(page.locator('#chk-operator')).toHaveValue('aclnnWeightQuantBatchMatmul');
  await expect(page.locator('#chk-diagonalMatrix-shape')).toHaveValue('32, 32');
  await expect(page.locator('#chk-x1-shape')).toHaveValue('100, 4');
  await expect(page.locator('#chk-x1-dtype')).toHaveValue('FLOAT16');
  await expect(verdict(page)).toHaveAttribute('data-state', 'checked');
  await expect(page.locator('[data-output-shape]')).toHaveText('(100, 4)');
  // Accepted by the op_api, then handed to l0 ops whose source is not public: undetermined, not success.
  const undetermined = page.locator('#checker-implementation');
  await expect(undetermined).toHaveAttribute('data-impl-status', 'UNDETERMINED');
  await expect(undetermined).toHaveAttribute('data-impl-stage', 'l0 op');
  await expect(undetermined).not.toHaveAttribute('data-impl-code', /.*/);

  // Editing the form rewrites the JSON.
  await page.locator('#chk-attr-transposeX1').check();
  expect(JSON.parse(await editor.inputValue()).attrs.transposeX1).toBe(true);
  await expect(page.locator('#chk-json-status')).toHaveAttribute('data-json-status', 'synced');

  // Switching the operator loads its first sample.
  await page.locator('#chk-operator').selectOption('aclnnQuantMatmulAllReduceV2');
  await expect(page.locator('#chk-x1-shape')).toHaveValue('32, 64');
  expect(JSON.parse(await editor.inputValue())).toEqual(samplePresets[0].call);
  await expect(verdict(page)).toHaveAttribute('data-code', '0');
});

test('every sample preset URL reopens its call and passes', async ({page, guard}) => {
  void guard;
  for (const preset of samplePresets) {
    await open(page, checkerPath(preset.call));
    await expect(page.locator('#chk-operator')).toHaveValue(preset.operator);
    await expect(verdict(page)).toHaveAttribute('data-code', '0');
    await page.locator('#checker-json summary').click();
    expect(JSON.parse(await page.locator('#chk-json').inputValue())).toEqual(preset.call);
  }
});

test('a null pointer gives 161001; a damaged link is reported and ignored', async ({page, guard}) => {
  void guard;
  await open(page, '/tools/checker?call=not-base64!');
  await expect(page.locator('#checker-link-problem')).toBeVisible();
  await expect(verdict(page)).toHaveAttribute('data-code', '0');
  await page.locator('#chk-x1-present').uncheck();
  await expect(verdict(page)).toHaveAttribute('data-code', '161001');
  await expect(page.locator('#chk-x1-shape')).toBeDisabled();
});

test('fits a 375 px screen without page-level horizontal scrolling', async ({page, guard}) => {
  void guard;
  await page.setViewportSize({width: 375, height: 800});
  await open(page, '/tools/checker');
  await breakLastDim(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
