import {describe, expect, it} from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {proseText, untranslated, run} from '../i18n-check.mjs';

const root = path.resolve(__dirname, '../..');
const docsDir = path.join(root, 'docs');
const enDir = path.join(root, 'i18n/en/docusaurus-plugin-content-docs/current');

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, {recursive: true, withFileTypes: false})
    .map(String)
    .filter((f) => /\.mdx?$/.test(f))
    .sort();
}

describe('translation file parity', () => {
  it('every zh-Hans doc has an English file with the same path and extension, and no English file is orphaned', () => {
    expect(files(enDir)).toEqual(files(docsDir));
  });

  it('every English doc keeps the explicit heading ids of its source, in order', () => {
    const ids = (file: string) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/^#{1,6} .*\{#([A-Za-z0-9_-]+)\}\s*$/gm)].map((m) => m[1]);
    for (const f of files(docsDir)) {
      expect(ids(path.join(enDir, f)), f).toEqual(ids(path.join(docsDir, f)));
    }
  });
});

describe('i18n-check helpers', () => {
  it('ignores code, formulas and scripts when looking for Chinese prose', () => {
    const html =
      '<p>Text <code>中文</code></p><pre>注释</pre><span class="katex"><span>轴</span></span><script>var a="中"</script><p>ok</p>';
    expect(proseText(html)).not.toMatch(/[\u4e00-\u9fff]/);
    expect(untranslated(html)).toEqual([]);
  });

  it('reports Chinese prose, and honours the allowlist', () => {
    expect(untranslated('<p>The 参数 table</p>')).toEqual(['参数']);
    expect(untranslated('<a>简体中文</a>', [{text: '简体中文'}])).toEqual([]);
  });

  it('fails on differing ids, a missing English page and a wrong lang', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'i18n-'));
    const page = (lang: string, ids: string[], alt = true) =>
      `<html lang=${lang}><head>${alt ? '<link rel=alternate hreflang=zh-Hans href=/a><link rel=alternate hreflang=en href=/en/a><link rel=alternate hreflang=x-default href=/a>' : ''}</head><body>${ids.map((i) => `<div id=${i}>x</div>`).join('')}</body></html>`;
    fs.mkdirSync(path.join(dir, 'en'), {recursive: true});
    fs.writeFileSync(path.join(dir, '404.html'), '');
    fs.writeFileSync(path.join(dir, 'en/404.html'), '<p>未找到</p>');
    fs.writeFileSync(path.join(dir, 'a.html'), page('zh-Hans', ['x', 'y']));
    fs.writeFileSync(path.join(dir, 'en/a.html'), page('en', ['x']));
    fs.writeFileSync(path.join(dir, 'b.html'), page('zh-Hans', []));
    fs.writeFileSync(path.join(dir, 'en/c.html'), page('zh-Hans', [], false));
    const {problems} = run(dir) as {problems: string[]};
    const all = problems.join('\n');
    expect(all).toMatch(/\/a: ids only on the zh-Hans page: y/);
    expect(all).toMatch(/\/b: no English page/);
    expect(all).toMatch(/\/en\/c: English page without a zh-Hans source/);
    expect(all).toMatch(/\/en\/404: untranslated Chinese: 未找到/);
  });
});
