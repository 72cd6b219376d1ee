import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import {describe, expect, it} from 'vitest';
import {canonicalPath, isDirectoryTwin, normalizeScript, writeDirectoryTwins} from '../static-host';

const Roots = ['/', '/en/'];

/** Run the inline script against a fake location; returns the address it set (or null). */
function run(pathname: string, search = '', hash = ''): string | null {
  let replaced: string | null = null;
  const context = {
    location: {pathname, search, hash},
    history: {state: {k: 1}, replaceState: (_s: unknown, _t: string, url: string) => (replaced = url)},
  };
  vm.runInNewContext(normalizeScript(Roots), context);
  return replaced;
}

describe('static host: the address normaliser', () => {
  it.each([
    ['/operators/aclnnQuantMatmulAllReduceV2.html', '/operators/aclnnQuantMatmulAllReduceV2'],
    ['/en/tools/checker.html', '/en/tools/checker'],
    ['/tools/checker/', '/tools/checker'],
    ['/tools/checker/index.html', '/tools/checker'],
    ['/en/index.html', '/en/'],
    ['/index.html', '/'],
  ])('%s → %s, keeping query and fragment', (from, to) => {
    expect(canonicalPath(from, Roots)).toBe(to);
    expect(run(from, '?cann=9.0.0', '#param-x1')).toBe(`${to}?cann=9.0.0#param-x1`);
  });

  it.each(['/', '/en/', '/operators/aclnnWeightQuantBatchMatmul', '/404.html', '/en/404.html'])(
    'leaves %s alone',
    (p) => {
      expect(run(p)).toBeNull();
    },
  );
});

describe('static host: directory twins', () => {
  it('writes X/index.html as a copy of each X.html, except index and 404 pages and existing files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'twins-'));
    fs.mkdirSync(path.join(dir, 'operators'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), 'home');
    fs.writeFileSync(path.join(dir, '404.html'), 'missing');
    fs.writeFileSync(path.join(dir, 'tools.html'), 'tools');
    fs.writeFileSync(path.join(dir, 'assets', 'x.html'), 'asset');
    fs.writeFileSync(path.join(dir, 'operators', 'A.html'), 'page A');
    fs.mkdirSync(path.join(dir, 'operators', 'B'));
    fs.writeFileSync(path.join(dir, 'operators', 'B.html'), 'page B');
    fs.writeFileSync(path.join(dir, 'operators', 'B', 'index.html'), 'kept');
    expect(writeDirectoryTwins(dir)).toEqual([
      path.join('operators', 'A', 'index.html'),
      path.join('tools', 'index.html'),
    ]);
    expect(fs.readFileSync(path.join(dir, 'operators', 'A', 'index.html'), 'utf8')).toBe('page A');
    expect(fs.readFileSync(path.join(dir, 'operators', 'B', 'index.html'), 'utf8')).toBe('kept');
    expect(fs.existsSync(path.join(dir, 'assets', 'x', 'index.html'))).toBe(false);
    expect(isDirectoryTwin(dir, path.join(dir, 'operators', 'A', 'index.html'))).toBe(true);
    expect(isDirectoryTwin(dir, path.join(dir, 'index.html'))).toBe(false);
    fs.rmSync(dir, {recursive: true, force: true});
  });
});
