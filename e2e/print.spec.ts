/**
 * Print (issue 7, item 3): each operator page, in both locales, prints as a clean A4
 * reference. The page is rendered to PDF by Chromium (print media) and read back with
 * poppler's pdftotext/pdfinfo/pdftoppm (Debian package poppler-utils, installed by .ci/run):
 * the PDF is not empty, has several pages, and contains every parameter of the page's spec,
 * each row's fragment and every table caption, and none of the site chrome. A PNG of page 2
 * is kept in the test output (test-results/…/page-2.png) for a look.
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import type {Page} from '@playwright/test';
import {allOperators} from '../src/operators';
import {test, expect, open} from './fixtures';

/** A4 minus the @page margins of custom.css (12 mm left and right), in CSS pixels. */
const PrintWidth = Math.floor(((210 - 24) / 25.4) * 96);

/** Whitespace-free text, so that words wrapped inside narrow cells compare equal. */
const squash = (s: string) => s.replace(/[\s\u00ad\u200b]+/g, '');

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], {encoding: 'utf8'});
}

function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], {encoding: 'utf8'});
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** Rasterise one PDF page (pdftoppm); returns the file written. */
function renderPage(file: string, pageNo: number, outBase: string, format: 'png' | 'pgm'): string {
  const args = ['-r', '60', '-f', String(pageNo), '-l', String(pageNo), '-singlefile'];
  if (format === 'png') args.unshift('-png');
  else args.unshift('-gray');
  execFileSync('pdftoppm', [...args, file, outBase]);
  return `${outBase}.${format}`;
}

/** Mean grey level (0 black … 255 white) and share of dark pixels of a binary PGM. */
function greyStats(pgm: string): {mean: number; dark: number} {
  const buf = fs.readFileSync(pgm);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const pixels = buf.subarray(header[0].length);
  let sum = 0;
  let dark = 0;
  for (const v of pixels) {
    sum += v;
    if (v < 100) dark++;
  }
  return {mean: sum / pixels.length, dark: dark / pixels.length};
}

/** Lay the page out as on paper: print media, the printable width of A4. */
async function printLayout(page: Page): Promise<void> {
  await page.setViewportSize({width: PrintWidth, height: 1100});
  await page.emulateMedia({media: 'print'});
}

for (const op of allOperators) {
  for (const base of ['', '/en']) {
    const url = `${base}/operators/${op.id}`;
    test(`${url} prints as a clean A4 reference with every parameter table`, async ({page, guard}, testInfo) => {
      void guard;
      test.setTimeout(120_000);
      await open(page, url);
      await printLayout(page);

      // In print media: no site chrome, no copy controls; tables, formulas and diagrams whole.
      const layout = await page.evaluate(() => {
        const shown = (sel: string) =>
          Array.from(document.querySelectorAll(sel)).filter((e) => e.checkVisibility()).length;
        const captions = Array.from(document.querySelectorAll('main table > caption'))
          .filter((c) => c.checkVisibility())
          .map((c) => c.textContent?.trim() ?? '');
        const cropped = Array.from(
          document.querySelectorAll<HTMLElement>(
            '.table-scroll, .table-scroll th, .table-scroll td, .katex-display, pre',
          ),
        )
          .filter((e) => e.scrollWidth > e.clientWidth + 1)
          .map(
            (e) =>
              `${e.tagName} "${(e.getAttribute('aria-label') ?? e.textContent ?? '').slice(0, 40)}" ${e.scrollWidth} > ${e.clientWidth}`,
          );
        const anchored = Array.from(document.querySelectorAll('tr.anchored-row[id]'));
        return {
          chrome: shown(
            '.navbar, .theme-doc-sidebar-container, .theme-doc-toc-desktop, .theme-doc-toc-mobile, .pagination-nav, .footer, [role="search"], .theme-code-block button, .row-link',
          ),
          copyButtons: shown('main button'),
          captions,
          cropped,
          pageWidth: document.documentElement.scrollWidth,
          anchoredRows: anchored.length,
          fragmentsShown: anchored.filter((r) => r.querySelector('.anchor-fragment')?.checkVisibility()).length,
          formulas: shown('.katex-display .katex-html'),
          formulasInPage: document.querySelectorAll('.katex-display').length,
          diagrams: shown('main figure svg'),
          diagramsInPage: document.querySelectorAll('main figure svg').length,
          // Per-row source links print their short label only (custom.css); every other external link its URL.
          externalLinks: Array.from(
            document.querySelectorAll<HTMLAnchorElement>('.markdown a[href^="http"]:not([class*="sourceLink"])'),
          ).map((a) => a.href),
          sourceLinks: document.querySelectorAll('.markdown a[class*="sourceLink"]').length,
        };
      });
      expect(layout.chrome, 'navbar, sidebar, TOC, pagination, footer, search, code copy buttons').toBe(0);
      expect(layout.copyButtons, 'copy-link buttons').toBe(0);
      expect(layout.cropped, 'tables (and each of their cells), formulas and code blocks fit the page width').toEqual(
        [],
      );
      expect(layout.pageWidth).toBeLessThanOrEqual(PrintWidth);
      expect(layout.fragmentsShown, 'every anchored row prints its fragment').toBe(layout.anchoredRows);
      expect(layout.formulas, 'every display formula is printed').toBe(layout.formulasInPage);
      expect(layout.formulas).toBeGreaterThanOrEqual(op.formulas.length);
      expect(layout.diagrams, 'every diagram is printed').toBe(layout.diagramsInPage);
      expect(layout.captions.length).toBeGreaterThanOrEqual(5);
      expect(layout.sourceLinks, 'rows carry their source links').toBeGreaterThan(50);

      // The PDF itself.
      const file = testInfo.outputPath('page.pdf');
      await page.pdf({path: file, format: 'A4', preferCSSPageSize: true});
      const size = fs.statSync(file).size;
      const pages = pdfPages(file);
      const text = squash(pdfText(file));
      console.log(`[print] ${url}: ${(size / 1024).toFixed(0)} KiB, ${pages} pages, ${text.length} characters of text`);
      expect(size).toBeGreaterThan(20 * 1024);
      expect(pages).toBeGreaterThanOrEqual(3);

      const missing = (xs: string[]) => xs.filter((x) => !text.includes(squash(x)));
      const params = op.parameters.map((p) => p.name).concat(op.executeParameters.map((p) => p.name));
      expect(missing(params), 'parameter names in the PDF').toEqual([]);
      expect(
        missing(
          op.parameters.map((p) => `#param-${p.name}`).concat(op.executeParameters.map((p) => `#exec-param-${p.name}`)),
        ),
        'row fragments in the PDF',
      ).toEqual([]);
      expect(missing(layout.captions), 'table captions in the PDF').toEqual([]);
      for (const href of layout.externalLinks) expect(text, `URL of ${href}`).toContain(squash(href));

      // None of the site chrome reached the paper.
      const chromeTexts = await page.evaluate(() =>
        [
          document.querySelector('.footer__copyright')?.textContent ?? '',
          document.querySelector('.pagination-nav__label')?.textContent ?? '',
        ].filter((t) => t.trim().length > 3),
      );
      for (const t of chromeTexts) expect(text, 'footer/pagination text').not.toContain(squash(t));

      const png = renderPage(file, 2, testInfo.outputPath('page-2'), 'png');
      expect(fs.statSync(png).size).toBeGreaterThan(5 * 1024);
      await testInfo.attach('page-2.png', {path: png, contentType: 'image/png'});
    });
  }
}

test('dark mode prints in the light palette', async ({page, guard}, testInfo) => {
  void guard;
  test.setTimeout(120_000);
  await page.emulateMedia({colorScheme: 'dark'});
  await page.addInitScript(() => window.localStorage.setItem('theme', 'dark'));
  const url = '/operators/aclnnQuantMatmulAllReduceV2';
  await open(page, url);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await printLayout(page);
  // Contrast on white paper (WCAG relative luminance) of the body text, table text and every code token.
  const contrasts = await page.evaluate(() => {
    const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    const onWhite = (c: string) => {
      const [r, g, b] = (c.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((x) => lin(Number(x) / 255));
      return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
    };
    const of = (sel: string) => {
      const el = document.querySelector(sel);
      return el ? onWhite(getComputedStyle(el).color) : 0;
    };
    const tokens = Array.from(document.querySelectorAll('.theme-code-block .token')).map((t) =>
      onWhite(getComputedStyle(t).color),
    );
    return {
      text: of('.markdown p'),
      cell: of('.table-scroll td'),
      minToken: Math.min(...tokens),
      tokens: tokens.length,
    };
  });
  expect(contrasts.text, 'body text on paper').toBeGreaterThan(7);
  expect(contrasts.cell, 'table text on paper').toBeGreaterThan(7);
  expect(contrasts.tokens).toBeGreaterThan(0);
  expect(contrasts.minToken, 'every code token on paper').toBeGreaterThanOrEqual(4.5);

  const file = testInfo.outputPath('dark.pdf');
  await page.pdf({path: file, format: 'A4', preferCSSPageSize: true});
  const grey = greyStats(renderPage(file, 2, testInfo.outputPath('dark-page-2'), 'pgm'));
  console.log(
    `[print] ${url} in dark mode: page 2 mean grey ${grey.mean.toFixed(0)}/255, ${(grey.dark * 100).toFixed(1)}% dark pixels`,
  );
  expect(grey.mean, 'mostly white paper').toBeGreaterThan(215);
  expect(grey.dark, 'with dark text on it').toBeGreaterThan(0.005);
});

test('<details> print expanded', async ({page, guard}) => {
  void guard;
  await open(page, '/tools/playground');
  const closed = await page.locator('main details:not([open])').count();
  expect(closed).toBeGreaterThan(0);
  await printLayout(page);
  const hidden = await page.evaluate(() =>
    Array.from(document.querySelectorAll('main details'))
      .filter((d) => d.checkVisibility())
      .flatMap((d) => Array.from(d.children).filter((c) => c.tagName !== 'SUMMARY'))
      .filter((c) => !c.checkVisibility() && getComputedStyle(c).display !== 'none')
      .map((c) => c.outerHTML.slice(0, 80)),
  );
  expect(hidden).toEqual([]);
});

test('external links print their URL; internal links and row fragments only on paper', async ({page, guard}) => {
  void guard;
  await open(page, '/en/operators/aclnnWeightQuantBatchMatmul');
  // The reference pages link only within the site; add an external link to check the print rule.
  await page.evaluate(() => {
    const a = document.createElement('a');
    a.id = 'print-test-external';
    a.href = 'https://www.hiascend.com/document';
    a.textContent = 'CANN documentation';
    document.querySelector('.markdown p')?.append(' ', a);
  });
  const after = (sel: string) =>
    page.evaluate((s) => getComputedStyle(document.querySelector(s)!, '::after').content, sel);
  const fragmentShown = () => page.locator('tr#param-x1 .anchor-fragment').isVisible();
  expect(await fragmentShown()).toBe(false);
  await page.emulateMedia({media: 'print'});
  expect(await after('#print-test-external')).toBe('" (https://www.hiascend.com/document)"');
  expect(await after('.markdown a[href^="/"]')).toBe('none');
  expect(await fragmentShown()).toBe(true);
  await expect(page.locator('tr#param-x1 .anchor-fragment')).toHaveText('#param-x1');
});
