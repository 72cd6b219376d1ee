/**
 * A call description in a URL: `/tools/checker?call=<base64url(UTF-8 JSON)>`, so a configured check
 * can be pasted into a wiki and reopens identically. Pure (no DOM), usable in Node and the browser.
 *
 * - `encodeCallToSearch(call)` → `?call=…` (base64url without padding, UTF-8 safe);
 * - `decodeCallFromSearch(search)` never throws: `{ok: true, call}` (a JSON object, not yet
 *   validated: pass it to `checkCall` / `parseCallDescription`) or `{ok: false, reason, problem}`;
 * - the encoded parameter is capped at `MaxEncodedCallLength` characters (16 KB).
 */

/** The query parameter that carries the call. */
export const CallParam = 'call';
/** The longest encoded call accepted (characters of base64url, i.e. about 12 KB of JSON). */
export const MaxEncodedCallLength = 16 * 1024;
/** The checker page (without the locale prefix). */
export const CheckerPagePath = '/tools/checker';

function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlToBytes(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The base64url (RFC 4648 §5, no padding) of the UTF-8 JSON of `call`.
 * @example encodeCallValue({a: 'é'}) // 'eyJhIjoiw6kifQ'
 */
export function encodeCallValue(call: unknown): string {
  const json = JSON.stringify(call) ?? 'null';
  return bytesToBase64Url(new TextEncoder().encode(json));
}

/**
 * `?call=<base64url(JSON)>` for a call description (any JSON value; the checker page also stores
 * descriptions with malformed fields, so the link reopens exactly what was typed).
 * @example encodeCallToSearch({operator: 'aclnnQuantMatmulAllReduceV2'})
 * // '?call=eyJvcGVyYXRvciI6ImFjbG5uUXVhbnRNYXRtdWxBbGxSZWR1Y2VWMiJ9'
 */
export function encodeCallToSearch(call: unknown): string {
  return `?${CallParam}=${encodeCallValue(call)}`;
}

/**
 * The checker page preloaded with `call` (site path without the locale prefix; `Link` adds it).
 * @example checkerPath(samplePresets[0].call) // '/tools/checker?call=eyJvcGVyYXRvciI6…'
 */
export function checkerPath(call: unknown): string {
  return `${CheckerPagePath}${encodeCallToSearch(call)}`;
}

/** Why a URL carries no usable call. */
export type DecodeFailure = 'absent' | 'too-large' | 'invalid';

export type DecodeResult =
  {ok: true; call: Record<string, unknown>} | {ok: false; reason: DecodeFailure; problem: string};

function fail(reason: DecodeFailure, problem: string): DecodeResult {
  return {ok: false, reason, problem};
}

/** The raw `call` parameter of a query string, or null; bounded work whatever the input size. */
function callParamOf(search: string): string | null | 'too-large' {
  // A query much longer than the cap cannot carry an acceptable call: do not even split it.
  if (search.length > MaxEncodedCallLength * 4) {
    return search.includes(`${CallParam}=`) ? 'too-large' : null;
  }
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  return params.get(CallParam);
}

/**
 * Read the call of a checker URL's query string (`location.search`). Never throws.
 * @example decodeCallFromSearch('?call=eyJhIjoiw6kifQ') // {ok: true, call: {a: 'é'}}
 * @example decodeCallFromSearch('?call=%%%') // {ok: false, reason: 'invalid', problem: '…'}
 */
export function decodeCallFromSearch(search: string): DecodeResult {
  try {
    if (typeof search !== 'string') return fail('invalid', 'the query string is not a string');
    const raw = callParamOf(search);
    if (raw === null) return fail('absent', `the URL has no "${CallParam}" parameter`);
    if (raw === 'too-large' || raw.length > MaxEncodedCallLength) {
      return fail('too-large', `the "${CallParam}" parameter is longer than ${MaxEncodedCallLength} characters`);
    }
    const value = raw.trim();
    if (value === '') return fail('invalid', `the "${CallParam}" parameter is empty`);
    if (!/^[A-Za-z0-9_-]+$/.test(value) || value.length % 4 === 1) {
      return fail('invalid', `the "${CallParam}" parameter is not base64url text`);
    }
    let json: string;
    try {
      json = new TextDecoder('utf-8', {fatal: true}).decode(base64UrlToBytes(value));
    } catch {
      return fail('invalid', `the "${CallParam}" parameter does not decode to UTF-8 text`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      return fail('invalid', `the "${CallParam}" parameter does not hold JSON`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return fail('invalid', `the "${CallParam}" parameter does not hold a call description object`);
    }
    return {ok: true, call: parsed as Record<string, unknown>};
  } catch {
    return fail('invalid', `the "${CallParam}" parameter could not be read`);
  }
}
