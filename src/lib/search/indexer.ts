/**
 * Build-time search indexer (Node): turns built HTML pages into the compact per-locale
 * search index read by engine.ts.
 *
 * Documents per page:
 * - the page itself (label: the h1; text: the intro before the first h2/h3);
 * - one per h2/h3 heading with an id (text: the prose under it, excluding anchored rows);
 * - one per anchored row: `tr.anchored-row[id]`, `section.anchored-row[id]` (errata) and
 *   `figure[id]` (formulas), linked to `page#id`.
 *
 * Only the article content is indexed (`.theme-doc-markdown`, else `<article>`). Excluded:
 * KaTeX (the hidden MathML and the aria-hidden visual HTML), all MathML and SVG, scripts,
 * styles, `<pre>` code blocks, navigation, TOC, breadcrumbs, footer, form controls, anything
 * `aria-hidden="true"`, provenance badges and errata cross-reference links, and the row/heading
 * permalink text (`#`, zero-width space).
 */
import {classList, findFirst, hasClass, parseHtml, type HtmlElement, type HtmlNode} from './html';
import {tokenize, type SearchLocale} from './tokenize';
import {DefaultPackedTf, DocKind, type SearchIndex, type SerializedDoc} from './types';

/** A built page to index. */
export interface PageInput {
  /** The page path as routed (e.g. `/operators/aclnnWeightQuantBatchMatmul`, `/en/errata`). */
  url: string;
  /** The built HTML of the page. */
  html: string;
}

/** Options of {@link buildIndex}. */
export interface BuildIndexOptions {
  /**
   * Static rank factor of a document (default {@link defaultDocBoost}); 1 is neutral. Lets canonical
   * rules outrank commentary that repeats the same identifiers.
   */
  docBoost?: (doc: DocBoostInput) => number;
  /**
   * Pages indexed as a page document only (h1 + intro up to the first heading, table or form),
   * e.g. an aggregated listing such as `/constraints` whose rows duplicate the operator pages.
   * Compared with the clean page URL, ignoring a trailing slash.
   */
  pageOnlyUrls?: readonly string[];
}

/** What {@link BuildIndexOptions.docBoost} sees of a document. */
export interface DocBoostInput {
  /** Clean page URL. */
  url: string;
  /** Fragment without `#` ('' for the page document). */
  anchor: string;
  kind: DocKind;
  /** The anchored element (rows only), or null. */
  element: HtmlElement | null;
}

/**
 * The site's ranking convention (the documented rule first, commentary after):
 * - constraint rows (`#constraint-*`) are the canonical statements of rules: ×1.2;
 * - errata entries (`#erratum-*`) repeat a rule to discuss it: ×0.8;
 * - rows whose provenance badges are all "open-source implementation" (`.badge-impl`): ×0.55, so that for a
 *   number like 65535 the documented rule ranks above the row describing where the code enforces it;
 * - the rows of a family page's prototype matrix (`#diff-*`) only list a parameter's C type per version,
 *   derived from the parameter rows: ×0.5; its migration rows (`#migration-*`) discuss a parameter of
 *   the old version: ×0.8, like errata (the parameter's own row ranks first).
 * Everything else is neutral (1). Factors multiply.
 */
export function defaultDocBoost(doc: DocBoostInput): number {
  if (doc.kind !== DocKind.Row || !doc.element) return 1;
  let boost = 1;
  if (doc.anchor.startsWith('constraint-')) boost *= 1.2;
  if (doc.anchor.startsWith('erratum-')) boost *= 0.8;
  if (doc.anchor.startsWith('diff-')) boost *= 0.5;
  if (doc.anchor.startsWith('migration-')) boost *= 0.8;
  const badges: string[] = [];
  const collect = (el: HtmlElement) => {
    for (const c of classList(el)) {
      const m = /^badge-(seed|doc|impl)(?:_|$)/.exec(c);
      if (m) badges.push(m[1]);
    }
    for (const ch of el.children) if (ch.type === 'element') collect(ch);
  };
  collect(doc.element);
  if (badges.length > 0 && badges.every((b) => b === 'impl')) boost *= 0.55;
  return boost;
}

const SkippedElements = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'pre',
  'nav',
  'footer',
  'button',
  'form',
  'select',
  'option',
  'textarea',
  'input',
  'iframe',
  'img',
  'video',
  'audio',
  'canvas',
  'object',
]);
const SkippedClasses = [
  'katex',
  'katex-mathml',
  'katex-html',
  'hash-link',
  'row-link',
  'table-of-contents',
  'theme-doc-toc-mobile',
  'theme-doc-toc-desktop',
  'theme-doc-breadcrumbs',
  'pagination-nav',
  'theme-doc-footer',
  'theme-edit-this-page',
  'theme-last-updated',
  // Release badges and marks (src/components/Versioned) repeat on many rows, and the release
  // selector's options: metadata, not content.
  'cann-marks',
  'cann-selector',
];
/**
 * CSS-module classes (`name_hash`) whose subtree is skipped: provenance badges ("原始文档",
 * "Open-source code") and the "勘误 I3" cross-reference links at the end of rows are metadata
 * repeated on many rows; they would only add noise words and bury the erratum entries themselves.
 */
const SkippedModuleClasses = ['badge', 'badges', 'errataLinks', 'sourceLinks'];
const BlockElements = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
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
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const InvisibleChars = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const AsciiWordChar = /[A-Za-z0-9_]/;

/** Clean a page URL: drop the query string and fragment. */
export function cleanUrl(url: string): string {
  return url.replace(/[?#].*$/, '') || '/';
}

/** True when an element and its subtree are excluded from the index. */
function isSkipped(el: HtmlElement): boolean {
  if (SkippedElements.has(el.name)) return true;
  if (el.attrs['aria-hidden'] === 'true' || 'hidden' in el.attrs) return true;
  const classes = classList(el);
  return classes.some(
    (c) => SkippedClasses.includes(c) || SkippedModuleClasses.some((m) => c === m || c.startsWith(`${m}_`)),
  );
}

/** An anchored item that becomes a document of its own. */
function isAnchored(el: HtmlElement): boolean {
  if (!el.attrs.id) return false;
  return hasClass(el, 'anchored-row') || el.name === 'figure';
}

/** Collects plain text; block boundaries become spaces, inline boundaries only separate ASCII words. */
class TextSink {
  private parts: string[] = [];
  private lastChar = '';
  private pending: 'none' | 'soft' | 'block' = 'none';

  text(s: string): void {
    s = s.replace(InvisibleChars, '');
    if (s === '') return;
    const first = s[0];
    if (this.pending === 'block' && this.lastChar !== '') this.parts.push(' ');
    else if (this.pending === 'soft' && AsciiWordChar.test(this.lastChar) && AsciiWordChar.test(first))
      this.parts.push(' ');
    this.pending = 'none';
    this.parts.push(s);
    this.lastChar = s[s.length - 1];
  }

  boundary(block: boolean): void {
    if (block) this.pending = 'block';
    else if (this.pending === 'none') this.pending = 'soft';
  }

  result(): string {
    return this.parts.join('').replace(/\s+/g, ' ').trim();
  }
}

/** Plain text of a subtree, with the index exclusions applied. */
export function textOf(node: HtmlNode): string {
  const sink = new TextSink();
  const walk = (n: HtmlNode) => {
    if (n.type === 'text') return sink.text(n.text);
    if (n.name === 'wbr') return; // a line-break opportunity inside a word, not a word boundary
    if (isSkipped(n)) return;
    const block = BlockElements.has(n.name);
    sink.boundary(block);
    for (const c of n.children) walk(c);
    sink.boundary(block);
  };
  walk(node);
  return sink.result();
}

/** The label of an anchored item: first cell of a row, heading of a section, caption of a figure. */
function labelOf(el: HtmlElement): string {
  let labelEl: HtmlElement | null = null;
  if (el.name === 'tr') {
    // The first cell; when it starts with a code name (parameter, constraint id, status), just that name,
    // so that badges such as "optional" in the same cell do not become part of the label.
    const cell =
      el.children.find((c): c is HtmlElement => c.type === 'element' && (c.name === 'th' || c.name === 'td')) ?? null;
    const code = cell ? findFirst(cell, (e) => e.name === 'code') : null;
    labelEl = code && textOf(code) ? code : cell;
  } else if (el.name === 'figure') {
    const caption = findFirst(el, (e) => e.name === 'figcaption');
    labelEl = caption ? (findFirst(caption, (e) => e.name === 'strong') ?? caption) : null;
  } else {
    labelEl = findFirst(el, (e) => e !== el && /^h[1-6]$/.test(e.name));
  }
  const label = labelEl ? textOf(labelEl) : '';
  return label || el.attrs.id;
}

/**
 * Context for a row's value-only cells: the column header of every cell that holds nothing but
 * code values (e.g. `INT64 UINT64` under "数据类型" / "Data types"), so that "deqOffset 的数据类型"
 * or "deqOffset data type" finds the row whose dtype column answers it. Indexed with the row's
 * body but not stored in its text. Prose columns ("In/out", "说明") are not added: their header
 * words would match every row.
 */
function valueColumnHeaders(row: HtmlElement): string {
  let table = row.parent;
  while (table && table.name !== 'table') table = table.parent;
  const thead = table ? findFirst(table, (e) => e.name === 'thead') : null;
  const headRow = thead ? findFirst(thead, (e) => e.name === 'tr') : null;
  if (!headRow) return '';
  const cellsOf = (tr: HtmlElement) =>
    tr.children.filter((c): c is HtmlElement => c.type === 'element' && (c.name === 'th' || c.name === 'td'));
  const headers = cellsOf(headRow).map((c) => textOf(c));
  const out: string[] = [];
  cellsOf(row).forEach((cell, i) => {
    if (i === 0 || !headers[i]) return;
    const codes: string[] = [];
    const collect = (el: HtmlElement) => {
      for (const c of el.children) if (c.type === 'element') c.name === 'code' ? codes.push(textOf(c)) : collect(c);
    };
    collect(cell);
    const squash = (x: string) => x.replace(/[\s,，、/]+/g, '');
    if (codes.length > 0 && squash(codes.join('')) === squash(textOf(cell))) out.push(headers[i]);
  });
  return out.join(' ');
}

interface DocDraft {
  /** Indexed with the body, not stored (see {@link valueColumnHeaders}). */
  extra?: string;
  element: HtmlElement | null;
  anchor: string;
  label: string;
  kind: DocKind;
  sink: TextSink;
}

/** Split one page's content into document drafts. */
function pageDocs(html: string, pageOnly: boolean): {title: string; docs: DocDraft[]} | null {
  const root = parseHtml(html);
  const content =
    findFirst(root, (e) => hasClass(e, 'theme-doc-markdown')) ?? findFirst(root, (e) => e.name === 'article');
  if (!content) return null;
  const h1 = findFirst(content, (e) => e.name === 'h1');
  let title = h1 ? textOf(h1) : '';
  if (!title) {
    const t = findFirst(root, (e) => e.name === 'title');
    title = t ? textOf(t).replace(/\s+[|·–-]\s+[^|·–-]*$/, '') : '';
  }
  const page: DocDraft = {element: null, anchor: '', label: title, kind: DocKind.Page, sink: new TextSink()};
  const docs: DocDraft[] = [page];
  let current = page;
  let lastRow: DocDraft | null = null;
  let stopped = false;

  const walk = (n: HtmlNode, sink: TextSink, inRow: boolean) => {
    if (stopped) return;
    if (n.type === 'text') return sink.text(n.text);
    if (n.name === 'wbr') return;
    if (isSkipped(n) || n === h1) return;
    if (pageOnly && (n.name === 'table' || n.name === 'form' || /^h[2-6]$/.test(n.name))) {
      stopped = true;
      return;
    }
    if (!inRow && (n.name === 'h2' || n.name === 'h3') && n.attrs.id) {
      current = {element: null, anchor: n.attrs.id, label: textOf(n), kind: DocKind.Section, sink: new TextSink()};
      docs.push(current);
      return;
    }
    // The detail line of a row (`<tr data-detail-for="param-x">`: meaning and usage rules under the
    // scan columns of the parameter tables) belongs to that row's document.
    const detailFor = n.attrs['data-detail-for'];
    if (!inRow && detailFor && lastRow?.anchor === detailFor) {
      for (const c of n.children) walk(c, lastRow.sink, true);
      lastRow.sink.boundary(true);
      return;
    }
    if (!inRow && isAnchored(n)) {
      const row: DocDraft = {
        extra: n.name === 'tr' ? valueColumnHeaders(n) : undefined,
        element: n,
        anchor: n.attrs.id,
        label: labelOf(n),
        kind: DocKind.Row,
        sink: new TextSink(),
      };
      docs.push(row);
      lastRow = row;
      for (const c of n.children) walk(c, row.sink, true);
      sink.boundary(true);
      return;
    }
    const block = BlockElements.has(n.name);
    sink.boundary(block);
    for (const c of n.children) walk(c, inRow ? sink : current.sink, inRow);
    (inRow ? sink : current.sink).boundary(block);
  };
  for (const c of content.children) walk(c, current.sink, false);
  return {title, docs};
}

/**
 * Build the search index of one locale.
 * @param pages Built pages of that locale (other locales' pages must not be passed).
 * @param locale The locale, recorded in the index and passed to the tokenizer.
 * @param options See {@link BuildIndexOptions}.
 * @returns A JSON-serialisable index (see {@link SearchIndex}).
 */
export function buildIndex(
  pages: readonly PageInput[],
  locale: SearchLocale,
  options: BuildIndexOptions = {},
): SearchIndex {
  const key = (u: string) => cleanUrl(u).replace(/(.)\/+$/, '$1');
  const pageOnly = new Set((options.pageOnlyUrls ?? []).map(key));
  const sorted = [...pages]
    .map((p) => ({url: cleanUrl(p.url), html: p.html}))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const index: SearchIndex = {v: 1, locale, pages: [], docs: [], terms: {}};
  const postings = new Map<string, Map<number, {body: number; title: number}>>();
  const seenUrls = new Set<string>();

  const add = (terms: string[], doc: number, field: 'body' | 'title') => {
    for (const term of terms) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = new Map()));
      let tf = list.get(doc);
      if (!tf) list.set(doc, (tf = {body: 0, title: 0}));
      tf[field] += 1;
    }
  };

  for (const {url, html} of sorted) {
    if (seenUrls.has(url)) continue;
    seenUrls.add(url);
    const parsed = pageDocs(html, pageOnly.has(key(url)));
    if (!parsed) continue;
    const pageIndex = index.pages.length;
    index.pages.push([url, parsed.title]);
    const seenAnchors = new Set<string>();
    for (const d of parsed.docs) {
      if (seenAnchors.has(d.anchor)) continue;
      seenAnchors.add(d.anchor);
      const text = d.sink.result();
      const titleTerms = tokenize(d.label, locale);
      // The anchor is part of the body: ids such as `error-161001-null-input` carry meaning.
      const bodyTerms = tokenize([text, d.anchor, d.extra].filter(Boolean).join(' '), locale);
      if (d.kind === DocKind.Section && text === '' && titleTerms.length === 0) continue;
      const docIndex = index.docs.length;
      const boost =
        Math.round(
          (options.docBoost ?? defaultDocBoost)({url, anchor: d.anchor, kind: d.kind, element: d.element}) * 100,
        ) / 100;
      const doc: SerializedDoc = [
        pageIndex,
        d.anchor,
        d.label,
        text,
        titleTerms.length,
        bodyTerms.length,
        d.kind,
        boost,
      ];
      index.docs.push(doc);
      add(titleTerms, docIndex, 'title');
      add(bodyTerms, docIndex, 'body');
    }
  }

  for (const term of [...postings.keys()].sort()) {
    const list = postings.get(term)!;
    const flat: number[] = [];
    let prev = 0;
    for (const doc of [...list.keys()].sort((a, b) => a - b)) {
      const tf = list.get(doc)!;
      const packed = tf.body * 8 + Math.min(tf.title, 7);
      if (packed === DefaultPackedTf) flat.push(doc - prev);
      else flat.push(-(doc - prev) - 1, packed);
      prev = doc;
    }
    index.terms[term] = flat;
  }
  return index;
}
