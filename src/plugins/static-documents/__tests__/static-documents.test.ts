import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {breakCamelInHeadings, bundleEnhance, EnhanceDir, isToolPage, referencesHydration, toDocument} from '..';

const Page =
  '<!doctype html><html lang=en><head><meta charset=UTF-8><link rel=stylesheet href=/assets/css/styles.1.css />' +
  '<script src=/en/assets/js/runtime~main.44bb665c.js defer></script>' +
  '<script src="/en/assets/js/main.17064294.js" defer></script>' +
  '<link rel=prefetch href=/en/assets/js/17896441.b5a5b3d9.js>' +
  '<script>document.documentElement.setAttribute("data-theme","light")</script></head>' +
  '<body><div id=__docusaurus><p>text /assets/js/ in prose</p></div></body></html>';

describe('static-documents', () => {
  it('removes every Docusaurus script and loads the behaviours module instead', () => {
    expect(referencesHydration(Page)).toBe(true);
    const out = toDocument(Page, '/en/assets/enhance/index.ABC.js');
    expect(referencesHydration(out)).toBe(false);
    expect(out).not.toContain('runtime~main');
    expect(out).not.toContain('main.17064294');
    expect(out).toContain('<script type="module" src="/en/assets/enhance/index.ABC.js"></script></head>');
    // The inline theme script (no flash of the wrong theme), the stylesheet and the content stay.
    expect(out).toContain('setAttribute("data-theme","light")');
    expect(out).toContain('/assets/css/styles.1.css');
    expect(out).toContain('<p>text /assets/js/ in prose</p>');
  });

  it('is idempotent', () => {
    const once = toDocument(Page, '/assets/enhance/index.A.js');
    expect(toDocument(once, '/assets/enhance/index.A.js')).toBe(once);
  });

  it('refuses a page without a head', () => {
    expect(() => toDocument('<p>x</p>', '/a.js')).toThrow(/head/);
  });

  it('knows the tool pages', () => {
    expect(isToolPage('tools/checker')).toBe(true);
    expect(isToolPage('/tools/playground')).toBe(true);
    expect(isToolPage('tools/dequant-scale.html')).toBe(true);
    expect(isToolPage('tools')).toBe(false);
    expect(isToolPage('operators/aclnnQuantMatmulAllReduceV2')).toBe(false);
    expect(isToolPage('')).toBe(false);
  });

  it('bundles the behaviours as a small module, with the search engine in a separate chunk', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'static-documents-'));
    try {
      const entry = bundleEnhance(path.resolve(__dirname, '../../../..'), out);
      const files = fs.readdirSync(path.join(out, EnhanceDir));
      expect(files).toContain(entry);
      expect(files.length).toBeGreaterThanOrEqual(2);
      const code = fs.readFileSync(path.join(out, EnhanceDir, entry), 'utf8');
      expect(code).toMatch(/import\(["']\.\/searchRuntime\.[\w]+\.js["']\)/);
      expect(code).not.toMatch(/react/i);
      expect(code.length).toBeLessThan(40 * 1024);
    } finally {
      fs.rmSync(out, {recursive: true, force: true});
    }
  });

  it('lets long camelCase names in headings wrap at word boundaries, and nothing else', () => {
    const html =
      '<h1>aclnnQuantMatmulAllReduceV2</h1><h2 id=x aria-label=aclnnWeightQuantBatchMatmul>' +
      '<code>pertokenScaleOptional</code> 与 x1</h2><p>aclnnQuantMatmulAllReduceV2</p><h4>aclnnWeightQuantBatchMatmul</h4>';
    const out = breakCamelInHeadings(html);
    expect(out).toBe(
      '<h1>aclnn<wbr>Quant<wbr>Matmul<wbr>All<wbr>Reduce<wbr>V2</h1><h2 id=x aria-label=aclnnWeightQuantBatchMatmul>' +
        '<code>pertoken<wbr>Scale<wbr>Optional</code> 与 x1</h2><p>aclnnQuantMatmulAllReduceV2</p><h4>aclnnWeightQuantBatchMatmul</h4>',
    );
    expect(breakCamelInHeadings(out)).toBe(out);
    expect(breakCamelInHeadings('<h2>dequantScale</h2>')).toBe('<h2>dequantScale</h2>');
    expect(
      breakCamelInHeadings('<a class=menu__link><span class=linkLabel_Wm>aclnnWeightQuantBatchMatmulV2</span></a>'),
    ).toBe(
      '<a class=menu__link><span class=linkLabel_Wm>aclnn<wbr>Weight<wbr>Quant<wbr>Batch<wbr>Matmul<wbr>V2</span></a>',
    );
  });
});
