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

export type ListRead = {ok: true; values: number[]} | {ok: false; problem: ListProblem};

const NumberToken = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NonFinite = /^[+-]?(?:nan|inf|infinity)$/i;

function excerpt(text: string, max = 24): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * Read a list of finite numbers that fit in float32.
 * @example readFloatList('0.1, 0.3\n1e-3') // {ok: true, values: [0.1, 0.3, 0.001]}
 * @example readFloatList('NaN') // {ok: false, problem: {kind: 'not-finite', index: 1, token: 'NaN'}}
 */
export function readFloatList(text: string): ListRead {
  if (text.length > MaxInputLength) return {ok: false, problem: {kind: 'too-long', max: MaxInputLength}};
  const tokens = text.split(/[\s,;]+/).filter((t) => t !== '');
  if (tokens.length === 0) return {ok: false, problem: {kind: 'empty'}};
  if (tokens.length > MaxValues) {
    return {ok: false, problem: {kind: 'too-many', max: MaxValues, count: tokens.length}};
  }
  const values: number[] = [];
  for (const [i, token] of tokens.entries()) {
    const index = i + 1;
    if (NonFinite.test(token)) return {ok: false, problem: {kind: 'not-finite', index, token: excerpt(token)}};
    if (!NumberToken.test(token)) return {ok: false, problem: {kind: 'not-number', index, token: excerpt(token)}};
    const value = Number(token);
    if (!Number.isFinite(value)) return {ok: false, problem: {kind: 'not-finite', index, token: excerpt(token)}};
    if (!Number.isFinite(Math.fround(value))) {
      return {ok: false, problem: {kind: 'float32-overflow', index, token: excerpt(token)}};
    }
    values.push(value);
  }
  return {ok: true, values};
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
