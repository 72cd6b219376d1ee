import {describe, expect, it} from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {spawnSync} from 'node:child_process';

const script = path.resolve(__dirname, '../postbuild-check.mjs');
const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../anchor-manifest.json'), 'utf8')) as {
  pages: Record<string, string[]>;
};

const KatexCss =
  '.katex{font:1em KaTeX_Main}@font-face{font-family:KaTeX_Main;src:url(/assets/fonts/KaTeX_Main.woff2)}';

/** A fake build where every manifest page exists with all its anchors, plus `extra` HTML on the landing page. */
function fakeBuild(extra: string, css = KatexCss): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postbuild-'));
  fs.mkdirSync(path.join(dir, 'assets/css'), {recursive: true});
  fs.writeFileSync(path.join(dir, 'assets/css/styles.css'), css);
  for (const [page, anchors] of Object.entries(manifest.pages)) {
    const ids = anchors.map((a) => `<tr id=${a} class=anchored-row><td>row</td></tr>`).join('');
    const body = `<html><body><table>${ids}</table>${page === '/' ? extra : ''}</body></html>`;
    const file = page === '/' ? path.join(dir, 'index.html') : path.join(dir, `${page.slice(1)}.html`);
    fs.mkdirSync(path.dirname(file), {recursive: true});
    fs.writeFileSync(file, body);
    // The directory twin every page has (src/plugins/static-host).
    if (page !== '/') {
      fs.mkdirSync(file.slice(0, -'.html'.length), {recursive: true});
      fs.writeFileSync(path.join(file.slice(0, -'.html'.length), 'index.html'), body);
    }
  }
  return dir;
}

function run(dir: string) {
  const r = spawnSync(process.execPath, [script, dir], {encoding: 'utf8'});
  return {status: r.status, out: r.stdout + r.stderr};
}

describe('postbuild-check', () => {
  it('passes a clean build', () => {
    const r = run(fakeBuild('<p>ok</p>'));
    expect(r.out).toMatch(/postbuild-check: OK/);
    expect(r.status).toBe(0);
  });

  it.each([
    ['[object Object] as text', '<p>[object Object]</p>', /shows "\[object Object\]"/],
    ['undefined as text', '<td>支持undefined</td>', /shows "undefined"/],
    ['NaN as text', '<span>NaN</span>', /shows "NaN"/],
    [
      'a CDN stylesheet',
      '<link rel=stylesheet href=https://cdn.example.com/npm/katex/dist/katex.min.css>',
      /loads https:\/\/cdn/,
    ],
    ['a foreign script', '<script src="//example.com/a.js"></script>', /loads \/\/example.com/],
    ['a foreign image', '<img src=https://example.com/x.png alt=x>', /loads https:\/\/example.com/],
    ['a KaTeX error', '<span class="katex-error">x</span>', /KaTeX error/],
  ])('fails on %s', (_name, html, message) => {
    const r = run(fakeBuild(html));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(message);
  });

  it('fails on a page without its identical directory twin', () => {
    const dir = fakeBuild('<p>ok</p>');
    const page = Object.keys(manifest.pages).find((p) => p !== '/')!;
    fs.writeFileSync(path.join(dir, page.slice(1), 'index.html'), '<html><body>other</body></html>');
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/index\.html: differs from/);
  });

  it('fails on an empty table-of-contents column', () => {
    const r = run(fakeBuild('<div class="col docItemCol_VOVn"><article>x</article></div>'));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/empty table-of-contents column/);
  });

  it('ignores undefined inside a script (not shown as text) and canonical links (not loaded)', () => {
    const r = run(fakeBuild('<script>var a = undefined;</script><link rel=canonical href=https://docs.example.com/>'));
    expect(r.status).toBe(0);
  });

  it('reads tags whose quoted attributes contain ">" (aria-label="m > 64")', () => {
    const dir = fakeBuild('');
    const [page, anchors] = Object.entries(manifest.pages).find(([p]) => p.startsWith('/operators/'))!;
    const file = path.join(dir, `${page.slice(1)}.html`);
    const html = fs
      .readFileSync(file, 'utf8')
      .replace(`<tr id=${anchors[0]} `, `<tr aria-label="m > 64" id=${anchors[0]} `);
    fs.writeFileSync(file, html);
    fs.writeFileSync(path.join(file.slice(0, -'.html'.length), 'index.html'), html);
    const r = run(dir);
    expect(r.out).toMatch(/OK/);
    expect(r.status).toBe(0);
  });

  it('fails when a manifest anchor is missing', () => {
    const dir = fakeBuild('');
    const [page, anchors] = Object.entries(manifest.pages).find(([p]) => p.startsWith('/operators/'))!;
    const file = path.join(dir, `${page.slice(1)}.html`);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(`id=${anchors[0]} `, ''));
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.out).toContain(`${page}#${anchors[0]}: public anchor from the manifest is missing`);
  });

  it('fails when the KaTeX stylesheet is not bundled, or CSS loads a foreign font', () => {
    expect(run(fakeBuild('', 'body{}')).out).toMatch(/KaTeX stylesheet/);
    const r = run(fakeBuild('', `${KatexCss}@font-face{src:url(https://fonts.gstatic.com/x.woff2)}`));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/CSS loads https:\/\/fonts.gstatic.com/);
  });
});
