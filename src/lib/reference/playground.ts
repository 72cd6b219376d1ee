/**
 * Pure logic of the playground page (/tools/playground, issue 6 item 5): the page state, its URL form
 * (so a case can be shared), the seeded generation of input values, the parsing of values typed as
 * text, and one `evaluate(state)` that runs the reference implementation and never throws. No React,
 * no browser APIs (URLSearchParams is available in Node and in browsers).
 *
 * Values: every input tensor has a text field. Its text is either generated from the seed
 * (deterministic: mulberry32 seeded with a hash of the seed and the field key) or typed by the user
 * (an "override", kept in `values` and in the URL). Sizes are capped so that the computation stays
 * small: aclnnQuantMatmulAllReduceV2 m, k, n ≤ 16 and 1, 2, 4 or 8 ranks; aclnnWeightQuantBatchMatmul
 * m ≤ 80 (to cross the m = 64 path boundary), k, n ≤ 16.
 */
import {quantMatmulAllReduceV2, QmarRankCounts, splitAlongK} from './aclnnQuantMatmulAllReduceV2';
import type {DequantScale, QmarInput, QmarOutDType, QmarRankInput, QmarResult} from './aclnnQuantMatmulAllReduceV2';
import {weightQuantBatchMatmul, WqbmmFixpipeMaxM} from './aclnnWeightQuantBatchMatmul';
import type {WqbmmInput, WqbmmResult} from './aclnnWeightQuantBatchMatmul';
import {f16, f32, f32Bits, floatBits, formatU64Hex, fromFloatBits, roundTo} from './numerics';
import type {FloatDType} from './numerics';
import {ReferenceInputError} from './types';

export const PlaygroundRoute = '/tools/playground';
export const QmarOp = 'aclnnQuantMatmulAllReduceV2';
export const WqbmmOp = 'aclnnWeightQuantBatchMatmul';
export type PlaygroundOp = typeof QmarOp | typeof WqbmmOp;

/** Size limits per operator (inclusive). */
export const Limits = {
  [QmarOp]: {m: [1, 16], k: [1, 16], n: [1, 16]},
  [WqbmmOp]: {m: [0, 80], k: [0, 16], n: [0, 16]},
} as const satisfies Record<PlaygroundOp, Record<'m' | 'k' | 'n', readonly [number, number]>>;
/** The longest text accepted in one value field, and the most values parsed from it. */
export const MaxTextLength = 20000;
export const MaxTokens = 4096;

/** The tensors of one aclnnQuantMatmulAllReduceV2 rank. */
export const QmarTensors = ['x1', 'x2', 'bias', 'scale', 'pertoken', 'x3'] as const;
export type QmarTensor = (typeof QmarTensors)[number];
/** The inputs of aclnnWeightQuantBatchMatmul that take values (the two scalar attributes included). */
export const WqbmmTensors = [
  'x1',
  'x2',
  'deqOffset',
  'deqScale',
  'antiquantScale',
  'antiquantOffset',
  'addOffset',
  'mulScale',
  'bias',
] as const;
export type WqbmmTensor = (typeof WqbmmTensors)[number];

export interface PlaygroundState {
  op: PlaygroundOp;
  m: number;
  k: number;
  n: number;
  /** aclnnQuantMatmulAllReduceV2: 1, 2, 4 or 8 simulated ranks. */
  ranks: number;
  /** aclnnQuantMatmulAllReduceV2 output dtype. */
  dtype: QmarOutDType;
  /** Both operators: the optional bias (INT32 for QMAR, FLOAT32 for WQBMM). */
  bias: boolean;
  pertoken: boolean;
  x3: boolean;
  /** aclnnQuantMatmulAllReduceV2: split rank 0's matmul along k across the ranks (splitAlongK). */
  split: boolean;
  /** aclnnQuantMatmulAllReduceV2: tensors every rank passes with the same values (rank 0's). */
  same: QmarTensor[];
  addOffset: boolean;
  mulScale: boolean;
  antiquantScale: boolean;
  antiquantOffset: boolean;
  transposeX1: boolean;
  transposeX2: boolean;
  /** Seed of the generated values (uint32). */
  seed: number;
  /** Values typed by the user, by field key (`x1.0`, `scale.3` for QMAR; `x1`, `deqScale` for WQBMM). */
  values: Record<string, string>;
  /** Show bit patterns instead of values. */
  hex: boolean;
}

export const DefaultState: PlaygroundState = {
  op: QmarOp,
  m: 2,
  k: 4,
  n: 3,
  ranks: 2,
  dtype: 'FLOAT16',
  bias: true,
  pertoken: false,
  x3: true,
  split: false,
  same: ['x3'],
  addOffset: false,
  mulScale: false,
  antiquantScale: false,
  antiquantOffset: false,
  transposeX1: false,
  transposeX2: false,
  seed: 1,
  values: {},
  hex: false,
};

/** The dtypes a value field can hold. */
export type InputDType = 'INT8' | 'INT32' | 'UINT64' | 'FLOAT16' | 'BFLOAT16' | 'FLOAT32';

/** The dequantScale dtype of aclnnQuantMatmulAllReduceV2 for a dtype case (the operator's tiling rules). */
export function qmarScaleDtype(dtype: QmarOutDType, pertoken: boolean): 'UINT64' | 'FLOAT32' | 'BFLOAT16' {
  if (dtype === 'BFLOAT16') return 'BFLOAT16';
  return pertoken ? 'FLOAT32' : 'UINT64';
}

/** Which path aclnnWeightQuantBatchMatmul takes for these sizes. */
export function wqbmmPath(s: Pick<PlaygroundState, 'm' | 'k' | 'n'>): 'fixpipe' | 'single-op' | 'empty' {
  if (s.m === 0 || s.k === 0 || s.n === 0) return 'empty';
  return s.m <= WqbmmFixpipeMaxM ? 'fixpipe' : 'single-op';
}

/** One value field of the page. */
export interface FieldSpec {
  /** State/URL key. */
  key: string;
  tensor: QmarTensor | WqbmmTensor;
  /** aclnnQuantMatmulAllReduceV2: the rank, or null when every rank shares the field. */
  rank: number | null;
  dtype: InputDType;
  /** Stored shape: (rows, cols), (len) or () for a scalar attribute. */
  shape: number[];
  /** Logical (rows, cols) for 2-D fields; equals `shape` unless transposed. */
  logical: number[];
  transposed: boolean;
  /** Accepted numbers of values. */
  counts: number[];
  /** False when the operator ignores the field on the current path (aclnnWeightQuantBatchMatmul). */
  used: boolean;
}

const prod = (shape: number[]) => shape.reduce((a, b) => a * b, 1);
const uniq = (xs: number[]) => [...new Set(xs)];

/** The value fields of a state, in display order (QMAR: by tensor, then by rank). */
export function fieldSpecs(s: PlaygroundState): FieldSpec[] {
  const {m, k, n} = s;
  const out: FieldSpec[] = [];
  const add = (f: Omit<FieldSpec, 'logical' | 'transposed' | 'used'> & Partial<FieldSpec>) =>
    out.push({logical: f.shape, transposed: false, used: true, ...f});
  if (s.op === QmarOp) {
    const ranks = s.split ? 1 : s.ranks;
    const active = QmarTensors.filter(
      (t) => (t !== 'bias' || s.bias) && (t !== 'pertoken' || s.pertoken) && (t !== 'x3' || s.x3),
    );
    for (const t of active) {
      const shared = !s.split && s.same.includes(t) && ranks > 1;
      const shape: number[] =
        t === 'x1' ? [m, k] : t === 'x2' ? [k, n] : t === 'x3' ? [m, n] : t === 'pertoken' ? [m] : [n];
      const dtype: InputDType =
        t === 'x1' || t === 'x2'
          ? 'INT8'
          : t === 'bias'
            ? 'INT32'
            : t === 'pertoken'
              ? 'FLOAT32'
              : t === 'x3'
                ? s.dtype
                : qmarScaleDtype(s.dtype, s.pertoken);
      const counts = t === 'scale' ? uniq([1, n]) : [prod(shape)];
      for (let r = 0; r < (shared ? 1 : ranks); r++)
        add({key: `${t}.${r}`, tensor: t, rank: shared ? null : r, dtype, shape, counts});
    }
    return out;
  }
  const path = wqbmmPath(s);
  const vec = (t: WqbmmTensor, dtype: InputDType, used: boolean) =>
    add({key: t, tensor: t, rank: null, dtype, shape: [n], counts: uniq([1, n]), used});
  add({
    key: 'x1',
    tensor: 'x1',
    rank: null,
    dtype: 'FLOAT16',
    shape: s.transposeX1 ? [k, m] : [m, k],
    logical: [m, k],
    transposed: s.transposeX1,
    counts: [m * k],
  });
  add({
    key: 'x2',
    tensor: 'x2',
    rank: null,
    dtype: 'INT8',
    shape: s.transposeX2 ? [n, k] : [k, n],
    logical: [k, n],
    transposed: s.transposeX2,
    counts: [k * n],
  });
  vec('deqOffset', 'INT32', path === 'fixpipe');
  vec('deqScale', 'UINT64', path === 'fixpipe');
  const single = path === 'single-op';
  if (s.antiquantScale)
    add({
      key: 'antiquantScale',
      tensor: 'antiquantScale',
      rank: null,
      dtype: 'FLOAT32',
      shape: [],
      counts: [1],
      used: single,
    });
  if (s.antiquantOffset)
    add({
      key: 'antiquantOffset',
      tensor: 'antiquantOffset',
      rank: null,
      dtype: 'FLOAT32',
      shape: [],
      counts: [1],
      used: single,
    });
  if (s.addOffset) vec('addOffset', 'FLOAT16', single);
  if (s.mulScale) vec('mulScale', 'FLOAT16', single);
  if (s.bias) add({key: 'bias', tensor: 'bias', rank: null, dtype: 'FLOAT32', shape: [n], counts: [n]});
  return out;
}

// ---------------------------------------------------------------------------------------------
// Seeded generation

/**
 * mulberry32, a small seeded PRNG returning integers in [lo, hi].
 * @example const r = prng(1); r(0, 9) // the same number on every run
 */
export function prng(seed: number): (lo: number, hi: number) => number {
  let a = seed >>> 0;
  return (lo, hi) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return lo + Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (hi - lo + 1));
  };
}

/** FNV-1a of a string mixed with a seed: one independent stream per field. */
function streamSeed(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** UINT64 as aclnnTransQuantParamV2 writes a scale: (fp32 bits & 0xFFFFE000) | 1 << 46. */
export function encodeTransQuantParamV2(s: number): bigint {
  return BigInt(f32Bits(s) & 0xffffe000) | (1n << 46n);
}

/** UINT64 as aclnnTransQuantParam (V1, host) writes a scale: the raw fp32 bits | 1 << 46. */
export function encodeTransQuantParam(s: number): bigint {
  return BigInt(f32Bits(s)) | (1n << 46n);
}

/** A number as the page writes it: shortest round-trip decimal, `-0` kept. */
export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '-Infinity';
  return Object.is(v, -0) ? '-0' : String(v);
}

/** The generated values of a field, logical row-major, as text tokens. */
function generatedTokens(s: PlaygroundState, f: FieldSpec): string[] {
  const r = prng(streamSeed(s.seed, `${s.op}:${f.key}`));
  const len = prod(f.logical);
  const gen = (fn: () => string) => Array.from({length: len}, fn);
  const num = (v: number) => formatNumber(v);
  if (s.op === QmarOp) {
    switch (f.tensor) {
      case 'x1':
      case 'x2':
        return gen(() => String(r(-128, 127)));
      case 'bias':
        return gen(() => String(r(-2000, 2000)));
      case 'pertoken':
        return gen(() => num(r(32, 128) / 64));
      case 'x3':
        return gen(() => num(r(-64, 64) / 8));
      default:
        if (f.dtype === 'UINT64') return gen(() => formatU64Hex(encodeTransQuantParamV2(r(100, 999) * 1e-6)));
        if (f.dtype === 'FLOAT32') return gen(() => num(r(64, 511) * 2 ** -19));
        return gen(() => num(r(128, 255) * 2 ** -19));
    }
  }
  switch (f.tensor) {
    case 'x1':
      return gen(() => num(r(-32, 32) / 16));
    case 'x2':
      return gen(() => String(r(-128, 127)));
    case 'deqOffset':
      return gen(() => String(r(-8, 8)));
    case 'deqScale':
      return gen(() => formatU64Hex(encodeTransQuantParam(r(100, 999) * 1e-5)));
    case 'antiquantScale':
      return [num(r(5, 50) / 1000)];
    case 'antiquantOffset':
      return [String(r(-4, 4))];
    case 'addOffset':
      return gen(() => num(r(-16, 16) / 32));
    case 'mulScale':
      return gen(() => num(r(32, 128) / 64));
    default:
      return gen(() => num(r(-16, 16) / 8));
  }
}

function transposeTokens<T>(tokens: T[], rows: number, cols: number): T[] {
  const out = new Array<T>(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[j * rows + i] = tokens[i * cols + j]!;
  return out;
}

/** Lays logical row-major tokens out as text in the field's stored shape (one row per line). */
function layout(f: FieldSpec, logicalTokens: string[]): string {
  if (f.shape.length < 2) return logicalTokens.join(', ');
  const tokens = f.transposed ? transposeTokens(logicalTokens, f.logical[0]!, f.logical[1]!) : logicalTokens;
  const [rows, cols] = f.shape as [number, number];
  const lines: string[] = [];
  for (let i = 0; i < rows; i++) lines.push(tokens.slice(i * cols, (i + 1) * cols).join(', '));
  return lines.join('\n');
}

/** The generated text of a field (what it shows when the user has not typed anything). */
export function generatedText(s: PlaygroundState, f: FieldSpec): string {
  return layout(f, generatedTokens(s, f));
}

/** The text a field shows: the user's values or the generated ones. */
export function fieldText(s: PlaygroundState, f: FieldSpec): string {
  return s.values[f.key] ?? generatedText(s, f);
}

// ---------------------------------------------------------------------------------------------
// Parsing

/** Splits a value text into tokens: separators are whitespace, commas, semicolons and brackets. */
export function tokenize(text: string): string[] {
  return text.split(/[\s,;[\]]+/).filter((t) => t.length > 0);
}

/** Something wrong with a value field. `token` is user text: render it as text only. */
export type ValueProblem =
  | {kind: 'tooLong'; max: number}
  | {kind: 'count'; expected: number[]; got: number}
  | {kind: 'token'; index: number; token: string}
  | {kind: 'notInteger'; index: number; token: string}
  | {kind: 'range'; index: number; token: string};

export interface ParsedField {
  spec: FieldSpec;
  text: string;
  /** Whether the text was typed by the user (vs generated from the seed). */
  overridden: boolean;
  numbers: number[] | null;
  bigints: bigint[] | null;
  /** Up to 5 problems; none means the values are usable. */
  problems: ValueProblem[];
  /** Values that the dtype cannot hold exactly and were rounded to nearest even. */
  rounded: {count: number; from: string; to: string} | null;
}

const IntRange: Record<'INT8' | 'INT32', [number, number]> = {INT8: [-128, 127], INT32: [-2147483648, 2147483647]};
const NumberRe = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const HexDigits: Record<FloatDType, number> = {FLOAT16: 4, BFLOAT16: 4, FLOAT32: 8};
const brief = (t: string) => (t.length > 24 ? t.slice(0, 24) + '…' : t);

/**
 * Parses the text of one field in its dtype. INT8/INT32: integers in range. UINT64: a bit pattern
 * `0x…` (up to 16 hex digits), or a number = a float scale encoded as the operator's documented
 * encoder does (aclnnTransQuantParamV2 for aclnnQuantMatmulAllReduceV2, aclnnTransQuantParam for
 * aclnnWeightQuantBatchMatmul). Floats: numbers (rounded to the dtype, RNE), `inf`, `-inf`, `nan`, or
 * a bit pattern with 4 (FLOAT16/BFLOAT16) or 8 (FLOAT32) hex digits. Scalar attributes are plain
 * finite numbers (the operator converts them to fp32).
 */
export function parseField(op: PlaygroundOp, spec: FieldSpec, text: string, overridden: boolean): ParsedField {
  const res: ParsedField = {spec, text, overridden, numbers: null, bigints: null, problems: [], rounded: null};
  const problems = res.problems;
  const push = (p: ValueProblem) => {
    if (problems.length < 5) problems.push(p);
  };
  if (text.length > MaxTextLength) {
    push({kind: 'tooLong', max: MaxTextLength});
    return res;
  }
  const tokens = tokenize(text);
  if (tokens.length > MaxTokens) {
    push({kind: 'tooLong', max: MaxTextLength});
    return res;
  }
  if (!spec.counts.includes(tokens.length)) push({kind: 'count', expected: spec.counts, got: tokens.length});
  const d = spec.dtype;
  if (d === 'INT8' || d === 'INT32') {
    const [lo, hi] = IntRange[d];
    const nums = tokens.map((t, index) => {
      if (/^[+-]?\d+$/.test(t)) {
        const v = Number(t);
        if (v < lo || v > hi) push({kind: 'range', index, token: brief(t)});
        return v;
      }
      push({kind: NumberRe.test(t) ? 'notInteger' : 'token', index, token: brief(t)});
      return 0;
    });
    if (problems.length === 0) res.numbers = nums;
    return res;
  }
  if (d === 'UINT64') {
    const encode = op === QmarOp ? encodeTransQuantParamV2 : encodeTransQuantParam;
    const words = tokens.map((t, index) => {
      if (/^0x[0-9a-f]{1,16}$/i.test(t)) return BigInt(t);
      if (NumberRe.test(t)) {
        const v = Number(t);
        if (!Number.isFinite(f32(v))) push({kind: 'range', index, token: brief(t)});
        return encode(v);
      }
      push({kind: 'token', index, token: brief(t)});
      return 0n;
    });
    if (problems.length === 0) res.bigints = words;
    return res;
  }
  if (spec.shape.length === 0) {
    // A scalar attribute (antiquantScale, antiquantOffset): a finite number.
    const nums = tokens.map((t, index) => {
      const v = Number(t);
      if (!NumberRe.test(t)) push({kind: 'token', index, token: brief(t)});
      else if (!Number.isFinite(v)) push({kind: 'range', index, token: brief(t)});
      return v;
    });
    if (problems.length === 0) res.numbers = nums;
    return res;
  }
  let rounded = 0;
  let from = '';
  let to = '';
  const nums = tokens.map((t, index) => {
    if (/^[+-]?inf(inity)?$/i.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
    if (/^nan$/i.test(t)) return NaN;
    if (new RegExp(`^0x[0-9a-f]{${HexDigits[d]}}$`, 'i').test(t)) return fromFloatBits(d, parseInt(t, 16));
    if (!NumberRe.test(t)) {
      push({kind: 'token', index, token: brief(t)});
      return 0;
    }
    const v = Number(t);
    const r = roundTo(d, v);
    if (!Number.isFinite(r)) {
      push({kind: 'range', index, token: brief(t)});
      return 0;
    }
    if (r !== v && rounded++ === 0) {
      from = brief(t);
      to = formatNumber(r);
    }
    return r;
  });
  if (problems.length === 0) {
    res.numbers = nums;
    if (rounded) res.rounded = {count: rounded, from, to};
  }
  return res;
}

// ---------------------------------------------------------------------------------------------
// State updates

function clampInt(v: unknown, lo: number, hi: number, dflt: number): number {
  const x = typeof v === 'number' ? v : Number.parseInt(String(v), 10);
  if (!Number.isFinite(x)) return dflt;
  return Math.min(hi, Math.max(lo, Math.trunc(x)));
}

/** Brings a state within the limits (sizes, rank count, seed). */
export function normalizeState(s: PlaygroundState): PlaygroundState {
  const lim = Limits[s.op === WqbmmOp ? WqbmmOp : QmarOp];
  const op: PlaygroundOp = s.op === WqbmmOp ? WqbmmOp : QmarOp;
  const ranks = (QmarRankCounts as readonly number[]).includes(s.ranks) ? s.ranks : DefaultState.ranks;
  return {
    ...s,
    op,
    m: clampInt(s.m, lim.m[0], lim.m[1], Math.min(Math.max(DefaultState.m, lim.m[0]), lim.m[1])),
    k: clampInt(s.k, lim.k[0], lim.k[1], DefaultState.k),
    n: clampInt(s.n, lim.n[0], lim.n[1], DefaultState.n),
    ranks,
    dtype: s.dtype === 'BFLOAT16' ? 'BFLOAT16' : 'FLOAT16',
    same: QmarTensors.filter((t) => s.same.includes(t)),
    seed: clampInt(s.seed, 0, 4294967295, 1),
  };
}

/** Reshapes logical tokens from (r0, c0) to (r1, c1); new cells copy the nearest existing one. */
function resizeTokens(tokens: string[], from: number[], to: number[]): string[] | null {
  const [r0, c0] = from.length === 2 ? from : [1, from[0] ?? 1];
  const [r1, c1] = to.length === 2 ? to : [1, to[0] ?? 1];
  if (r0! * c0! === 0) return null;
  const out: string[] = [];
  for (let i = 0; i < r1!; i++)
    for (let j = 0; j < c1!; j++) out.push(tokens[Math.min(i, r0! - 1) * c0! + Math.min(j, c0! - 1)]!);
  return out;
}

/**
 * Applies a change to the state. Typed values follow shape changes: a field whose shape changes
 * keeps its values where they still fit (new cells copy the nearest existing value), a transposed
 * field is re-laid out so the logical matrix stays the same, and a dequantScale whose dtype changes
 * returns to generated values. Changing the operator or the seed keeps typed values of other fields.
 */
export function updateState(prev: PlaygroundState, patch: Partial<PlaygroundState>): PlaygroundState {
  const next = normalizeState({...prev, ...patch});
  if (patch.values !== undefined) return next;
  const before = new Map(fieldSpecs(prev).map((f) => [f.key, f]));
  const values = {...next.values};
  if (prev.op === next.op && qmarScaleDtype(prev.dtype, prev.pertoken) !== qmarScaleDtype(next.dtype, next.pertoken))
    for (const key of Object.keys(values)) if (key.startsWith('scale.')) delete values[key];
  if (prev.op === next.op)
    for (const f of fieldSpecs(next)) {
      const old = before.get(f.key);
      const text = values[f.key];
      if (!old || text === undefined) continue;
      if (old.shape.join() === f.shape.join() && old.transposed === f.transposed) continue;
      let tokens = tokenize(text);
      if (tokens.length !== prod(old.shape)) continue; // not parseable in the old shape: leave it
      if (old.shape.length === 1 && tokens.length === 1 && f.counts.includes(1)) continue; // one value for all columns
      if (old.transposed) tokens = transposeTokens(tokens, old.logical[1]!, old.logical[0]!);
      const resized = resizeTokens(tokens, old.logical, f.logical);
      if (resized) values[f.key] = layout(f, resized);
    }
  return {...next, values};
}

// ---------------------------------------------------------------------------------------------
// URL

const Flags = {
  [QmarOp]: ['bias', 'pertoken', 'x3', 'split'],
  [WqbmmOp]: ['bias', 'antiquantScale', 'antiquantOffset', 'addOffset', 'mulScale', 'transposeX1', 'transposeX2'],
} as const;

/** Query encoding that keeps `,` `;` `:` readable and writes spaces as `+`; newlines become `;`. */
function enc(v: string): string {
  return encodeURIComponent(v).replace(/%2C/gi, ',').replace(/%3B/gi, ';').replace(/%3A/gi, ':').replace(/%20/g, '+');
}

/**
 * The query string of a state (without `?`), in a fixed order. Only the fields in use are written;
 * values the user typed are written as `v.<key>=…` with rows separated by `;`.
 * @example stateToSearch(DefaultState) // 'op=aclnnQuantMatmulAllReduceV2&m=2&k=4&n=3&w=2&dtype=FLOAT16&bias=1&x3=1&same=x3&seed=1'
 */
export function stateToSearch(state: PlaygroundState): string {
  const s = normalizeState(state);
  const parts: string[] = [`op=${s.op}`, `m=${s.m}`, `k=${s.k}`, `n=${s.n}`];
  if (s.op === QmarOp) parts.push(`w=${s.ranks}`, `dtype=${s.dtype}`);
  for (const f of Flags[s.op]) if (s[f]) parts.push(`${f}=1`);
  if (s.op === QmarOp && s.same.length) parts.push(`same=${s.same.join(',')}`);
  parts.push(`seed=${s.seed}`);
  if (s.hex) parts.push('hex=1');
  for (const f of fieldSpecs(s)) {
    const v = s.values[f.key];
    if (v !== undefined) parts.push(`v.${f.key}=${enc(v.replace(/\r?\n/g, ';'))}`);
  }
  return parts.join('&');
}

/** The site path of the playground preloaded with a state (for deep links from other pages). */
export function playgroundPath(state: PlaygroundState): string {
  return `${PlaygroundRoute}?${stateToSearch(state)}`;
}

const ValueKey =
  /^v\.((x1|x2|bias|scale|pertoken|x3)\.[0-7]|x1|x2|deqOffset|deqScale|antiquantScale|antiquantOffset|addOffset|mulScale|bias)$/;

/**
 * Reads a state from a query string. Without `op` the default state is returned; otherwise missing
 * flags are off. Unknown parameters are ignored, sizes are clamped, over-long values are cut.
 */
export function parseSearch(search: string): PlaygroundState {
  const q = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const opRaw = q.get('op');
  if (opRaw === null) return {...DefaultState};
  const op: PlaygroundOp = /wqbmm|weightquant/i.test(opRaw) ? WqbmmOp : QmarOp;
  const flag = (name: string) => q.get(name) === '1' || q.get(name) === 'true';
  const values: Record<string, string> = {};
  for (const [key, v] of q) {
    const m = ValueKey.exec(key);
    if (m) values[m[1]!] = v.slice(0, MaxTextLength).replace(/;/g, '\n');
  }
  const dtypeRaw = (q.get('dtype') ?? '').toUpperCase();
  const state: PlaygroundState = {
    ...DefaultState,
    op,
    m: clampInt(q.get('m'), -1e9, 1e9, DefaultState.m),
    k: clampInt(q.get('k'), -1e9, 1e9, DefaultState.k),
    n: clampInt(q.get('n'), -1e9, 1e9, DefaultState.n),
    ranks: clampInt(q.get('w'), 1, 8, DefaultState.ranks),
    dtype: dtypeRaw === 'BFLOAT16' || dtypeRaw === 'BF16' ? 'BFLOAT16' : 'FLOAT16',
    bias: flag('bias'),
    pertoken: flag('pertoken'),
    x3: flag('x3'),
    split: flag('split'),
    same: (q.get('same') ?? '')
      .split(',')
      .filter((t): t is QmarTensor => (QmarTensors as readonly string[]).includes(t)),
    addOffset: flag('addOffset'),
    mulScale: flag('mulScale'),
    antiquantScale: flag('antiquantScale'),
    antiquantOffset: flag('antiquantOffset'),
    transposeX1: flag('transposeX1'),
    transposeX2: flag('transposeX2'),
    seed: clampInt(q.get('seed'), 0, 4294967295, DefaultState.seed),
    values,
    hex: flag('hex'),
  };
  if (!(QmarRankCounts as readonly number[]).includes(state.ranks)) state.ranks = DefaultState.ranks;
  return normalizeState(state);
}

// ---------------------------------------------------------------------------------------------
// Evaluation

export interface QmarEvaluation {
  /** The computed case: W ranks, or the split ranks when `split`. */
  result: QmarResult;
  /** With `split`: the inputs of the split ranks (x1/x2 slices), and the unsplit single-rank result. */
  splitInputs: QmarRankInput[] | null;
  unsplit: QmarResult | null;
  /** With `split`: |split − unsplit| in output-dtype ulps per element (null where NaN is involved). */
  ulps: (number | null)[] | null;
}

export interface Evaluation {
  fields: ParsedField[];
  /** Whether some field has a problem (then nothing is computed). */
  invalid: boolean;
  qmar: QmarEvaluation | null;
  wqbmm: WqbmmResult | null;
  /** Inputs the reference refused (its own messages, English). */
  referenceErrors: string[] | null;
  /** An unexpected error (a bug); the page shows it instead of breaking. */
  internalError: string | null;
}

/** A FLOAT16/BFLOAT16 bit pattern mapped to a monotonic integer (so ulp distances are differences). */
function orderedBits(dtype: 'FLOAT16' | 'BFLOAT16', v: number): number {
  const b = floatBits(dtype, v);
  return b & 0x8000 ? -(b & 0x7fff) : b;
}

/**
 * The distance between two values of a 16-bit float dtype in units in the last place (0 = same
 * bits; +0 and −0 are 0 apart; null when either is NaN).
 * @example ulpDistance('FLOAT16', 1, 1 + 2 ** -10) // 1
 */
export function ulpDistance(dtype: 'FLOAT16' | 'BFLOAT16', a: number, b: number): number | null {
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.abs(orderedBits(dtype, a) - orderedBits(dtype, b));
}

/** Parses every field of a state. */
export function parseFields(s: PlaygroundState): ParsedField[] {
  return fieldSpecs(s).map((f) => parseField(s.op, f, fieldText(s, f), s.values[f.key] !== undefined));
}

function qmarInput(s: PlaygroundState, byKey: Map<string, ParsedField>): QmarInput {
  const get = (t: QmarTensor, r: number) => byKey.get(`${t}.${r}`) ?? byKey.get(`${t}.0`) ?? null;
  const scaleDtype = qmarScaleDtype(s.dtype, s.pertoken);
  const ranks: QmarRankInput[] = [];
  for (let r = 0; r < (s.split ? 1 : s.ranks); r++) {
    const rr = (t: QmarTensor) => (s.same.includes(t) && !s.split ? 0 : r);
    const x1 = get('x1', rr('x1'))!;
    const x2 = get('x2', rr('x2'))!;
    const sc = get('scale', rr('scale'))!;
    const dequantScale: DequantScale =
      scaleDtype === 'UINT64' ? {dtype: 'UINT64', data: sc.bigints!} : {dtype: scaleDtype, data: sc.numbers!};
    ranks.push({
      x1: {shape: [s.m, s.k], data: x1.numbers!},
      x2: {shape: [s.k, s.n], data: x2.numbers!},
      bias: s.bias ? get('bias', rr('bias'))!.numbers! : null,
      dequantScale,
      pertoken: s.pertoken ? get('pertoken', rr('pertoken'))!.numbers! : null,
      x3: s.x3 ? {shape: [s.m, s.n], data: get('x3', rr('x3'))!.numbers!} : null,
    });
  }
  return {outputDtype: s.dtype, ranks};
}

function wqbmmInput(s: PlaygroundState, byKey: Map<string, ParsedField>): WqbmmInput {
  const nums = (key: WqbmmTensor) => byKey.get(key)?.numbers ?? null;
  const x1 = byKey.get('x1')!;
  const x2 = byKey.get('x2')!;
  const fixpipeInputs = s.m <= WqbmmFixpipeMaxM;
  return {
    x1: {shape: x1.spec.shape, data: x1.numbers!},
    x2: {shape: x2.spec.shape, data: x2.numbers!},
    transposeX1: s.transposeX1,
    transposeX2: s.transposeX2,
    antiquantScale: s.antiquantScale ? nums('antiquantScale')![0] : undefined,
    antiquantOffset: s.antiquantOffset ? nums('antiquantOffset')![0] : undefined,
    deqOffset: fixpipeInputs ? nums('deqOffset') : null,
    deqScale: fixpipeInputs ? (byKey.get('deqScale')?.bigints ?? null) : null,
    addOffset: s.addOffset ? nums('addOffset') : null,
    mulScale: s.mulScale ? nums('mulScale') : null,
    bias: s.bias ? nums('bias') : null,
  };
}

/**
 * Parses the fields of a state and runs the reference implementation. Never throws: input
 * problems, inputs the reference refuses and unexpected errors are returned.
 */
export function evaluate(state: PlaygroundState): Evaluation {
  const s = normalizeState(state);
  const out: Evaluation = {
    fields: [],
    invalid: false,
    qmar: null,
    wqbmm: null,
    referenceErrors: null,
    internalError: null,
  };
  try {
    out.fields = parseFields(s);
    out.invalid = out.fields.some((f) => f.problems.length > 0);
    if (out.invalid) return out;
    const byKey = new Map(out.fields.map((f) => [f.spec.key, f]));
    if (s.op === QmarOp) {
      const input = qmarInput(s, byKey);
      if (s.split) {
        const splitInputs = splitAlongK(input.ranks[0]!, s.ranks);
        const result = quantMatmulAllReduceV2({outputDtype: s.dtype, ranks: splitInputs});
        const unsplit = quantMatmulAllReduceV2(input);
        const ulps = result.output.data.map((v, i) => ulpDistance(s.dtype, v, unsplit.output.data[i]!));
        out.qmar = {result, splitInputs, unsplit, ulps};
      } else out.qmar = {result: quantMatmulAllReduceV2(input), splitInputs: null, unsplit: null, ulps: null};
    } else out.wqbmm = weightQuantBatchMatmul(wqbmmInput(s, byKey));
  } catch (e) {
    if (e instanceof ReferenceInputError) out.referenceErrors = e.problems;
    else out.internalError = e instanceof Error ? e.message : String(e);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Presets: hand-computed cases of src/lib/reference/__tests__

export interface Preset {
  id: string;
  state: PlaygroundState;
  /** The expected output (first element) and its bit pattern, as computed by hand in the tests. */
  expected: {value: number; hex: string; unsplitHex?: string};
}

const qmarBase: PlaygroundState = {
  ...DefaultState,
  m: 1,
  k: 1,
  n: 1,
  ranks: 1,
  bias: false,
  x3: false,
  same: [],
};
const wqbmmBase: PlaygroundState = {...DefaultState, op: WqbmmOp, bias: false, x3: false, same: [], k: 1, n: 1};

export const Presets: Preset[] = [
  {
    // aclnnQuantMatmulAllReduceV2.test.ts: "fp19 truncation changes the FLOAT16 result".
    id: 'fp19',
    state: {...qmarBase, values: {'x1.0': '77', 'x2.0': '13', 'scale.0': '0x000040003DCCC000'}},
    expected: {value: 100.0625, hex: '0x5641'},
  },
  {
    // "x3 is counted once per rank: 4 ranks with the same x3 add 4·x3".
    id: 'x3-per-rank',
    state: {
      ...qmarBase,
      ranks: 4,
      x3: true,
      same: ['x1', 'x2', 'scale', 'x3'],
      values: {'x1.0': '1', 'x2.0': '1', 'scale.0': '0x000040003F800000', 'x3.0': '0.25'},
    },
    expected: {value: 5, hex: '0x4500'},
  },
  {
    // "per-rank rounding before the reduce" and "… while the unsplit matmul keeps the exact value".
    id: 'split-k',
    state: {
      ...qmarBase,
      k: 4,
      ranks: 2,
      split: true,
      values: {'x1.0': '64,3,-64,0', 'x2.0': '64\n1\n64\n0', 'scale.0': '0x0000400039800000'},
    },
    expected: {value: 2 ** -10, hex: '0x1400', unsplitHex: '0x1200'},
  },
  {
    // aclnnWeightQuantBatchMatmul.test.ts: "m = 64 with transposeX1 takes the fixpipe path".
    id: 'm64',
    state: {
      ...wqbmmBase,
      m: 64,
      transposeX1: true,
      antiquantScale: true,
      values: {
        x1: new Array(64).fill('1').join(','),
        x2: '3',
        deqOffset: '0',
        deqScale: '0x000040003DCCCCCD',
        antiquantScale: '0.1',
      },
    },
    expected: {value: 0.2998046875, hex: '0x34CC'},
  },
  {
    // "m > 64: addOffset then mulScale, each rounded to FLOAT16".
    id: 'f16-steps',
    state: {
      ...wqbmmBase,
      m: 65,
      antiquantScale: true,
      addOffset: true,
      mulScale: true,
      values: {x1: new Array(65).fill('1').join('\n'), x2: '1', antiquantScale: '0.1', addOffset: '0.2', mulScale: '3'},
    },
    expected: {value: 0.8994140625, hex: '0x3B32'},
  },
];

/** The deep link of a preset. */
export function presetPath(id: string): string {
  const p = Presets.find((x) => x.id === id);
  if (!p) throw new Error(`no preset ${id}`);
  return playgroundPath(p.state);
}

// ---------------------------------------------------------------------------------------------
// Benchmark hooks (bench/reference-browser-bench.ts runs them in Node and in the page)

function benchQmar(m: number, k: number, n: number, w: number, seed: number): QmarInput {
  const r = prng(seed);
  const ints = (len: number, lo: number, hi: number) => Array.from({length: len}, () => r(lo, hi));
  return {
    outputDtype: 'FLOAT16',
    ranks: Array.from({length: w}, () => ({
      x1: {shape: [m, k], data: ints(m * k, -128, 127)},
      x2: {shape: [k, n], data: ints(k * n, -128, 127)},
      bias: ints(n, -1000, 1000),
      dequantScale: {dtype: 'UINT64', data: ints(n, 1, 1000).map((v) => encodeTransQuantParamV2(v * 1e-6))},
      x3: {shape: [m, n], data: ints(m * n, -100, 100).map((v) => f16(v / 8))},
    })),
  };
}

export interface BenchRunners {
  /** aclnnQuantMatmulAllReduceV2 16×16×16, 8 ranks, bias and x3: the reference alone. */
  run16x8: () => void;
  /** The same size through the page's pipeline: seeded generation, text parsing and the reference. */
  evaluate16x8: () => void;
  /** aclnnQuantMatmulAllReduceV2 64×256×256 on one rank. */
  run64x256x256: () => void;
}

/** Benchmark runners over fixed seeded inputs (built once, outside the timed calls). */
export function benchRunners(): BenchRunners {
  const small = benchQmar(16, 16, 16, 8, 1);
  const big = benchQmar(64, 256, 256, 1, 2);
  const state = normalizeState({...DefaultState, m: 16, k: 16, n: 16, ranks: 8, same: [], seed: 7});
  return {
    run16x8: () => void quantMatmulAllReduceV2(small),
    evaluate16x8: () => {
      const e = evaluate(state);
      if (!e.qmar) throw new Error('the 16×16×16 case did not compute');
    },
    run64x256x256: () => void quantMatmulAllReduceV2(big),
  };
}
