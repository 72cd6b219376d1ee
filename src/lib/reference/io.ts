/**
 * The JSON interface of the reference implementation (issue 6, item 4), shared by the CLI
 * (scripts/reference.ts) and the playground: reads a call description in the checker's format with
 * `values` added to each input tensor (and, for aclnnQuantMatmulAllReduceV2, `ranks`), refuses a call
 * the checker finds invalid, computes, and renders the result as JSON. Pure: the checker is passed
 * in, no Node APIs.
 */
import type {CheckResult, Verdict} from '../checker/types';
import {quantMatmulAllReduceV2} from './aclnnQuantMatmulAllReduceV2';
import type {DequantScale, QmarRankInput, QmarResult} from './aclnnQuantMatmulAllReduceV2';
import {weightQuantBatchMatmul, WqbmmFixpipeMaxM} from './aclnnWeightQuantBatchMatmul';
import type {WqbmmResult} from './aclnnWeightQuantBatchMatmul';
import {FloatHexDigits, formatHex, fromFloatBits, roundTo} from './numerics';
import type {FloatDType, NumDType} from './numerics';
import {ReferenceInputError} from './types';
import type {ResultTensor, Step, Tensor, Warning} from './types';

/** The checker's entry point (src/lib/checker `checkCall`). */
export type CheckFn = (input: unknown) => CheckResult;

export type JsonValue = number | string | boolean | null | JsonValue[] | {[key: string]: JsonValue};

/** The outcome of one call description. */
export type RunOutcome =
  | {status: 'ok'; result: {[key: string]: JsonValue}}
  | {status: 'malformed'; problems: string[]}
  | {status: 'invalid'; verdict: Verdict; rank?: number};

/** Exit codes of the CLI. */
export const ExitCode = {ok: 0, internal: 1, malformed: 2, invalid: 3} as const;

const QmarOp = 'aclnnQuantMatmulAllReduceV2';
const WqbmmOp = 'aclnnWeightQuantBatchMatmul';
const MaxProblems = 50;

const Aliases: Record<string, NumDType | 'UINT8'> = {
  INT8: 'INT8',
  INT32: 'INT32',
  INT64: 'INT64',
  UINT8: 'UINT8',
  UINT64: 'UINT64',
  FLOAT16: 'FLOAT16',
  FP16: 'FLOAT16',
  BFLOAT16: 'BFLOAT16',
  BF16: 'BFLOAT16',
  FLOAT32: 'FLOAT32',
  FLOAT: 'FLOAT32',
  FP32: 'FLOAT32',
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Problems {
  readonly list: string[] = [];
  private extra = 0;
  push(p: string): void {
    if (this.list.length < MaxProblems) this.list.push(p);
    else this.extra++;
  }
  get length(): number {
    return this.list.length + this.extra;
  }
  result(): string[] {
    return this.extra ? [...this.list, `… and ${this.extra} more problem(s)`] : [...this.list];
  }
}

function prod(shape: number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** Nests a flat row-major array into the given shape. */
export function nest<T>(data: T[], shape: number[]): unknown {
  if (shape.length === 0) return data[0];
  if (shape.length === 1) return data.slice(0, shape[0]);
  const [d, ...rest] = shape;
  const size = prod(rest);
  return Array.from({length: d!}, (_, i) => nest(data.slice(i * size, (i + 1) * size), rest));
}

/** A number as JSON: ±Infinity and NaN become the strings "Infinity", "-Infinity", "NaN". */
export function jsonNumber(v: number): number | string {
  if (Number.isFinite(v)) return v;
  return Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
}

/** A result tensor as JSON: `{shape, dtype, values, hex}` (hex only for floating dtypes). */
export function tensorJson(t: ResultTensor | null): JsonValue {
  if (!t) return null;
  const out: {[key: string]: JsonValue} = {
    shape: t.shape,
    dtype: t.dtype,
    values: nest(t.data.map(jsonNumber), t.shape) as JsonValue,
  };
  if (t.dtype === 'FLOAT16' || t.dtype === 'BFLOAT16' || t.dtype === 'FLOAT32')
    out.hex = nest(
      t.data.map((v) => formatHex(t.dtype, v)),
      t.shape,
    ) as JsonValue;
  return out;
}

function shapeOf(desc: unknown): number[] | null {
  if (!isObj(desc) || !Array.isArray(desc.shape)) return null;
  return desc.shape.every((d) => Number.isInteger(d) && (d as number) >= 0) ? (desc.shape as number[]) : null;
}

function dtypeOf(desc: unknown): NumDType | 'UINT8' | null {
  if (!isObj(desc) || typeof desc.dtype !== 'string') return null;
  return Aliases[desc.dtype.toUpperCase()] ?? null;
}

/** Flattens nested `values` checked against `shape`; reports every mismatch with its path. */
function flatten(values: unknown, shape: number[], path: string, problems: Problems): unknown[] | null {
  const out: unknown[] = [];
  let ok = true;
  const walk = (v: unknown, depth: number, at: string) => {
    if (depth === shape.length) {
      out.push(v);
      return;
    }
    if (!Array.isArray(v)) {
      problems.push(
        `${at}: expected an array of length ${shape[depth]} (shape [${shape.join(', ')}]), got ${brief(v)}`,
      );
      ok = false;
      return;
    }
    if (v.length !== shape[depth]) {
      problems.push(`${at}: expected ${shape[depth]} entries (shape [${shape.join(', ')}]), got ${v.length}`);
      ok = false;
      return;
    }
    v.forEach((x, i) => walk(x, depth + 1, `${at}[${i}]`));
  };
  walk(values, 0, path);
  return ok ? out : null;
}

function brief(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 40 ? s.slice(0, 40) + '…' : s;
}

interface Parsed {
  numbers?: number[];
  bigints?: bigint[];
}

const U64Max = (1n << 64n) - 1n;
const I64Min = -(1n << 63n);
const I64Max = (1n << 63n) - 1n;

/**
 * Parses the flat values of one tensor in its dtype. Floats may be numbers, "Infinity", "-Infinity",
 * "NaN" or a bit pattern ("0x3C00"); numbers are rounded to the dtype (a warning says so), values
 * beyond its finite range are rejected. 64-bit integers are strings ("0x…" bits or decimal) or safe
 * integers.
 */
function parseValues(
  flat: unknown[],
  dtype: NumDType | 'UINT8',
  path: string,
  problems: Problems,
  warnings: Warning[],
): Parsed | null {
  const before = problems.length;
  if (dtype === 'UINT8') {
    problems.push(`${path}: UINT8 tensors are not used by these operators`);
    return null;
  }
  if (dtype === 'INT8' || dtype === 'INT32') {
    const [lo, hi] = dtype === 'INT8' ? [-128, 127] : [-2147483648, 2147483647];
    const numbers = flat.map((v, i) => {
      if (typeof v !== 'number' || !Number.isInteger(v))
        problems.push(`${path}[${i}]: ${brief(v)} is not an integer (${dtype})`);
      else if (v < lo || v > hi) problems.push(`${path}[${i}]: ${v} is outside the ${dtype} range [${lo}, ${hi}]`);
      return v as number;
    });
    return problems.length === before ? {numbers} : null;
  }
  if (dtype === 'INT64' || dtype === 'UINT64') {
    const bigints = flat.map((v, i) => {
      let b: bigint | null = null;
      if (typeof v === 'string' && /^0[xX][0-9a-fA-F]{1,16}$/.test(v)) return BigInt(v);
      if (typeof v === 'string' && /^-?[0-9]+$/.test(v)) b = BigInt(v);
      else if (typeof v === 'number' && Number.isSafeInteger(v)) b = BigInt(v);
      else {
        problems.push(
          `${path}[${i}]: ${brief(v)} is not a ${dtype} value (give a string "0x…" with up to 16 hex digits or a decimal string)`,
        );
        return 0n;
      }
      const [lo, hi] = dtype === 'UINT64' ? [0n, U64Max] : [I64Min, I64Max];
      if (b < lo || b > hi) problems.push(`${path}[${i}]: ${b} is outside the ${dtype} range`);
      return BigInt.asUintN(64, b);
    });
    return problems.length === before ? {bigints} : null;
  }
  const fd: FloatDType = dtype;
  let rounded = 0;
  let example = '';
  const numbers = flat.map((v, i) => {
    if (typeof v === 'string') {
      if (v === 'Infinity') return Infinity;
      if (v === '-Infinity') return -Infinity;
      if (v === 'NaN') return NaN;
      if (new RegExp(`^0[xX][0-9a-fA-F]{${FloatHexDigits[fd]}}$`).test(v)) return fromFloatBits(fd, parseInt(v, 16));
    }
    if (typeof v !== 'number') {
      problems.push(
        `${path}[${i}]: ${brief(v)} is not a ${fd} value (a number, "Infinity", "-Infinity", "NaN" or a ${FloatHexDigits[fd]}-hex-digit bit pattern "0x…")`,
      );
      return 0;
    }
    const r = roundTo(fd, v);
    if (!Number.isFinite(r)) {
      problems.push(`${path}[${i}]: ${v} is outside the finite ${fd} range`);
      return 0;
    }
    if (r !== v) {
      if (rounded++ === 0) example = `${v} → ${r}`;
    }
    return r;
  });
  if (problems.length !== before) return null;
  if (rounded)
    warnings.push({
      code: 'input-rounded',
      count: rounded,
      message: `${path}: ${rounded} value(s) are not exactly representable in ${fd} and were rounded to nearest even (e.g. ${example}).`,
    });
  return {numbers};
}

function stripValues(tensors: Obj): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(tensors)) {
    if (isObj(v)) {
      const {values: _values, ...rest} = v;
      out[k] = rest;
    } else out[k] = v;
  }
  return out;
}

/** The tensor set of each rank: the rank's entries over the top-level ones. */
interface RankTensors {
  merged: Obj;
  /** Top-level entries, for values a rank's own entry does not repeat. */
  top: Obj;
  own: Obj;
}

function describe(input: Obj, tensors: Obj): Obj {
  const {ranks: _ranks, ...rest} = input;
  return {...rest, tensors: stripValues(tensors)};
}

/**
 * Runs the reference on one call description: checks its envelope, runs the checker on the
 * description without values (once per distinct rank description), parses the values and computes.
 * @example runReferenceCall(JSON.parse(text), checkCall) // {status: 'ok', result: {...}}
 */
export function runReferenceCall(input: unknown, check: CheckFn): RunOutcome {
  try {
    return run(input, check);
  } catch (e) {
    if (e instanceof ReferenceInputError) return {status: 'malformed', problems: e.problems};
    throw e;
  }
}

function run(input: unknown, check: CheckFn): RunOutcome {
  if (!isObj(input))
    return {
      status: 'malformed',
      problems: ['the input must be a call description (a JSON object) or an array of them'],
    };
  const problems = new Problems();
  const op = input.operator;
  const top: Obj = isObj(input.tensors) ? input.tensors : {};
  if (input.tensors !== undefined && !isObj(input.tensors)) problems.push('tensors: must be an object');
  const sets: RankTensors[] = [];
  if (input.ranks !== undefined) {
    if (op !== QmarOp) problems.push(`ranks: only ${QmarOp} takes ranks`);
    else if (!Array.isArray(input.ranks)) problems.push('ranks: must be an array of {"tensors": {...}}');
    else if (![1, 2, 4, 8].includes(input.ranks.length))
      problems.push(`ranks: Atlas A2 supports 1, 2, 4 or 8 ranks (constraint topology), got ${input.ranks.length}`);
    else
      input.ranks.forEach((r, i) => {
        if (!isObj(r) || !isObj(r.tensors)) problems.push(`ranks[${i}]: must be an object {"tensors": {...}}`);
        else {
          const extra = Object.keys(r).filter((k) => k !== 'tensors');
          if (extra.length)
            problems.push(`ranks[${i}]: unknown key(s) ${extra.join(', ')} (attrs stay at the top level)`);
          sets.push({merged: {...top, ...r.tensors}, top, own: r.tensors});
        }
      });
  } else sets.push({merged: top, top, own: top});
  if (problems.length) return {status: 'malformed', problems: problems.result()};

  // The checker, on each distinct description without values.
  const seen = new Map<string, number>();
  for (let r = 0; r < sets.length; r++) {
    const desc = describe(input, sets[r]!.merged);
    const key = JSON.stringify(desc);
    if (seen.has(key)) continue;
    seen.set(key, r);
    const res = check(desc);
    const where = input.ranks !== undefined ? `ranks[${r}]: ` : '';
    if (!res.ok) return {status: 'malformed', problems: res.problems.map((p) => where + p)};
    if (res.verdict.documented.code !== 0)
      return input.ranks !== undefined
        ? {status: 'invalid', verdict: res.verdict, rank: r}
        : {status: 'invalid', verdict: res.verdict};
  }

  const warnings: Warning[] = [];
  if (op === QmarOp) return runQmar(input, sets, warnings);
  if (op === WqbmmOp) return runWqbmm(input, sets[0]!, warnings);
  return {status: 'malformed', problems: [`operator: unknown operator ${brief(op)}`]};
}

/** Reads the values of one tensor of one rank; null when absent (null pointer). */
function readTensor(
  rt: RankTensors,
  name: string,
  at: string,
  problems: Problems,
  warnings: Warning[],
  required: boolean,
): {shape: number[]; dtype: NumDType; numbers?: number[]; bigints?: bigint[]} | null {
  const desc = rt.merged[name];
  if (!isObj(desc)) return null;
  const shape = shapeOf(desc);
  const dtype = dtypeOf(desc);
  if (!shape || !dtype) {
    problems.push(`${at}.${name}: needs a valid shape and dtype`);
    return null;
  }
  let values = desc.values;
  if (values === undefined && name in rt.own && isObj(rt.top[name])) {
    const t = rt.top[name] as Obj;
    if (JSON.stringify(shapeOf(t)) === JSON.stringify(shape) && dtypeOf(t) === dtype) values = t.values;
  }
  if (values === undefined) {
    if (required) problems.push(`${at}.${name}.values: missing (nested arrays in the shape [${shape.join(', ')}])`);
    return null;
  }
  const flat = flatten(values, shape, `${at}.${name}.values`, problems);
  if (!flat) return null;
  const parsed = parseValues(flat, dtype, `${at}.${name}.values`, problems, warnings);
  if (!parsed || dtype === 'UINT8') return null;
  return {shape, dtype, ...parsed};
}

function runQmar(input: Obj, sets: RankTensors[], warnings: Warning[]): RunOutcome {
  const problems = new Problems();
  const ranks: QmarRankInput[] = [];
  let outDtype: NumDType | 'UINT8' | null = null;
  sets.forEach((rt, r) => {
    const at = input.ranks !== undefined ? `ranks[${r}].tensors` : 'tensors';
    const outD = dtypeOf(rt.merged.output);
    if (outD !== 'FLOAT16' && outD !== 'BFLOAT16') problems.push(`${at}.output: dtype must be FLOAT16 or BFLOAT16`);
    else if (outDtype && outDtype !== outD)
      problems.push(`${at}.output: dtype ${outD} differs from rank 0's ${outDtype}`);
    else outDtype = outD;
    if (isObj(rt.merged.output) && rt.merged.output.values !== undefined)
      warnings.push({code: 'output-values-ignored', message: `${at}.output.values: ignored (output is computed)`});
    const x1 = readTensor(rt, 'x1', at, problems, warnings, true);
    const x2 = readTensor(rt, 'x2', at, problems, warnings, true);
    const bias = readTensor(rt, 'biasOptional', at, problems, warnings, true);
    const ds = readTensor(rt, 'dequantScale', at, problems, warnings, true);
    const pt = readTensor(rt, 'pertokenScaleOptional', at, problems, warnings, true);
    const x3 = readTensor(rt, 'x3Optional', at, problems, warnings, true);
    if (x2 && x2.shape.length !== 2)
      problems.push(
        `${at}.x2: give the 2-D view shape (k, n) with its values (a FRACTAL_NZ layout goes in storage_shape)`,
      );
    if (!x1 || !x2 || !ds) return;
    const dequantScale: DequantScale =
      ds.dtype === 'UINT64' || ds.dtype === 'INT64'
        ? {dtype: ds.dtype, data: ds.bigints!}
        : ds.dtype === 'FLOAT32' || ds.dtype === 'BFLOAT16'
          ? {dtype: ds.dtype, data: ds.numbers!}
          : (problems.push(`${at}.dequantScale: dtype ${ds.dtype} is not a dequant scale dtype`),
            {dtype: 'FLOAT32', data: []});
    ranks.push({
      x1: {shape: x1.shape, data: x1.numbers!},
      x2: {shape: x2.shape, data: x2.numbers!},
      bias: bias ? bias.numbers! : null,
      dequantScale,
      pertoken: pt ? pt.numbers! : null,
      x3: x3 ? ({shape: x3.shape, data: x3.numbers!} as Tensor) : null,
    });
  });
  if (problems.length) return {status: 'malformed', problems: problems.result()};
  const res = quantMatmulAllReduceV2({outputDtype: outDtype as unknown as 'FLOAT16' | 'BFLOAT16', ranks});
  return {status: 'ok', result: qmarJson(res, [...warnings, ...res.warnings])};
}

function stepsJson(steps: Step[]): JsonValue {
  return steps.map((s) => ({...s}));
}

function warningsJson(w: Warning[]): JsonValue {
  return w.map((x) => {
    const o: {[key: string]: JsonValue} = {code: x.code, message: x.message};
    if (x.rank !== undefined) o.rank = x.rank;
    if (x.count !== undefined) o.count = x.count;
    if (x.examples) o.examples = x.examples;
    return o;
  });
}

/** The JSON form of a QuantMatmulAllReduceV2 result. */
export function qmarJson(res: QmarResult, warnings: Warning[] = res.warnings): {[key: string]: JsonValue} {
  return {
    operator: res.operator,
    output: tensorJson(res.output),
    ranks: res.ranks.map((r) => ({
      rank: r.rank,
      ...(res.warnings.some((w) => w.code === 'ranks-differ') ? {steps: stepsJson(r.steps)} : {}),
      acc: tensorJson(r.acc),
      scale: tensorJson(r.scale),
      dequantized: tensorJson(r.dequantized),
      afterPertoken: tensorJson(r.afterPertoken),
      converted: tensorJson(r.converted),
      afterX3: tensorJson(r.afterX3),
      local: tensorJson(r.local),
    })),
    allReduce: {order: res.ranks.map((r) => r.rank), partials: res.partials.map(tensorJson)},
    steps: stepsJson(res.steps),
    warnings: warningsJson(warnings),
  };
}

function attrBool(attrs: Obj, name: string, problems: Problems): boolean {
  const v = attrs[name];
  if (v === undefined) return false;
  if (typeof v !== 'boolean') problems.push(`attrs.${name}: must be true or false`);
  return v === true;
}

function attrFloat(attrs: Obj, name: string, dflt: number, problems: Problems): number {
  const v = attrs[name];
  if (v === undefined) return dflt;
  if (typeof v === 'number') return v;
  if (v === 'Infinity') return Infinity;
  if (v === '-Infinity') return -Infinity;
  if (v === 'NaN') return NaN;
  problems.push(`attrs.${name}: must be a number`);
  return dflt;
}

function runWqbmm(input: Obj, rt: RankTensors, warnings: Warning[]): RunOutcome {
  const problems = new Problems();
  const attrs: Obj = isObj(input.attrs) ? input.attrs : {};
  const transposeX1 = attrBool(attrs, 'transposeX1', problems);
  const transposeX2 = attrBool(attrs, 'transposeX2', problems);
  const antiquantScale = attrFloat(attrs, 'antiquantScale', 1, problems);
  const antiquantOffset = attrFloat(attrs, 'antiquantOffset', 0, problems);
  const outD = dtypeOf(rt.merged.out);
  if (outD !== 'FLOAT16')
    problems.push(
      `tensors.out: dtype ${outD ?? '?'} is not modelled; the reference computes FLOAT16 (the open-source check only accepts FLOAT16, erratum E6)`,
    );
  const s1 = shapeOf(rt.merged.x1);
  const m = s1 && s1.length === 2 ? (transposeX1 ? s1[1]! : s1[0]!) : 0;
  const fixpipe = m <= WqbmmFixpipeMaxM;
  const at = 'tensors';
  const x1 = readTensor(rt, 'x1', at, problems, warnings, true);
  const x2 = readTensor(rt, 'x2', at, problems, warnings, true);
  const dm = readTensor(rt, 'diagonalMatrix', at, problems, warnings, false);
  const deqOffset = readTensor(rt, 'deqOffset', at, problems, warnings, fixpipe);
  const deqScale = readTensor(rt, 'deqScale', at, problems, warnings, fixpipe);
  const addOffset = readTensor(rt, 'addOffset', at, problems, warnings, !fixpipe);
  const mulScale = readTensor(rt, 'mulScale', at, problems, warnings, !fixpipe);
  const bias = readTensor(rt, 'bias', at, problems, warnings, true);
  if (isObj(rt.merged.out) && rt.merged.out.values !== undefined)
    warnings.push({code: 'output-values-ignored', message: 'tensors.out.values: ignored (out is computed)'});
  for (const x of [x1, x2])
    if (x && x.shape.length !== 2)
      problems.push('x1/x2: the reference implements the documented 2-D case (no batch dimensions)');
  if (problems.length || !x1 || !x2) return {status: 'malformed', problems: problems.result()};
  const res = weightQuantBatchMatmul({
    x1: {shape: x1.shape, data: x1.numbers!},
    x2: {shape: x2.shape, data: x2.numbers!},
    transposeX1,
    transposeX2,
    antiquantScale,
    antiquantOffset,
    diagonalMatrix: dm ? {shape: dm.shape, data: dm.numbers!} : null,
    deqOffset: deqOffset ? deqOffset.numbers! : null,
    deqScale: deqScale ? deqScale.bigints! : null,
    addOffset: addOffset ? addOffset.numbers! : null,
    mulScale: mulScale ? mulScale.numbers! : null,
    bias: bias ? bias.numbers! : null,
  });
  return {status: 'ok', result: wqbmmJson(res, [...warnings, ...res.warnings])};
}

/** The JSON form of a WeightQuantBatchMatmul result (its intermediates are the single entry of `ranks`). */
export function wqbmmJson(res: WqbmmResult, warnings: Warning[] = res.warnings): {[key: string]: JsonValue} {
  const obj = (o: Record<string, ResultTensor | boolean | null> | null): JsonValue => {
    if (!o) return null;
    const out: {[key: string]: JsonValue} = {};
    for (const [k, v] of Object.entries(o)) out[k] = typeof v === 'boolean' ? v : tensorJson(v);
    return out;
  };
  return {
    operator: res.operator,
    path: res.path,
    m: res.m,
    k: res.k,
    n: res.n,
    output: tensorJson(res.output),
    ranks: [
      {
        rank: 0,
        x1: tensorJson(res.x1),
        x2: tensorJson(res.x2),
        fixpipe: obj(res.fixpipe),
        singleOp: obj(res.singleOp),
        weight: tensorJson(res.weight),
        bias: tensorJson(res.bias),
        accumulator: tensorJson(res.accumulator),
      },
    ],
    steps: stepsJson(res.steps),
    warnings: warningsJson(warnings),
  };
}

/** The JSON printed for one outcome. */
export function outcomeJson(o: RunOutcome): JsonValue {
  if (o.status === 'ok') return o.result;
  if (o.status === 'malformed') return {error: 'malformed input', problems: o.problems};
  const out: {[key: string]: JsonValue} = {error: 'invalid call', verdict: o.verdict as unknown as JsonValue};
  if (o.rank !== undefined) out.rank = o.rank;
  return out;
}

/**
 * Runs one description or an array of them (array in, array out). The exit code is 2 if any is
 * malformed, else 3 if any is invalid, else 0.
 */
export function runReference(input: unknown, check: CheckFn): {json: JsonValue; exitCode: number} {
  const list = Array.isArray(input) ? input : [input];
  const outcomes = list.map((d) => runReferenceCall(d, check));
  const exitCode = outcomes.some((o) => o.status === 'malformed')
    ? ExitCode.malformed
    : outcomes.some((o) => o.status === 'invalid')
      ? ExitCode.invalid
      : ExitCode.ok;
  const json = outcomes.map(outcomeJson);
  return {json: Array.isArray(input) ? json : json[0]!, exitCode};
}

/**
 * JSON text with 2-space indentation where every array of numbers/strings sits on one line, so a
 * matrix prints one row per line.
 * @example formatJson({values: [[1, 2], [3, 4]]}) // '{\n  "values": [\n    [1, 2],\n    [3, 4]\n  ]\n}'
 */
export function formatJson(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => v === null || typeof v !== 'object'))
      return `[${value.map((v) => formatJson(v)).join(', ')}]`;
    return `[\n${value.map((v) => inner + formatJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner)}`).join(',\n')}\n${indent}}`;
}
