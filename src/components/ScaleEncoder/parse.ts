/**
 * Reading the encoder page's input (no React): lists of float scales / offsets separated by commas,
 * semicolons, spaces or newlines. Every problem is reported as a message key with its values; the
 * component localises it. Bounded work whatever the input size.
 */

/** The most values read at once. */
export const MaxValues = 4096;
/** The longest input text read (characters). */
export const MaxInputLength = 256 * 1024;

export type ListProblem =
  | {kind: 'empty'}
  | {kind: 'too-long'; max: number}
  | {kind: 'too-many'; max: number; count: number}
  | {kind: 'not-number'; index: number; token: string}
  | {kind: 'not-finite'; index: number; token: string}
  | {kind: 'float32-overflow'; index: number; token: string};

/**
 * The result of reading a list. `ok` when every token is a valid number. Otherwise `problems`
 * lists every problem found (a bad token does not hide the next one), and `values` holds the
 * value of each token, `null` where a token is invalid (empty for a problem with the whole
 * input: empty, too long, too many values).
 */
export type ListRead =
  {ok: true; values: number[]} | {ok: false; problems: ListProblem[]; values: Array<number | null>};

const NumberToken = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NonFinite = /^[+-]?(?:nan|inf|infinity)$/i;

function excerpt(text: string, max = 24): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** The problem with one token (1-based `index`), or its value. */
function readToken(token: string, index: number): ListProblem | number {
  if (NonFinite.test(token)) return {kind: 'not-finite', index, token: excerpt(token)};
  if (!NumberToken.test(token)) return {kind: 'not-number', index, token: excerpt(token)};
  const value = Number(token);
  if (!Number.isFinite(value)) return {kind: 'not-finite', index, token: excerpt(token)};
  if (!Number.isFinite(Math.fround(value))) return {kind: 'float32-overflow', index, token: excerpt(token)};
  return value;
}

/**
 * Read a list of finite numbers that fit in float32.
 * @example readFloatList('0.1, 0.3\n1e-3') // {ok: true, values: [0.1, 0.3, 0.001]}
 * @example readFloatList('NaN, 2, x') // {ok: false, values: [null, 2, null], problems: [not-finite #1, not-number #3]}
 */
export function readFloatList(text: string): ListRead {
  if (text.length > MaxInputLength) return {ok: false, problems: [{kind: 'too-long', max: MaxInputLength}], values: []};
  const tokens = text.split(/[\s,;]+/).filter((t) => t !== '');
  if (tokens.length === 0) return {ok: false, problems: [{kind: 'empty'}], values: []};
  if (tokens.length > MaxValues) {
    return {ok: false, problems: [{kind: 'too-many', max: MaxValues, count: tokens.length}], values: []};
  }
  const problems: ListProblem[] = [];
  const values = tokens.map((token, i) => {
    const r = readToken(token, i + 1);
    if (typeof r === 'number') return r;
    problems.push(r);
    return null;
  });
  return problems.length === 0 ? {ok: true, values: values as number[]} : {ok: false, problems, values};
}

/** Blank → no offsets; otherwise as `readFloatList`. */
export function readOptionalFloatList(text: string): ListRead | {ok: true; values: null} {
  return text.trim() === '' ? {ok: true, values: null} : readFloatList(text);
}

/** `%.Ng` style formatting for tables: the shortest round-trip decimal of a double. */
export function formatFloat(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  if (Object.is(x, -0)) return '-0';
  return String(x);
}

/** A relative error as `-2.44e-4`; `0` for exact, `—` when undefined. */
export function formatRelativeError(x: number): string {
  if (Number.isNaN(x)) return '—';
  if (x === 0) return '0';
  return x.toExponential(2).replace('e+', 'e');
}
