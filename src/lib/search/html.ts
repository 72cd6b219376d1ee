/**
 * A small, tolerant HTML parser for our own built pages (Node, build time only).
 *
 * The SWC minifier drops optional end tags (`</p>`, `</li>`, `</tr>`, `</td>`, `</caption>`…)
 * and attribute quotes, so this parser applies the HTML implied-end-tag rules that matter for
 * the elements Docusaurus emits. It is not a general HTML5 parser: it only needs to recover the
 * element tree of the article content well enough to split it into search documents.
 */

/** An element node. */
export interface HtmlElement {
  type: 'element';
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
}

/** A text node (entities decoded). */
export interface HtmlText {
  type: 'text';
  text: string;
}

/** A node of the parsed tree. */
export type HtmlNode = HtmlElement | HtmlText;

const VoidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const RawTextElements = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template']);

/** Start tags that close an open `<p>` (HTML "p end tag may be omitted if followed by…"). */
const ClosesP = new Set([
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
  'hgroup',
  'hr',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);

/** For a start tag, the open elements it implicitly closes, and where the search for them stops. */
const ImpliedEnd: Record<string, {closes: string[]; stopAt: string[]}> = {
  li: {closes: ['li'], stopAt: ['ul', 'ol', 'menu']},
  dt: {closes: ['dt', 'dd'], stopAt: ['dl']},
  dd: {closes: ['dt', 'dd'], stopAt: ['dl']},
  tr: {closes: ['tr', 'td', 'th', 'caption', 'colgroup'], stopAt: ['table', 'thead', 'tbody', 'tfoot']},
  td: {closes: ['td', 'th'], stopAt: ['tr', 'table']},
  th: {closes: ['td', 'th'], stopAt: ['tr', 'table']},
  thead: {closes: ['caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th'], stopAt: ['table']},
  tbody: {closes: ['caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th'], stopAt: ['table']},
  tfoot: {closes: ['caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th'], stopAt: ['table']},
  colgroup: {closes: ['caption', 'colgroup'], stopAt: ['table']},
  option: {closes: ['option'], stopAt: ['select', 'datalist', 'optgroup']},
  optgroup: {closes: ['option', 'optgroup'], stopAt: ['select']},
};

/** Elements whose end tag, when missing, ends at the end of their parent (a scoping boundary). */
const ScopeBoundaries = new Set(['table', 'ul', 'ol', 'dl', 'select', 'html', 'body', 'template']);

const NamedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  reg: '®',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  middot: '·',
  times: '×',
  le: '≤',
  ge: '≥',
  ne: '≠',
  larr: '←',
  rarr: '→',
  zwj: '\u200d',
  zwnj: '\u200c',
  shy: '\u00ad',
};

/** Decode HTML character references. Unknown named references are kept verbatim. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);?/g, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    const v = NamedEntities[ref] ?? NamedEntities[ref.toLowerCase()];
    return v ?? m;
  });
}

const AttrRe = /([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Attributes of a start tag's attribute text; values may be quoted or bare (SWC output). */
export function parseAttrs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(AttrRe)) {
    const name = m[1].toLowerCase();
    if (!(name in out)) out[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

/** Parse an HTML document or fragment into a root element named `#root`. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = {type: 'element', name: '#root', attrs: {}, children: [], parent: null};
  const stack: HtmlElement[] = [root];
  const top = () => stack[stack.length - 1];

  /**
   * Pop up to and including the outermost open element named in `names` that lies above the
   * nearest boundary in `stopAt` (e.g. a new `<tr>` closes the open `<td>` and its `<tr>`).
   */
  const closeImplied = (names: string[], stopAt: string[]) => {
    let target = -1;
    for (let i = stack.length - 1; i > 0; i--) {
      const n = stack[i].name;
      if (stopAt.includes(n)) break;
      if (names.includes(n)) target = i;
    }
    if (target > 0) stack.length = target;
  };

  const TagRe =
    /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>|<\/([a-zA-Z][a-zA-Z0-9:-]*)\s*>|<([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = TagRe.exec(html)) !== null) {
    if (m.index > last) top().children.push({type: 'text', text: decodeEntities(html.slice(last, m.index))});
    last = TagRe.lastIndex;
    if (m[1] !== undefined) {
      // End tag: pop to the matching open element if there is one (within scope), else ignore.
      const name = m[1].toLowerCase();
      if (name === 'p' && !stack.some((e) => e.name === 'p')) continue;
      for (let i = stack.length - 1; i > 0; i--) {
        if (stack[i].name === name) {
          stack.length = i;
          break;
        }
        if (ScopeBoundaries.has(stack[i].name) && stack[i].name !== name) break;
      }
      continue;
    }
    if (m[2] === undefined) continue; // comment, doctype, CDATA, processing instruction
    const name = m[2].toLowerCase();
    let attrText = m[3] ?? '';
    const selfClosing = /\/\s*$/.test(attrText);
    if (selfClosing) attrText = attrText.replace(/\/\s*$/, '');
    if (ClosesP.has(name))
      closeImplied(
        ['p'],
        ['button', 'table', 'td', 'th', 'li', 'dd', 'dt', 'figure', 'section', 'div', 'article', 'blockquote'],
      );
    const implied = ImpliedEnd[name];
    if (implied) closeImplied(implied.closes, implied.stopAt);
    const el: HtmlElement = {type: 'element', name, attrs: parseAttrs(attrText), children: [], parent: top()};
    top().children.push(el);
    if (VoidElements.has(name) || selfClosing) continue;
    if (RawTextElements.has(name)) {
      const endRe = new RegExp(`</${name}\\s*>`, 'gi');
      endRe.lastIndex = last;
      const end = endRe.exec(html);
      const stop = end ? end.index : html.length;
      const raw = html.slice(last, stop);
      el.children.push({type: 'text', text: name === 'title' || name === 'textarea' ? decodeEntities(raw) : raw});
      last = end ? endRe.lastIndex : html.length;
      TagRe.lastIndex = last;
      continue;
    }
    stack.push(el);
  }
  if (last < html.length) top().children.push({type: 'text', text: decodeEntities(html.slice(last))});
  return root;
}

/** The class list of an element. */
export function classList(el: HtmlElement): string[] {
  return (el.attrs.class ?? '').split(/\s+/).filter(Boolean);
}

/** True when the element has the class (exact, or a CSS-module class `name_hash` when `prefix` is set). */
export function hasClass(el: HtmlElement, name: string, prefix = false): boolean {
  return classList(el).some((c) => c === name || (prefix && c.startsWith(`${name}_`)));
}

/** Depth-first search for the first element matching `pred` (the root itself included). */
export function findFirst(node: HtmlElement, pred: (el: HtmlElement) => boolean): HtmlElement | null {
  if (pred(node)) return node;
  for (const c of node.children) {
    if (c.type === 'element') {
      const r = findFirst(c, pred);
      if (r) return r;
    }
  }
  return null;
}
