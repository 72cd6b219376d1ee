/**
 * Performance benchmark and budget check (prints figures; not a test).
 *
 *   npm run bench                  build, serve on 127.0.0.1, measure both operator pages in both locales
 *   npm run bench -- --check-budget  the same, then exit 1 if any budget is missed
 *   npm run bench -- --no-build      reuse the existing build/ (build time and memory are then not measured)
 *
 * Operator pages (both locales): Lighthouse 12 run as an independent `lighthouse URL` run does (the CLI with
 * its default settings: mobile = simulated throttling, 4× CPU; desktop = `--preset=desktop`; see
 * bench/lighthouse-run.mjs), median of BENCH_RUNS (3) runs interleaved across pages and profiles so that
 * background load affects all alike: performance / accessibility / best-practices / SEO scores, FCP, LCP, TBT,
 * CLS. Every page of the sitemaps: JS (raw, gzip, files) and CSS bytes loaded before any interaction and the
 * number of requests, measured in headless Chromium; any request to another host. Also the clean build time
 * and peak memory (GNU time).
 * Budgets (issues 7 and 13): every document page (all but the tool pages) JS ≤ 20 KiB gzip and no React
 * runtime; operator pages, mobile: performance ≥ 98, TBT ≤ 50 ms, CLS 0 (to 3 decimals), accessibility =
 * best practices = SEO = 100; no foreign request anywhere. Tool pages (React apps) are reported, not budgeted.
 * Takes about 10–15 minutes on 2 cores (24 Lighthouse runs).
 */
import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {launchChromium, median, Root, serveStatic} from './serve.mjs';

const args = new Set(process.argv.slice(2));
const CheckBudget = args.has('--check-budget');
const Runs = Number(process.env.BENCH_RUNS ?? 3);
const Pages = [
  '/operators/aclnnQuantMatmulAllReduceV2',
  '/operators/aclnnWeightQuantBatchMatmul',
  '/en/operators/aclnnQuantMatmulAllReduceV2',
  '/en/operators/aclnnWeightQuantBatchMatmul',
];
const Budget = {
  performance: 98,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  tbtMs: 50,
  /** CLS, compared after rounding to 3 decimals. */
  cls: 0,
  /** JS loaded before any interaction by a document page (every page but the tools). */
  documentJsGzipKiB: 20,
};
/** The interactive tools (they keep React); every other page is a document. */
const ToolPage = /^(\/en)?\/tools\/(checker|playground|dequant-scale)$/;

const kib = (n: number) => n / 1024;

function cleanBuild(): {seconds: number; peakMiB: number} | null {
  if (args.has('--no-build')) return null;
  fs.rmSync(path.join(Root, 'build'), {recursive: true, force: true});
  fs.rmSync(path.join(Root, '.docusaurus'), {recursive: true, force: true});
  fs.rmSync(path.join(Root, 'node_modules/.cache'), {recursive: true, force: true});
  const report = path.join(os.tmpdir(), `bench-build-${process.pid}.txt`);
  const t0 = Date.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-v', '-o', report, process.execPath, 'node_modules/@docusaurus/core/bin/docusaurus.mjs', 'build'],
    {
      cwd: Root,
      stdio: ['ignore', 'ignore', 'inherit'],
      // A production build requires SITE_URL (README, "Building for hosting"); the host only
      // appears in canonical URLs and the sitemap, so a placeholder measures the same pages.
      env: {...process.env, SITE_URL: process.env.SITE_URL || 'https://ascend-operators.example'},
    },
  );
  if (r.status !== 0) throw new Error('docusaurus build failed');
  const seconds = (Date.now() - t0) / 1000;
  const peakKiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(fs.readFileSync(report, 'utf8'))?.[1] ?? 0);
  return {seconds, peakMiB: peakKiB / 1024};
}

interface Weight {
  jsRaw: number;
  jsGzip: number;
  jsFiles: string[];
  cssRaw: number;
  cssGzip: number;
  requests: number;
  foreign: string[];
}

/** Bytes the page loads before any interaction (network idle, then 1 s), gzip computed here. */
async function pageWeight(url: string): Promise<Weight> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({viewport: {width: 412, height: 823}});
    const w: Weight = {jsRaw: 0, jsGzip: 0, jsFiles: [], cssRaw: 0, cssGzip: 0, requests: 0, foreign: []};
    const pending: Promise<void>[] = [];
    page.on('request', (r) => {
      w.requests++;
      const u = new URL(r.url());
      if (!['127.0.0.1', ''].includes(u.hostname) && u.protocol !== 'data:') w.foreign.push(r.url());
    });
    page.on('response', (r) => {
      pending.push(
        (async () => {
          const p = new URL(r.url()).pathname;
          if (!/\.(js|css)$/.test(p)) return;
          const body = await r.body().catch(() => Buffer.alloc(0));
          const gz = zlib.gzipSync(body, {level: 6}).length;
          if (p.endsWith('.js')) {
            w.jsFiles.push(p);
            w.jsRaw += body.length;
            w.jsGzip += gz;
          } else {
            w.cssRaw += body.length;
            w.cssGzip += gz;
          }
        })(),
      );
    });
    await page.goto(url, {waitUntil: 'networkidle'});
    await page.waitForTimeout(1000);
    await Promise.all(pending);
    return w;
  } finally {
    await browser.close();
  }
}

interface LhResult {
  /** Lighthouse's CPU benchmark of the machine during the run (lower = busier or slower machine). */
  benchmarkIndex: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

/**
 * One Lighthouse run in a plain-Node child process (see bench/lighthouse-run.mjs for why). Async:
 * the static server runs in this process, so its event loop must stay free to answer.
 */
function runLighthouse(url: string, formFactor: 'mobile' | 'desktop'): Promise<LhResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(Root, 'bench/lighthouse-run.mjs'), url, formFactor], {cwd: Root});
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse failed on ${url} (${formFactor}):\n${err}`));
      const result = JSON.parse(out) as LhResult & {failing: string[]};
      if (result.failing.length) {
        failingAudits.add(`${url.replace(/^https?:\/\/[^/]+/, '')} ${formFactor}: ${result.failing.join(', ')}`);
      }
      resolve(result);
    });
  });
}

const failingAudits = new Set<string>();

function medianResult(rs: LhResult[]): LhResult {
  const m = (k: keyof LhResult) => median(rs.map((r) => r[k]));
  return {
    benchmarkIndex: m('benchmarkIndex'),
    performance: m('performance'),
    accessibility: m('accessibility'),
    bestPractices: m('bestPractices'),
    seo: m('seo'),
    fcp: m('fcp'),
    lcp: m('lcp'),
    tbt: m('tbt'),
    cls: m('cls'),
  };
}

/** Every page of the built sitemaps (both locales), as paths. */
function sitemapPaths(): string[] {
  const build = path.join(Root, 'build');
  const maps = [path.join(build, 'sitemap.xml'), path.join(build, 'en', 'sitemap.xml')].filter((f) => fs.existsSync(f));
  const urls = new Set<string>();
  for (const file of maps)
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) urls.add(new URL(m[1]).pathname);
  return [...urls].sort();
}

/** A Docusaurus script (React runtime, main bundle, route chunk); document pages load none. */
const HydrationScript = /\/assets\/js\//;

async function main(): Promise<void> {
  const build = cleanBuild();
  const server = await serveStatic();
  const rows: {page: string; form: string; lh: LhResult; w: Weight}[] = [];
  const weights = new Map<string, Weight>();
  try {
    for (const page of sitemapPaths()) weights.set(page, await pageWeight(`${server.url}${page}`));
    for (const page of Pages) if (!weights.has(page)) weights.set(page, await pageWeight(`${server.url}${page}`));
    // Interleaved: run i of every page and profile before run i + 1 of any.
    const runs = new Map<string, LhResult[]>();
    for (let i = 0; i < Runs; i++) {
      for (const page of Pages) {
        for (const form of ['mobile', 'desktop'] as const) {
          const key = `${page} ${form}`;
          runs.set(key, [...(runs.get(key) ?? []), await runLighthouse(`${server.url}${page}`, form)]);
          process.stderr.write('.');
        }
      }
    }
    for (const page of Pages)
      for (const form of ['mobile', 'desktop'] as const)
        rows.push({page, form, lh: medianResult(runs.get(`${page} ${form}`)!), w: weights.get(page)!});
  } finally {
    server.stop();
  }
  process.stderr.write('\n');
  console.log(
    `## Lighthouse 12.8.2 CLI, default settings (median of ${Runs}, interleaved), Chromium, served with gzip by a static server on 127.0.0.1 (bench/serve.mjs)\n`,
  );
  console.log(
    '| page | profile | perf | a11y | best pr. | SEO | FCP | LCP | TBT | CLS | JS raw / gzip | CSS raw / gzip | requests | foreign | CPU benchmark |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const {page, form, lh, w} of rows) {
    console.log(
      `| ${page} | ${form} | ${lh.performance} | ${lh.accessibility} | ${lh.bestPractices} | ${lh.seo} | ${(lh.fcp / 1000).toFixed(2)} s | ${(lh.lcp / 1000).toFixed(2)} s | ${Math.round(lh.tbt)} ms | ${lh.cls.toFixed(3)} | ${kib(w.jsRaw).toFixed(1)} / ${kib(w.jsGzip).toFixed(1)} KiB | ${kib(w.cssRaw).toFixed(1)} / ${kib(w.cssGzip).toFixed(1)} KiB | ${w.requests} | ${w.foreign.length} | ${Math.round(lh.benchmarkIndex)} |`,
    );
  }
  console.log(
    `\n## JS loaded before any interaction, every page (budget: documents ≤ ${Budget.documentJsGzipKiB} KiB gzip and no React runtime or route chunk; tools: reported)\n`,
  );
  console.log('| page | kind | JS raw / gzip | JS files | React / route chunks | CSS gzip | requests | budget |');
  console.log('|---|---|---|---|---|---|---|---|');
  const misses: string[] = [];
  for (const [page, w] of weights) {
    const tool = ToolPage.test(page);
    const limit = tool ? Infinity : Budget.documentJsGzipKiB;
    const hydration = w.jsFiles.filter((f) => HydrationScript.test(f));
    const ok = kib(w.jsGzip) <= limit && (tool || hydration.length === 0);
    console.log(
      `| ${page} | ${tool ? 'tool' : 'document'} | ${kib(w.jsRaw).toFixed(1)} / ${kib(w.jsGzip).toFixed(1)} KiB | ${w.jsFiles.length} | ${hydration.length} | ${kib(w.cssGzip).toFixed(1)} KiB | ${w.requests} | ${tool ? '—' : ok ? 'ok' : 'MISSED'} |`,
    );
    if (w.foreign.length) misses.push(`${page}: requests to other hosts: ${w.foreign.join(', ')}`);
    if (kib(w.jsGzip) > limit) misses.push(`${page}: JS ${kib(w.jsGzip).toFixed(1)} KiB gzip > ${limit}`);
    if (!tool && hydration.length) misses.push(`${page}: loads Docusaurus scripts ${hydration.join(', ')}`);
  }
  if (failingAudits.size) console.log(`\nFailing binary audits:\n- ${[...failingAudits].join('\n- ')}`);
  if (build)
    console.log(
      `\nClean build (both locales): ${build.seconds.toFixed(1)} s, peak memory ${build.peakMiB.toFixed(0)} MiB`,
    );

  for (const {page, form, lh} of rows) {
    if (form !== 'mobile') continue;
    if (lh.performance < Budget.performance)
      misses.push(`${page}: mobile performance ${lh.performance} < ${Budget.performance}`);
    if (lh.accessibility < Budget.accessibility) misses.push(`${page}: accessibility ${lh.accessibility} < 100`);
    if (lh.bestPractices < Budget.bestPractices) misses.push(`${page}: best practices ${lh.bestPractices} < 100`);
    if (lh.seo < Budget.seo) misses.push(`${page}: SEO ${lh.seo} < 100`);
    if (lh.tbt > Budget.tbtMs) misses.push(`${page}: mobile TBT ${Math.round(lh.tbt)} ms > ${Budget.tbtMs}`);
    if (Number(lh.cls.toFixed(3)) > Budget.cls) misses.push(`${page}: mobile CLS ${lh.cls.toFixed(3)} > ${Budget.cls}`);
  }
  const unique = [...new Set(misses)];
  console.log(unique.length ? `\nBudgets missed:\n- ${unique.join('\n- ')}` : '\nAll budgets hold.');
  if (CheckBudget && unique.length) process.exit(1);
}

main().catch((e: Error) => {
  console.error(e.stack ?? e.message);
  process.exit(1);
});
