import {test} from '@playwright/test';
test('dbg', async ({page}) => {
  await page.setViewportSize({width: 702, height: 1100});
  await page.emulateMedia({media: 'print'});
  for (const u of [
    '/operators/aclnnQuantMatmulAllReduceV2',
    '/en/operators/aclnnQuantMatmulAllReduceV2',
    '/en/operators/aclnnWeightQuantBatchMatmul',
    '/operators/aclnnWeightQuantBatchMatmul',
  ]) {
    await page.goto(u);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const r = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.table-scroll')).map((e) => {
        const t = e.querySelector('table')!;
        const heads = Array.from(t.querySelectorAll('thead th')).map(
          (c) => `${c.textContent}:${Math.round(c.getBoundingClientRect().width)}`,
        );
        return `${e.scrollWidth > e.clientWidth + 1 ? 'OVER ' : ''}${e.getAttribute('aria-label')} ${e.scrollWidth}: ${heads.join(' | ')}`;
      }),
    );
    console.log(r.join('\n'));
  }
});
