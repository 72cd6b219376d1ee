import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {operatorPages, resolveFile, serve, showPdfLink} from '../pdf';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-'));
afterAll(() => fs.rmSync(root, {recursive: true, force: true}));
const write = (rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, rel)), {recursive: true});
  fs.writeFileSync(path.join(root, rel), text);
};
write('index.html', 'home');
write('404.html', 'nf');
write('operators/aclnnA.html', 'a');
write('operators/aclnnA/index.html', 'a');
write('operators/aclnnA.md', '# a');
write('en/404.html', 'nf');
write('en/operators/aclnnA.html', 'a en');
write('assets/x.css', 'css');

describe('pdf command helpers', () => {
  it('shows only the PDF link, whatever the attribute quoting', () => {
    const html =
      '<a class=page-formats__link href=/operators/X.md data-page-format=md hidden>Markdown</a>' +
      '<a class=page-formats__link href=/pdf/X.en.pdf type=application/pdf data-page-format=pdf title="PDF > offline" hidden>PDF</a>' +
      '<a href="/pdf/Y.en.pdf" data-page-format="pdf" hidden="">PDF</a>';
    expect(showPdfLink(html)).toBe(
      '<a class=page-formats__link href=/operators/X.md data-page-format=md hidden>Markdown</a>' +
        '<a class=page-formats__link href=/pdf/X.en.pdf type=application/pdf data-page-format=pdf title="PDF > offline">PDF</a>' +
        '<a href="/pdf/Y.en.pdf" data-page-format="pdf">PDF</a>',
    );
    expect(showPdfLink(showPdfLink(html))).toBe(showPdfLink(html));
  });

  it('resolves clean URLs inside the build only', () => {
    expect(resolveFile(root, '/operators/aclnnA')).toBe(path.join(root, 'operators/aclnnA.html'));
    expect(resolveFile(root, '/operators/aclnnA.md')).toBe(path.join(root, 'operators/aclnnA.md'));
    expect(resolveFile(root, '/?x=1#y')).toBe(path.join(root, 'index.html'));
    expect(resolveFile(root, '/../etc/passwd')).toBeNull();
    expect(resolveFile(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveFile(root, '/missing')).toBeNull();
  });

  it('lists the operator pages of every locale, without directory twins', () => {
    expect(operatorPages(root)).toEqual([
      {path: '/operators/aclnnA', locale: 'zh-Hans', name: 'aclnnA'},
      {path: '/en/operators/aclnnA', locale: 'en', name: 'aclnnA'},
    ]);
  });

  it('serves the build on 127.0.0.1 with content types', async () => {
    const s = await serve(root);
    try {
      expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const md = await fetch(`${s.url}/operators/aclnnA.md`);
      expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
      expect(await md.text()).toBe('# a');
      expect((await fetch(`${s.url}/en/operators/aclnnA`)).status).toBe(200);
      expect((await fetch(`${s.url}/nope`)).status).toBe(404);
    } finally {
      await s.close();
    }
  });
});
