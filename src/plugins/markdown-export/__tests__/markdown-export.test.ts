import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it, vi} from 'vitest';
import type {LoadContext, Plugin} from '@docusaurus/types';
import markdownExport, {badText} from '..';

const page = (title: string, body: string) =>
  `<html><head><meta name=description content="${title} 的说明"></head><body><nav>菜单</nav><article><div class="theme-doc-markdown markdown"><header class=page-title><h1>${title}</h1></header>${body}</div></article></body></html>`;

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'markdown-export-'));
afterAll(() => fs.rmSync(root, {recursive: true, force: true}));
function write(rel: string, html: string) {
  fs.mkdirSync(path.dirname(path.join(root, rel)), {recursive: true});
  fs.writeFileSync(path.join(root, rel), html);
}
write('index.html', page('首页', '<p>简介'));
write(
  'operators/aclnnX.html',
  page('aclnnX', '<h2 id=c>约束</h2><table><tr><th>约束<tr id=constraint-a><td>≤ 65535</table>'),
);
write('404.html', page('找不到', '<p>x'));
write('en/index.html', page('Home', '<p>intro'));
write('en/operators/aclnnX.html', page('aclnnX', '<p>english'));

async function run(locale: string, outDir: string, baseUrl: string, routesPaths: string[]) {
  const context = {
    i18n: {currentLocale: locale},
    siteConfig: {url: 'https://docs.example', title: `Site ${locale}`, tagline: `Tagline ${locale}`},
  } as unknown as LoadContext;
  const plugin = markdownExport(context) as Plugin;
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    await plugin.postBuild!({outDir, baseUrl, routesPaths} as unknown as Parameters<
      NonNullable<Plugin['postBuild']>
    >[0]);
  } finally {
    log.mockRestore();
  }
}

describe('markdown-export plugin', () => {
  it('writes each page of the locale as Markdown next to it, and llms.txt / llms-full.txt', async () => {
    await run('zh-Hans', root, '/', ['/', '/operators/aclnnX', '/404.html']);
    const md = fs.readFileSync(path.join(root, 'operators/aclnnX.md'), 'utf8');
    expect(md).toContain('## 约束 {#c}');
    expect(md).toContain('<a id="constraint-a"></a>[constraint-a](https://docs.example/operators/aclnnX#constraint-a)');
    expect(md).not.toContain('菜单');
    expect(fs.readFileSync(path.join(root, 'index.md'), 'utf8')).toBe('# 首页\n\n简介\n');
    expect(fs.existsSync(path.join(root, '404.md'))).toBe(false);
    const llms = fs.readFileSync(path.join(root, 'llms.txt'), 'utf8');
    expect(llms.startsWith('# Site zh-Hans\n\n> Tagline zh-Hans\n')).toBe(true);
    expect(llms).toContain('- [aclnnX](https://docs.example/operators/aclnnX.md): aclnnX 的说明');
    expect(llms).toContain('- [首页](https://docs.example/index.md)');
    const full = fs.readFileSync(path.join(root, 'llms-full.txt'), 'utf8');
    expect(full).toContain(md.trim());
    expect(full).not.toContain('english');
  });

  it('writes the English pages under /en/', async () => {
    await run('en', path.join(root, 'en'), '/en/', ['/en/', '/en/operators/aclnnX']);
    expect(fs.readFileSync(path.join(root, 'en/index.md'), 'utf8')).toBe('# Home\n\nintro\n');
    const llms = fs.readFileSync(path.join(root, 'en/llms.txt'), 'utf8');
    expect(llms).toContain('## Operators\n\n- [aclnnX](https://docs.example/en/operators/aclnnX.md)');
    expect(llms).toContain('https://docs.example/en/llms-full.txt');
  });

  it('fails the build on [object Object], undefined or NaN in a page', async () => {
    write('bad/operators/aclnnY.html', page('aclnnY', '<p>shape [object Object]'));
    await expect(run('zh-Hans', path.join(root, 'bad'), '/', ['/operators/aclnnY'])).rejects.toThrow(
      /aclnnY: the Markdown shows/,
    );
    expect(badText('a NaN b')).toContain('NaN');
    expect(badText('undefinedness is fine; so is NaNa')).toBeNull();
  });
});
