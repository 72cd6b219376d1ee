/**
 * Benchmark of the reference implementation in the browser and in Node (issue 6): median time of
 *   - aclnnQuantMatmulAllReduceV2 16×16×16 with 8 ranks (the playground's largest case): the
 *     reference alone, and the page's pipeline (seeded generation + text parsing + reference);
 *   - aclnnQuantMatmulAllReduceV2 64×256×256 on one rank;
 *   - in the browser only: one UI update of the playground at 16×16×16, 8 ranks (click on "next
 *     seed" until the output table has changed: evaluate + React render and commit).
 * The browser runs the functions the Playground component registers as window.__playgroundBench
 * (src/lib/reference/playground.ts benchRunners); Node imports the same functions.
 *
 * Run after a build:  npx tsx bench/reference-browser-bench.ts
 * It serves build/ on 127.0.0.1 (docusaurus serve, own process group, stopped at the end) and drives
 * /usr/bin/chromium through playwright-core. Timings: each sample repeats the call until it takes
 * ≥ 5 ms (so timer resolution does not matter) and reports the time per call.
 */
import fs from 'node:fs';
import path from 'node:path';
import {launchChromium, serveBuild} from './serve.mjs';
import {benchRunners, DefaultState, playgroundPath} from '../src/lib/reference/playground';
import type {BenchRunners} from '../src/lib/reference/playground';

const Root = path.resolve(__dirname, '..');
const Build = path.join(Root, 'build');
const Samples = Number(process.env.BENCH_SAMPLES ?? 31);
const UiSamples = Number(process.env.BENCH_UI_SAMPLES ?? 21);
const MinSampleMs = 5;

type Name = keyof BenchRunners;
const Cases: {name: Name; label: string}[] = [
  {name: 'run16x8', label: 'QMAR 16×16×16, 8 ranks — reference'},
  {name: 'evaluate16x8', label: 'QMAR 16×16×16, 8 ranks — page pipeline (generate + parse + compute)'},
  {name: 'run64x256x256', label: 'QMAR 64×256×256, 1 rank — reference'},
];

/**
 * In-page scripts, kept as source text: the TypeScript transpiler (tsx) would otherwise add helper
 * calls that do not exist in the page.
 */
const TimeInPage = `({name, samples, minMs}) => {
  const b = window.__playgroundBench;
  b.prepare();
  const fn = b[name];
  for (let i = 0; i < 3; i++) fn();
  let reps = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) fn();
    if (performance.now() - t0 >= minMs || reps >= 1 << 16) break;
    reps *= 2;
  }
  const out = [];
  for (let s = 0; s < samples; s++) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) fn();
    out.push((performance.now() - t0) / reps);
  }
  return out;
}`;

/**
 * One UI update: time from the "next seed" click to the output table's mutation (React commits the
 * update in a microtask; the MutationObserver callback runs after the commit).
 */
const UiInPage = `async (samples) => {
  const button = document.getElementById('pg-next-seed');
  const out = [];
  for (let s = 0; s < samples + 3; s++) {
    const table = document.getElementById('pg-output');
    const rendered = new Promise((resolve) => {
      const mo = new MutationObserver(() => {
        mo.disconnect();
        resolve(performance.now());
      });
      mo.observe(table, {subtree: true, childList: true, characterData: true});
    });
    const t0 = performance.now();
    button.click();
    const t1 = await rendered;
    if (s >= 3) out.push(t1 - t0);
  }
  return out;
}`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Per-call times (ms) of `samples` samples, each repeating `fn` until it takes ≥ MinSampleMs. */
function measure(fn: () => void, samples: number, now: () => number): number[] {
  for (let i = 0; i < 3; i++) fn(); // warm-up (JIT)
  let reps = 1;
  for (;;) {
    const t0 = now();
    for (let i = 0; i < reps; i++) fn();
    if (now() - t0 >= MinSampleMs || reps >= 1 << 16) break;
    reps *= 2;
  }
  const out: number[] = [];
  for (let s = 0; s < samples; s++) {
    const t0 = now();
    for (let i = 0; i < reps; i++) fn();
    out.push((now() - t0) / reps);
  }
  return out;
}

const fmt = (ms: number | undefined) => (ms === undefined ? '—'.padStart(10) : `${ms.toFixed(3).padStart(8)} ms`);

async function main(): Promise<void> {
  if (
    !fs.existsSync(path.join(Build, 'tools', 'playground.html')) &&
    !fs.existsSync(path.join(Build, 'tools', 'playground', 'index.html'))
  )
    throw new Error(`${Build} has no /tools/playground page: run "npx docusaurus build" first`);

  // Node
  const node = benchRunners();
  const nodeTimes = new Map<string, number[]>();
  for (const c of Cases)
    nodeTimes.set(
      c.name,
      measure(node[c.name], c.name === 'run64x256x256' ? Math.min(Samples, 15) : Samples, () =>
        globalThis.performance.now(),
      ),
    );

  // Browser
  const server = await serveBuild();
  const base = server.url;
  const onSignal = () => {
    server.stop();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const browserTimes = new Map<string, number[]>();
  let version = '';
  try {
    const browser = await launchChromium();
    try {
      version = browser.version();
      const page = await browser.newPage();
      const big = {...DefaultState, m: 16, k: 16, n: 16, ranks: 8, same: [], seed: 11};
      await page.goto(base + playgroundPath(big));
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await page.waitForFunction(() => (window as {__playgroundBench?: unknown}).__playgroundBench !== undefined);
      await page.waitForSelector('#pg-output tbody tr:nth-child(16)');
      for (const c of Cases) {
        const samples = c.name === 'run64x256x256' ? Math.min(Samples, 15) : Samples;
        const times = (await page.evaluate(
          `(${TimeInPage})(${JSON.stringify({name: c.name, samples, minMs: MinSampleMs})})`,
        )) as number[];
        browserTimes.set(c.name, times);
      }
      const ui = (await page.evaluate(`(${UiInPage})(${UiSamples})`)) as number[];
      browserTimes.set('ui', ui);
    } finally {
      await browser.close();
    }
  } finally {
    server.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }

  console.log(
    `reference benchmark — Node ${process.version} (${process.platform}/${process.arch}) vs Chromium ${version}`,
  );
  console.log(
    `median time per call; ${Samples} samples (15 for 64×256×256, ${UiSamples} for the UI), each sample ≥ ${MinSampleMs} ms of repeated calls\n`,
  );
  const rows: [string, number | undefined, number | undefined][] = Cases.map((c) => [
    c.label,
    median(nodeTimes.get(c.name)!),
    median(browserTimes.get(c.name)!),
  ]);
  rows.push([
    'Playground UI update, 16×16×16, 8 ranks (click → output table updated)',
    undefined,
    median(browserTimes.get('ui')!),
  ]);
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(`${'case'.padEnd(w)} | ${'Node'.padStart(11)} | ${'browser'.padStart(11)}`);
  console.log(`${'-'.repeat(w)}-|-${'-'.repeat(11)}-|-${'-'.repeat(11)}`);
  for (const [label, n, b] of rows) console.log(`${label.padEnd(w)} | ${fmt(n)} | ${fmt(b)}`);
}

main().catch((e) => {
  console.error(`reference-browser-bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
