/**
 * Accessibility (issue 7, item 2): zero axe-core violations (WCAG 2.0/2.1 A and AA plus axe's
 * best practices) on every page of the built sitemaps, both locales, light and dark mode; and
 * the checks axe cannot make on its own: keyboard reachability and a visible focus indicator
 * for every control, accessible names on the tools' form controls, heading order, table
 * captions and header cells, and KaTeX's MathML for screen readers.
 *
 * Each page prints one line `[axe] <path> <mode>: <n> violation(s)` so the result can be
 * reported per page.
 */
import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';
import {test, expect, open, sitemapPaths} from './fixtures';

const paths = sitemapPaths();

// Operator pages are large (KaTeX, wide tables): one axe run takes tens of seconds there.
test.describe.configure({timeout: 240_000});
const Modes = ['light', 'dark'] as const;
type Mode = (typeof Modes)[number];
const Tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Open a page in a colour mode: the OS preference and the stored choice both say `mode`. */
async function openIn(page: Page, url: string, mode: Mode): Promise<void> {
  await page.emulateMedia({colorScheme: mode});
  await page.addInitScript((m) => {
    try {
      window.localStorage.setItem('theme', m);
    } catch {
      // storage disabled: the media emulation alone selects the mode
    }
  }, mode);
  await open(page, url);
  await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
}

/** Expand what is collapsed on load (sidebar categories, <details>) so it is checked too. */
async function expandAll(page: Page): Promise<void> {
  for (const caret of await page.locator('.theme-doc-sidebar-container [aria-expanded="false"]').all()) {
    if (await caret.isVisible()) await caret.click();
  }
  await page.evaluate(() =>
    document.querySelectorAll('main details').forEach((d) => ((d as HTMLDetailsElement).open = true)),
  );
  await expect(page.locator('.theme-doc-sidebar-container [aria-expanded="false"]')).toHaveCount(0);
}

/**
 * axe's violations on the page, or only inside `include` (CSS selectors): the interactive states
 * check the part that changed (the whole page is checked in its resting state above), which keeps
 * them fast on a busy machine.
 */
async function axeViolations(page: Page, what: string, include: string[] = []): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready);
  let builder = new AxeBuilder({page}).withTags(Tags);
  for (const selector of include) builder = builder.include(selector);
  const results = await builder.analyze();
  const violations = results.violations;
  console.log(`[axe] ${what}: ${violations.length} violation(s), ${results.passes.length} rules passed`);
  return violations.flatMap((v) =>
    v.nodes
      .slice(0, 5)
      .map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ')}`),
  );
}

test('the sitemaps list pages of both locales', () => {
  expect(paths).toContain('/');
  expect(paths).toContain('/en/');
  expect(paths.length).toBeGreaterThanOrEqual(20);
});

test.describe('axe-core', () => {
  for (const p of paths) {
    for (const mode of Modes) {
      test(`${p} (${mode}) has no axe violation`, async ({page, guard}) => {
        void guard;
        await openIn(page, p, mode);
        await expandAll(page);
        expect(await axeViolations(page, `${p} ${mode}`)).toEqual([]);
      });
    }
  }
});

test.describe('axe-core, interactive states', () => {
  for (const mode of Modes) {
    for (const base of ['', '/en']) {
      const op = `${base}/operators/aclnnQuantMatmulAllReduceV2`;
      test(`${op} (${mode}): highlighted target row, open search results, open language menu`, async ({
        page,
        guard,
      }) => {
        void guard;
        await openIn(page, `${op}#param-dequantScale`, mode);
        await expect(page.locator('tr#param-dequantScale')).toBeInViewport();
        // The highlighted row and its detail line, in their table.
        expect(
          await axeViolations(page, `${op}#param-dequantScale ${mode} (target row)`, [
            '.table-scroll:has(#param-dequantScale)',
          ]),
        ).toEqual([]);

        // The search box (operator pages also have the CANN release select, another combobox).
        const box = page.getByRole('combobox', {name: /搜索文档|Search the docs/});
        await box.fill('dequantScale');
        await expect(page.locator('.navbar').getByRole('option').first()).toBeVisible();
        await page.keyboard.press('ArrowDown');
        expect(await axeViolations(page, `${op} ${mode} (search results)`, ['.navbar'])).toEqual([]);
        await box.fill('zzqqxx');
        await expect(page.locator('[role="search"] [role="status"]')).toBeVisible();
        expect(await axeViolations(page, `${op} ${mode} (no search result)`, ['.navbar'])).toEqual([]);
        await page.keyboard.press('Escape');

        await page.locator('.navbar__items--right .dropdown > .navbar__link').hover();
        await expect(page.locator('.navbar__items--right .dropdown__menu')).toBeVisible();
        expect(await axeViolations(page, `${op} ${mode} (language menu)`, ['.navbar'])).toEqual([]);
      });
    }
    // One test per page (each axe run of a large page takes a minute on a busy machine).
    for (const p of ['/concepts/quantization', '/en/concepts/two-phase-api', '/tools/playground']) {
      test(`at 375 px (${mode}): ${p} (wide tables, code, display math)`, async ({page, guard}) => {
        void guard;
        await page.setViewportSize({width: 375, height: 800});
        await openIn(page, p, mode);
        expect(await axeViolations(page, `375px ${p} ${mode}`)).toEqual([]);
      });
    }
    test(`at 375 px (${mode}): an operator page and its open navigation drawer`, async ({page, guard}) => {
      void guard;
      await page.setViewportSize({width: 375, height: 800});
      await openIn(page, '/operators/aclnnWeightQuantBatchMatmul', mode);
      expect(await axeViolations(page, `375px /operators/aclnnWeightQuantBatchMatmul ${mode}`)).toEqual([]);
      await page.locator('.navbar__toggle').click();
      await expect(page.locator('.navbar-sidebar')).toBeVisible();
      expect(await axeViolations(page, `375px drawer ${mode}`, ['.navbar-sidebar'])).toEqual([]);
    });
  }
});

const OperatorPages = ['/operators/aclnnQuantMatmulAllReduceV2', '/en/operators/aclnnWeightQuantBatchMatmul'];

interface Focused {
  key: string;
  tag: string;
  name: string;
  focusVisible: boolean;
  outline: string;
  boxShadow: string;
}

/**
 * Tab from the top of the page until focus leaves the document or comes back to a control
 * seen before; return what was focused, in order, with its focus style at that moment.
 */
async function tabThrough(page: Page, max: number): Promise<Focused[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const seen: Focused[] = [];
  const keys = new Set<string>();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      if (!el.dataset.a11yKey) el.dataset.a11yKey = String(document.querySelectorAll('[data-a11y-key]').length);
      const cs = getComputedStyle(el);
      return {
        key: el.dataset.a11yKey,
        tag: el.tagName.toLowerCase(),
        name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60),
        focusVisible: el.matches(':focus-visible'),
        outline: `${cs.outlineStyle} ${cs.outlineWidth}`,
        boxShadow: cs.boxShadow,
      };
    });
    if (!f || keys.has(f.key)) break;
    keys.add(f.key);
    seen.push(f);
  }
  return seen;
}

/** Every visible control of the page that should be in the tab order (tagged with its key). */
async function tabbables(page: Page): Promise<{key: string; what: string}[]> {
  return page.evaluate(() => {
    const sel =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    return (
      Array.from(document.querySelectorAll<HTMLElement>(sel))
        // The back-to-top button shows only while the page is being scrolled up; focus moving to a
        // control higher up in a tall row scrolls up and reveals it after Tab has passed its place.
        // It is reachable whenever it is shown; it is not part of the page's fixed tab order.
        .filter((el) => !el.matches('.theme-back-to-top-button'))
        .filter(
          (el) => el.tabIndex >= 0 && el.checkVisibility({visibilityProperty: true}) && el.getClientRects().length > 0,
        )
        .map((el) => ({
          key: el.dataset.a11yKey ?? '',
          what: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50)}"`,
        }))
    );
  });
}

function hasIndicator(f: Focused): boolean {
  const outline = !f.outline.startsWith('none') && !/ 0px$/.test(f.outline);
  return outline || (f.boxShadow !== 'none' && f.boxShadow !== '');
}

test.describe('keyboard', () => {
  for (const url of OperatorPages) {
    test(`${url}: every control is reachable with Tab and shows a visible focus indicator`, async ({page, guard}) => {
      void guard;
      test.setTimeout(180_000);
      await open(page, url);
      const focused = await tabThrough(page, 1500);
      const all = await tabbables(page);
      const unreached = all.filter((c) => c.key === '');
      expect(
        unreached.map((c) => c.what),
        'controls never reached with Tab',
      ).toEqual([]);
      const noIndicator = focused.filter((f) => !f.focusVisible || !hasIndicator(f));
      expect(
        noIndicator.map((f) => `${f.tag} "${f.name}" ${f.outline} ${f.boxShadow}`),
        'controls without a visible focus indicator',
      ).toEqual([]);

      // The controls named in the issue are among them.
      const names = focused.map((f) => f.name);
      const en = url.startsWith('/en/');
      expect(
        names.some((n) => /^# (直达链接|Direct link)/.test(n)),
        'row "#" links',
      ).toBe(true);
      expect(
        names.some((n) => /^(复制链接|Copy link)/.test(n)),
        'copy-link buttons',
      ).toBe(true);
      expect(
        names.some((n) => /^(复制为 Markdown 链接|Copy as Markdown link)/.test(n)),
        'copy-Markdown buttons',
      ).toBe(true);
      expect(
        focused.some((f) => f.tag === 'input' && /^(搜索文档|Search)/.test(f.name)),
        'search box',
      ).toBe(true);
      expect(
        names.some((n) => /(dark and light mode|浅色|深色|暗黑|明亮|模式)/.test(n)),
        'theme toggle',
      ).toBe(true);
      expect(
        names.some((n) => n === (en ? 'English' : '简体中文')),
        'language switch',
      ).toBe(true);
      console.log(`[keyboard] ${url}: ${focused.length} controls reached with Tab, all with a visible focus indicator`);
    });
  }

  test('the language switch opens from the keyboard and its entries are reachable', async ({page, guard}) => {
    void guard;
    await open(page, OperatorPages[0]);
    const trigger = page.locator('.navbar__items--right .dropdown > .navbar__link');
    await trigger.focus();
    await page.keyboard.press('Enter');
    const english = page.locator('.navbar__items--right .dropdown__menu a', {hasText: 'English'});
    await expect(english).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(english).toBeFocused();
    const style = await english.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(style).not.toBe('none');
  });

  test('the search box is reachable, and its results are keyboard navigable', async ({page, guard}) => {
    void guard;
    await open(page, '/en/operators/aclnnQuantMatmulAllReduceV2');
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', {name: 'Search the docs'});
    await expect(box).toBeFocused();
    await box.fill('dequantScale');
    await expect(page.locator('.navbar').getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
  });
});

test.describe('form controls of the tools have accessible names', () => {
  for (const url of [
    '/tools/checker',
    '/tools/playground',
    '/tools/dequant-scale',
    '/en/tools/checker',
    '/en/tools/playground',
    '/en/tools/dequant-scale',
  ]) {
    test(url, async ({page, guard}) => {
      void guard;
      await open(page, url);
      // Open every disclosure so the controls inside are checked too.
      await page.evaluate(() =>
        document.querySelectorAll('main details').forEach((d) => ((d as HTMLDetailsElement).open = true)),
      );
      const controls = page
        .locator('main')
        .locator('input, select, textarea, button, [role="button"], [role="switch"], [role="combobox"]')
        .filter({visible: true});
      const n = await controls.count();
      expect(n).toBeGreaterThan(0);
      const missing: string[] = [];
      for (let i = 0; i < n; i++) {
        const c = controls.nth(i);
        try {
          // Chromium's accessible-name computation (labels, aria-label(ledby), title…).
          await expect(c).toHaveAccessibleName(/\S/, {timeout: 1000});
        } catch {
          missing.push(await c.evaluate((el) => el.outerHTML.slice(0, 120)));
        }
      }
      expect(missing, 'controls without an accessible name').toEqual([]);
      console.log(`[names] ${url}: ${n} form controls, all named`);
    });
  }
});

test.describe('structure', () => {
  for (const p of paths) {
    test(`${p}: headings in order, tables captioned with header cells, math has MathML`, async ({page, guard}) => {
      void guard;
      await open(page, p);
      const report = await page.evaluate(() => {
        const main = document.querySelector('main') ?? document.body;
        const headings = Array.from(main.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')).filter((h) =>
          h.checkVisibility(),
        );
        const skipped: string[] = [];
        let last = 0;
        for (const h of headings) {
          const level = Number(h.tagName[1]);
          if (level > last + 1) skipped.push(`h${last} → ${h.tagName.toLowerCase()} "${h.textContent?.trim()}"`);
          last = level;
        }
        const tables = Array.from(main.querySelectorAll('table')).map((t, i) => ({
          i,
          caption: t.querySelector(':scope > caption')?.textContent?.trim() ?? '',
          th: t.querySelectorAll('th').length,
        }));
        const katex = main.querySelectorAll('.katex').length;
        const mathml = main.querySelectorAll('.katex .katex-mathml math').length;
        const hiddenHtml = Array.from(main.querySelectorAll('.katex-html')).every(
          (e) => e.getAttribute('aria-hidden') === 'true',
        );
        return {first: headings[0]?.tagName, skipped, tables, katex, mathml, hiddenHtml};
      });
      expect(report.first, 'the first heading is the h1').toBe('H1');
      expect(report.skipped, 'skipped heading levels').toEqual([]);
      for (const t of report.tables) {
        expect(t.caption, `table ${t.i} has a caption`).not.toBe('');
        expect(t.th, `table ${t.i} has header cells`).toBeGreaterThan(0);
      }
      expect(report.mathml, 'every KaTeX formula carries MathML').toBe(report.katex);
      expect(report.hiddenHtml, 'the visual KaTeX HTML is hidden from screen readers').toBe(true);
      if (p.includes('/operators/')) expect(report.mathml).toBeGreaterThan(0);
    });
  }
});
