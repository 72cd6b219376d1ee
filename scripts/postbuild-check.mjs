#!/usr/bin/env node
/**
 * Post-build checks over every HTML page of every built locale (build/ and build/<locale>/):
 *  1. no page shows `[object Object]`, `undefined` or `NaN` as text (the failure of the vendor pages);
 *  2. no page or stylesheet loads a resource from another host (the site is read on intranets);
 *  3. KaTeX is rendered at build time, its CSS is bundled, and no formula failed (`katex-error`);
 *  4. every anchor in the committed manifest (scripts/anchor-manifest.json) exists on its page;
 *  5. no page reserves an empty table-of-contents column;
 *  6. every page X.html has its byte-identical directory twin X/index.html (plain static hosts).
 * Prints every problem and exits 1 if there is any. Usage: node scripts/postbuild-check.mjs [buildDir]
 */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {builtFile, elementIds, localeDirs, startTags} from './html.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.resolve(process.argv[2] ?? path.join(root, 'build'));
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'scripts/anchor-manifest.json'), 'utf8'));

const problems = [];
const fail = (msg) => problems.push(msg);

function walk(dir, ext, out = []) {
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, ext, out);
    else if (entry.name.endsWith(ext)) out.push(p);
  }
  return out;
}

/** Visible text of an HTML document: scripts, styles and tags removed, entities decoded. */
export function visibleText(html) {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style\b[\s\S]*?<\/style>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Attributes through which an element loads a resource. */
const ResourceAttrs = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  embed: ['src'],
  object: ['data'],
  track: ['src'],
  input: ['src'],
};
/** `<link rel>` values that make the browser fetch the href (canonical/alternate only name a URL). */
const LoadingRel = /\b(stylesheet|preload|modulepreload|prefetch|icon|manifest|preconnect|dns-prefetch)\b/i;

function isForeign(url) {
  const u = url.trim();
  return /^(https?:)?\/\//i.test(u) && !/^(https?:)?\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/i.test(u);
}

if (!fs.existsSync(buildDir)) {
  console.error(`postbuild-check: ${buildDir} does not exist; run "npm run build" first.`);
  process.exit(1);
}

const htmlFiles = walk(buildDir, '.html');
const cssFiles = walk(buildDir, '.css');
if (htmlFiles.length === 0) fail('no HTML files in the build');

for (const file of htmlFiles) {
  const rel = path.relative(buildDir, file);
  const html = fs.readFileSync(file, 'utf8');
  const text = visibleText(html);
  for (const bad of ['[object Object]', 'undefined', 'NaN']) {
    const re = bad === '[object Object]' ? /\[object Object\]/ : new RegExp(`\\b${bad}\\b`);
    const m = re.exec(text);
    if (m)
      fail(
        `${rel}: shows "${bad}" as text: …${text.slice(Math.max(0, m.index - 60), m.index + 40).replace(/\s+/g, ' ')}…`,
      );
  }
  for (const tag of startTags(html)) {
    const urls = [];
    for (const a of ResourceAttrs[tag.name] ?? []) {
      if (tag.attrs[a]) urls.push(...tag.attrs[a].split(',').map((x) => x.trim().split(/\s+/)[0]));
    }
    if (tag.name === 'link' && LoadingRel.test(tag.attrs.rel ?? '') && tag.attrs.href) urls.push(tag.attrs.href);
    for (const url of urls) if (isForeign(url)) fail(`${rel}: <${tag.name}> loads ${url} from another host`);
  }
  const classes = [...startTags(html)]
    .map((t) => t.attrs.class ?? '')
    .join(' ')
    .split(/\s+/);
  // A page without headings has no table of contents: its text takes the whole width instead of
  // leaving an empty right column (front matter hide_table_of_contents).
  if (classes.some((c) => /^docItemCol_/.test(c)) && !classes.includes('theme-doc-toc-desktop'))
    fail(`${rel}: an empty table-of-contents column (set hide_table_of_contents: true)`);
  if (classes.includes('katex-error')) fail(`${rel}: contains a KaTeX error`);
  if (classes.includes('katex') && !classes.includes('katex-mathml')) fail(`${rel}: KaTeX output without MathML`);
}

for (const file of cssFiles) {
  const css = fs.readFileSync(file, 'utf8');
  for (const m of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]/g)) {
    const url = m[1] ?? m[2];
    if (isForeign(url)) fail(`${path.relative(buildDir, file)}: CSS loads ${url} from another host`);
  }
}
if (
  !cssFiles.some((f) => /\.katex\b/.test(fs.readFileSync(f, 'utf8')) && /KaTeX_Main/.test(fs.readFileSync(f, 'utf8')))
) {
  fail('the KaTeX stylesheet (with its bundled fonts) is not in the build');
}

// Anchor manifest: every locale built (the default at build/, others at build/<locale>/).
const locales = ['', ...localeDirs(buildDir)];
let anchorCount = 0;
for (const locale of locales) {
  for (const [page, anchors] of Object.entries(manifest.pages)) {
    const where = `${locale ? `/${locale}` : ''}${page}`;
    const file = builtFile(path.join(buildDir, locale), page);
    if (!file) {
      fail(`${where}: page listed in the anchor manifest was not built`);
      continue;
    }
    const ids = elementIds(fs.readFileSync(file, 'utf8'));
    for (const a of anchors) {
      anchorCount++;
      if (!ids.has(a)) fail(`${where}#${a}: public anchor from the manifest is missing`);
    }
  }
}

// Directory twins (src/plugins/static-host): X.html and X/index.html are the same bytes.
let twinCount = 0;
for (const file of htmlFiles) {
  const base = path.basename(file);
  if (base === 'index.html' || base === '404.html') continue;
  const twin = path.join(file.slice(0, -'.html'.length), 'index.html');
  twinCount++;
  if (!fs.existsSync(twin))
    fail(`${path.relative(buildDir, file)}: no directory twin ${path.relative(buildDir, twin)}`);
  else if (!fs.readFileSync(twin).equals(fs.readFileSync(file)))
    fail(`${path.relative(buildDir, twin)}: differs from ${path.relative(buildDir, file)}`);
}

if (problems.length > 0) {
  console.error(`postbuild-check: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `postbuild-check: OK — ${htmlFiles.length} HTML pages and ${cssFiles.length} stylesheets scanned in ${locales.length} locale(s); ` +
    `${anchorCount} manifest anchors present; ${twinCount} pages with identical directory twins; no [object Object]/undefined/NaN text; no foreign resources; KaTeX bundled.`,
);
