/**
 * The navbar on laptop and desktop widths (issue 12, item 2): every visible item on one line,
 * none overlapping another or the search box, everything inside the viewport, and the site name
 * either fully visible or deliberately replaced by its short form. Both locales, light and dark.
 * Each case prints one line for the widths table of the closing note.
 */
import {test, expect, open} from './fixtures';

const Widths = [1024, 1280, 1366, 1440, 1920];

for (const base of ['', '/en']) {
  for (const mode of ['light', 'dark'] as const) {
    test(`navbar ${base || '/'} (${mode}) fits at ${Widths.join(', ')} px`, async ({page, guard}) => {
      void guard;
      await page.emulateMedia({colorScheme: mode});
      for (const width of Widths) {
        await page.setViewportSize({width, height: 800});
        await open(page, `${base}/errata`);
        const m = await page.evaluate(() => {
          const nav = document.querySelector('.navbar')!;
          const visible = (el: Element) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
          };
          const parts = Array.from(
            nav.querySelectorAll(
              '.navbar__brand, .navbar__items > .navbar__item, .navbar__items > div, .navbar__items > button',
            ),
          ).filter(visible);
          const boxes = parts.map((el) => {
            const r = el.getBoundingClientRect();
            const cs = getComputedStyle(el);
            const content = r.height - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom);
            const line = parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.5;
            return {
              name: (el.textContent ?? '').trim().slice(0, 24) || el.className.slice(0, 24),
              left: r.left,
              right: r.right,
              top: r.top,
              bottom: r.bottom,
              oneLine: el.matches('.navbar__item, .navbar__brand') ? content <= line * 1.4 : true,
            };
          });
          const overlaps: string[] = [];
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i];
              const b = boxes[j];
              const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
              const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
              if (x > 1 && y > 1) overlaps.push(`${a.name} × ${b.name}`);
            }
          const title = nav.querySelector('.navbar__title') as HTMLElement | null;
          const titleText = title ? getComputedStyle(title, '::after').content : '';
          return {
            wrapped: boxes.filter((b) => !b.oneLine).map((b) => b.name),
            overlaps,
            outside: boxes.filter((b) => b.right > window.innerWidth + 1 || b.left < -1).map((b) => b.name),
            titleClipped: title ? title.scrollWidth > title.clientWidth + 1 : true,
            titleReplaced: titleText !== 'none' && titleText !== '',
            count: boxes.length,
          };
        });
        const ok = m.wrapped.length === 0 && m.overlaps.length === 0 && m.outside.length === 0 && !m.titleClipped;
        console.log(
          `[navbar] ${base || '/'} ${mode} ${width}px: ${m.count} parts, site name ${m.titleReplaced ? 'short form' : 'full'}: ${ok ? 'pass' : `FAIL ${JSON.stringify(m)}`}`,
        );
        expect(m.wrapped, `${width}px: wrapped items`).toEqual([]);
        expect(m.overlaps, `${width}px: overlapping items`).toEqual([]);
        expect(m.outside, `${width}px: items outside the viewport`).toEqual([]);
        expect(m.titleClipped, `${width}px: site name clipped`).toBe(false);
        expect(m.count).toBeGreaterThanOrEqual(6);
      }
    });
  }
}

/** Phones: the site name (or its short form) stays clear of the search box and is never clipped. */
for (const base of ['', '/en']) {
  test(`navbar ${base || '/'} on phones: the site name clear of the search box`, async ({page, guard}) => {
    void guard;
    for (const width of [320, 375, 414]) {
      await page.setViewportSize({width, height: 800});
      await open(page, `${base}/operators/aclnnQuantMatmulAllReduceV2`);
      const m = await page.evaluate(() => {
        const title = document.querySelector('.navbar__title') as HTMLElement;
        const search = document.querySelector('.navbar input') as HTMLElement;
        const t = title.getBoundingClientRect();
        const s = search.getBoundingClientRect();
        return {
          titleRight: t.right,
          searchLeft: s.left,
          titleClipped: title.scrollWidth > title.clientWidth + 1,
          searchRight: s.right,
        };
      });
      console.log(`[navbar] ${base || '/'} ${width}px: ${JSON.stringify(m)}`);
      expect(m.titleRight, `${width}px: site name runs under the search box`).toBeLessThanOrEqual(m.searchLeft);
      expect(m.titleClipped, `${width}px: site name clipped`).toBe(false);
      expect(m.searchRight).toBeLessThanOrEqual(width);
    }
  });
}
