import {allOperators} from '../src/operators';
import {
  frameworkAnchor,
  frameworkAnchors,
  frameworkConditionAnchor,
  frameworkParamAnchor,
  rowAnchors,
} from '../src/lib/anchors';
import {test, expect, open} from './fixtures';

for (const op of allOperators) {
  const url = `/operators/${op.id}`;

  test.describe(op.id, () => {
    test('formulas are rendered by KaTeX at build time, with MathML and bundled fonts', async ({page, guard}) => {
      void guard;
      await open(page, url);
      const formulas = page.locator('#formula ~ div .katex-display, .katex-display');
      expect(await formulas.count()).toBeGreaterThanOrEqual(op.formulas.length);
      expect(await page.locator('.katex-mathml math').count()).toBeGreaterThanOrEqual(op.formulas.length);
      await expect(page.locator('.katex-error')).toHaveCount(0);
      const fontOk = await page.evaluate(async () => {
        await document.fonts.ready;
        await document.fonts.load('16px KaTeX_Main');
        return document.fonts.check('16px KaTeX_Main');
      });
      expect(fontOk).toBe(true);
    });

    test('every parameter row is present with its dtypes or value type', async ({page, guard}) => {
      void guard;
      await open(page, url);
      for (const p of op.parameters) {
        const row = page.locator(`tr#param-${p.name}`);
        await expect(row, p.name).toHaveCount(1);
        const text = await row.innerText();
        expect(text).toContain(p.name);
        for (const dtype of p.dtypes) expect(text, `${p.name} dtype`).toContain(dtype);
        if (p.dtypes.length === 0) expect(text).toContain(p.valueType ?? p.cType);
      }
      for (const p of op.executeParameters) await expect(page.locator(`tr#exec-param-${p.name}`)).toHaveCount(1);
      for (const id of rowAnchors(op)) await expect(page.locator(`[id="${id}"]`), id).toHaveCount(1);
      await expect(page.locator('body')).not.toContainText('[object Object]');
      await expect(page.locator('body')).not.toContainText('undefined');
    });

    const targets = [
      `param-${op.parameters.find((p) => p.name.startsWith('deq'))?.name ?? op.parameters[0].name}`,
      `constraint-${op.constraints[2].id}`,
    ];
    for (const target of targets) {
      test(`visiting #${target} scrolls to and highlights that row`, async ({page, guard}) => {
        void guard;
        await open(page, `${url}#${target}`);
        const row = page.locator(`[id="${target}"]`);
        await expect(row).toBeInViewport();
        const [bg, neighbourBg, outline, detailBg] = await row.evaluate((el) => {
          // A parameter row's detail line (meaning, rules) is highlighted with it; the neighbour to
          // compare with is then the next (or previous) parameter's row.
          const detail = el.nextElementSibling?.classList.contains('row-detail') ? el.nextElementSibling : null;
          const group = el.parentElement!;
          const other = (
            detail
              ? (group.nextElementSibling ?? group.previousElementSibling)!.firstElementChild
              : (el.nextElementSibling ?? el.previousElementSibling)
          ) as Element;
          return [
            getComputedStyle(el).backgroundColor,
            getComputedStyle(other).backgroundColor,
            getComputedStyle(el).outlineStyle,
            detail ? getComputedStyle(detail).backgroundColor : getComputedStyle(el).backgroundColor,
          ];
        });
        expect(bg).not.toBe(neighbourBg);
        expect(detailBg).toBe(bg);
        expect(outline).toBe('solid');
      });
    }

    for (const [prefix, heading] of [
      ['', '框架映射'],
      ['/en', 'Framework mapping'],
    ] as const) {
      test(`framework mapping (${prefix || 'zh'}): the section, each call, condition and argument row render with their anchors and source links`, async ({
        page,
        guard,
      }) => {
        void guard;
        await open(page, `${prefix}${url}`);
        await expect(page.locator('h2#frameworks')).toContainText(heading);
        expect(op.frameworks.length).toBeGreaterThan(0);
        const own = new Set(op.parameters.map((p) => p.name));
        for (const call of op.frameworks) {
          await expect(page.locator(`h3#${frameworkAnchor(call.id)}`)).toContainText(call.function);
          const box = page.locator(`[data-framework="${call.id}"]`);
          await expect(box).toHaveCount(1);
          await expect(box.locator('pre')).toHaveText(call.signature);
          for (const id of frameworkAnchors({frameworks: [call]})) {
            await expect(page.locator(`[id="${id}"]`), id).toHaveCount(1);
          }
          for (const c of call.conditions) {
            const row = box.locator(`tr[id="${frameworkConditionAnchor(call.id, c.id)}"]`);
            // `all`: the caption names the one API every condition leads to; `first-match`: each row names its API
            if (call.conditionLogic === 'all') {
              await expect(row.locator('xpath=ancestor::table[1]/caption')).toContainText(c.api);
            } else {
              await expect(row).toContainText(c.api);
            }
            await expect(row.locator('a[target="_blank"][href*="/blob/"]')).toHaveCount(c.sources.length);
          }
          for (const p of call.parameters) {
            const id = frameworkParamAnchor(call.id, p);
            const row = box.locator(`tr[id="${id}"]`);
            await expect(row, id).toHaveCount(1);
            if (p.arg) await expect(row.locator('th')).toContainText(p.arg);
            if (p.target) await expect(row.locator('td').first()).toContainText(p.target);
            // an aclnn parameter of this page links to its row; others (another API's) are plain code
            const linked = call.reachesThisOperator && p.target !== null && own.has(p.target);
            await expect(row.locator(`a[href="#param-${p.target}"]`)).toHaveCount(linked ? 1 : 0);
            await expect(row.locator('a[target="_blank"][href*="/blob/"]')).toHaveCount(p.sources.length);
          }
        }
        // a framework row is a fragment target like any other row
        const target = frameworkParamAnchor(op.frameworks[0].id, op.frameworks[0].parameters[0]);
        await page.goto('about:blank');
        await open(page, `${prefix}${url}#${target}`);
        await expect(page.locator(`tr[id="${target}"]`)).toBeInViewport();
        await expect(page.locator(`tr[id="${target}"]`)).toHaveClass(/is-fragment-target/);
      });
    }

    test('an in-page link to a row highlights it after client-side navigation', async ({page, guard}) => {
      void guard;
      await open(page, url);
      const first = op.parameters[0].name;
      await page.locator(`#errors ~ div a[href$="#param-${first}"], a[href="#param-${first}"]`).first().click();
      await expect(page.locator(`tr#param-${first}`)).toHaveClass(/is-fragment-target/);
      await expect(page.locator(`tr#param-${first}`)).toBeInViewport();
    });

    test('each sample links to the checker preloaded with it, and the checker accepts it', async ({page, guard}) => {
      void guard;
      await open(page, url);
      const links = page.locator('a[href^="/tools/checker?call="]');
      await expect(links).toHaveCount(op.samples.length);
      for (let i = 0; i < op.samples.length; i++) {
        await open(page, url);
        await page.locator('a[href^="/tools/checker?call="]').nth(i).click();
        await expect(page).toHaveURL(/\/tools\/checker\?call=/);
        await expect(page.locator('#checker-verdict')).toHaveAttribute('data-code', '0');
        await expect(page.locator('#checker-documented')).toContainText('ACLNN_SUCCESS');
      }
    });

    test('at 375 px the page body does not scroll horizontally; parameters are cards, wide tables scroll in their container', async ({
      page,
      guard,
    }) => {
      void guard;
      await page.setViewportSize({width: 375, height: 800});
      await open(page, url);
      const {scrollWidth, clientWidth} = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      const params = page.locator('.table-scroll').filter({has: page.locator('tr#param-x1')});
      expect(await params.evaluate((el) => el.scrollWidth > el.clientWidth + 1)).toBe(false);
      const constraints = page
        .locator('.table-scroll')
        .filter({has: page.locator('tr[id^="constraint-"]')})
        .first();
      expect(await constraints.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    });
  });
}
