import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it, vi} from 'vitest';
import type {LoadContext, Plugin} from '@docusaurus/types';
import searchIndex, {readBuiltPages, SearchIndexFileName} from '..';
import type {SearchIndex} from '../../../lib/search/types';

const page = (title: string, body: string) =>
  `<html><body><article><div class="theme-doc-markdown markdown"><header><h1>${title}</h1></header>${body}</div></article></body></html>`;

function write(file: string, html: string) {
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, html);
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
afterAll(() => fs.rmSync(root, {recursive: true, force: true}));

// zh-Hans build at root/, English build at root/en/.
write(path.join(root, 'index.html'), page('首页', '<p>首页简介'));
write(
  path.join(root, 'operators/aclnnX.html'),
  page(
    'aclnnX',
    '<h2 id=c>约束</h2><table><tr id=constraint-a class=anchored-row><th><code>a</code><td>不超过 65535</table>',
  ),
);
write(path.join(root, 'constraints.html'), page('约束索引', '<p>全部约束<table><tr><td>不超过 65535</table>'));
write(path.join(root, '404.html'), page('找不到页面', '<p>notfoundword'));
write(path.join(root, 'en/index.html'), page('Home', '<p>englishword'));
write(path.join(root, 'en/operators/aclnnX.html'), page('aclnnX', '<p>englishword 65535'));

async function runPostBuild(locale: string, outDir: string, baseUrl: string, routesPaths: string[], options = {}) {
  const context = {i18n: {currentLocale: locale}} as unknown as LoadContext;
  const plugin = searchIndex(context, options) as Plugin;
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  await plugin.postBuild!({outDir, baseUrl, routesPaths} as unknown as Parameters<NonNullable<Plugin['postBuild']>>[0]);
  log.mockRestore();
  return JSON.parse(fs.readFileSync(path.join(outDir, SearchIndexFileName), 'utf8')) as SearchIndex;
}

describe('search-index plugin', () => {
  it('reads only the routes of its locale and skips 404 pages', () => {
    const pages = readBuiltPages(root, ['/', '/operators/aclnnX', '/404.html', '/constraints', '/missing'], '/');
    expect(pages.map((p) => p.url)).toEqual(['/', '/operators/aclnnX', '/constraints']);
    const en = readBuiltPages(path.join(root, 'en'), ['/en/', '/en/operators/aclnnX', '/operators/aclnnX'], '/en/');
    expect(en.map((p) => p.url)).toEqual(['/en/', '/en/operators/aclnnX']);
    expect(en[1].html).toContain('englishword');
  });

  it('writes <outDir>/search-index.json for the default locale, rows anchored, listing pages page-only', async () => {
    const index = await runPostBuild('zh-Hans', root, '/', ['/', '/operators/aclnnX', '/constraints', '/404.html']);
    expect(index.locale).toBe('zh-Hans');
    expect(index.pages.map((p) => p[0])).toEqual(['/', '/constraints', '/operators/aclnnX']);
    const urls = index.docs.map((d) => (d[1] ? `${index.pages[d[0]][0]}#${d[1]}` : index.pages[d[0]][0]));
    expect(urls).toContain('/operators/aclnnX#constraint-a');
    expect(urls.filter((u) => u.startsWith('/constraints'))).toEqual(['/constraints']);
    expect(JSON.stringify(index)).not.toContain('englishword');
    expect(JSON.stringify(index)).not.toContain('notfoundword');
  });

  it('writes a separate index into the English output directory', async () => {
    const index = await runPostBuild('en', path.join(root, 'en'), '/en/', ['/en/', '/en/operators/aclnnX'], {
      exclude: ['/'],
    });
    expect(index.locale).toBe('en');
    expect(index.pages.map((p) => p[0])).toEqual(['/en/operators/aclnnX']);
    expect(fs.existsSync(path.join(root, 'en', SearchIndexFileName))).toBe(true);
  });
});
