#!/usr/bin/env node
/**
 * Round trip of the Markdown formats over the build (README, "Formats: Markdown, llms.txt, PDF"),
 * for every page of every built locale:
 *  1. the page's Markdown exists next to it (`/x/y` → `x/y.md`, a home page → `index.md`);
 *  2. every table-row anchor of the HTML page (`tr[id]`: param-*, constraint-*, error-*,
 *     status-*, source-*…) and every other anchored element (`.anchored-row[id]`, `figure[id]`:
 *     erratum-*, formula-*) appears in the Markdown as `id="…"`, and every h2–h4 id as `{#…}`;
 *  3. the Markdown shows no `[object Object]`, `undefined` or `NaN`, and no UI chrome text
 *     (the page's copy-control labels);
 *  4. the locale's llms.txt links every page's Markdown (absolute URL), and llms-full.txt holds
 *     every page.
 * Exits 1 on any problem. Usage: node scripts/formats-check.mjs [buildDir]
 */
import fs from 'node:fs';
import path from 'node:path';
import {builtPages, localeDirs, startTags} from './html.mjs';

const buildDir = path.resolve(process.argv[2] ?? 'build');
const problems = [];
const fail = (m) => problems.push(m);

/** The Markdown file of a page path under a locale dir (mirror of src/lib/markdown/paths.ts). */
function markdownFile(localeDir, pagePath) {
  const rel = pagePath.replace(/^\/+|\/+$/g, '');
  return path.join(localeDir, rel === '' ? 'index.md' : `${rel}.md`);
}

/** Ids of the anchors the Markdown must keep: table rows, anchored sections and figures; headings. */
function anchorsOf(html) {
  const article = html.slice(Math.max(0, html.indexOf('theme-doc-markdown')));
  const rows = [];
  const headings = [];
  for (const t of startTags(article)) {
    if (!t.attrs.id) continue;
    if (t.name === 'tr') rows.push(t.attrs.id);
    else if (/\banchored-row\b/.test(t.attrs.class ?? '') || t.name === 'figure') rows.push(t.attrs.id);
    else if (/^h[2-4]$/.test(t.name)) headings.push(t.attrs.id);
  }
  return {rows, headings};
}

const locales = ['', ...localeDirs(buildDir)];
let pageCount = 0;
let rowCount = 0;
let headingCount = 0;
for (const locale of locales) {
  const dir = path.join(buildDir, locale);
  const prefix = locale ? `/${locale}` : '';
  const seen = new Set();
  const llmsFile = path.join(dir, 'llms.txt');
  const fullFile = path.join(dir, 'llms-full.txt');
  const llms = fs.existsSync(llmsFile) ? fs.readFileSync(llmsFile, 'utf8') : null;
  const full = fs.existsSync(fullFile) ? fs.readFileSync(fullFile, 'utf8') : null;
  if (llms === null) fail(`${prefix}/llms.txt is missing`);
  else if (!/^# \S/.test(llms) || !/\n> \S/.test(llms) || !/\n## \S/.test(llms))
    fail(`${prefix}/llms.txt: not in llms.txt form (H1, blockquote summary, sections)`);
  if (full === null) fail(`${prefix}/llms-full.txt is missing`);
  for (const [pagePath, file] of builtPages(dir, localeDirs(buildDir))) {
    if (seen.has(pagePath)) continue; // X.html and its twin X/index.html
    seen.add(pagePath);
    pageCount++;
    const where = `${prefix}${pagePath === '/' ? '/' : pagePath}`;
    const mdFile = markdownFile(dir, pagePath);
    const mdUrlPath = `${prefix}/${path.relative(dir, mdFile).split(path.sep).join('/')}`;
    if (!fs.existsSync(mdFile)) {
      fail(`${where}: no Markdown (${path.relative(buildDir, mdFile)})`);
      continue;
    }
    const md = fs.readFileSync(mdFile, 'utf8');
    const html = fs.readFileSync(file, 'utf8');
    const {rows, headings} = anchorsOf(html);
    for (const id of rows) {
      rowCount++;
      if (!md.includes(`id="${id}"`)) fail(`${where}: #${id} is not in ${mdUrlPath}`);
    }
    for (const id of headings) {
      headingCount++;
      if (!md.includes(`{#${id}}`)) fail(`${where}: heading #${id} is not in ${mdUrlPath}`);
    }
    const text = md.replace(/\\([\\`*_[\]<$])/g, '$1'); // Markdown escapes removed
    for (const re of [/\[object Object\]/, /\bundefined\b/, /\bNaN\b/]) {
      const m = re.exec(text);
      if (m) fail(`${mdUrlPath}: shows "${m[0]}": …${text.slice(Math.max(0, m.index - 60), m.index + 30)}…`);
    }
    const chrome = [...startTags(html)].find((t) => t.name === 'button' && t.attrs['data-copy-page'] !== undefined);
    if (chrome && md.includes(chrome.attrs['data-done'])) fail(`${mdUrlPath}: contains the copy control's text`);
    if (!md.startsWith('# ')) fail(`${mdUrlPath}: does not start with the page title (# …)`);
    const listed = new RegExp(`\\]\\(https?://[^)\\s]+${mdUrlPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`);
    if (llms !== null && !listed.test(llms)) fail(`${prefix}/llms.txt does not list ${mdUrlPath}`);
    if (full !== null && !full.includes(`${mdUrlPath} -->`)) fail(`${prefix}/llms-full.txt lacks ${mdUrlPath}`);
  }
}

if (problems.length > 0) {
  console.error(`formats-check: ${problems.length} problem(s):\n- ${problems.slice(0, 200).join('\n- ')}`);
  process.exit(1);
}
console.log(
  `formats-check: OK — ${pageCount} pages in ${locales.length} locale(s) have their Markdown; ${rowCount} row/section anchors and ` +
    `${headingCount} heading ids kept; no [object Object]/undefined/NaN; llms.txt and llms-full.txt list every page.`,
);
