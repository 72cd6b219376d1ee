/**
 * `llms.txt` and `llms-full.txt` (https://llmstxt.org/): an H1 with the site name, a blockquote
 * summary, then sections listing each page's Markdown URL with a one-line description;
 * `llms-full.txt` is every page's Markdown, one after the other. Pure (no I/O).
 */

/** A page as llms.txt lists it. */
export interface LlmsPage {
  /** Route path, e.g. `/en/operators/aclnnWeightQuantBatchMatmul`. */
  path: string;
  /** Absolute URL of the page's Markdown. */
  markdownUrl: string;
  /** Absolute URL of the HTML page. */
  htmlUrl: string;
  title: string;
  description: string;
  markdown: string;
}

type Locale = 'zh-Hans' | 'en';

const Sections: {key: string; match: (rel: string) => boolean; title: Record<Locale, string>}[] = [
  {key: 'operators', match: (r) => r.startsWith('operators/'), title: {'zh-Hans': '算子', en: 'Operators'}},
  {key: 'concepts', match: (r) => r.startsWith('concepts/'), title: {'zh-Hans': '概念', en: 'Concepts'}},
  {
    key: 'reference',
    match: (r) => !r.includes('/') && !['tools'].includes(r),
    title: {'zh-Hans': '索引与参考', en: 'Indexes and reference'},
  },
  {key: 'changes', match: (r) => r.startsWith('changes/'), title: {'zh-Hans': '版本变化', en: 'Changes by release'}},
  {key: 'tools', match: (r) => r === 'tools' || r.startsWith('tools/'), title: {'zh-Hans': '工具', en: 'Tools'}},
];

const Other: Record<Locale, string> = {'zh-Hans': '其他页面', en: 'Other pages'};

const Intro: Record<Locale, (full: string) => string> = {
  'zh-Hans': (full) =>
    `每个页面都有同内容的 Markdown 版本（页面地址加 \`.md\`），由构建时的 HTML 页面生成：标题带固定 id，表格每行带锚点列，公式为 TeX。全部页面合在一个文件中：${full}`,
  en: (full) =>
    `Every page is also published as Markdown (its URL plus \`.md\`), generated from the built HTML page: headings keep their ids, every table row has an anchor column, formulas are TeX. All pages in one file: ${full}`,
};

function localeOf(locale: string): Locale {
  return locale === 'en' ? 'en' : 'zh-Hans';
}

/** One line, no Markdown link syntax breaking characters. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text of llms.txt.
 * @param rel Page path relative to the locale's base URL (no leading slash), for grouping.
 */
export function llmsTxt(opts: {
  title: string;
  summary: string;
  locale: string;
  fullUrl: string;
  pages: (LlmsPage & {rel: string})[];
}): string {
  const locale = localeOf(opts.locale);
  const lines = [`# ${oneLine(opts.title)}`, '', `> ${oneLine(opts.summary)}`, '', Intro[locale](opts.fullUrl), ''];
  const used = new Set<LlmsPage>();
  const entry = (p: LlmsPage) =>
    `- [${oneLine(p.title).replace(/[[\]]/g, '\\$&')}](${p.markdownUrl})${p.description ? `: ${oneLine(p.description)}` : ''}`;
  const sorted = [...opts.pages].sort((a, b) => a.rel.localeCompare(b.rel));
  for (const s of Sections) {
    const pages = sorted.filter((p) => !used.has(p) && s.match(p.rel));
    if (pages.length === 0) continue;
    lines.push(`## ${s.title[locale]}`, '');
    for (const p of pages) {
      used.add(p);
      lines.push(entry(p));
    }
    lines.push('');
  }
  const rest = sorted.filter((p) => !used.has(p));
  if (rest.length) {
    lines.push(`## ${Other[locale]}`, '', ...rest.map(entry), '');
  }
  return `${lines.join('\n').trim()}\n`;
}

/** The text of llms-full.txt: a header, then each page's Markdown preceded by its URLs. */
export function llmsFullTxt(opts: {title: string; summary: string; pages: LlmsPage[]}): string {
  const parts = [`# ${oneLine(opts.title)}`, '', `> ${oneLine(opts.summary)}`];
  for (const p of [...opts.pages].sort((a, b) => a.path.localeCompare(b.path))) {
    parts.push('', '---', '', `<!-- page: ${p.htmlUrl} | markdown: ${p.markdownUrl} -->`, '', p.markdown.trim());
  }
  return `${parts.join('\n')}\n`;
}
