/**
 * In-browser search engine over the index written by indexer.ts. Pure: no DOM, no fetch; the UI
 * fetches `<locale baseUrl>search-index.json`, `JSON.parse`s it and calls {@link search}.
 *
 * Scoring is OR-style BM25F: every query token contributes `weight × idf × saturated tf`, with
 * title (heading / row label) matches boosted. A token that is absent or very common adds ~0, so
 * stop words (的, 是, 怎么, the, is…) never make a query fail. Whole identifiers weigh more than
 * their camelCase/underscore parts and CJK bigrams, so `dequantScale` ranks the `dequantScale` row
 * above rows that only mention `scale`. On top of BM25:
 * - a coverage factor favours documents that match more of the query's (idf-weighted) words;
 * - the static per-document boost of the index (documented constraint rows up, implementation-only
 *   rows and errata entries down) and a small prior for anchored rows over sections and pages;
 * - query words found in a page's title ("return code" → Return Codes) lift that page's documents;
 * - a bonus when a row/heading label equals the query or one of its identifiers (or starts with one,
 *   as in `I3 k、n 与 m 的上限…`), or contains the
 *   whole query (whitespace-insensitive), and a smaller one when the text contains it;
 * - repeated identical labels are damped so the top results are not all alike;
 * - the last ASCII word is also matched as a prefix, so results appear while typing;
 * - a few abbreviations used in ids (`max`, `dim`, `param`, `dtype`, `err`) match the full words
 *   (`maximum`, `dimension`, `parameter`, `data type`, `error`).
 * Ties break on the URL, so results are deterministic.
 */
import {hasCjk, tokenizeDetailed, type SearchLocale, type TokenKind} from './tokenize';
import {decodePostings, DocKind, type SearchIndex, type SearchResult} from './types';

export type {SearchIndex, SearchResult} from './types';

const K1 = 1.2;
const B = 0.75;
const TitleBoost = 2.5;
const KindWeight: Record<TokenKind, number> = {word: 1, part: 0.35, bigram: 0.6};
const PrefixWeight = 0.5;
const MaxPrefixExpansions = 30;
const PhraseLabelBonus = 1.8;
const PhraseTextBonus = 1.4;
const LabelExactBonus = 2;
const PageTitleWeight = 0.4;
const RowPrior = 1.1;
/** Repeats of the same label (e.g. three `ACLNN_ERR_PARAM_INVALID` rows) are damped by this factor each. */
const RepeatDamping = 0.7;
const HeadSize = 60;
/** Abbreviations used in ids, labels and status names (`m-max`, `dtype-format`, `ACLNN_ERR_*`) for words users type in full. */
const Abbreviations: Record<string, string> = {
  maximum: 'max',
  minimum: 'min',
  dimension: 'dim',
  dimensions: 'dim',
  parameter: 'param',
  parameters: 'param',
  datatype: 'dtype',
  error: 'err',
  errors: 'err',
};
const AbbreviationWeight = 0.6;
/**
 * Domain synonyms: a query word of a group also looks for the group's other words (at
 * SynonymWeight), so "how many NPUs" finds the rows that speak of ranks or 卡, and "null pointer"
 * the rows that say nullptr or 空指针. Multi-word entries are matched as one phrase of the query.
 */
const SynonymGroups: readonly (readonly string[])[] = [
  ['npu', 'npus', 'rank', 'ranks', 'card', 'cards', 'device', 'devices', '卡', '卡数', '设备'],
  ['null', 'nullptr', 'null pointer', 'null pointers', '空指针'],
  ['scale', 'scales', '系数', '缩放'],
  ['deterministic', 'determinism', '确定性'],
  ['transpose', 'transposed', '转置'],
  ['deprecated', 'deprecation', '废弃'],
  ['bias', '偏置'],
  ['error code', 'return code', 'status code', '错误码', '返回码'],
  ['non-contiguous', 'noncontiguous', 'strided', '非连续'],
  ['weight', 'weights', '权重'],
];
const SynonymWeight = 0.7;
/**
 * Question words that carry no meaning for this site: weighed down so that "how many NPUs" is
 * decided by "NPUs", not by rows that happen to contain "how" or "many".
 */
const StopWords = new Set([
  'how',
  'many',
  'much',
  'what',
  'which',
  'when',
  'why',
  'where',
  'who',
  'is',
  'are',
  'was',
  'be',
  'do',
  'does',
  'can',
  'i',
  'my',
  'the',
  'a',
  'an',
  'of',
  'for',
  'to',
  'in',
  'on',
  'with',
  'it',
  'this',
  'that',
  'there',
  '的',
  '是',
  '怎么',
  '怎样',
  '如何',
  '多少',
  '什么',
  '吗',
  '呢',
  '哪些',
  '哪个',
  '支持多少',
]);
const StopWordWeight = 0.1;
const SnippetLength = 110;
const SnippetLead = 24;

interface Prepared {
  n: number;
  avgBody: number;
  avgTitle: number;
  keys: string[] | null;
  squeezed: Map<number, [string, string]>;
  /** Page-title term → indexes of the pages whose title contains it. */
  pageTerms: Map<string, Set<number>>;
  /** Squeezed label → the documents with exactly that label (built on first use). */
  labels: Map<string, number[]> | null;
}

interface Ranked {
  doc: number;
  score: number;
  url: string;
}

/** Score descending, then URL ascending (deterministic). */
function byScore(a: Ranked, b: Ranked): number {
  return b.score - a.score || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
}

const prepared = new WeakMap<SearchIndex, Prepared>();

function prepare(index: SearchIndex): Prepared {
  let p = prepared.get(index);
  if (p) return p;
  if (index.v !== 1) throw new Error(`Unsupported search index version ${String(index.v)}`);
  let body = 0;
  let title = 0;
  for (const d of index.docs) {
    title += d[4];
    body += d[5];
  }
  const n = Math.max(index.docs.length, 1);
  const pageTerms = new Map<string, Set<number>>();
  index.pages.forEach(([, pageTitle], i) => {
    for (const t of tokenizeDetailed(pageTitle, index.locale)) {
      let set = pageTerms.get(t.term);
      if (!set) pageTerms.set(t.term, (set = new Set()));
      set.add(i);
    }
  });
  p = {
    n,
    avgBody: Math.max(body / n, 1),
    avgTitle: Math.max(title / n, 1),
    keys: null,
    squeezed: new Map(),
    pageTerms,
    labels: null,
  };
  prepared.set(index, p);
  return p;
}

/** Lower-case, NFKC, no whitespace: the form used for phrase matching. */
function squeeze(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** The first whitespace-separated word of a label, lower-cased (`I3 k、n 与 m…` → `i3`). */
function leadingWord(label: string): string {
  return label.normalize('NFKC').trim().split(/\s+/, 1)[0].toLowerCase();
}

interface QueryTerm {
  term: string;
  weight: number;
  kind: TokenKind | 'prefix';
  /** For parts: the whole compound they belong to. */
  parent?: string;
}

/** Query terms with weights (duplicates merged, keeping the highest weight). */
function queryTerms(index: SearchIndex, p: Prepared, query: string, locale: SearchLocale): QueryTerm[] {
  const tokens = tokenizeDetailed(query, locale);
  const byTerm = new Map<string, QueryTerm>();
  const put = (t: QueryTerm) => {
    const old = byTerm.get(t.term);
    if (!old || old.weight < t.weight) byTerm.set(t.term, t);
  };
  let parent: string | undefined;
  let lastWord: string | undefined;
  let previous = '';
  for (const t of tokens) {
    if (previous === 'data' && (t.term === 'type' || t.term === 'types')) {
      put({term: 'dtype', weight: AbbreviationWeight, kind: 'part', parent: t.term});
    }
    if (t.kind === 'word') previous = t.term;
    if (t.kind === 'word' && !hasCjk(t.term)) {
      parent = t.term;
      lastWord = t.term;
    }
    const weight = StopWords.has(t.term) ? StopWordWeight : KindWeight[t.kind];
    put({term: t.term, weight, kind: t.kind, parent: t.kind === 'part' ? parent : undefined});
    const abbr = Abbreviations[t.term];
    if (abbr) put({term: abbr, weight: AbbreviationWeight, kind: 'part', parent: t.term});
  }
  // Synonyms: a group member found in the query (a word, or a phrase of the normalised query)
  // brings in the other members, tokenised as the index tokenises text.
  const normalised = ` ${query.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()} `;
  const words = new Set(tokens.filter((t) => t.kind === 'word').map((t) => t.term));
  for (const group of SynonymGroups) {
    const hit = group.some((m) =>
      m.includes(' ') || hasCjk(m) ? normalised.includes(hasCjk(m) ? m : ` ${m} `) : words.has(m),
    );
    if (!hit) continue;
    for (const member of group) {
      for (const t of tokenizeDetailed(member, locale)) {
        if (t.kind !== 'part' && !StopWords.has(t.term))
          put({term: t.term, weight: SynonymWeight * KindWeight[t.kind], kind: t.kind});
      }
    }
  }
  // Prefix expansion of the last ASCII word while the user is still typing it.
  const typing =
    lastWord !== undefined && !/\s$/.test(query) && query.normalize('NFKC').toLowerCase().trimEnd().endsWith(lastWord);
  if (typing && lastWord!.length >= 2) {
    p.keys ??= Object.keys(index.terms);
    const expansions: Array<[string, number]> = [];
    for (const k of p.keys) {
      if (k.length > lastWord!.length && k.startsWith(lastWord!)) expansions.push([k, index.terms[k].length]);
    }
    expansions.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    for (const [k] of expansions.slice(0, MaxPrefixExpansions)) put({term: k, weight: PrefixWeight, kind: 'prefix'});
  }
  return [...byTerm.values()];
}

/** `[start, end)` ranges where `needle` occurs in `hay` (both lower-case); `whole` requires ASCII word boundaries. */
function occurrences(hay: string, needle: string, whole: boolean, prefix: boolean, max = 50): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!needle) return out;
  const isWordChar = (c: string | undefined) => c !== undefined && /[a-z0-9_]/.test(c);
  let from = 0;
  while (out.length < max) {
    const i = hay.indexOf(needle, from);
    if (i < 0) break;
    const end = i + needle.length;
    const okLeft = !(whole || prefix) || !isWordChar(hay[i - 1]);
    const okRight = !whole || !isWordChar(hay[end]);
    if (okLeft && okRight) out.push([i, end]);
    from = i + 1;
  }
  return out;
}

/** A plain-text excerpt of `text` around the matched terms, with highlight ranges. */
function makeSnippet(text: string, terms: QueryTerm[]): {snippet: string; highlights: Array<[number, number]>} {
  if (!text) return {snippet: '', highlights: []};
  const hay = text.toLowerCase();
  const sameLength = hay.length === text.length;
  const found: Array<{start: number; end: number; term: number}> = [];
  const wholeFound = new Set<string>();
  const ordered = [...terms].sort((a, b) => (a.kind === 'part' ? 1 : 0) - (b.kind === 'part' ? 1 : 0));
  ordered.forEach((t, ti) => {
    if (!sameLength) return;
    if (t.kind === 'part' && t.parent && wholeFound.has(t.parent)) return;
    const ascii = !hasCjk(t.term);
    // Fragments and single CJK characters (的, 算…) would only speckle the excerpt.
    if ((t.kind === 'part' && t.term.length < 3) || (!ascii && Array.from(t.term).length < 2)) return;
    const occ = occurrences(hay, t.term, ascii && t.kind === 'word', t.kind === 'prefix');
    if (occ.length > 0 && t.kind === 'word') wholeFound.add(t.term);
    for (const [start, end] of occ) found.push({start, end, term: ti});
  });
  let ws = 0;
  if (found.length > 0 && text.length > SnippetLength) {
    let best = -1;
    for (const f of found) {
      const start = Math.max(0, Math.min(f.start - SnippetLead, text.length - SnippetLength));
      const stop = start + SnippetLength;
      const distinct = new Set(found.filter((g) => g.start >= start && g.end <= stop).map((g) => g.term)).size;
      if (distinct > best || (distinct === best && start < ws)) {
        best = distinct;
        ws = start;
      }
    }
  }
  // Start at a word or clause boundary when one is close, and never inside a surrogate pair.
  if (ws > 0 && ws <= 12) ws = 0;
  if (ws > 0) {
    const back = text.slice(Math.max(0, ws - 12), ws);
    const cut = Math.max(back.lastIndexOf(' '), ...Array.from('，。；：、（(').map((c) => back.lastIndexOf(c)));
    if (cut >= 0) ws = ws - back.length + cut + 1;
    else if (/[\w.-]/.test(text[ws - 1]) && /[\w.-]/.test(text[ws])) {
      const fwd = text.slice(ws, ws + 12).search(/[^\w.-]/);
      if (fwd >= 0) ws += fwd + 1;
    }
  }
  if (ws > 0 && /[\udc00-\udfff]/.test(text[ws])) ws -= 1;
  let we = Math.min(text.length, ws + SnippetLength);
  if (we < text.length && /[\udc00-\udfff]/.test(text[we])) we += 1;
  const lead = ws > 0 ? '…' : '';
  const snippet = lead + text.slice(ws, we) + (we < text.length ? '…' : '');
  // Merge overlapping ranges inside the window.
  const ranges = found
    .filter((f) => f.start >= ws && f.end <= we)
    .map((f): [number, number] => [f.start - ws + lead.length, f.end - ws + lead.length])
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const highlights: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = highlights[highlights.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else highlights.push([r[0], r[1]]);
  }
  return {snippet, highlights};
}

/**
 * Search the index.
 * @param index A parsed `search-index.json` of the current locale.
 * @param query The user's query (any language; stop words are harmless).
 * @param locale The current locale (passed to the tokenizer).
 * @param limit Maximum number of results (default 10).
 * @returns Results, best first; plain-text fields only.
 */
export function search(index: SearchIndex, query: string, locale: SearchLocale, limit = 10): SearchResult[] {
  const p = prepare(index);
  const terms = queryTerms(index, p, query, locale);
  if (terms.length === 0 || limit <= 0) return [];

  const scores = new Map<number, number>();
  const matched = new Map<number, number>();
  const prefixBest = new Map<number, [score: number, weight: number]>();
  let totalWeight = 0;
  for (const qt of terms) {
    const list = index.terms[qt.term];
    if (!list) continue;
    const {docs, tfs} = decodePostings(list);
    const df = docs.length;
    const idf = Math.log(1 + (p.n - df + 0.5) / (df + 0.5));
    if (qt.kind !== 'prefix') totalWeight += qt.weight * idf;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i];
      const packed = tfs[i];
      // Repeats inside one short document are weak evidence: damp them logarithmically.
      const rawBody = Math.floor(packed / 8);
      const rawTitle = packed % 8;
      const tfBody = rawBody > 0 ? 1 + Math.log(rawBody) : 0;
      const tfTitle = rawTitle > 0 ? 1 + Math.log(rawTitle) : 0;
      const d = index.docs[doc];
      const normBody = 1 - B + (B * d[5]) / p.avgBody;
      const normTitle = 1 - B + (B * d[4]) / p.avgTitle;
      const tf = tfBody / normBody + (TitleBoost * tfTitle) / normTitle;
      const s = (qt.weight * idf * (tf * (K1 + 1))) / (tf + K1);
      if (qt.kind === 'prefix') {
        // Completions of the word being typed: only the best one counts per document.
        const best = prefixBest.get(doc);
        if (!best || best[0] < s) prefixBest.set(doc, [s, qt.weight * idf]);
        continue;
      }
      scores.set(doc, (scores.get(doc) ?? 0) + s);
      matched.set(doc, (matched.get(doc) ?? 0) + qt.weight * idf);
    }
  }
  for (const [doc, [s, m]] of prefixBest) {
    scores.set(doc, (scores.get(doc) ?? 0) + s);
    matched.set(doc, (matched.get(doc) ?? 0) + m);
  }
  if (scores.size === 0) return [];

  // Page-title field: a query word in the page title ("return code" → Return Codes) lifts the
  // documents of that page that already match something else (page documents have it as title).
  for (const qt of terms) {
    const pages = p.pageTerms.get(qt.term);
    const list = index.terms[qt.term];
    if (!pages || !list || qt.kind === 'prefix') continue;
    const df = decodePostings(list).docs.length;
    const idf = Math.log(1 + (p.n - df + 0.5) / (df + 0.5));
    for (const [doc, s] of scores) {
      const d = index.docs[doc];
      if (d[6] !== DocKind.Page && pages.has(d[0])) {
        scores.set(doc, s + qt.weight * idf * PageTitleWeight);
        matched.set(doc, (matched.get(doc) ?? 0) + qt.weight * idf);
      }
    }
  }

  const ranked: Ranked[] = [];
  for (const [doc, raw] of scores) {
    const d = index.docs[doc];
    const coverage = totalWeight > 0 ? Math.min(1, (matched.get(doc) ?? 0) / totalWeight) : 1;
    let score = raw * (0.25 + 0.75 * coverage) * (d[7] ?? 1);
    if (d[6] === DocKind.Row) score *= RowPrior;
    const [pageUrl] = index.pages[d[0]];
    ranked.push({doc, score, url: d[1] ? `${pageUrl}#${d[1]}` : pageUrl});
  }
  ranked.sort(byScore);

  // Re-rank the leading candidates (bounded cost): phrase and exact-label bonuses, then damping of
  // repeated labels so that one query does not fill the top with identically titled rows.
  // A document whose label is exactly the query (the page "aclnnQuantMatmulAllReduceV2" for that
  // query) joins the re-ranked head even when many rows that mention the name outscore it at first.
  const q = squeeze(query);
  if (!p.labels) {
    p.labels = new Map();
    index.docs.forEach((d, i) => {
      const key = squeeze(d[2]);
      p.labels!.set(key, [...(p.labels!.get(key) ?? []), i]);
    });
  }
  const headSize = Math.max(limit * 3, HeadSize);
  const promoted = new Set((p.labels.get(q) ?? []).filter((doc) => scores.has(doc)));
  for (const r of ranked.slice(0, headSize)) promoted.delete(r.doc);
  const head = ranked.slice(0, headSize).concat(ranked.filter((r) => promoted.has(r.doc)));
  const rest = ranked.slice(headSize).filter((r) => !promoted.has(r.doc));
  const phrase = q.length >= 3 || (hasCjk(q) && q.length >= 2);
  const words = new Set(terms.filter((t) => t.kind === 'word' && !hasCjk(t.term)).map((t) => t.term));
  // A label equal to one of several identifiers in the query gets a share of the bonus.
  const units = Math.max(1, words.size);
  for (const r of head) {
    let sq = p.squeezed.get(r.doc);
    if (!sq) {
      const d = index.docs[r.doc];
      sq = [squeeze(d[2]), squeeze(d[3])];
      p.squeezed.set(r.doc, sq);
    }
    if (sq[0] === q) r.score *= LabelExactBonus;
    else if (words.has(sq[0]) || words.has(leadingWord(index.docs[r.doc][2]))) {
      r.score *= 1 + (LabelExactBonus - 1) / units;
    } else if (phrase && sq[0].includes(q)) r.score *= PhraseLabelBonus;
    else if (phrase && sq[1].includes(q)) r.score *= PhraseTextBonus;
  }
  head.sort(byScore);
  const seen = new Map<string, number>();
  for (const r of head) {
    const key = p.squeezed.get(r.doc)![0];
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    if (n > 0) r.score *= RepeatDamping ** n;
  }
  head.sort(byScore);
  // A query that is exactly a page's title opens that page first: the page is the answer, the
  // rows that mention its name are not.
  const top = head[0]?.score ?? 0;
  for (const r of head) {
    if (index.docs[r.doc][6] === DocKind.Page && p.squeezed.get(r.doc)![0] === q)
      r.score = Math.max(r.score, top * 1.01);
  }
  head.sort(byScore);
  return head
    .concat(rest)
    .slice(0, limit)
    .map(({doc, score, url}) => {
      const d = index.docs[doc];
      const pageTitle = index.pages[d[0]][1];
      const kind = d[6] === DocKind.Page ? 'page' : d[6] === DocKind.Section ? 'section' : 'row';
      const title = kind === 'page' ? pageTitle : d[2];
      // The body of a row starts with its label (it is indexed there too); the snippet leaves it
      // out, so a result does not print its name twice.
      const body = d[3].startsWith(d[2]) && d[3].length > d[2].length ? d[3].slice(d[2].length).trimStart() : d[3];
      const {snippet, highlights} = makeSnippet(body, terms);
      return {url, title, pageTitle, anchor: d[1], kind, snippet, highlights, score};
    });
}
