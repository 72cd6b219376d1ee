/**
 * Lazily loaded search runtime: the engine and the locale's index. Nothing here is fetched
 * until the reader focuses or types into the search box (src/enhance/search.ts).
 */
import {search} from '../lib/search/engine';
import type {SearchIndex, SearchResult} from '../lib/search/types';

export type {SearchResult};

let cached: Promise<SearchIndex> | null = null;

/** Fetch and cache the index; a failed fetch can be retried. */
export function loadIndex(url: string): Promise<SearchIndex> {
  cached ??= fetch(url).then((r) => {
    if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
    return r.json() as Promise<SearchIndex>;
  });
  cached.catch(() => {
    cached = null;
  });
  return cached;
}

export {search};
