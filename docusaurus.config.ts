/**
 * Site wiring only. Content lives in docs/ (prose) and src/operators/ (data); see README.md.
 */
import type {Config, LoadContext} from '@docusaurus/types';
import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import type {Options as SitemapOptions} from '@docusaurus/plugin-sitemap';
import type {Options as ThemeOptions} from '@docusaurus/theme-classic';
import type {UserThemeConfig} from '@docusaurus/theme-common';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeKatexStrict from './src/plugins/rehype-katex-strict';
import rehypePrism from './src/plugins/rehype-prism';
import noPrism from './src/plugins/no-prism';
import operatorSpecs from './src/plugins/operator-specs';
import operatorFamilies from './src/plugins/families';
import searchIndex from './src/plugins/search-index';
import specExport from './src/plugins/spec-export';
import katexFonts from './src/plugins/katex-fonts';
import staticDocuments from './src/plugins/static-documents';
import markdownExport from './src/plugins/markdown-export';
import LocalizedConfig from './docusaurus.config.localized.json';
import {siteUrl} from './src/lib/siteUrl';

const DefaultLocale = 'zh-Hans';
const CurrentLocale = process.env.DOCUSAURUS_CURRENT_LOCALE ?? DefaultLocale;

/** A localised config string from the JSON sidecar; throws on an unknown key or locale. */
function localized(key: keyof typeof LocalizedConfig): string {
  const values: Record<string, string> = LocalizedConfig[key];
  const value = values[CurrentLocale] ?? (CurrentLocale === 'undefined' ? values[DefaultLocale] : undefined);
  if (value === undefined)
    throw new Error(`docusaurus.config.localized.json: no "${key}" for locale "${CurrentLocale}"`);
  return value;
}

/** Public URL of the deployed site; `docusaurus build` requires SITE_URL (src/lib/siteUrl.ts). */
const SiteUrl = siteUrl(process.env.SITE_URL, process.argv.slice(2).includes('build'));

const docsOptions = {
  path: 'docs',
  routeBasePath: '/',
  sidebarPath: './sidebars.ts',
  showLastUpdateTime: false,
  remarkPlugins: [remarkMath],
  // strict:'error' turns KaTeX warnings (e.g. CJK text in math mode) into errors; rehype-katex
  // swallows errors, so rehypeKatexStrict fails the build on any message it recorded.
  // Code is highlighted at build time (no highlighter in the browser).
  rehypePlugins: [rehypePrism, [rehypeKatex, {strict: 'error'}], rehypeKatexStrict],
} satisfies DocsOptions;

const config = {
  title: localized('title'),
  tagline: localized('tagline'),
  url: SiteUrl,
  baseUrl: '/',
  favicon: 'img/favicon.svg',
  trailingSlash: false,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    format: 'mdx',
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },
  i18n: {
    defaultLocale: DefaultLocale,
    locales: ['zh-Hans', 'en'],
    localeConfigs: {
      'zh-Hans': {label: '简体中文', htmlLang: 'zh-Hans'},
      en: {label: 'English', htmlLang: 'en'},
    },
  },
  future: {faster: true, v4: {removeLegacyPostBuildHeadAttribute: true}},
  plugins: [
    ['@docusaurus/plugin-content-docs', docsOptions],
    ['@docusaurus/plugin-sitemap', {} satisfies SitemapOptions],
    operatorSpecs,
    operatorFamilies,
    specExport,
    katexFonts,
    noPrism,
    (context: LoadContext) => searchIndex(context),
    // Every page also as Markdown, plus llms.txt / llms-full.txt (README, "Formats").
    markdownExport,
    // Document pages ship no React: see README, "Documents without React".
    staticDocuments,
  ],
  themes: [
    [
      '@docusaurus/theme-classic',
      {
        // KaTeX CSS is bundled from the installed katex package (fonts become same-origin assets),
        // so its version always matches the HTML rehype-katex emits. Never a CDN.
        customCss: [
          require.resolve('katex/dist/katex.min.css'),
          './src/css/custom.css',
          './src/css/releases.generated.css',
          './src/css/formats.css',
        ],
      } satisfies ThemeOptions,
    ],
  ],
  clientModules: [
    './src/clientModules/noViewportPrefetch.ts',
    './src/clientModules/enhance.ts',
    './src/client/releaseSelector.ts',
  ],
  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: localized('title'),
      items: [
        {to: '/operators/aclnnQuantMatmulAllReduceV2', label: 'QuantMatmulAllReduceV2', position: 'left'},
        {to: '/operators/aclnnWeightQuantBatchMatmul', label: 'WeightQuantBatchMatmul', position: 'left'},
        {to: '/concepts/two-phase-api', label: '概念', position: 'left'},
        {to: '/constraints', label: '约束索引', position: 'left'},
        {to: '/errata', label: '勘误', position: 'left'},
        // Keeps the path, query and fragment: /operators/X#param-x1 ⇄ /en/operators/X#param-x1.
        {type: 'search', position: 'right'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      copyright:
        '依据 CANN 8.0.RC2 时期的原始文档、后续公开文档与开源实现整理；每条事实标注来源。本站不运行任何 NPU 代码。',
    },
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
  } satisfies UserThemeConfig,
} satisfies Config;

export default config;
