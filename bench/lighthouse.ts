/**
 * Performance benchmark and budget check (prints figures; not a test).
 *
 *   npm run bench                  build, serve on 127.0.0.1, measure both operator pages in both locales
 *   npm run bench -- --check-budget  the same, then exit 1 if any budget is missed
 *   npm run bench -- --no-build      reuse the existing build/ (build time and memory are then not measured)
 *
 * Per page: Lighthouse 12 (mobile and desktop profiles, median of 3 runs) performance / accessibility /
 * best-practices / SEO scores, FCP, LCP, TBT, CLS; JS and CSS bytes loaded before any interaction (raw and
 * gzip) and the number of requests, measured in headless Chromium; any request to another host. Also the clean
 * build time and peak memory (GNU time). Budgets (issue 7, mobile profile, operator pages): performance ≥ 90,
 * accessibility = 100, best practices = 100, SEO = 100, TBT ≤ 300 ms, JS ≤ 150 KiB gzip, no foreign request.
 * Takes about 10 minutes on 2 cores (24 Lighthouse runs).
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
const Budget = {performance: 90, accessibility: 100, bestPractices: 100, seo: 100, tbtMs: 300, jsGzipKiB: 150};

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
    const w: Weight = {jsRaw: 0, jsGzip: 0, cssRaw: 0, cssGzip: 0, requests: 0, foreign: []};
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

async function main(): Promise<void> {
  const build = cleanBuild();
  const server = await serveStatic();
  const rows: {page: string; form: string; lh: LhResult; w: Weight}[] = [];
  try {
    for (const page of Pages) {
      const url = `${server.url}${page}`;
      const w = await pageWeight(url);
      for (const form of ['mobile', 'desktop'] as const) {
        const runs: LhResult[] = [];
        for (let i = 0; i < Runs; i++) runs.push(await runLighthouse(url, form));
        rows.push({page, form, lh: medianResult(runs), w});
        process.stderr.write('.');
      }
    }
  } finally {
    server.stop();
  }
  process.stderr.write('\n');
  console.log(
    `## Lighthouse 12.8.2 (median of ${Runs}), Chromium, served with gzip by a static server on 127.0.0.1 (bench/serve.mjs)\n`,
  );
  console.log(
    '| page | profile | perf | a11y | best pr. | SEO | FCP | LCP | TBT | CLS | JS raw / gzip | CSS raw / gzip | requests | foreign |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const {page, form, lh, w} of rows) {
    console.log(
      `| ${page} | ${form} | ${lh.performance} | ${lh.accessibility} | ${lh.bestPractices} | ${lh.seo} | ${(lh.fcp / 1000).toFixed(2)} s | ${(lh.lcp / 1000).toFixed(2)} s | ${Math.round(lh.tbt)} ms | ${lh.cls.toFixed(3)} | ${kib(w.jsRaw).toFixed(1)} / ${kib(w.jsGzip).toFixed(1)} KiB | ${kib(w.cssRaw).toFixed(1)} / ${kib(w.cssGzip).toFixed(1)} KiB | ${w.requests} | ${w.foreign.length} |`,
    );
  }
  if (failingAudits.size) console.log(`\nFailing binary audits:\n- ${[...failingAudits].join('\n- ')}`);
  if (build)
    console.log(
      `\nClean build (both locales): ${build.seconds.toFixed(1)} s, peak memory ${build.peakMiB.toFixed(0)} MiB`,
    );

  const misses: string[] = [];
  for (const {page, form, lh, w} of rows) {
    if (w.foreign.length) misses.push(`${page}: requests to other hosts: ${w.foreign.join(', ')}`);
    if (kib(w.jsGzip) > Budget.jsGzipKiB)
      misses.push(`${page}: JS ${kib(w.jsGzip).toFixed(1)} KiB gzip > ${Budget.jsGzipKiB}`);
    if (form !== 'mobile') continue;
    if (lh.performance < Budget.performance)
      misses.push(`${page}: mobile performance ${lh.performance} < ${Budget.performance}`);
    if (lh.accessibility < Budget.accessibility) misses.push(`${page}: accessibility ${lh.accessibility} < 100`);
    if (lh.bestPractices < Budget.bestPractices) misses.push(`${page}: best practices ${lh.bestPractices} < 100`);
    if (lh.seo < Budget.seo) misses.push(`${page}: SEO ${lh.seo} < 100`);
    if (lh.tbt > Budget.tbtMs) misses.push(`${page}: mobile TBT ${Math.round(lh.tbt)} ms > ${Budget.tbtMs}`);
  }
  const unique = [...new Set(misses)];
  console.log(unique.length ? `\nBudgets missed:\n- ${unique.join('\n- ')}` : '\nAll budgets hold.');
  if (CheckBudget && unique.length) process.exit(1);
}

main().catch((e: Error) => {
  console.error(e.stack ?? e.message);
  process.exit(1);
});
