/**
 * Link-sharing helpers (pure): the absolute URL of an anchor and its Markdown form for wikis.
 */
import {ReleaseIds} from './versions';

/**
 * Absolute URL of `fragment` on the page at `href`, without query string (a pasted link must be
 * clean) except the chosen CANN release (`?cann=<known release>`), which the reader chose to see.
 * @example anchorUrl('http://h/operators/X?x=1#old', 'param-x1') // 'http://h/operators/X#param-x1'
 * @example anchorUrl('http://h/operators/X?x=1&cann=9.0.0', 'param-x1') // 'http://h/operators/X?cann=9.0.0#param-x1'
 * @example anchorUrl('http://h/operators/X.html#old', 'param-x1') // 'http://h/operators/X#param-x1'
 */
export function anchorUrl(href: string, fragment: string): string {
  const url = new URL(href);
  // A plain static host serves the page as `/operators/X.html`; the link to paste is the clean,
  // canonical form (`/operators/X`, `/index.html` → `/`).
  url.pathname = url.pathname.replace(/\/index\.html$/, '/').replace(/\.html$/, '');
  // The chosen CANN release (`?cann=`, a known release id) is part of what the reader sees: keep it.
  const cann = url.searchParams.get('cann');
  url.search = cann !== null && ReleaseIds.includes(cann) ? `?cann=${encodeURIComponent(cann)}` : '';
  url.hash = fragment;
  return url.toString();
}

/** Escape the characters that would end a Markdown link text early. */
function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]]/g, (c) => `\\${c}`);
}

/**
 * A Markdown link for wikis: `[page · label](url)`.
 * @example markdownLink('aclnnQuantMatmulAllReduceV2', 'dequantScale', 'http://h/p#param-dequantScale')
 * // '[aclnnQuantMatmulAllReduceV2 · dequantScale](http://h/p#param-dequantScale)'
 */
export function markdownLink(page: string, label: string, url: string): string {
  const text = page && label && page !== label ? `${page} · ${label}` : page || label;
  return `[${escapeLinkText(text.replace(/\s+/g, ' ').trim())}](${url.replace(/\)/g, '%29')})`;
}
