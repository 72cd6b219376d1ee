/**
 * Search benchmark (prints figures; not a test). Run after `npm run build`:
 *   npm run bench:search
 * 1. index size per locale, raw and gzip;
 * 2. time from the first keystroke to rendered results in headless Chromium: the cold first
 *    query (loads the engine chunk and the index) and the median of 20 warm queries;
 * 3. JS the search adds to an operator page before the box is used: the SearchBar module as
 *    bundled (minified, React/Docusaurus external), and a check that neither the engine chunk
 *    nor the index is requested before use.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {build} from 'esbuild';
import {launchChromium, median, Root, serveBuild} from './serve.mjs';

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

const Queries = {
  'zh-Hans': [
    '65535',
    '161002',
    'pertokenScaleOptional 的 shape',
    'FRACTAL_NZ',
    'HCCL_DETERMINISTIC',
    'm > 64',
    'deqScale 怎么算',
    '反量化系数',
    '非连续',
    '空指针',
    'BFLOAT16 输出',
    'x3 的数据类型',
    '确定性计算',
    '561002',
    'diagonalMatrix',
    '通信域',
    'commTurn',
    '两段式接口',
    'workspace 大小',
    '勘误 E4',
  ],
  en: [
    '65535',
    '161002',
    'pertoken shape',
    'FRACTAL_NZ',
    'HCCL_DETERMINISTIC',
    'm > 64',
    'how is deqScale computed',
    'dequant scale',
    'non-contiguous',
    'null pointer',
    'BFLOAT16 output',
    'x3 dtype',
    'deterministic',
    '561002',
    'diagonalMatrix',
    'communication domain',
    'commTurn',
    'two-phase API',
    'workspace size',
    'erratum E4',
  ],
};

/**
 * In-page timing of one query, as source text: tsx would otherwise inject helpers into a
 * function passed to page.evaluate. Clears the box, then measures from setting the query to
 * the first rendered result option.
 */
const TimeQuery = `async (query) => {
  const input = document.querySelector('input[role="combobox"]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  input.focus();
  setValue.call(input, '');
  input.dispatchEvent(new Event('input', {bubbles: true}));
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  const t0 = performance.now();
  setValue.call(input, query);
  input.dispatchEvent(new Event('input', {bubbles: true}));
  return new Promise((resolve) => {
    const check = () => {
      if (document.querySelector('[role="option"]')) resolve(performance.now() - t0);
      else requestAnimationFrame(check);
    };
    check();
  });
}`;

async function main(): Promise<void> {
  console.log('## Search index size');
  console.log('| locale | raw | gzip |\n|---|---|---|');
  for (const [locale, file] of [
    ['zh-Hans', 'build/search-index.json'],
    ['en', 'build/en/search-index.json'],
  ]) {
    const buf = fs.readFileSync(path.join(Root, file));
    console.log(`| ${locale} | ${kib(buf.length)} (${buf.length} B) | ${kib(zlib.gzipSync(buf, {level: 9}).length)} |`);
  }

  const bundle = await build({
    entryPoints: [path.join(Root, 'src/theme/SearchBar/index.tsx')],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    jsx: 'automatic',
    external: ['react', 'react/*', 'react-dom', '@docusaurus/*', 'clsx', './loadSearch', '@site/*', '*.css'],
    logLevel: 'silent',
  });
  const eager = bundle.outputFiles[0].contents;
  const lazy = await build({
    entryPoints: [path.join(Root, 'src/theme/SearchBar/loadSearch.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    alias: {'@site': Root},
    logLevel: 'silent',
  });
  const lazyBytes = lazy.outputFiles[0].contents;

  const server = await serveBuild();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const js: number[] = [];
    page.on('response', async (r) => {
      if (r.url().endsWith('.js')) js.push((await r.body()).length);
    });
    await page.goto(`${server.url}/operators/aclnnQuantMatmulAllReduceV2`, {waitUntil: 'networkidle'});
    const preUseIndex = requests.some((u) => u.endsWith('search-index.json'));
    const preUseJs = js.reduce((a, b) => a + b, 0);

    console.log('\n## JS the search adds to an operator page before the box is used');
    console.log(
      `- SearchBar component (eager, minified): ${kib(eager.length)} raw, ${kib(zlib.gzipSync(eager).length)} gzip`,
    );
    console.log(
      `- engine chunk loaded on first use (minified): ${kib(lazyBytes.length)} raw, ${kib(zlib.gzipSync(lazyBytes).length)} gzip`,
    );
    console.log(
      `- index requested before use: ${preUseIndex ? 'YES (bug)' : 'no'}; total page JS before use: ${kib(preUseJs)} raw`,
    );

    console.log('\n## First keystroke → rendered results (headless Chromium)');
    console.log(
      '| locale | cold first query (engine + index load) | median of 20 warm queries | max |\n|---|---|---|---|',
    );
    for (const locale of ['zh-Hans', 'en'] as const) {
      const p = await browser.newPage();
      await p.goto(`${server.url}${locale === 'en' ? '/en' : ''}/operators/aclnnWeightQuantBatchMatmul`, {
        waitUntil: 'networkidle',
      });
      await p.waitForSelector('html[data-enhanced="true"]');
      const times: number[] = [];
      for (const q of Queries[locale]) {
        times.push(await p.evaluate<number>(`(${TimeQuery})(${JSON.stringify(q)})`));
      }
      const [cold, ...warm] = times;
      console.log(
        `| ${locale} | ${cold.toFixed(1)} ms | ${median(warm).toFixed(1)} ms | ${Math.max(...warm).toFixed(1)} ms |`,
      );
      await p.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
