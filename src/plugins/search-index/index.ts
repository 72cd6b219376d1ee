/**
 * Build-time plugin: after each locale's build, reads that locale's built HTML pages and writes
 * `<outDir>/search-index.json` (see src/lib/search/). `outDir` is per locale (`build/` for
 * zh-Hans, `build/en/` for English), so each locale gets its own index, served at
 * `<locale baseUrl>search-index.json` (e.g. `/search-index.json`, `/en/search-index.json`).
 *
 * Only the routes of the locale being built are read (from `routesPaths`, which never contains
 * other locales' pages); 404 pages are skipped. The index is fetched by the browser only when the
 * search box is used.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {buildIndex, defaultDocBoost, type PageInput} from '../../lib/search/indexer';
import {allApis} from '../../operators';

/** The plugin name (also the log prefix). */
export const PluginName = 'search-index';

/** File name of the index inside each locale's output directory. */
export const SearchIndexFileName = 'search-index.json';

/** Options of the plugin. */
export interface SearchIndexPluginOptions {
  /**
   * Paths (relative to the locale's base URL, e.g. `/constraints`) indexed as a page document only:
   * aggregated listings whose rows duplicate the canonical rows of the operator pages.
   * Default: `['/constraints']`.
   */
  pageOnly?: string[];
  /** Paths (relative to the locale's base URL) not indexed at all. Default: `[]`. */
  exclude?: string[];
  /**
   * Paths whose documents rank below the rest (×{@link SecondaryBoost}): the pages of the other
   * versions of an operator family, which repeat the parameter names of the documented operator
   * (a query for `dequantScale` should find aclnnQuantMatmulAllReduceV2's row first). Default: the
   * page of every family-member related API (`/api/<apiName>`).
   */
  secondary?: string[];
}

/** Rank factor of the documents on a {@link SearchIndexPluginOptions.secondary} page. */
export const SecondaryBoost = 0.7;

/** Join a base URL (`/`, `/en/`) and a site-relative path (`/constraints`) into a route path. */
function joinBase(baseUrl: string, rel: string): string {
  const joined = `${baseUrl.replace(/\/+$/, '')}/${rel.replace(/^\/+/, '')}`;
  return joined.replace(/(.)\/+$/, '$1');
}

/**
 * The built HTML pages of one locale, read from `outDir`.
 * @param outDir The locale's output directory.
 * @param routesPaths Route paths of that locale (they all start with `baseUrl`).
 * @param baseUrl The locale's base URL, e.g. `/` or `/en/`.
 * @param exclude Route paths to leave out.
 */
export function readBuiltPages(
  outDir: string,
  routesPaths: readonly string[],
  baseUrl: string,
  exclude: ReadonlySet<string> = new Set(),
): PageInput[] {
  const pages: PageInput[] = [];
  const seen = new Set<string>();
  for (const route of routesPaths) {
    const url = route.replace(/[?#].*$/, '');
    if (!url.startsWith(baseUrl) && `${url}/` !== baseUrl) continue;
    if (/(^|\/)404(\.html)?$/.test(url) || exclude.has(url.replace(/(.)\/+$/, '$1')) || seen.has(url)) continue;
    seen.add(url);
    const rel = url.slice(Math.min(baseUrl.length, url.length)).replace(/^\/+|\/+$/g, '');
    const candidates =
      rel === '' ? ['index.html'] : rel.endsWith('.html') ? [rel] : [`${rel}.html`, path.join(rel, 'index.html')];
    const file = candidates.map((c) => path.join(outDir, c)).find((p) => fs.existsSync(p));
    if (file) pages.push({url, html: fs.readFileSync(file, 'utf8')});
  }
  return pages;
}

/**
 * The search-index plugin. Register it in `docusaurus.config.ts` `plugins`:
 * `[searchIndex, {pageOnly: ['/constraints']}]` or just `searchIndex`.
 */
export default function searchIndex(context: LoadContext, options: SearchIndexPluginOptions = {}): Plugin {
  const locale = context.i18n.currentLocale;
  const pageOnly = options.pageOnly ?? ['/constraints'];
  const exclude = options.exclude ?? [];
  const secondary = options.secondary ?? allApis.filter((a) => a.kind === 'family-member').map((a) => `/api/${a.id}`);
  return {
    name: PluginName,
    async postBuild({outDir, routesPaths, baseUrl}) {
      const excluded = new Set(exclude.map((p) => joinBase(baseUrl, p)));
      const pages = readBuiltPages(outDir, routesPaths, baseUrl, excluded);
      const secondaryUrls = new Set(secondary.map((p) => joinBase(baseUrl, p)));
      const index = buildIndex(pages, locale, {
        pageOnlyUrls: pageOnly.map((p) => joinBase(baseUrl, p)),
        docBoost: (doc) => defaultDocBoost(doc) * (secondaryUrls.has(doc.url) ? SecondaryBoost : 1),
      });
      const json = JSON.stringify(index);
      fs.writeFileSync(path.join(outDir, SearchIndexFileName), json);
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
      console.log(
        `[${PluginName}] ${locale}: ${index.pages.length} pages, ${index.docs.length} documents → ` +
          `${SearchIndexFileName} ${kb(Buffer.byteLength(json))} (${kb(zlib.gzipSync(json).length)} gzipped)`,
      );
    },
  };
}
