/**
 * `npm run pdf` — offline copies of the operator pages (README, "Formats: Markdown, llms.txt,
 * PDF"). Run after a build: it serves `build/` on 127.0.0.1 (a small static server, clean URLs),
 * opens each operator page of each locale in headless Chromium (playwright-core, executablePath
 * `/usr/bin/chromium` or CHROME_PATH), prints it with the site's print stylesheet and writes
 * `build/pdf/<apiName>.<locale>.pdf`. Then it shows the page's "PDF" link (written `hidden` by
 * the build, src/components/PageFormats) in the built HTML of every page whose PDF it wrote,
 * in `X.html` and its directory twin `X/index.html` alike. Nothing leaves 127.0.0.1.
 *
 * Usage: npm run pdf [-- buildDir]
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type {AddressInfo} from 'node:net';
import {chromium} from 'playwright-core';

const Types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
};

/** The file a request path maps to (clean URLs: `/x` → `x.html` or `x/index.html`), or null. */
export function resolveFile(root: string, urlPath: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  } catch {
    return null;
  }
  const abs = path.resolve(root, `.${rel}`);
  if (abs !== root && !abs.startsWith(root + path.sep)) return null;
  for (const c of [abs, `${abs}.html`, path.join(abs, 'index.html')]) {
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  }
  return null;
}

/** Serve `root` on 127.0.0.1 (a free port). */
export async function serve(root: string): Promise<{url: string; close: () => Promise<void>}> {
  const server = http.createServer((req, res) => {
    const file = resolveFile(root, req.url ?? '/');
    if (!file) {
      res.writeHead(404, {'content-type': 'text/plain'});
      res.end('not found');
      return;
    }
    res.writeHead(200, {'content-type': Types[path.extname(file)] ?? 'application/octet-stream'});
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The operator pages of a build: `[{path, locale, file}]` (twins excluded). */
export function operatorPages(buildDir: string): {path: string; locale: string; name: string}[] {
  const locales: [string, string][] = [['', 'zh-Hans']];
  for (const d of fs.readdirSync(buildDir, {withFileTypes: true}))
    if (
      d.isDirectory() &&
      /^[a-z]{2}(-[A-Za-z]+)?$/.test(d.name) &&
      fs.existsSync(path.join(buildDir, d.name, '404.html'))
    )
      locales.push([d.name, d.name]);
  const out: {path: string; locale: string; name: string}[] = [];
  for (const [dir, locale] of locales) {
    const ops = path.join(buildDir, dir, 'operators');
    if (!fs.existsSync(ops)) continue;
    for (const f of fs.readdirSync(ops).sort()) {
      if (!f.endsWith('.html')) continue;
      const name = f.slice(0, -'.html'.length);
      out.push({path: `${dir ? `/${dir}` : ''}/operators/${name}`, locale, name});
    }
  }
  return out;
}

/** Remove `hidden` from the page's PDF link (`<a … data-page-format=pdf … hidden>`). */
export function showPdfLink(html: string): string {
  return html.replace(
    /<a\b(?:[^>"']|"[^"]*"|'[^']*')*\bdata-page-format=("?)pdf\1(?:[^>"']|"[^"]*"|'[^']*')*>/g,
    (tag) => tag.replace(/\s+hidden(?:=(?:""|''|hidden))?(?=[\s>/])/, ''),
  );
}

async function main(): Promise<void> {
  const buildDir = path.resolve(process.argv[2] ?? 'build');
  if (!fs.existsSync(path.join(buildDir, 'index.html'))) {
    console.error(`pdf: ${buildDir} has no built site; run "npm run build" (or "npm run build:test") first.`);
    process.exit(1);
  }
  const pages = operatorPages(buildDir);
  if (pages.length === 0) {
    console.error('pdf: no operator pages in the build');
    process.exit(1);
  }
  const outDir = path.join(buildDir, 'pdf');
  fs.mkdirSync(outDir, {recursive: true});
  const server = await serve(buildDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const started = Date.now();
  try {
    const context = await browser.newContext();
    // Offline: anything that is not the local server is refused.
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' || route.request().url().startsWith('data:')
        ? route.continue()
        : route.abort(),
    );
    const page = await context.newPage();
    for (const p of pages) {
      const response = await page.goto(`${server.url}${p.path}`, {waitUntil: 'load'});
      if (response?.status() !== 200) throw new Error(`${p.path}: HTTP ${response?.status()}`);
      await page.waitForFunction(() => document.documentElement.dataset.enhanced === 'true', undefined, {
        timeout: 30_000,
      });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const file = path.join(outDir, `${p.name}.${p.locale}.pdf`);
      await page.pdf({
        path: file,
        format: 'A4',
        printBackground: true,
        margin: {top: '14mm', bottom: '14mm', left: '12mm', right: '12mm'},
      });
      const kib = (fs.statSync(file).size / 1024).toFixed(0);
      console.log(`pdf: ${p.path} → ${path.relative(buildDir, file)} (${kib} KiB)`);
      for (const html of [`${p.path}.html`, `${p.path}/index.html`].map((f) => path.join(buildDir, f))) {
        if (fs.existsSync(html)) fs.writeFileSync(html, showPdfLink(fs.readFileSync(html, 'utf8')));
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    `pdf: ${pages.length} PDFs in ${path.relative(process.cwd(), outDir)}/ (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  main().catch((e: unknown) => {
    console.error(`pdf: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
