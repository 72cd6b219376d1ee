#!/usr/bin/env node
/**
 * One Lighthouse run, printed as JSON on stdout: `node bench/lighthouse-run.mjs URL mobile|desktop`.
 * Plain Node on purpose: Lighthouse serialises functions into the page, and a TypeScript loader
 * (tsx) would inject helpers into them. bench/lighthouse.ts calls this once per run.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {ChromiumArgs} from './serve.mjs';

const [url, formFactor = 'mobile'] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: [...ChromiumArgs.filter((f) => f !== '--headless'), '--headless=new'],
});
try {
  const settings =
    formFactor === 'desktop'
      ? {
          formFactor: 'desktop',
          screenEmulation: {mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false},
          throttling: {
            rttMs: 40,
            throughputKbps: 10240,
            cpuSlowdownMultiplier: 1,
            requestLatencyMs: 0,
            downloadThroughputKbps: 0,
            uploadThroughputKbps: 0,
          },
          emulatedUserAgent: true,
        }
      : {formFactor: 'mobile'};
  const result = await lighthouse(
    url,
    {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    },
    {extends: 'lighthouse:default', settings},
  );
  const lhr = result.lhr;
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
      failing,
    }),
  );
} finally {
  await chrome.kill();
}
