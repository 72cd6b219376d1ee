/**
 * The serialized search index (one JSON file per locale, `<outDir>/search-index.json`).
 * Written by `buildIndex` (indexer.ts) at build time, read by `search` (engine.ts) in the browser.
 */

/**
 * Kind of a search document.
 * - `Page` (0): the page itself, h1 + intro.
 * - `Section` (1): an h2/h3 section (its prose only; anchored rows are documents of their own).
 * - `Row` (2): an anchored row (`tr.anchored-row`, `section.anchored-row`) or an anchored formula (`figure[id]`).
 */
export const DocKind = {Page: 0, Section: 1, Row: 2} as const;
export type DocKind = (typeof DocKind)[keyof typeof DocKind];

/**
 * One document: `[pageIndex, anchor, label, text, titleLength, bodyLength, kind, boost]`.
 * - `anchor`: the fragment without `#` ('' for the page document).
 * - `label`: the heading text, or the row label (first cell / erratum heading / formula caption);
 *   for page documents the page title.
 * - `text`: plain text of the document (snippet source).
 * - `titleLength` / `bodyLength`: token counts of the label and the text (BM25 length norms).
 * - `boost`: static rank factor (1 = neutral), see `BuildIndexOptions.docBoost`.
 */
export type SerializedDoc = [
  page: number,
  anchor: string,
  label: string,
  text: string,
  titleLength: number,
  bodyLength: number,
  kind: DocKind,
  boost: number,
];

/** A page: `[url, title]`; `url` is a clean path (no query string, no fragment, no trailing slash). */
export type SerializedPage = [url: string, title: string];

/** The whole index. */
export interface SearchIndex {
  /** Format version; the engine refuses other versions. */
  v: 1;
  locale: string;
  pages: SerializedPage[];
  docs: SerializedDoc[];
  /**
   * Inverted index: term → postings, documents ascending. Each posting is either
   * - `delta` (≥ 0): the document is the previous one plus `delta` (the first is absolute), with the
   *   default frequencies (once in the body, not in the title: packed {@link DefaultPackedTf}); or
   * - `-delta - 1, tf` (negative first): same document step, with `tf = bodyTf * 8 + min(titleTf, 7)`.
   * Use {@link decodePostings} to read a list.
   */
  terms: Record<string, number[]>;
}

/** Packed frequencies of the common case (body once, title never); such postings omit their tf. */
export const DefaultPackedTf = 8;

/**
 * Decode a postings list into parallel arrays of document indexes and packed frequencies.
 * @param list A value of {@link SearchIndex.terms}.
 */
export function decodePostings(list: readonly number[]): {docs: number[]; tfs: number[]} {
  const docs: number[] = [];
  const tfs: number[] = [];
  let doc = 0;
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (v >= 0) {
      doc += v;
      tfs.push(DefaultPackedTf);
    } else {
      doc += -v - 1;
      tfs.push(list[++i]);
    }
    docs.push(doc);
  }
  return {docs, tfs};
}

/** One search result. All strings are plain text (never HTML); the UI must escape them. */
export interface SearchResult {
  /** Clean URL: page path plus `#anchor` (no query string). */
  url: string;
  /** Display title: the page title, the section heading or the row label (the page is `pageTitle`). */
  title: string;
  /** Title of the page the result belongs to. */
  pageTitle: string;
  /** The anchor (fragment without `#`), '' for a page result. */
  anchor: string;
  kind: 'page' | 'section' | 'row';
  /** A short plain-text excerpt around the matched terms (may start/end with `…`). */
  snippet: string;
  /** `[start, end)` character ranges of matched terms inside `snippet`, for highlighting. */
  highlights: Array<[number, number]>;
  /** Relevance score (higher is better); only meaningful for comparing results of one query. */
  score: number;
}
