/**
 * HTML → Markdown for the site's own built pages (build time, Node; no dependencies).
 *
 * It is tailored to the markup the site emits (Docusaurus theme-classic + our components), read
 * with the tolerant parser of src/lib/search/html.ts (which restores the end tags the SWC
 * minifier drops). Only the article (`.theme-doc-markdown`) is converted; UI chrome is left out.
 *
 * Rules (README, "Formats: Markdown, llms.txt, PDF"):
 * - headings keep their explicit ids: `## 参数说明 {#parameters}`;
 * - tables become GFM tables; a table whose rows carry ids (`tr[id]`: `param-*`, `constraint-*`,
 *   `error-*`, `status-*`, `source-*`…) gets a first column with an HTML anchor and a link to
 *   the row on the HTML page (`<a id="param-x1"></a>[param-x1](https://…/operators/X#param-x1)`);
 *   detail rows (`tr[data-detail-for]`, or one cell spanning the row) become a last column of the
 *   row they describe; other elements with an id (errata sections, formula figures) get an
 *   `<a id="…"></a>` before their content;
 * - formulas are TeX from KaTeX's MathML annotation: `$…$` inline, `$$…$$` for display math;
 * - code blocks are fenced with their language (and title);
 * - links are absolute to the site (clean URLs; `#x` → the page's URL with the fragment);
 * - no chrome: navigation, buttons, copy controls, permalinks (`#`), the release selector,
 *   form controls, screen-reader-only text, anything `aria-hidden`.
 */
import {classList, findFirst, parseHtml, type HtmlElement, type HtmlNode} from '../search/html';

/** Options of {@link htmlToMarkdown}. */
export interface MarkdownOptions {
  /** Site origin, e.g. `https://docs.example.internal` (no trailing slash). */
  siteUrl: string;
  /** The page's route path, e.g. `/en/operators/aclnnWeightQuantBatchMatmul`. */
  pagePath: string;
}

/** A converted page. */
export interface MarkdownPage {
  /** The page title (its h1, else `<title>`). */
  title: string;
  /** `<meta name="description">`, or ''. */
  description: string;
  /** The Markdown text (ends with one newline). */
  markdown: string;
  /** Ids of the table rows (`tr[id]`) of the page's article, in document order. */
  rowIds: string[];
}

const BlockNames = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'dialog',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
  'dt',
  'dd',
]);

/** Elements never converted (UI, scripts, forms, raw MathML: formulas come from their annotation). */
const SkippedNames = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'button',
  'select',
  'option',
  'input',
  'textarea',
  'label',
  'iframe',
  'math',
  'link',
  'meta',
]);

/** Classes (exact, or CSS-module prefix `name_`) of chrome inside the article. */
const SkippedClasses = [
  'hash-link',
  'row-link',
  'heading-copy',
  'anchor-fragment',
  'sr-only',
  'theme-doc-breadcrumbs',
  'theme-doc-toc-mobile',
  'theme-doc-footer',
  'pagination-nav',
  'cann-selector',
  'page-formats',
  'admonitionIcon',
];

function hasClassOrModule(el: HtmlElement, name: string): boolean {
  return classList(el).some((c) => c === name || c.startsWith(`${name}_`));
}

function isSkipped(el: HtmlElement): boolean {
  if (SkippedNames.has(el.name)) return true;
  if (el.attrs['aria-hidden'] === 'true' || 'hidden' in el.attrs) return true;
  if ('data-copy-link' in el.attrs || 'data-copy' in el.attrs) return true;
  return SkippedClasses.some((c) => hasClassOrModule(el, c));
}

/** The TeX source of a KaTeX element (`.katex` or `.katex-display`), from its MathML annotation. */
export function katexTex(el: HtmlElement): string | null {
  const ann = findFirst(el, (e) => e.name === 'annotation' && e.attrs.encoding === 'application/x-tex');
  return ann ? rawText(ann).trim() : null;
}

/** All text below a node, unmodified (no skipping). */
function rawText(node: HtmlNode): string {
  if (node.type === 'text') return node.text;
  return node.children.map(rawText).join('');
}

/** Escape text for Markdown: characters that would start markup. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([`*[\]$])/g, '\\$1')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/(^|[^\p{L}\p{N}])_|_(?=$|[^\p{L}\p{N}])/gu, (m) => m.replace('_', '\\_'));
}

/** `code` with a fence longer than any backtick run inside. */
export function inlineCode(text: string): string {
  const t = text.replace(/\s+/g, ' ');
  if (t.trim() === '') return '';
  const runs = t.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

interface Ctx {
  opts: MarkdownOptions;
  /** Inside a table cell: blocks are joined with `<br>`, `|` is escaped. */
  inCell: boolean;
  rowIds: string[];
}

/** An absolute, clean URL for an href of the page. */
export function absoluteUrl(href: string, opts: MarkdownOptions): string {
  const h = href.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(h)) return h.replace(/^pathname:\/\//, opts.siteUrl);
  if (h.startsWith('//')) return `https:${h}`;
  if (h.startsWith('#')) return `${opts.siteUrl}${opts.pagePath}${h}`;
  if (h.startsWith('?')) return `${opts.siteUrl}${opts.pagePath}${h}`;
  if (h === '') return `${opts.siteUrl}${opts.pagePath}`;
  const base = new URL(opts.pagePath, `${opts.siteUrl}/`);
  const u = new URL(h, base);
  u.pathname = u.pathname.replace(/\/index\.html$/, '/').replace(/\.html$/, '');
  return u.toString();
}

function anchorTag(id: string): string {
  return `<a id="${id.replace(/"/g, '&quot;')}"></a>`;
}

/** Join inline pieces; adjacent element outputs with no space between get one (CSS gaps). */
function joinInline(parts: {text: string; element: boolean}[]): string {
  let out = '';
  let prevElement = false;
  for (const p of parts) {
    if (p.text === '') continue;
    if (p.element && prevElement && out !== '' && !/\s$/.test(out) && !/^\s/.test(p.text)) out += ' ';
    out += p.text;
    prevElement = p.element;
  }
  return out.replace(/ {2,}(?!\n)/g, ' ');
}

/** Inline Markdown of an element's children. */
function inlineChildren(el: HtmlElement, ctx: Ctx): string {
  const parts: {text: string; element: boolean}[] = [];
  for (const c of el.children) {
    if (c.type === 'text') parts.push({text: escapeText(c.text.replace(/\s+/g, ' ')), element: false});
    else parts.push({text: inline(c, ctx), element: true});
  }
  return joinInline(parts);
}

/** Inline Markdown of one element. Block elements inside are flattened (cells) or spaced. */
function inline(el: HtmlElement, ctx: Ctx): string {
  if (isSkipped(el)) return '';
  const idPrefix = el.attrs.id && el.name !== 'svg' && !isHeading(el) && el.name !== 'tr' ? anchorTag(el.attrs.id) : '';
  const body = inlineBody(el, ctx);
  return idPrefix && body ? `${idPrefix}${body}` : idPrefix || body;
}

function inlineBody(el: HtmlElement, ctx: Ctx): string {
  if (hasClassOrModule(el, 'katex-display') || hasClassOrModule(el, 'katex')) {
    const tex = katexTex(el);
    if (tex === null) return '';
    return hasClassOrModule(el, 'katex-display') ? `$$${tex}$$` : `$${tex}$`;
  }
  switch (el.name) {
    case 'br':
      return ctx.inCell ? '<br>' : '  \n';
    case 'code':
    case 'kbd':
    case 'samp':
      return inlineCode(rawText(el));
    case 'strong':
    case 'b': {
      const t = inlineChildren(el, ctx).trim();
      return t ? `**${t}**` : '';
    }
    case 'em':
    case 'i': {
      const t = inlineChildren(el, ctx).trim();
      return t ? `*${t}*` : '';
    }
    case 'del':
    case 's': {
      const t = inlineChildren(el, ctx).trim();
      return t ? `~~${t}~~` : '';
    }
    case 'a': {
      // A card (a link around a heading and a description, e.g. a generated index): the heading
      // is the link text (without the card's icon), the rest follows it.
      const heading = findFirst(el, (e) => e !== el && isHeading(e));
      if (heading && el.attrs.href !== undefined) {
        const title = inlineChildren(heading, ctx)
          .replace(/^[\p{Extended_Pictographic}\uFE0F\s]+/u, '')
          .trim();
        const rest = el.children
          .filter((c) => c !== heading)
          .map((c) => (c.type === 'element' ? inline(c, ctx) : escapeText(c.text)))
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
        const link = `[${title}](${absoluteUrl(el.attrs.href, ctx.opts).replace(/[()\s]/g, encodeURIComponent)})`;
        return title ? `${link}${rest ? `: ${rest}` : ''}` : '';
      }
      const t = inlineChildren(el, ctx).trim();
      if (!t) return '';
      if (el.attrs.href === undefined) return t;
      return `[${t}](${absoluteUrl(el.attrs.href, ctx.opts).replace(/[()\s]/g, encodeURIComponent)})`;
    }
    case 'img': {
      if (!el.attrs.src) return '';
      return `![${escapeText(el.attrs.alt ?? '')}](${absoluteUrl(el.attrs.src, ctx.opts)})`;
    }
    case 'svg':
      return escapeText(svgDescription(el));
    case 'pre':
      return inlineCode(rawText(el));
    case 'ul':
    case 'ol': {
      const items = el.children.filter((c): c is HtmlElement => c.type === 'element' && c.name === 'li');
      return items
        .map((li, i) => `${el.name === 'ol' ? `${i + 1}.` : '•'} ${inline(li, ctx).trim()}`)
        .join(ctx.inCell ? '<br>' : '; ');
    }
    default:
      break;
  }
  if (hasClassOrModule(el, 'sourceLinks')) {
    const label = el.children.find((c): c is HtmlElement => c.type === 'element' && hasClassOrModule(c, 'sourceLabel'));
    const links = el.children
      .filter((c): c is HtmlElement => c.type === 'element' && c !== label)
      .map((c) => inline(c, ctx))
      .filter(Boolean);
    return links.length ? `${label ? `${rawText(label).trim()}: ` : ''}${links.join(', ')}` : '';
  }
  if (classList(el).includes('cann-marks')) {
    // Release badges and marks ("since 9.0.0", "not in 8.5.0"): shown on the page by the release
    // selector; in Markdown all of them, in parentheses.
    const items = el.children
      .map((c) => (c.type === 'element' ? inline(c, ctx).trim() : escapeText(c.text.trim())))
      .filter(Boolean);
    return items.length ? ` *(${items.join('; ')})*` : '';
  }
  if (hasClassOrModule(el, 'badges')) {
    const items = el.children
      .map((c) => (c.type === 'element' ? inline(c, ctx).trim() : escapeText(c.text.trim())))
      .filter(Boolean);
    return items.length ? `*${items.join(' · ')}*` : '';
  }
  if (BlockNames.has(el.name) || el.name === 'table' || el.name === 'tr' || el.name === 'td' || el.name === 'th') {
    // A block inside an inline context (a table cell): its pieces separated.
    const sep = ctx.inCell ? '<br>' : ' ';
    if (el.name === 'table') return tableAsInline(el, ctx);
    const pieces: {text: string; element: boolean}[] = [];
    let run: {text: string; element: boolean}[] = [];
    const flush = () => {
      const t = joinInline(run).trim();
      if (t) pieces.push({text: t, element: true});
      run = [];
    };
    for (const c of el.children) {
      if (c.type === 'element' && !isSkipped(c) && isBlock(c)) {
        flush();
        const t = inline(c, ctx).trim();
        if (t) pieces.push({text: t, element: true});
      } else if (c.type === 'text') run.push({text: escapeText(c.text.replace(/\s+/g, ' ')), element: false});
      else run.push({text: inline(c, ctx), element: true});
    }
    flush();
    return pieces.map((p) => p.text).join(sep);
  }
  return inlineChildren(el, ctx);
}

function tableAsInline(el: HtmlElement, ctx: Ctx): string {
  return rows(el)
    .map((tr) =>
      cellsOf(tr)
        .map((c) => inline(c, ctx).trim())
        .join(' / '),
    )
    .join(ctx.inCell ? '<br>' : '; ');
}

function isHeading(el: HtmlElement): boolean {
  return /^h[1-6]$/.test(el.name);
}

function isBlock(el: HtmlElement): boolean {
  if (BlockNames.has(el.name)) return true;
  if (el.name === 'span' && hasClassOrModule(el, 'katex-display')) return true;
  if (el.name === 'svg' && el.attrs.role === 'img') return true;
  return false;
}

/** The accessible text of a diagram: its `<title>` and `<desc>`. */
function svgDescription(svg: HtmlElement): string {
  if (svg.attrs.role !== 'img') return '';
  const ids = (svg.attrs['aria-labelledby'] ?? '').split(/\s+/).filter(Boolean);
  const texts = ids
    .map((id) => findFirst(svg, (e) => e.attrs.id === id))
    .filter((e): e is HtmlElement => e !== null)
    .map((e) => rawText(e).replace(/\s+/g, ' ').trim());
  if (texts.length === 0) {
    const label = svg.attrs['aria-label'];
    if (label) texts.push(label.trim());
  }
  return texts.filter(Boolean).join(' — ');
}

// ---------------------------------------------------------------------------------------------
// Blocks

/** Markdown blocks (paragraphs, lists, tables…) of an element's children. */
function blocksOfChildren(el: HtmlElement, ctx: Ctx): string[] {
  const out: string[] = [];
  let run: {text: string; element: boolean}[] = [];
  const flush = () => {
    const t = joinInline(run)
      .replace(/[ \t]+\n/g, (m) => (m.startsWith('  ') ? '  \n' : '\n'))
      .trim();
    if (t) out.push(t);
    run = [];
  };
  for (const c of el.children) {
    if (c.type === 'text') {
      run.push({text: escapeText(c.text.replace(/\s+/g, ' ')), element: false});
    } else if (isSkipped(c)) {
      continue;
    } else if (isBlock(c)) {
      flush();
      out.push(...blocks(c, ctx));
    } else {
      run.push({text: inline(c, ctx), element: true});
    }
  }
  flush();
  return out;
}

/** Prefix the first block with an anchor for the element's id (or make it a block of its own). */
function withAnchor(el: HtmlElement, out: string[]): string[] {
  const id = el.attrs.id;
  if (!id) return out;
  const tag = anchorTag(id);
  if (out.length === 0) return [tag];
  const first = out[0];
  // Fences, tables, headings, lists and quotes keep their first line intact: the anchor goes before.
  if (/^(```|\||#|>|[-*] |\d+\. |\$\$)/.test(first)) return [tag, ...out];
  return [`${tag}${first}`, ...out.slice(1)];
}

function blocks(el: HtmlElement, ctx: Ctx): string[] {
  if (isSkipped(el)) return [];
  if (hasClassOrModule(el, 'katex-display')) {
    const tex = katexTex(el);
    return tex === null ? [] : [`$$\n${tex}\n$$`];
  }
  if (isHeading(el)) {
    const level = Number(el.name[1]);
    const text = inlineChildren(el, ctx).replace(/\s+/g, ' ').trim();
    if (!text) return el.attrs.id ? [anchorTag(el.attrs.id)] : [];
    return [`${'#'.repeat(level)} ${text}${el.attrs.id ? ` {#${el.attrs.id}}` : ''}`];
  }
  if (el.name === 'svg') {
    const d = svgDescription(el);
    return d ? [`*${escapeText(d)}*`] : [];
  }
  if (hasClassOrModule(el, 'theme-code-block') || el.name === 'pre') return withAnchor(el, [codeBlock(el)]);
  if (hasClassOrModule(el, 'theme-admonition')) return withAnchor(el, admonition(el, ctx));
  switch (el.name) {
    case 'p':
    case 'figcaption':
    case 'summary':
    case 'dt': {
      const inner = blocksOfChildren(el, ctx);
      if (el.name === 'summary' || el.name === 'dt')
        return withAnchor(el, inner.length ? [`**${inner.join(' ')}**`] : []);
      return withAnchor(el, inner);
    }
    case 'hr':
      return ['---'];
    case 'ul':
    case 'ol': {
      const l = list(el, ctx);
      return withAnchor(el, l ? [l] : []);
    }
    case 'table':
      return withAnchor(el, table(el, ctx));
    case 'blockquote':
      return withAnchor(el, [quote(blocksOfChildren(el, ctx))]);
    default:
      return withAnchor(el, blocksOfChildren(el, ctx));
  }
}

function quote(inner: string[]): string {
  return inner
    .join('\n\n')
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');
}

function admonition(el: HtmlElement, ctx: Ctx): string[] {
  const heading = findFirst(el, (e) => e !== el && hasClassOrModule(e, 'admonitionHeading'));
  const content = findFirst(el, (e) => e !== el && hasClassOrModule(e, 'admonitionContent'));
  const title = heading ? inlineChildren(heading, ctx).trim() : '';
  const body = content ? blocksOfChildren(content, ctx) : [];
  return [quote([...(title ? [`**${title}**`] : []), ...body])];
}

function list(el: HtmlElement, ctx: Ctx): string {
  const ordered = el.name === 'ol';
  const start = Number(el.attrs.start ?? '1') || 1;
  const items = el.children.filter((c): c is HtmlElement => c.type === 'element' && c.name === 'li' && !isSkipped(c));
  return items
    .map((li) => withAnchor(li, blocksOfChildren(li, ctx)))
    .filter((inner) => inner.length > 0)
    .map((inner, i) => {
      const marker = ordered ? `${start + i}. ` : '- ';
      const text = inner.reduce((acc, b) => (acc ? `${acc}${/^([-*] |\d+\. )/.test(b) ? '\n' : '\n\n'}${b}` : b), '');
      const indent = ' '.repeat(marker.length);
      return (
        marker +
        text
          .split('\n')
          .join(`\n${indent}`)
          .replace(/\n\s+\n/g, '\n\n')
      );
    })
    .join('\n');
}

function codeBlock(el: HtmlElement): string {
  const pre = el.name === 'pre' ? el : findFirst(el, (e) => e.name === 'pre');
  if (!pre) return '';
  const code = findFirst(pre, (e) => e.name === 'code') ?? pre;
  const langClass = [...classList(code), ...classList(el), ...classList(pre)].find((c) => c.startsWith('language-'));
  const lang = langClass ? langClass.slice('language-'.length) : '';
  const titleEl = el === pre ? null : findFirst(el, (e) => hasClassOrModule(e, 'title'));
  const title = titleEl ? rawText(titleEl).trim() : '';
  const text = rawText(code).replace(/\n$/, '');
  const runs = text.match(/`{3,}/g) ?? [];
  const fence = '`'.repeat(Math.max(3, ...runs.map((r) => r.length + 1)));
  const info = `${lang}${title ? ` title="${title.replace(/"/g, "'")}"` : ''}`;
  return `${fence}${info}\n${text}\n${fence}`;
}

// ---------------------------------------------------------------------------------------------
// Tables

function rows(table: HtmlElement): HtmlElement[] {
  const out: HtmlElement[] = [];
  const walk = (el: HtmlElement) => {
    for (const c of el.children) {
      if (c.type !== 'element') continue;
      if (c.name === 'tr') out.push(c);
      else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') walk(c);
    }
  };
  walk(table);
  return out;
}

function cellsOf(tr: HtmlElement): HtmlElement[] {
  return tr.children.filter((c): c is HtmlElement => c.type === 'element' && (c.name === 'td' || c.name === 'th'));
}

function cellText(cell: HtmlElement, ctx: Ctx): string {
  const c: Ctx = {...ctx, inCell: true};
  return inline(cell, c)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/(<br>\s*)+$/g, '')
    .replace(/^(\s*<br>)+/g, '')
    .replace(/\|/g, '\\|')
    .trim();
}

/** A detail row: `tr[data-detail-for]`, or a body row whose only cell spans several columns. */
function isDetailRow(tr: HtmlElement): boolean {
  if ('data-detail-for' in tr.attrs) return true;
  const cells = cellsOf(tr);
  return !tr.attrs.id && cells.length === 1 && Number(cells[0].attrs.colspan ?? '1') > 1 && tr.parent?.name !== 'thead';
}

function table(el: HtmlElement, ctx: Ctx): string[] {
  const captionEl = el.children.find((c): c is HtmlElement => c.type === 'element' && c.name === 'caption');
  const caption = captionEl ? inlineChildren(captionEl, ctx).trim() : '';
  const all = rows(el).filter((tr) => !isSkipped(tr));
  if (all.length === 0) return caption ? [caption] : [];
  const headerRow =
    all.find((tr) => tr.parent?.name === 'thead') ??
    (cellsOf(all[0]).every((c) => c.name === 'th') && !all[0].attrs.id ? all[0] : null);
  const body = all.filter((tr) => tr !== headerRow);

  interface Row {
    id: string;
    cells: string[];
    detail: string;
  }
  const data: Row[] = [];
  let detailLabel = '';
  for (const tr of body) {
    if (isDetailRow(tr) && data.length > 0) {
      const cell = cellsOf(tr)[0];
      if (!detailLabel && cell) {
        const sr = findFirst(cell, (e) => hasClassOrModule(e, 'sr-only'));
        if (sr)
          detailLabel = rawText(sr)
            .replace(/[:：]\s*$/, '')
            .trim();
      }
      const text = cell ? cellText(cell, ctx) : '';
      const prev = data[data.length - 1];
      prev.detail = prev.detail ? `${prev.detail}<br>${text}` : text;
      continue;
    }
    const cells: string[] = [];
    for (const c of cellsOf(tr)) {
      cells.push(cellText(c, ctx));
      const span = Math.min(20, Number(c.attrs.colspan ?? '1') || 1);
      for (let i = 1; i < span; i++) cells.push('');
    }
    if (tr.attrs.id) ctx.rowIds.push(tr.attrs.id);
    data.push({id: tr.attrs.id ?? '', cells, detail: ''});
  }
  const header: string[] = [];
  if (headerRow)
    for (const c of cellsOf(headerRow)) {
      header.push(cellText(c, ctx));
      const span = Math.min(20, Number(c.attrs.colspan ?? '1') || 1);
      for (let i = 1; i < span; i++) header.push('');
    }
  const hasIds = data.some((r) => r.id);
  const hasDetail = data.some((r) => r.detail);
  const width = Math.max(header.length, ...data.map((r) => r.cells.length), 1);
  const pad = (cells: string[]) => [...cells, ...Array<string>(width - cells.length).fill('')];
  const head = [...(hasIds ? ['id'] : []), ...pad(header), ...(hasDetail ? [detailLabel || '…'] : [])];
  const lines = [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...data.map((r) => {
      const cells = [
        ...(hasIds
          ? [r.id ? `${anchorTag(r.id)}[${escapeText(r.id)}](${absoluteUrl(`#${r.id}`, ctx.opts)})` : '']
          : []),
        ...pad(r.cells),
        ...(hasDetail ? [r.detail] : []),
      ];
      return `| ${cells.join(' | ')} |`;
    }),
  ];
  return [...(caption ? [`**${caption}**`] : []), lines.join('\n')];
}

// ---------------------------------------------------------------------------------------------

function metaDescription(root: HtmlElement): string {
  const m = findFirst(root, (e) => e.name === 'meta' && e.attrs.name === 'description');
  return m?.attrs.content?.trim() ?? '';
}

/**
 * Convert a built page to Markdown. The article is `.theme-doc-markdown` (else `<article>`,
 * else `<main>`); a page without any of them gives only its title.
 */
export function htmlToMarkdown(html: string, opts: MarkdownOptions): MarkdownPage {
  const root = parseHtml(html);
  const article =
    findFirst(root, (e) => classList(e).includes('theme-doc-markdown')) ??
    // A sidebar category's generated index page (title and description are outside <article>).
    findFirst(root, (e) => hasClassOrModule(e, 'generatedIndexPage')) ??
    findFirst(root, (e) => e.name === 'article') ??
    findFirst(root, (e) => e.name === 'main');
  const h1 = article ? findFirst(article, (e) => e.name === 'h1') : null;
  const titleEl = findFirst(root, (e) => e.name === 'title');
  const ctx: Ctx = {opts, inCell: false, rowIds: []};
  // Without an h1 (generated index pages), the document title without its " | site" suffix.
  const title = (h1 ? rawText(h1) : titleEl ? rawText(titleEl).replace(/\s+\|[^|]*$/, '') : '')
    .replace(/\s+/g, ' ')
    .trim();
  const out = article ? blocksOfChildren(article, ctx) : [];
  if (!h1 && title) out.unshift(`# ${escapeText(title)}`);
  const markdown = `${out
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
  return {title, description: metaDescription(root), markdown, rowIds: ctx.rowIds};
}
