/**
 * Shared by the benchmarks: serve build/ on 127.0.0.1 (docusaurus serve, in its own process
 * group so it really stops) and launch Debian's headless Chromium through playwright-core.
 */
import {spawn} from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';

export const Root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const ChromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** @returns {Promise<import('playwright-core').Browser>} */
export function launchChromium() {
  return chromium.launch({executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ChromiumArgs});
}

/** @returns {Promise<number>} */
async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const {port} = /** @type {net.AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** @typedef {{url: string, stop: () => void}} Server */

/** Serve the existing build/ directory; resolves when it answers. */
/** @returns {Promise<Server>} */
export async function serveBuild() {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      'node_modules/@docusaurus/core/bin/docusaurus.mjs',
      'serve',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--no-open',
    ],
    {cwd: Root, detached: true, stdio: 'ignore'},
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-(child.pid ?? 0), 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`${url}/`);
      if (r.ok) return {url, stop};
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error('docusaurus serve did not start; run `npm run build` first');
}

/** @param {number[]} xs */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const ContentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serve build/ the way a production static host (nginx with gzip) would: gzip for text,
 * long-lived caching for hashed assets, `/x` → `x.html`, unknown paths → the locale's 404.html
 * with status 404. Used by the benchmarks so that figures reflect a real deployment rather
 * than the uncompressed development preview server.
 * @returns {Promise<Server>}
 */
export async function serveStatic() {
  const http = await import('node:http');
  const fs = await import('node:fs');
  const zlib = await import('node:zlib');
  const buildDir = path.join(Root, 'build');
  const resolveFile = (/** @type {string} */ pathname) => {
    const clean = decodeURIComponent(pathname).replace(/\/+$/, '') || '/';
    const candidates = path.extname(clean) ? [clean] : [`${clean}.html`, path.join(clean, 'index.html')];
    for (const c of candidates) {
      const file = path.join(buildDir, c);
      if (file.startsWith(buildDir) && fs.existsSync(file) && fs.statSync(file).isFile()) return file;
    }
    return null;
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let file = resolveFile(url.pathname);
    let status = 200;
    if (!file) {
      status = 404;
      file = path.join(buildDir, url.pathname.startsWith('/en/') ? 'en/404.html' : '404.html');
    }
    const ext = path.extname(file);
    const type = ContentTypes[/** @type {keyof typeof ContentTypes} */ (ext)] ?? 'application/octet-stream';
    const headers = /** @type {Record<string, string>} */ ({
      'content-type': type,
      'cache-control':
        url.pathname.startsWith('/assets/') || url.pathname.includes('/assets/')
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
    });
    let body = fs.readFileSync(file);
    if (/text|json|xml|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = zlib.gzipSync(body, {level: 6});
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(null)));
  const {port} = /** @type {net.AddressInfo} */ (server.address());
  return {url: `http://127.0.0.1:${port}`, stop: () => server.close()};
}
