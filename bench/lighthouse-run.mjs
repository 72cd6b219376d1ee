#!/usr/bin/env node
/**
 * One Lighthouse run, printed as JSON on stdout: `node bench/lighthouse-run.mjs URL mobile|desktop`.
 *
 * It runs the Lighthouse CLI itself with its default configuration, exactly as an independent
 * `lighthouse URL` does: mobile = the default settings (Moto G Power emulation, simulated
 * throttling: 150 ms RTT, 1.6 Mbit/s, 4× CPU slowdown); desktop = `--preset=desktop`. The only
 * flags are the ones Chromium needs to run headless here (`--headless=new --no-sandbox`).
 * (Until issue 13 this script drove Lighthouse through its Node API with the benchmarks'
 * Chromium flags; see README, "Benchmarks and the performance budget", for the difference.)
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const Root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [url, formFactor = 'mobile'] = process.argv.slice(2);
const out = path.join(os.tmpdir(), `lh-${process.pid}-${Date.now()}.json`);
const args = [
  path.join(Root, 'node_modules/lighthouse/cli/index.js'),
  url,
  '--output=json',
  `--output-path=${out}`,
  '--quiet',
  '--chrome-flags=--headless=new --no-sandbox',
  ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
];
const r = spawnSync(process.execPath, args, {
  cwd: Root,
  env: {...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium'},
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (r.status !== 0 || !fs.existsSync(out)) {
  console.error(`lighthouse exited with ${r.status}`);
  process.exit(1);
}
const lhr = JSON.parse(fs.readFileSync(out, 'utf8'));
fs.rmSync(out, {force: true});
const score = (k) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
const num = (k) => lhr.audits[k]?.numericValue ?? null;
const failing = Object.values(lhr.audits)
  .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
  .map((a) => a.id);
process.stdout.write(
  JSON.stringify({
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: num('first-contentful-paint'),
    lcp: num('largest-contentful-paint'),
    tbt: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    throttlingMethod: lhr.configSettings.throttlingMethod,
    cpuSlowdown: lhr.configSettings.throttling.cpuSlowdownMultiplier,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    failing,
  }),
);
