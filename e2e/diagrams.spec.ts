/**
 * The static SVG diagrams (src/components/Diagrams): present on their pages in both locales with
 * a text alternative, readable in dark mode, kept in print, and laid out without overlapping or
 * clipped text, at desktop and phone widths.
 */
import type {Page} from '@playwright/test';
import {test, expect, open} from './fixtures';

const Pages = [
  {path: '/operators/aclnnQuantMatmulAllReduceV2', diagrams: ['diagram-qmar', 'diagram-two-phase']},
  {path: '/operators/aclnnWeightQuantBatchMatmul', diagrams: ['diagram-wqbmm', 'diagram-two-phase']},
  {path: '/concepts/two-phase-api', diagrams: ['diagram-two-phase']},
] as const;
const Locales = ['', '/en'] as const;
const Cjk = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

const figure = (page: Page, prefix: string) => page.locator(`figure[data-diagram="${prefix}"]`);

async function openInMode(page: Page, url: string, mode: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({colorScheme: mode});
  await page.addInitScript((m) => window.localStorage.setItem('theme', m), mode);
  await open(page, url);
  await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
}

interface Contrast {
  text: number;
  muted: number;
  accent: number;
  line: number;
}

/** WCAG contrast of the diagram's text, muted text, accent text and connector lines against the page. */
async function contrasts(page: Page, prefix: string): Promise<Contrast> {
  return figure(page, prefix).evaluate((fig) => {
    const rgb = (c: string): [number, number, number, number] => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) throw new Error(`unparsed colour ${c}`);
      const [r, g, b, a = '1'] = m[1].split(/[ ,/]+/).filter(Boolean);
      return [Number(r), Number(g), Number(b), Number(a)];
    };
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a: number[], b: number[]) => {
      const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x);
      return (l1 + 0.05) / (l2 + 0.05);
    };
    // The page background: the first opaque background up the tree (white if none).
    let bg: number[] = [255, 255, 255];
    for (let el: Element | null = fig; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c[3] > 0) {
        bg = c;
        break;
      }
    }
    const svg = fig.querySelector('svg')!;
    const texts = Array.from(svg.querySelectorAll('text'));
    const fill = (el: Element | undefined) => {
      if (!el) throw new Error('element not found');
      return rgb(getComputedStyle(el).fill);
    };
    const plain = texts.find(
      (t) => /^text_/.test(t.getAttribute('class') ?? '') && !/muted|text-/.test(t.getAttribute('class') ?? ''),
    );
    const muted = texts.find((t) => /muted/.test(t.getAttribute('class') ?? ''));
    const accent = texts.find((t) => /text-a/.test(t.getAttribute('class') ?? ''));
    const line = svg.querySelector('path[class*="line"]');
    if (!line) throw new Error('no connector line');
    return {
      text: ratio(fill(plain), bg),
      muted: ratio(fill(muted), bg),
      accent: ratio(fill(accent), bg),
      line: ratio(rgb(getComputedStyle(line).stroke), bg),
    };
  });
}

test.describe('diagrams', () => {
  for (const {path, diagrams} of Pages) {
    for (const locale of Locales) {
      const url = `${locale}${path}`;
      test(`${url}: each diagram has an accessible name, a description and a caption`, async ({page, guard}) => {
        void guard;
        await open(page, url);
        for (const prefix of diagrams) {
          const fig = figure(page, prefix);
          await expect(fig).toHaveCount(1);
          const svg = fig.locator('svg');
          await expect(svg).toHaveAttribute('role', 'img');
          await expect(svg).toHaveAttribute('aria-labelledby', `${prefix}-title ${prefix}-desc`);
          const title = (await svg.locator(`title#${prefix}-title`).textContent())?.trim() ?? '';
          const desc = (await svg.locator(`desc#${prefix}-desc`).textContent())?.trim() ?? '';
          expect(title.length, `${prefix} title`).toBeGreaterThan(10);
          expect(desc.length, `${prefix} desc`).toBeGreaterThan(150);
          await expect(page.getByRole('img', {name: title})).toBeVisible();
          await expect(fig).toHaveRole('figure');
          await expect(fig).toHaveAccessibleName(/\S/);
          await expect(fig.locator('figcaption')).not.toBeEmpty();
          // The only ids inside a figure are the two fixed, locale-independent aria targets.
          const ids = await fig.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
          expect(ids.sort()).toEqual([`${prefix}-desc`, `${prefix}-title`]);
        }
      });
    }
  }

  test('the same diagrams carry the same element ids in both locales', async ({page, guard}) => {
    void guard;
    for (const {path} of Pages) {
      const sets: string[][] = [];
      for (const locale of Locales) {
        await open(page, `${locale}${path}`);
        sets.push(await page.locator('figure[data-diagram] [id]').evaluateAll((els) => els.map((e) => e.id).sort()));
      }
      expect(sets[1], path).toEqual(sets[0]);
    }
  });

  test('English pages show English diagram text', async ({page, guard}) => {
    void guard;
    for (const {path, diagrams} of Pages) {
      await open(page, `/en${path}`);
      for (const prefix of diagrams) {
        const text = await figure(page, prefix).evaluate((f) => f.textContent ?? '');
        expect(text.match(new RegExp(Cjk.source, 'g')) ?? [], `${path} ${prefix}`).toEqual([]);
      }
    }
  });

  for (const mode of ['light', 'dark'] as const) {
    test(`${mode} mode: visible, with text and lines that contrast with the page`, async ({page, guard}) => {
      void guard;
      for (const {path, diagrams} of Pages) {
        await openInMode(page, path, mode);
        for (const prefix of diagrams) {
          const svg = figure(page, prefix).locator('svg');
          await expect(svg).toBeVisible();
          expect((await svg.boundingBox())!.height).toBeGreaterThan(200);
          const c = await contrasts(page, prefix);
          const where = `${mode} ${path} ${prefix}: ${JSON.stringify(c)}`;
          expect(c.text, where).toBeGreaterThanOrEqual(7);
          expect(c.muted, where).toBeGreaterThanOrEqual(4.5);
          expect(c.accent, where).toBeGreaterThanOrEqual(4.5);
          expect(c.line, where).toBeGreaterThanOrEqual(3);
        }
      }
    });
  }

  test('print: the diagrams are kept, black on white, without tinted fills', async ({page, guard}) => {
    void guard;
    for (const {path, diagrams} of Pages) {
      // Printing from dark mode must still give black on white.
      await openInMode(page, path, 'dark');
      await page.emulateMedia({media: 'print'});
      for (const prefix of diagrams) {
        const svg = figure(page, prefix).locator('svg');
        await expect(svg).toBeVisible();
        expect((await svg.boundingBox())!.height).toBeGreaterThan(200);
        const colours = await svg.evaluate((s) => ({
          text: [...new Set(Array.from(s.querySelectorAll('text')).map((t) => getComputedStyle(t).fill))],
          lines: [
            ...new Set(Array.from(s.querySelectorAll('path[class*="line"]')).map((p) => getComputedStyle(p).stroke)),
          ],
          tints: Array.from(s.querySelectorAll('rect'))
            .map((r) => getComputedStyle(r))
            .filter((c) => c.fill !== 'none' && Number(c.fillOpacity) > 0 && Number(c.fillOpacity) < 1).length,
        }));
        // Only black text (and #333 secondary text); black lines; no translucent washes.
        for (const c of colours.text) expect(['rgb(0, 0, 0)', 'rgb(51, 51, 51)'], `${path} ${prefix}`).toContain(c);
        expect(colours.lines, `${path} ${prefix}`).toEqual(['rgb(0, 0, 0)']);
        expect(colours.tints, `${path} ${prefix}`).toBe(0);
      }
      await page.emulateMedia({media: 'screen'});
    }
  });

  for (const width of [1280, 375]) {
    test(`${width} px: no text overlaps other text or leaves its box, and the page does not scroll sideways`, async ({
      page,
      guard,
    }) => {
      void guard;
      await page.setViewportSize({width, height: 900});
      for (const locale of Locales) {
        for (const {path, diagrams} of Pages) {
          await open(page, `${locale}${path}`);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `${locale}${path} horizontal page scroll`).toBeLessThanOrEqual(0);
          for (const prefix of diagrams) {
            const problems = await figure(page, prefix).evaluate((fig) => {
              const svg = fig.querySelector('svg')!;
              const out: string[] = [];
              const tol = 0.5;
              const inside = (a: DOMRect, b: DOMRect) =>
                a.left >= b.left - tol &&
                a.right <= b.right + tol &&
                a.top >= b.top - tol &&
                a.bottom <= b.bottom + tol;
              const meet = (a: DOMRect, b: DOMRect) =>
                a.left < b.right - tol && b.left < a.right - tol && a.top < b.bottom - tol && b.top < a.bottom - tol;
              const texts = Array.from(svg.querySelectorAll('text')).map((t) => ({t, r: t.getBoundingClientRect()}));
              const frame = svg.getBoundingClientRect();
              // Boxes that hold text: their text stays inside, other text stays out.
              const boxes = Array.from(svg.querySelectorAll('g[data-box]'))
                .filter((g) => g.querySelector('text'))
                .map((g) => ({g, r: g.querySelector('rect')!.getBoundingClientRect()}));
              for (const {t, r} of texts) {
                if (!inside(r, frame)) out.push(`outside the diagram: "${t.textContent}"`);
                for (const b of boxes) {
                  if (b.g.contains(t)) {
                    if (!inside(r, b.r)) out.push(`leaves its box: "${t.textContent}"`);
                  } else if (meet(r, b.r)) out.push(`"${t.textContent}" overlaps the box of "${b.g.textContent}"`);
                }
              }
              for (let i = 0; i < texts.length; i++)
                for (let j = i + 1; j < texts.length; j++)
                  if (meet(texts[i].r, texts[j].r))
                    out.push(`"${texts[i].t.textContent}" overlaps "${texts[j].t.textContent}"`);
              return out;
            });
            expect(problems, `${locale}${path} ${prefix}`).toEqual([]);
          }
        }
      }
    });
  }
});
