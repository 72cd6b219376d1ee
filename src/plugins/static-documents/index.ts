/**
 * Documents without React (README, "Documents without React"). Every page except the
 * interactive tools is a document: all of its content is in the HTML the build writes, so it
 * needs no React runtime and no route chunk. After each locale's build, this plugin
 *
 * 1. bundles the page behaviours, src/enhance/index.ts, with esbuild into
 *    `<outDir>/assets/enhance/` (an ES module of a few KiB; the search engine is a separate
 *    chunk that loads on first use of the search box), and
 * 2. rewrites the HTML of every document page: the Docusaurus scripts (`/assets/js/…`:
 *    runtime, main bundle, route chunks) are removed and that module is loaded instead; long
 *    camelCase names in headings get line-break opportunities (`breakCamelInHeadings`).
 *
 * Tool pages (ToolPages) keep React; the site's own behaviours reach them through the client
 * module src/clientModules/enhance.ts, which imports the same modules. The build fails if a
 * document page still references a Docusaurus script after the rewrite.
 */
import fs from 'node:fs';
import path from 'node:path';
import {buildSync} from 'esbuild';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeScript, writeDirectoryTwins} from '../static-host';
import {camelParts} from '../../lib/text';

export const PluginName = 'static-documents';

/** Pages that stay React apps (paths relative to the locale's base URL). */
export const ToolPages = ['tools/checker', 'tools/playground', 'tools/dequant-scale'];

/** Where the bundle goes, relative to the locale's output directory. */
export const EnhanceDir = 'assets/enhance';

/** Whether a page (path relative to the locale's base URL, without leading slash) keeps React. */
export function isToolPage(rel: string): boolean {
  return ToolPages.includes(rel.replace(/^\/+|\/+$/g, '').replace(/\.html$/, ''));
}

/** A `<script …src=…/assets/js/…></script>` or `<link …href=…/assets/js/…>` tag of Docusaurus. */
const HydrationTags = [
  /<script\b[^>]*\bsrc=["']?[^"'\s>]*\/assets\/js\/[^>]*>\s*<\/script>/g,
  /<link\b[^>]*\bhref=["']?[^"'\s>]*\/assets\/js\/[^>]*>/g,
];

/** Does this HTML still reference a Docusaurus script (runtime, main bundle, chunk)? */
export function referencesHydration(html: string): boolean {
  return /["'=]\/?[^"'\s>]*\/assets\/js\/[^"'\s>]+\.js/.test(html);
}

/**
 * The document version of a page: Docusaurus scripts removed, the behaviours module loaded.
 * `moduleSrc` is the module's URL path (e.g. `/assets/enhance/index.abc123.js`).
 */
export function toDocument(html: string, moduleSrc: string): string {
  let out = breakCamelInHeadings(html);
  for (const re of HydrationTags) out = out.replace(re, '');
  const tag = `<script type="module" src="${moduleSrc}"></script>`;
  if (!out.includes(tag)) {
    if (!/<\/head>/i.test(out)) throw new Error('no </head> in page');
    out = out.replace(/<\/head>/i, `${tag}</head>`);
  }
  return out;
}

/** A long camelCase identifier (`aclnnQuantMatmulAllReduceV2`, `pertokenScaleOptional`). */
const CamelIdentifier = /\b[A-Za-z][A-Za-z0-9]*[a-z0-9][A-Z][A-Za-z0-9]*\b/g;

/**
 * Line-break opportunities (`<wbr>`) before the inner capitals of long camelCase identifiers in
 * the text of h1–h3 (and of sidebar and previous/next labels), so an operator name in a heading wraps at a word boundary on a phone
 * (`aclnn·Quant·Matmul·All·Reduce·V2`) instead of mid-word. Only text between tags changes;
 * attributes (ids, aria-labels) and the copied text stay the same. Idempotent.
 */
export function breakCamelInHeadings(html: string): string {
  return html
    .replace(
      /(<h([1-3])\b[^>]*>)([\s\S]*?)(<\/h\2>)/g,
      (_m, open: string, _l, inner: string, close: string) =>
        open + inner.replace(/(^|>)([^<]+)/g, (_t, lead: string, text: string) => lead + breakCamelText(text)) + close,
    )
    .replace(
      // Sidebar entries and the previous/next labels name the same APIs in a narrow column.
      /(<(?:span|div) class="?(?:linkLabel_|pagination-nav__label)[^>]*>)([^<]+)(<\/(?:span|div)>)/g,
      (_m, open: string, text: string, close: string) => open + breakCamelText(text) + close,
    );
}

/** `<wbr>` before the inner capitals of the long camelCase identifiers of a text. */
function breakCamelText(text: string): string {
  return text.replace(CamelIdentifier, (word) => (word.length < 14 ? word : camelParts(word).join('<wbr>')));
}

/** Bundle src/enhance/index.ts into `<outDir>/assets/enhance/`; returns the entry's file name. */
export function bundleEnhance(siteDir: string, outDir: string): string {
  const dir = path.join(outDir, EnhanceDir);
  fs.rmSync(dir, {recursive: true, force: true});
  const result = buildSync({
    entryPoints: [path.join(siteDir, 'src/enhance/index.ts')],
    outdir: dir,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: ['es2020'],
    entryNames: '[name].[hash]',
    chunkNames: '[name].[hash]',
    legalComments: 'none',
    metafile: true,
    logLevel: 'error',
  });
  const entry = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint);
  if (!entry) throw new Error(`[${PluginName}] esbuild produced no entry`);
  return path.basename(entry[0]);
}

/** The HTML file of a route of this locale, or null. */
function htmlFile(outDir: string, baseUrl: string, route: string): {file: string; rel: string} | null {
  const url = route.replace(/[?#].*$/, '');
  if (!url.startsWith(baseUrl) && `${url}/` !== baseUrl) return null;
  const rel = url.slice(Math.min(baseUrl.length, url.length)).replace(/^\/+|\/+$/g, '');
  const candidates =
    rel === '' ? ['index.html'] : rel.endsWith('.html') ? [rel] : [`${rel}.html`, path.join(rel, 'index.html')];
  const file = candidates.map((c) => path.join(outDir, c)).find((p) => fs.existsSync(p));
  return file ? {file, rel} : null;
}

export default function staticDocuments(context: LoadContext): Plugin {
  const {baseUrl: siteBase, i18n} = context.siteConfig;
  const roots = [siteBase, ...i18n.locales.filter((l) => l !== i18n.defaultLocale).map((l) => `${siteBase}${l}/`)];
  return {
    name: PluginName,
    // Any static host: the address bar shows the clean path before any page script runs
    // (src/plugins/static-host).
    injectHtmlTags() {
      return {headTags: [{tagName: 'script', innerHTML: normalizeScript(roots)}]};
    },
    // Synchronous on purpose: the pages are rewritten in one go, so no other plugin's
    // postBuild (e.g. the search index, which reads the same files) sees a half-written file.
    async postBuild({outDir, routesPaths, baseUrl}) {
      const entry = bundleEnhance(context.siteDir, outDir);
      const src = `${baseUrl}${EnhanceDir}/${entry}`;
      const files = new Map<string, string>();
      for (const route of [...routesPaths, `${baseUrl}404.html`]) {
        const f = htmlFile(outDir, baseUrl, route);
        if (f && !isToolPage(f.rel)) files.set(f.file, f.rel);
      }
      for (const [file, rel] of files) {
        const html = toDocument(fs.readFileSync(file, 'utf8'), src);
        if (referencesHydration(html))
          throw new Error(`[${PluginName}] ${rel || '/'} still references a Docusaurus script after the rewrite`);
        fs.writeFileSync(file, html);
      }
      const twins = writeDirectoryTwins(outDir);
      const size = fs.statSync(path.join(outDir, EnhanceDir, entry)).size;
      console.log(
        `[${PluginName}] ${context.i18n.currentLocale}: ${files.size} document pages load only ${src} ` +
          `(${(size / 1024).toFixed(1)} KiB); ${ToolPages.length} tool pages keep React; ` +
          `${twins.length} directory twins (X/index.html) for plain static hosts`,
      );
    },
  };
}
