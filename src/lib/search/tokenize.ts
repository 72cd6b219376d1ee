/**
 * Search tokenizer shared by the build-time indexer (Node) and the in-browser engine.
 * Pure: no DOM, no Node APIs. The same function must run on both sides, so every rule here
 * is deterministic apart from `Intl.Segmenter`, whose output may differ between ICU builds;
 * CJK character bigrams are emitted as well so that such differences cannot make a query miss.
 *
 * Token kinds:
 * - `word`: a whole ASCII identifier/number (`pertokenscaleoptional`, `fractal_nz`, `65535`,
 *   `last-dim-max`) or a CJK word from the segmenter (`确定`, `计算`).
 * - `part`: a piece of a compound identifier (`pertoken`, `scale`, `optional`; `fractal`, `nz`)
 *   or the singular of an English plural (`constraints` → `constraint`).
 * - `bigram`: two consecutive CJK characters of a run (`确定`, `定性`, `性计`, `计算`).
 */

/** Locales the site builds. Any other string is accepted and treated like `en`. */
export type SearchLocale = 'zh-Hans' | 'en' | (string & {});

/** The kind of a token; see the module comment. */
export type TokenKind = 'word' | 'part' | 'bigram';

/** A token with its kind. */
export interface Token {
  /** Lower-cased term. */
  term: string;
  kind: TokenKind;
}

/** ASCII compound: alphanumeric runs joined by `_`, `-` or `.` (e.g. `FRACTAL_NZ`, `last-dim-max`, `8.0`). */
const CompoundRe = /[A-Za-z0-9]+(?:[_.-][A-Za-z0-9]+)*/y;
/** A run of CJK ideographs (plus the iteration mark 々 and 〇). */
const CjkRe = /[\p{Script=Han}々〇]+/uy;
const CjkCharRe = /[\p{Script=Han}々〇]/u;
const CjkStartRe = /^[\p{Script=Han}々〇]/u;
const AsciiAlnumRe = /[A-Za-z0-9]/;
/** camelCase / PascalCase boundaries: `pertokenScale` → pertoken|Scale, `ACLNNStatus` → ACLNN|Status. */
const CamelSplitRe = /(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/;

type SegmenterLike = {segment(input: string): Iterable<{segment: string; isWordLike?: boolean}>};
let segmenter: SegmenterLike | null | undefined;

/** The shared zh word segmenter, or null when the runtime has no `Intl.Segmenter`. */
function zhSegmenter(): SegmenterLike | null {
  if (segmenter === undefined) {
    const Ctor = (Intl as unknown as {Segmenter?: new (l: string, o: object) => SegmenterLike}).Segmenter;
    segmenter = Ctor ? new Ctor('zh', {granularity: 'word'}) : null;
  }
  return segmenter;
}

/** Singular of a plain English plural, or null (`constraints` → `constraint`; `bias`, `class` untouched). */
function singular(word: string): string | null {
  if (word.length < 4 || !/^[a-z]+s$/.test(word) || /(ss|us|is|as)$/.test(word)) return null;
  if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  return word.slice(0, -1);
}

/** Tokens of one ASCII compound (original case), appended to `out`. */
function pushCompound(raw: string, out: Token[]): void {
  const whole = raw.toLowerCase();
  out.push({term: whole, kind: 'word'});
  const parts = new Set<string>();
  for (const piece of raw.split(/[_.-]/)) {
    if (piece === '') continue;
    const lower = piece.toLowerCase();
    if (lower !== whole) parts.add(lower);
    const camel = piece.split(CamelSplitRe);
    if (camel.length > 1) for (const c of camel) if (c.toLowerCase() !== whole) parts.add(c.toLowerCase());
  }
  const s = singular(whole);
  if (s) parts.add(s);
  for (const p of parts) out.push({term: p, kind: 'part'});
}

/** Tokens of one CJK run, appended to `out`: segmenter words plus character bigrams. */
function pushCjk(run: string, out: Token[]): void {
  const chars = Array.from(run);
  const seg = zhSegmenter();
  if (seg) {
    for (const s of seg.segment(run)) {
      if (s.isWordLike === false) continue;
      out.push({term: s.segment, kind: 'word'});
    }
  } else if (chars.length === 1) {
    out.push({term: run, kind: 'word'});
  }
  for (let i = 0; i + 1 < chars.length; i++) out.push({term: chars[i] + chars[i + 1], kind: 'bigram'});
}

/**
 * Tokens of `text` with their kinds, in text order, duplicates kept (term frequencies count them).
 * The text is NFKC-normalised first, so full-width digits and letters match their ASCII forms.
 * @param text Any plain text (already stripped of markup).
 * @param locale The page or query locale. The rules are the same for every locale; CJK handling
 *   applies wherever CJK characters occur.
 */
export function tokenizeDetailed(text: string, locale: SearchLocale = 'zh-Hans'): Token[] {
  void locale;
  const src = text.normalize('NFKC');
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (AsciiAlnumRe.test(ch)) {
      CompoundRe.lastIndex = i;
      const m = CompoundRe.exec(src);
      if (m) {
        pushCompound(m[0], out);
        i += m[0].length;
        continue;
      }
    } else if (CjkStartRe.test(src.slice(i, i + 2))) {
      CjkRe.lastIndex = i;
      const m = CjkRe.exec(src);
      if (m) {
        pushCjk(m[0], out);
        i += m[0].length;
        continue;
      }
    }
    i += 1;
  }
  return out;
}

/**
 * Lower-cased search tokens of `text` (see {@link tokenizeDetailed} for the rules).
 * Example: `tokenize('pertokenScaleOptional 的 shape', 'zh-Hans')` →
 * `['pertokenscaleoptional', 'pertoken', 'scale', 'optional', '的', 'shape']`.
 */
export function tokenize(text: string, locale: SearchLocale = 'zh-Hans'): string[] {
  return tokenizeDetailed(text, locale).map((t) => t.term);
}

/** True when `s` contains a CJK ideograph. */
export function hasCjk(s: string): boolean {
  return CjkCharRe.test(s);
}
