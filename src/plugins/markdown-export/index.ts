/**
 * Formats for wikis and LLM tools (README, "Formats: Markdown, llms.txt, PDF"). After each
 * locale's build, for every page of that locale (any page: the list comes from the routes, 404
 * excluded), this plugin converts the built HTML to Markdown (src/lib/markdown/htmlToMarkdown.ts)
 * and writes it next to the page: `/operators/X` → `<outDir>/operators/X.md`, the home page →
 * `<outDir>/index.md`. It then writes `<outDir>/llms.txt` and `<outDir>/llms-full.txt`
 * (src/lib/markdown/llms.ts); `outDir` is per locale, so the English files are under `/en/`.
 *
 * The build fails if a page's Markdown shows `[object Object]`, `undefined` or `NaN`, or lacks
 * the id of one of the page's table rows. Synchronous on purpose, like static-documents: no
 * other plugin's postBuild interleaves with the reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {readBuiltPages} from '../search-index';
import {htmlToMarkdown} from '../../lib/markdown/htmlToMarkdown';
import {markdownPath} from '../../lib/markdown/paths';
import {llmsFullTxt, llmsTxt, type LlmsPage} from '../../lib/markdown/llms';

export const PluginName = 'markdown-export';

/** The first text of the Markdown that must never appear, or null. */
export function badText(markdown: string): string | null {
  // Read as text: Markdown escapes (`\[object Object\]`) removed.
  const text = markdown.replace(/\\([\\`*_[\]<$])/g, '$1');
  for (const re of [/\[object Object\]/, /\bundefined\b/, /\bNaN\b/]) {
    const m = re.exec(text);
    if (m) return text.slice(Math.max(0, m.index - 60), m.index + 40).replace(/\s+/g, ' ');
  }
  return null;
}

export default function markdownExport(context: LoadContext): Plugin {
  return {
    name: PluginName,
    async postBuild({outDir, routesPaths, baseUrl}) {
      const site = context.siteConfig.url.replace(/\/+$/, '');
      const locale = context.i18n.currentLocale;
      const pages = readBuiltPages(outDir, routesPaths, baseUrl);
      const listed: (LlmsPage & {rel: string})[] = [];
      const problems: string[] = [];
      for (const {url, html} of pages) {
        const pagePath = url;
        const md = htmlToMarkdown(html, {siteUrl: site, pagePath});
        const bad = badText(md.markdown);
        if (bad) problems.push(`${pagePath}: the Markdown shows "${bad}"`);
        for (const id of md.rowIds) if (!md.markdown.includes(`id="${id}"`)) problems.push(`${pagePath}: #${id} lost`);
        const mdPath = markdownPath(pagePath, baseUrl);
        const file = path.join(outDir, mdPath.slice(baseUrl.length));
        fs.mkdirSync(path.dirname(file), {recursive: true});
        fs.writeFileSync(file, md.markdown);
        listed.push({
          rel: pagePath.slice(Math.min(baseUrl.length, pagePath.length)).replace(/^\/+|\/+$/g, ''),
          path: pagePath,
          markdownUrl: `${site}${mdPath}`,
          htmlUrl: `${site}${pagePath}`,
          title: md.title,
          description: md.description,
          markdown: md.markdown,
        });
      }
      if (problems.length)
        throw new Error(`[${PluginName}] ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
      const title = context.siteConfig.title;
      const summary = context.siteConfig.tagline;
      const fullUrl = `${site}${baseUrl}llms-full.txt`;
      fs.writeFileSync(path.join(outDir, 'llms.txt'), llmsTxt({title, summary, locale, fullUrl, pages: listed}));
      fs.writeFileSync(path.join(outDir, 'llms-full.txt'), llmsFullTxt({title, summary, pages: listed}));
      console.log(
        `[${PluginName}] ${locale}: ${listed.length} pages as Markdown; ${baseUrl}llms.txt, ${baseUrl}llms-full.txt`,
      );
    },
  };
}
