/**
 * The related-API pages (/api/<apiName>) and the family page (/families/<id>) of issue 14: zero axe
 * violations (light, and dark on two pages), no page-level horizontal scroll at 375 px, the sample
 * calls of the operator pages link to the API pages, and the family page's generated tables.
 */
import {test, expect, open} from './fixtures';
import {axeViolations, openIn} from './axe';

const ApiPages = [
  'aclnnTransQuantParam',
  'aclnnTransQuantParamV2',
  'aclnnTransQuantParamV3',
  'aclnnCalculateMatmulWeightSizeV2',
  'aclnnTransMatmulWeight',
  'aclnnWeightQuantBatchMatmulV2',
  'aclnnWeightQuantBatchMatmulV3',
  'aclnnWeightQuantBatchMatmulNz',
].map((id) => `/api/${id}`);
const FamilyPage = '/families/weight-quant-batch-matmul';
const Pages = [...ApiPages, FamilyPage].flatMap((p) => [p, `/en${p}`]);

test.describe.configure({timeout: 120_000});

test.describe('related-API and family pages', () => {
  for (const p of Pages) {
    test(`${p}: no axe violation, no horizontal page scroll at 375 px`, async ({page, guard}) => {
      void guard;
      await openIn(page, p, 'light');
      expect(await axeViolations(page, `${p} light`)).toEqual([]);
      await page.setViewportSize({width: 375, height: 800});
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
        .toBeLessThanOrEqual(0);
    });
  }

  for (const p of ['/api/aclnnTransQuantParamV2', `/en${FamilyPage}`]) {
    test(`${p}: no axe violation in dark mode`, async ({page, guard}) => {
      void guard;
      await openIn(page, p, 'dark');
      expect(await axeViolations(page, `${p} dark`)).toEqual([]);
    });
  }
});

test('sample calls on the operator pages link to the API pages, and the API page lists them', async ({page, guard}) => {
  void guard;
  await open(page, '/operators/aclnnQuantMatmulAllReduceV2');
  const hrefs = await page
    .locator('pre a.code-link')
    .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')))].sort());
  expect(hrefs).toEqual([
    '/api/aclnnCalculateMatmulWeightSizeV2',
    '/api/aclnnTransMatmulWeight',
    '/api/aclnnTransQuantParamV2',
  ]);
  await page
    .locator('pre a.code-link', {hasText: /^aclnnTransMatmulWeightGetWorkspaceSize$/})
    .first()
    .click();
  await expect(page).toHaveURL(/\/api\/aclnnTransMatmulWeight$/);
  await expect(page.locator('h1')).toHaveText('aclnnTransMatmulWeight');
  await expect(page.locator('#usage ~ ul li').first()).toContainText('allreduce-nz.cpp');

  await open(page, '/en/operators/aclnnWeightQuantBatchMatmul');
  await expect(page.locator('pre a.code-link[href="/en/api/aclnnTransQuantParam"]')).toHaveCount(1);
});

test('the family page: comparison, prototype matrix, decisions, migration rows and linked samples', async ({
  page,
  guard,
}) => {
  void guard;
  await open(page, FamilyPage);
  for (const id of [
    'aclnnWeightQuantBatchMatmul',
    'aclnnWeightQuantBatchMatmulV2',
    'aclnnWeightQuantBatchMatmulV3',
    'aclnnWeightQuantBatchMatmulNz',
  ])
    await expect(page.locator(`tr#version-${id}`)).toHaveCount(1);
  // V1-only inputs and V3-only inputs are each absent ("—") from the other versions
  await expect(page.locator('tr#diff-diagonalMatrix td').nth(2)).toHaveText('—');
  await expect(page.locator('tr#diff-innerPrecise td').nth(0)).toHaveText('—');
  await expect(page.locator('tr#diff-innerPrecise td').nth(2)).toContainText('int');
  await expect(page.locator('tr#migration-diagonal-matrix')).toContainText('（无对应）');
  await expect(page.locator('tr#decision-leaving-v1 > td').first().locator('a')).toHaveAttribute(
    'href',
    '/api/aclnnWeightQuantBatchMatmulV3',
  );
  await expect(page.locator('pre a.code-link[href="/api/aclnnWeightQuantBatchMatmulV3"]')).toHaveCount(2);
  await expect(page.locator('pre a.code-link[href="/operators/aclnnWeightQuantBatchMatmul"]')).toHaveCount(2);
});
