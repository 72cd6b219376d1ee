/**
 * The dequantScale encoder page: the worked examples of reference/numerics.md, the decode round
 * trip, the C++ literal, and bad input. Selectors are element ids / data attributes.
 */
import type {Page} from '@playwright/test';
import {encodeV1Host, encodeV2, encodeV3, formatU64Hex, toCppArrayLiteral} from '../src/lib/encoding/dequantScale';
import {test, expect, open} from './fixtures';

test.use({permissions: ['clipboard-read', 'clipboard-write']});

const row = (page: Page, i: number) => page.locator(`#enc-table tbody tr[data-index="${i}"]`);
const cell = (page: Page, i: number, col: string) => row(page, i).locator(`[data-col="${col}"]`);

for (const prefix of ['', '/en']) {
  test(`worked examples: 0.1 and 0.3 (${prefix || 'zh-Hans'})`, async ({page, guard}) => {
    void guard;
    await open(page, `${prefix}/tools/dequant-scale`);
    await page.locator('#enc-scales').fill('0.1\n0.3');
    await expect(cell(page, 1, 'v2')).toHaveText('0x000040003DCCC000');
    await expect(cell(page, 1, 'v1')).toHaveText('0x000040003DCCCCCD');
    await expect(cell(page, 1, 'v3')).toHaveText('0x000040003DCCC000');
    await expect(cell(page, 1, 'bits')).toHaveText('0x3DCCCCCD');
    await expect(cell(page, 1, 'effective')).toHaveText('0.0999755859375');
    await expect(cell(page, 1, 'error')).toHaveText('-2.44e-4');
    await expect(cell(page, 2, 'v2')).toHaveText('0x000040003E998000');
    await expect(cell(page, 2, 'v3')).toHaveText('0x000040003E99A000');
    await expect(cell(page, 2, 'effective')).toHaveText('0.2998046875');
    await expect(cell(page, 2, 'effective-v3')).toHaveText('0.300048828125');
    await expect(page.locator('#enc-table tbody tr')).toHaveCount(2);
  });
}

test('decode round trip: each encoded word decodes to its effective scale and offset', async ({page, guard}) => {
  void guard;
  await open(page, '/tools/dequant-scale');
  await page.locator('#enc-scales').fill('0.1, -1.5, 3e-5');
  await page.locator('#enc-offsets').fill('3 -2.5 300');
  await expect(page.locator('#enc-table tbody tr')).toHaveCount(3);
  const expected = [
    {scale: 0.1, offset: 3},
    {scale: -1.5, offset: -2}, // V2 rounds half to even
    {scale: 3e-5, offset: 255}, // clamped
  ];
  for (const [i, e] of expected.entries()) {
    const word = await cell(page, i + 1, 'v2').innerText();
    expect(word).toBe(formatU64Hex(encodeV2(e.scale, e.offset)));
    const effective = await cell(page, i + 1, 'effective').innerText();
    await page.locator('#enc-decode').fill(word);
    await expect(page.locator('#enc-decoded [data-field="word"]')).toHaveText(word);
    await expect(page.locator('#enc-decoded [data-field="effective"]')).toHaveText(effective);
    await expect(page.locator('#enc-decoded [data-field="offset"]')).toHaveText(String(e.offset));
    await expect(page.locator('#enc-decoded [data-field="other"]')).toHaveCount(0);
    // The same word written in decimal.
    await page.locator('#enc-decode').fill(BigInt(word).toString());
    await expect(page.locator('#enc-decoded [data-field="word"]')).toHaveText(word);
  }
  // V1 rounds the offset half away from zero: -2.5 → -3.
  await expect(cell(page, 2, 'v1')).toHaveText(formatU64Hex(encodeV1Host(-1.5, -2.5)));
  await page.locator('#enc-decode').fill(await cell(page, 2, 'v1').innerText());
  await expect(page.locator('#enc-decoded [data-field="offset"]')).toHaveText('-3');
  await expect(page.locator('#enc-decoded [data-field="effective"]')).toHaveText('-1.5');
  // The example of the docs; the flag bit.
  await page.locator('#enc-decode').fill('0x000040003DCCCCCD');
  await expect(page.locator('#enc-decoded [data-field="bits"]')).toHaveText('0x3DCCCCCD');
  await expect(page.locator('#enc-decoded [data-field="effective"]')).toHaveText('0.0999755859375');
  await expect(page.locator('#enc-decoded [data-field="raw"]')).toHaveText('0.10000000149011612');
  await page.locator('#enc-decode').fill('0x3DCCC000');
  await expect(page.locator('#enc-decoded [data-field="flag46"]')).not.toHaveText(/^(已置位|Set)$/);
  await page.locator('#enc-decode').fill('0xFFFF40003DCCC000');
  await expect(page.locator('#enc-decoded [data-field="other"]')).toBeVisible();
});

test('the C++ array literal, per variant, and its copy button', async ({page, guard}) => {
  void guard;
  await open(page, '/tools/dequant-scale');
  const scales = [0.1, 0.3, 0.5, 1, 2.5];
  await page.locator('#enc-scales').fill(scales.join(', '));
  const literal = page.locator('#enc-cpp');
  await expect(literal).toHaveText(
    toCppArrayLiteral(
      scales.map((s) => encodeV2(s)),
      'deqScale',
    ),
  );
  expect(await literal.innerText()).toContain('0x000040003DCCC000ULL, 0x000040003E998000ULL');

  await page.locator('#enc-variant').selectOption('v3');
  await expect(literal).toHaveText(
    toCppArrayLiteral(
      scales.map((s) => encodeV3(s, undefined, 1)),
      'deqScale',
    ),
  );
  await page.locator('#enc-variant').selectOption('v1');
  await page.locator('#enc-name').fill('scaleWords');
  const v1 = toCppArrayLiteral(
    scales.map((s) => encodeV1Host(s)),
    'scaleWords',
  );
  await expect(literal).toHaveText(v1);

  await page.locator('#enc-cpp-copy').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(v1);

  await page.locator('#enc-name').fill('1bad name');
  await expect(page.locator('#enc-name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#enc-cpp')).toHaveCount(0);
});

test('every bad value is named, and the table keeps the good ones', async ({page, guard}) => {
  void guard;
  await open(page, '/en/tools/dequant-scale');
  await page.locator('#enc-scales').fill('0.1 x 0.3 NaN 1e39 0.5 y z w v');
  const lines = page.locator('#enc-scales-error > span');
  // Seven problems: five named (in input order), then a count of the rest.
  await expect(lines).toHaveCount(6);
  await expect(lines.nth(0)).toContainText('“x”');
  await expect(lines.nth(1)).toContainText('NaN');
  await expect(lines.nth(5)).toContainText('2 more');
  await expect(page.locator('#enc-table tbody tr')).toHaveCount(10);
  await expect(page.locator('#enc-table tbody tr[data-invalid]')).toHaveCount(7);
  await expect(page.locator('#enc-table tbody tr[data-index="3"] td[data-col="v2"]')).not.toBeEmpty();
  await expect(page.locator('#enc-table tbody tr[data-index="2"] td[data-col="problem"]')).toContainText('“x”');
  await expect(page.locator('#enc-cpp')).toHaveCount(0);
  await expect(page.locator('#enc-cpp-none')).toContainText('7 values');
});

for (const prefix of ['', '/en']) {
  test(`bad input gives a clear inline message, never HTML (${prefix || 'zh-Hans'})`, async ({page, guard}) => {
    void guard;
    await open(page, `${prefix}/tools/dequant-scale`);
    const scales = page.locator('#enc-scales');
    const error = page.locator('#enc-scales-error');
    for (const bad of ['NaN', '-inf', '', '   ', '1e39', '<img src=x onerror="window.__xss=1">']) {
      await scales.fill(bad);
      await expect(error, bad).not.toBeEmpty();
      await expect(scales).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#enc-table')).toHaveCount(0);
      await expect(page.locator('#enc-cpp')).toHaveCount(0);
    }
    // A bad value among good ones: the good ones are still encoded, the bad one's row says why,
    // and the C++ array waits until every value is valid.
    for (const bad of ['0.1, Infinity', '0.1, abc']) {
      await scales.fill(bad);
      await expect(error, bad).not.toBeEmpty();
      await expect(scales).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#enc-table tbody tr')).toHaveCount(2);
      await expect(page.locator('#enc-table tbody tr[data-invalid]')).toHaveCount(1);
      await expect(page.locator('#enc-cpp')).toHaveCount(0);
      await expect(page.locator('#enc-cpp-none')).not.toBeEmpty();
    }
    await scales.fill('<img src=x onerror="window.__xss=1">');
    await expect(error).toContainText('<img');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as {__xss?: number}).__xss)).toBeUndefined();

    await scales.fill(Array.from({length: 5000}, () => '0.5').join(' '));
    await expect(error).toContainText('4096');
    await expect(page.locator('#enc-table')).toHaveCount(0);

    // Spaces, not newlines: Playwright's fill() of thousands of lines into a textarea is slow (a paste is not).
    await scales.fill(Array.from({length: 4096}, (_, i) => String((i + 1) / 1000)).join(', '));
    await expect(page.locator('#enc-table tbody tr')).toHaveCount(256);
    expect((await page.locator('#enc-cpp').innerText()).split('ULL').length - 1).toBe(4096);

    await scales.fill('0.1, 0.2');
    await page.locator('#enc-offsets').fill('1');
    await expect(page.locator('#enc-offsets-error')).not.toBeEmpty();
    await expect(page.locator('#enc-table')).toHaveCount(0);
    await page.locator('#enc-offsets').fill('1, NaN');
    await expect(page.locator('#enc-offsets-error')).toContainText('NaN');
    await page.locator('#enc-offsets').fill('');
    await expect(page.locator('#enc-table tbody tr')).toHaveCount(2);

    await page.locator('#enc-decode').fill('0x1234567890ABCDEF0');
    await expect(page.locator('#enc-decode-error')).not.toBeEmpty();
    await expect(page.locator('#enc-decoded')).toHaveCount(0);
    await page.locator('#enc-decode').fill('<img src=x onerror="window.__xss=1">');
    await expect(page.locator('#enc-decode-error')).not.toBeEmpty();
    expect(await page.evaluate(() => (window as unknown as {__xss?: number}).__xss)).toBeUndefined();
  });
}

test('the encoder fits a 375 px screen without page-level horizontal scrolling', async ({page, guard}) => {
  void guard;
  await page.setViewportSize({width: 375, height: 800});
  await open(page, '/tools/dequant-scale');
  await page.locator('#enc-scales').fill('0.1, 0.3, 0.7');
  await page.locator('#enc-offsets').fill('1 2 3');
  await expect(page.locator('#enc-table tbody tr')).toHaveCount(3);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
