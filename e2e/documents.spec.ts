/**
 * Documents without React (issue 13; README, "Documents without React"): every page but the
 * interactive tools loads no React runtime and no route chunk, stays within the JS budget, and
 * every reading feature works from the small behaviours module (src/enhance/).
 */
import zlib from 'node:zlib';
import type {Page} from '@playwright/test';
import {test, expect, open, sitemapPaths} from './fixtures';

const ToolPage = /^(\/en)?\/tools\/(checker|playground|dequant-scale)$/;
const Documents = sitemapPaths().filter((p) => !ToolPage.test(p));
const Op = '/operators/aclnnQuantMatmulAllReduceV2';
/** JS a document page may load before any interaction (gzip). */
const DocumentJsBudgetKiB = 20;

/** The script URLs a page requests while loading (until network idle). */
async function scriptsOf(page: Page, url: string): Promise<{path: string; gzip: number}[]> {
  const scripts: Promise<{path: string; gzip: number}>[] = [];
  page.on('response', (r) => {
    const p = new URL(r.url()).pathname;
    if (p.endsWith('.js')) scripts.push(r.body().then((b) => ({path: p, gzip: zlib.gzipSync(b, {level: 6}).length})));
  });
  await open(page, url);
  await page.waitForLoadState('networkidle');
  return Promise.all(scripts);
}

test.describe('no React on document pages', () => {
  test('the sitemaps list document pages of both locales', () => {
    expect(Documents).toContain('/');
    expect(Documents).toContain('/en/');
    expect(Documents).toContain(Op);
    expect(Documents.length).toBeGreaterThanOrEqual(20);
  });

  for (const p of Documents) {
    test(`${p} loads no React runtime and no route chunk`, async ({page, guard}) => {
      void guard;
      const scripts = await scriptsOf(page, p);
      expect(scripts.map((s) => s.path).filter((s) => s.includes('/assets/js/'))).toEqual([]);
      expect(await page.locator('script[src*="/assets/js/"], link[href*="/assets/js/"]').count()).toBe(0);
      await expect(page.locator('html')).not.toHaveAttribute('data-has-hydrated', 'true');
      // The one module: the behaviours bundle.
      expect(scripts.map((s) => s.path.replace(/\.[\w-]+\.js$/, '.js'))).toEqual([
        `${p.startsWith('/en/') ? '/en' : ''}/assets/enhance/index.js`,
      ]);
    });
  }

  test('tool pages still run React (the check above can fail)', async ({page, guard}) => {
    void guard;
    const scripts = await scriptsOf(page, '/tools/checker');
    expect(scripts.some((s) => /\/assets\/js\/main\.[\w]+\.js$/.test(s.path))).toBe(true);
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  });

  for (const p of [Op, `/en${Op}`]) {
    test(`${p}: JS before any interaction ≤ ${DocumentJsBudgetKiB} KiB gzip`, async ({page, guard}) => {
      void guard;
      const scripts = await scriptsOf(page, p);
      const kib = scripts.reduce((n, s) => n + s.gzip, 0) / 1024;
      console.log(`[js] ${p}: ${scripts.length} file(s), ${kib.toFixed(1)} KiB gzip`);
      expect(scripts.length).toBeGreaterThan(0);
      expect(kib).toBeLessThanOrEqual(DocumentJsBudgetKiB);
    });
  }
});

test.describe('reading features on a document page', () => {
  test('theme toggle cycles system → light → dark, is stored, and applies before any script runs', async ({
    page,
    guard,
  }) => {
    void guard;
    await page.emulateMedia({colorScheme: 'light'});
    await open(page, Op);
    const html = page.locator('html');
    const toggle = page.locator('.navbar [class*="colorModeToggle"] button');
    await expect(toggle).toBeEnabled();
    await expect(html).toHaveAttribute('data-theme-choice', 'system');
    await toggle.click();
    await expect(html).toHaveAttribute('data-theme-choice', 'light');
    await toggle.click();
    await expect(html).toHaveAttribute('data-theme-choice', 'dark');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-label', /dark mode|暗黑|深色/);
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');
    // No flash of the wrong theme: the stored choice applies even with the module blocked.
    await page.route('**/assets/enhance/**', (r) =>
      r.fulfill({status: 200, contentType: 'text/javascript', body: '/* blocked by the test */'}),
    );
    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await page.unroute('**/assets/enhance/**');
    await open(page, Op);
    await toggle.click();
    await expect(html).toHaveAttribute('data-theme-choice', 'system');
    await expect(html).toHaveAttribute('data-theme', 'light');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
  });

  test('in-page links highlight their row, and the language switch follows the fragment', async ({page, guard}) => {
    void guard;
    await open(page, Op);
    await page.locator('tr#constraint-last-dim-max a.row-link').click();
    await expect(page.locator('tr#constraint-last-dim-max')).toHaveClass(/is-fragment-target/);
    await expect(page.locator('.navbar .dropdown__menu a[lang="en"]')).toHaveAttribute(
      'href',
      `/en${Op}#constraint-last-dim-max`,
    );
    await page.locator('tr#param-x1 a.row-link').click();
    await expect(page.locator('tr#param-x1')).toHaveClass(/is-fragment-target/);
    await expect(page.locator('tr#constraint-last-dim-max')).not.toHaveClass(/is-fragment-target/);
  });

  test('sidebar categories collapse and expand', async ({page, guard}) => {
    void guard;
    await open(page, Op);
    const caret = page.locator('.theme-doc-sidebar-container .menu__caret').first();
    const item = caret.locator('xpath=ancestor::li[1]');
    const firstChild = item.locator(':scope > .menu__list > li a').first();
    await expect(caret).toHaveAttribute('aria-expanded', 'true');
    await expect(firstChild).toBeVisible();
    await caret.click();
    await expect(caret).toHaveAttribute('aria-expanded', 'false');
    await expect(firstChild).toBeHidden();
    await caret.press('Enter');
    await expect(caret).toHaveAttribute('aria-expanded', 'true');
    await expect(firstChild).toBeVisible();
  });

  test('table of contents: plain links to the sections, the section being read is marked', async ({page, guard}) => {
    void guard;
    await open(page, `/en${Op}`);
    const link = page.locator('.theme-doc-toc-desktop a.table-of-contents__link[href="#constraints"]');
    await link.click();
    await expect(page).toHaveURL(/#constraints$/);
    await expect(page.locator('h2#constraints')).toBeInViewport();
    await expect(link).toHaveClass(/table-of-contents__link--active/);
  });

  test('code blocks copy their code', async ({page, guard}) => {
    void guard;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, `/en${Op}`);
    const block = page.locator('.theme-code-block').first();
    const button = block.locator('button[data-copy="code"]');
    await button.click();
    await expect(button).toHaveText('Copied');
    const code = await block.locator('pre code').textContent();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await expect(button).toHaveText('Copy');
  });

  test.describe('on a phone', () => {
    test.use({viewport: {width: 375, height: 800}});

    test('the navigation drawer opens with the page sidebar, leads to the main menu, and closes', async ({
      page,
      guard,
    }) => {
      void guard;
      await open(page, Op);
      const toggle = page.locator('.navbar__toggle');
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await toggle.click();
      const drawer = page.locator('.navbar-sidebar');
      await expect(drawer).toBeVisible();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(drawer.locator(`a.menu__link[href="/operators/aclnnWeightQuantBatchMatmul"]`).first()).toBeVisible();
      await drawer.locator('.navbar-sidebar__back').click();
      await expect(drawer.locator('a.menu__link[href="/errata"]').first()).toBeVisible();
      await expect(drawer.locator(`a.menu__link[lang="en"]`)).toHaveAttribute('href', `/en${Op}`);
      await drawer.locator('.navbar-sidebar__close').click();
      await expect(drawer).toBeHidden();
      await toggle.click();
      await expect(drawer).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(drawer).toBeHidden();
      await toggle.click();
      await drawer.locator('a.menu__link[href="/errata"]').first().click();
      await expect(page).toHaveURL(/\/errata$/);
    });

    test('the mobile table of contents opens and takes the reader to a section', async ({page, guard}) => {
      void guard;
      await open(page, Op);
      const button = page.locator('.theme-doc-toc-mobile > button');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await button.click();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      const link = page.locator('.theme-doc-toc-mobile a[href="#errors"]');
      await expect(link).toBeVisible();
      await link.click();
      await expect(page).toHaveURL(/#errors$/);
      await expect(link).toBeHidden();
      await expect(page.locator('h2#errors')).toBeInViewport();
    });
  });
});
