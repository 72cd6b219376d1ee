/**
 * Formats (README, "Formats: Markdown, llms.txt, PDF"): the control next to each page title copies
 * the page's Markdown (fetched from its `.md`) with visible and announced feedback, links the
 * `.md`, and on operator pages links the PDF once `npm run pdf` has written it; the files are
 * served; the control is keyboard accessible, large enough, and not printed.
 */
import fs from 'node:fs';
import path from 'node:path';
import {test, expect, open} from './fixtures';

test.use({permissions: ['clipboard-read', 'clipboard-write']});

const Ops = ['aclnnQuantMatmulAllReduceV2', 'aclnnWeightQuantBatchMatmul'];
const Build = path.join(__dirname, '..', 'build');

for (const [prefix, locale, copied] of [
  ['', 'zh-Hans', '已复制本页的 Markdown'],
  ['/en', 'en', 'Copied this page as Markdown'],
] as const) {
  test(`${locale}: "copy as Markdown" next to the title copies the page's .md and says so`, async ({page, guard}) => {
    void guard;
    const url = `${prefix}/operators/${Ops[0]}`;
    await open(page, url);
    const control = page.locator('header.page-title [data-page-formats]');
    await expect(page.locator('header.page-title h1')).toHaveText(Ops[0]);
    const button = control.locator('button[data-copy-page]');
    await expect(button).toBeVisible();
    await expect(button).toHaveAttribute('data-copy-page', `${url}.md`);
    const md = await (await page.request.get(`${url}.md`)).text();
    expect(md.startsWith(`# ${Ops[0]}\n`)).toBe(true);
    expect(md).toContain('id="param-x1"');

    await button.click();
    const status = control.locator('[data-copy-page-status]');
    await expect(status).toHaveAttribute('role', 'status');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await expect(status).toHaveText(copied);
    await expect(status).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(md);

    const link = control.locator('a[data-page-format="md"]');
    await expect(link).toHaveText('Markdown');
    await expect(link).toHaveAttribute('href', `${url}.md`);
  });
}

test('the control works from the keyboard, and its targets are at least 24 px', async ({page, guard}) => {
  void guard;
  const url = `/en/operators/${Ops[1]}`;
  await open(page, url);
  const button = page.locator('header.page-title button[data-copy-page]');
  await button.focus();
  await expect(button).toBeFocused();
  expect(await button.evaluate((el) => el.matches(':focus-visible') || getComputedStyle(el).outlineStyle)).toBeTruthy();
  await page.keyboard.press('Enter');
  await expect(page.locator('header.page-title [data-copy-page-status]')).toHaveText('Copied this page as Markdown');
  const md = await (await page.request.get(`${url}.md`)).text();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(md);
  for (const target of await page.locator('header.page-title [data-page-formats] :is(button, a):visible').all()) {
    const box = await target.boundingBox();
    expect(box, 'a visible target has a box').not.toBeNull();
    expect(box!.height).toBeGreaterThanOrEqual(24);
    expect(box!.width).toBeGreaterThanOrEqual(24);
  }
});

test('the PDF link is shown exactly when its PDF exists, and the PDF is served', async ({page, guard}) => {
  void guard;
  for (const [prefix, locale] of [
    ['', 'zh-Hans'],
    ['/en', 'en'],
  ]) {
    for (const op of Ops) {
      await open(page, `${prefix}/operators/${op}`);
      const link = page.locator('header.page-title a[data-page-format="pdf"]');
      await expect(link).toHaveAttribute('href', `/pdf/${op}.${locale}.pdf`);
      const exists = fs.existsSync(path.join(Build, 'pdf', `${op}.${locale}.pdf`));
      if (exists) {
        await expect(link).toBeVisible();
        const response = await page.request.get(`/pdf/${op}.${locale}.pdf`);
        expect(response.status()).toBe(200);
        expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
      } else {
        await expect(link).toBeHidden();
      }
    }
  }
  // Pages other than the operators have no PDF link.
  await open(page, '/concepts/return-codes');
  await expect(page.locator('header.page-title a[data-page-format="md"]')).toBeVisible();
  await expect(page.locator('a[data-page-format="pdf"]')).toHaveCount(0);
  // A sidebar category's generated index page has the control too.
  await open(page, '/en/tools');
  await expect(page.locator('.page-title a[data-page-format="md"]')).toHaveAttribute('href', '/en/tools.md');
  expect((await page.request.get('/en/tools.md')).status()).toBe(200);
});

test('the control is not printed', async ({page, guard}) => {
  void guard;
  await open(page, `/operators/${Ops[0]}`);
  await page.emulateMedia({media: 'print'});
  await expect(page.locator('[data-page-formats]')).toBeHidden();
  await expect(page.locator('header.page-title h1')).toBeVisible();
});

test('a tool page (React) has the same control, and it copies', async ({page, guard}) => {
  void guard;
  await open(page, '/en/tools/checker');
  const button = page.locator('header.page-title button[data-copy-page]');
  await expect(button).toHaveAttribute('data-copy-page', '/en/tools/checker.md');
  await button.click();
  await expect(page.locator('header.page-title [data-copy-page-status]')).toHaveText('Copied this page as Markdown');
  const md = await (await page.request.get('/en/tools/checker.md')).text();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(md);
});

test('llms.txt lists the pages with their Markdown URLs, in both locales', async ({page}) => {
  for (const prefix of ['', '/en']) {
    const response = await page.request.get(`${prefix}/llms.txt`);
    expect(response.status()).toBe(200);
    const txt = await response.text();
    expect(txt).toMatch(/^# \S/);
    for (const op of Ops) expect(txt).toContain(`${prefix}/operators/${op}.md)`);
    const full = await (await page.request.get(`${prefix}/llms-full.txt`)).text();
    for (const op of Ops) expect(full).toContain(`# ${op}\n`);
  }
});
