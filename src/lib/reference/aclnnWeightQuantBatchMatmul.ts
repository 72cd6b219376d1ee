/**
 * Reference implementation of aclnnWeightQuantBatchMatmul (issue 6), following
 * ../shared/reference/numerics.md, "WQBMM V1": FLOAT16 x1 times an INT8 x2 dequantized on the fly,
 * by the fixpipe path (m ≤ 64: deqOffset, deqScale, saturating DEQF16) or the single-op path
 * (m > 64: antiquantOffset/antiquantScale with their skip rules, FLOAT16 rounding per step, then
 * addOffset and mulScale per column). Pure and synchronous.
 */
import {f16, f16sat, f32, F16Max, fp19, isInt32} from './numerics';
import {EventCounter, ReferenceInputError} from './types';
import type {ResultTensor, Step, Tensor, Warning} from './types';

/** The inputs as the API receives them (stored shapes; the transposes are applied here). */
export interface WqbmmInput {
  /** FLOAT16, stored (m, k), or (k, m) when transposeX1. */
  x1: Tensor;
  /** INT8, stored (k, n), or (n, k) when transposeX2. */
  x2: Tensor;
  /** (false) */
  transposeX1?: boolean;
  /** (false) */
  transposeX2?: boolean;
  /** Scalar attribute, single-op path only. (1) */
  antiquantScale?: number;
  /** Scalar attribute, single-op path only. (0) */
  antiquantOffset?: number;
  /** INT8 (32, 32), the identity; fixpipe path only; checked, not used. (null) */
  diagonalMatrix?: Tensor | null;
  /** INT32, 1 or n values (any of the accepted shapes, flat), fixpipe path only. (null) */
  deqOffset?: number[] | null;
  /** UINT64 bit patterns, 1 or n values, fixpipe path only. (null) */
  deqScale?: bigint[] | null;
  /** FLOAT16, 1 or n values indexed by logical column, single-op path only. (null) */
  addOffset?: number[] | null;
  /** FLOAT16, 1 or n values indexed by logical column, single-op path only. (null) */
  mulScale?: number[] | null;
  /** FLOAT32, n values. (null) */
  bias?: number[] | null;
}

/** The path the operator takes: m ≤ 64 fixpipe, m > 64 single-op, or the empty-tensor shortcut. */
export type WqbmmPath = 'fixpipe' | 'single-op' | 'empty';

export interface WqbmmResult {
  operator: 'aclnnWeightQuantBatchMatmul';
  path: WqbmmPath;
  m: number;
  k: number;
  n: number;
  /** FLOAT16 (m, n). */
  output: ResultTensor;
  /** FLOAT16 (m, k): x1 after transposeX1. */
  x1: ResultTensor;
  /** INT8 (k, n): x2 after transposeX2. */
  x2: ResultTensor;
  /** Fixpipe path intermediates, (k, n) unless stated. */
  fixpipe: {
    /** INT32: x2 + deqOffset[j]. */
    offsetSum: ResultTensor;
    /** FLOAT32 (1 or n): fp19 of deqScale. */
    scale: ResultTensor;
    /** FLOAT32: f32(f32(offsetSum) · scale). */
    product: ResultTensor;
  } | null;
  /** Single-op path intermediates, (k, n). */
  singleOp: {
    /** Whether |f32(antiquantOffset)| > 2^-23, i.e. the offset is applied. */
    antiquantOffsetApplied: boolean;
    /** Whether |f32(antiquantScale) − 1| > 2^-23, i.e. the scale is applied. */
    antiquantScaleApplied: boolean;
    afterAntiquantOffset: ResultTensor | null;
    afterAntiquantScale: ResultTensor | null;
    /** FLOAT16: the cast of the fp32 weight. */
    cast: ResultTensor;
    afterAddOffset: ResultTensor | null;
    afterMulScale: ResultTensor | null;
  } | null;
  /** FLOAT16 (k, n): the dequantized weight the matmul uses. null for the empty path. */
  weight: ResultTensor | null;
  /** The bias as it enters the accumulator: FLOAT32 (fixpipe) or FLOAT16 (single-op), (n). */
  bias: ResultTensor | null;
  /** FLOAT32 (m, n): the fp32 accumulator before the final cast. null for the empty path. */
  accumulator: ResultTensor | null;
  steps: Step[];
  warnings: Warning[];
}

/** The largest m that takes the fixpipe path. */
export const WqbmmFixpipeMaxM = 64;
const Eps23 = 2 ** -23;

const Steps = {
  path: {
    id: 'path-select',
    name: 'path selection: m ≤ 64 fixpipe, m > 64 single-op',
    formula: 'm = transposeX1 ? x1.shape[-1] : x1.shape[-2]',
    provenance: 'code',
    note: 'The host code uses the diagonalMatrix (fixpipe) path for m ≤ 64; the seed leaves m = 64 ambiguous (erratum E5).',
  },
  transpose: {
    id: 'transpose',
    name: 'transposeX1/transposeX2 give the logical x1 (m, k) and x2 (k, n)',
    formula: 'x1 = transposeX1 ? x1ᵀ : x1; x2 = transposeX2 ? x2ᵀ : x2',
    provenance: 'code',
    note: 'Per-column vectors (deqOffset, deqScale, addOffset, mulScale) are indexed by the logical column n.',
  },
  fixOffset: {
    id: 'fixpipe-offset',
    name: 'fixpipe: x2 + deqOffset in int32',
    formula: 'o = i32(x2[t][j] + deqOffset[j])',
    provenance: 'inferred',
    note: 'Inferred from the V2 kernel and the prototype: x2 passes the cube against the identity and the offset is applied in int32.',
  },
  fixToF32: {
    id: 'int-to-f32-fixpipe',
    name: 'int32 → fp32 in the fixpipe',
    formula: 'f32(o)',
    provenance: 'inferred',
    note: 'Exact here (|o| < 2^24 for sensible offsets); RNE above 2^24 assumed.',
  },
  fp19: {
    id: 'fp19-decode',
    name: 'deqScale read as fp19 (bits 13..31 of the low word)',
    formula: 's_j = bits→f32(low32(deqScale[j]) & 0xFFFFE000)',
    provenance: 'doc',
    note: 'So the raw fp32 bits written by the V1 host encoder aclnnTransQuantParam are truncated to 10 mantissa bits.',
  },
  fixProduct: {
    id: 'dequant-product-fixpipe',
    name: 'fixpipe product rounded to fp32',
    formula: 'p = f32(f32(o) · s_j)',
    provenance: 'inferred',
    note: 'The fixpipe is assumed to form the product in fp32 with RNE.',
  },
  fixSat: {
    id: 'f16sat',
    name: 'DEQF16 conversion of the weight with saturation',
    formula: 'W[t][j] = RNE_f16(clamp(p, −65504, 65504))',
    provenance: 'doc',
    note: 'DEQF16 does not support INF_NAN; the vendor Python model clips.',
  },
  fixBias: {
    id: 'bias-f32',
    name: 'bias kept in fp32',
    formula: 'b[j] = f32(bias[j])',
    provenance: 'inferred',
    note: 'The fixpipe path is assumed to feed the fp32 bias directly.',
  },
  aqCast: {
    id: 'antiquant-cast',
    name: 'int8 weight to fp32',
    formula: 'w = f32(x2[t][j])',
    provenance: 'code',
    note: 'Exact.',
  },
  aqOffset: {
    id: 'antiquant-offset',
    name: 'antiquantOffset added in fp32, skipped when |antiquantOffset| ≤ 2^-23',
    formula: '|f32(antiquantOffset)| > 2^−23 ⇒ w = f32(w + f32(antiquantOffset))',
    provenance: 'code',
    note: 'The host code skips the Add when the offset is (almost) zero.',
  },
  aqScale: {
    id: 'antiquant-scale',
    name: 'antiquantScale multiplied in fp32, skipped when |antiquantScale − 1| ≤ 2^-23',
    formula: '|f32(antiquantScale) − 1| > 2^−23 ⇒ w = f32(w · f32(antiquantScale))',
    provenance: 'code',
    note: 'The host code skips the Mul when the scale is (almost) one.',
  },
  aqF16: {
    id: 'weight-cast-f16',
    name: 'weight cast to FLOAT16, round to nearest even',
    formula: 'w = f16(w)',
    provenance: 'inferred',
    note: 'The Cast is in the code; its rounding mode (RNE, overflow to ±Inf) is assumed.',
  },
  addOffset: {
    id: 'add-offset',
    name: 'addOffset added in FLOAT16',
    formula: 'w = f16(w + addOffset[j])',
    provenance: 'inferred',
    note: 'The fp16 Add is in the code; RNE is assumed.',
  },
  mulScale: {
    id: 'mul-scale',
    name: 'mulScale multiplied in FLOAT16',
    formula: 'w = f16(w · mulScale[j])',
    provenance: 'inferred',
    note: 'The fp16 Mul is in the code; RNE is assumed.',
  },
  biasF16: {
    id: 'bias-f16',
    name: 'bias cast to FLOAT16',
    formula: 'b[j] = f16(f32(bias[j]))',
    provenance: 'code',
    note: 'The single-op path casts the fp32 bias to fp16 before the matmul.',
  },
  accumulate: {
    id: 'matmul-accumulate',
    name: 'fp32 accumulation starting from the bias, in order of t',
    formula: 'acc₀ = b[j]; acc_{t+1} = f32(acc_t + x1[i][t]·W[t][j]), t = 0 … k−1',
    provenance: 'inferred',
    note: 'The cube accumulates in fp32 starting from the bias table; the order of the fp32 adds is assumed (it only matters when partial sums need more than 24 bits).',
  },
  outCast: {
    id: 'output-cast',
    name: 'one cast of the accumulator to FLOAT16, round to nearest even',
    formula: 'out[i][j] = f16(acc)',
    provenance: 'inferred',
    note: 'One RNE cast; overflow to ±Inf assumed (INF_NAN mode).',
  },
  empty: {
    id: 'empty-tensor',
    name: 'empty x1 or x2: output filled with zeros plus the bias',
    formula: 'out[i][j] = f16(0 + f16(f32(bias[j])))',
    provenance: 'code',
    note: 'ProcessEmptyTensor in the host code.',
  },
} satisfies Record<string, Step>;

/** The labelled steps for a case, in computation order. */
export function wqbmmSteps(path: WqbmmPath, opts: {addOffset: boolean; mulScale: boolean; bias: boolean}): Step[] {
  const s: Step[] = [Steps.path, Steps.transpose];
  if (path === 'empty') s.push(Steps.empty);
  else if (path === 'fixpipe') {
    s.push(Steps.fixOffset, Steps.fixToF32, Steps.fp19, Steps.fixProduct, Steps.fixSat);
    if (opts.bias) s.push(Steps.fixBias);
  } else {
    s.push(Steps.aqCast, Steps.aqOffset, Steps.aqScale, Steps.aqF16);
    if (opts.addOffset) s.push(Steps.addOffset);
    if (opts.mulScale) s.push(Steps.mulScale);
    if (opts.bias) s.push(Steps.biasF16);
  }
  if (path !== 'empty') s.push(Steps.accumulate, Steps.outCast);
  return s.map((x) => ({...x}));
}

function prod(shape: number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

function t(dtype: ResultTensor['dtype'], shape: number[], data: number[]): ResultTensor {
  return {shape, dtype, data};
}

function perColumn(problems: string[], name: string, v: readonly unknown[] | null | undefined, n: number): void {
  if (v && v.length !== 1 && v.length !== n) problems.push(`${name} has ${v.length} values, expected 1 or n = ${n}`);
}

/**
 * Computes aclnnWeightQuantBatchMatmul and returns the output with every intermediate, the labelled
 * steps and the warnings. Throws ReferenceInputError for inputs it cannot compute.
 * @example
 * const r = weightQuantBatchMatmul({
 *   x1: {shape: [1, 2], data: [1, 2]}, x2: {shape: [2, 1], data: [3, 4]},
 *   deqOffset: [0], deqScale: [0x000040003f800000n],
 * });
 * r.path; // 'fixpipe'
 * r.output.data; // [11]
 */
export function weightQuantBatchMatmul(input: WqbmmInput): WqbmmResult {
  const problems: string[] = [];
  const {x1, x2} = input;
  const tx1 = input.transposeX1 === true;
  const tx2 = input.transposeX2 === true;
  for (const [name, x] of [
    ['x1', x1],
    ['x2', x2],
  ] as const) {
    if (!x || x.shape.length !== 2)
      problems.push(`${name}: expected a 2-D tensor (the reference implements the documented 2-D case)`);
    else if (x.data.length !== prod(x.shape))
      problems.push(`${name}: ${x.data.length} values for shape [${x.shape.join(', ')}]`);
  }
  if (problems.length) throw new ReferenceInputError(problems);
  const m = tx1 ? x1.shape[1]! : x1.shape[0]!;
  const k = tx1 ? x1.shape[0]! : x1.shape[1]!;
  const k2 = tx2 ? x2.shape[1]! : x2.shape[0]!;
  const n = tx2 ? x2.shape[0]! : x2.shape[1]!;
  if (k !== k2) problems.push(`k of x1 (${k}) differs from k of x2 (${k2}) (after transposeX1/transposeX2)`);
  const badInt = x2.data.findIndex((v) => !Number.isInteger(v) || v < -128 || v > 127);
  if (badInt >= 0) problems.push(`x2[${badInt}] = ${x2.data[badInt]} is not an INT8 value`);
  if (input.bias && input.bias.length !== n) problems.push(`bias has ${input.bias.length} values, expected n = ${n}`);
  const empty = m === 0 || k === 0 || n === 0;
  const path: WqbmmPath = empty ? 'empty' : m <= WqbmmFixpipeMaxM ? 'fixpipe' : 'single-op';
  if (path === 'fixpipe') {
    if (!input.deqOffset) problems.push('deqOffset is required on the fixpipe path (m ≤ 64)');
    if (!input.deqScale) problems.push('deqScale is required on the fixpipe path (m ≤ 64)');
    perColumn(problems, 'deqOffset', input.deqOffset, n);
    perColumn(problems, 'deqScale', input.deqScale, n);
    const bad = (input.deqOffset ?? []).findIndex((v) => !isInt32(v));
    if (bad >= 0) problems.push(`deqOffset[${bad}] = ${input.deqOffset![bad]} is not an INT32 value`);
  }
  if (path === 'single-op') {
    perColumn(problems, 'addOffset', input.addOffset, n);
    perColumn(problems, 'mulScale', input.mulScale, n);
  }
  if (problems.length) throw new ReferenceInputError(problems);

  const warnings: Warning[] = [];
  // Logical x1 (m, k) in FLOAT16 and x2 (k, n).
  const lx1 = new Array<number>(m * k);
  for (let i = 0; i < m; i++)
    for (let c = 0; c < k; c++) lx1[i * k + c] = f16(tx1 ? x1.data[c * m + i]! : x1.data[i * k + c]!);
  const lx2 = new Array<number>(k * n);
  for (let r = 0; r < k; r++)
    for (let j = 0; j < n; j++) lx2[r * n + j] = tx2 ? x2.data[j * k + r]! : x2.data[r * n + j]!;
  const col = <T>(v: T[], j: number): T => (v.length === 1 ? v[0]! : v[j]!);
  const steps = wqbmmSteps(path, {
    addOffset: input.addOffset != null,
    mulScale: input.mulScale != null,
    bias: input.bias != null,
  });
  const base = {
    operator: 'aclnnWeightQuantBatchMatmul' as const,
    path,
    m,
    k,
    n,
    x1: t('FLOAT16', [m, k], lx1),
    x2: t('INT8', [k, n], lx2),
    steps,
    warnings,
  };

  if (path === 'empty') {
    const b = input.bias ? input.bias.map((v) => f16(f32(v))) : null;
    const out = new Array<number>(m * n);
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) out[i * n + j] = f16(0 + (b ? b[j]! : 0));
    warnings.push({
      code: 'empty-tensor',
      message: `x1 or x2 is empty (m = ${m}, k = ${k}, n = ${n}): the operator fills the output with zeros plus f16(bias).`,
    });
    return {
      ...base,
      output: t('FLOAT16', [m, n], out),
      fixpipe: null,
      singleOp: null,
      weight: null,
      bias: b ? t('FLOAT16', [n], b) : null,
      accumulator: null,
    };
  }

  const ev = new EventCounter();
  const weight = new Array<number>(k * n);
  let fixpipe: WqbmmResult['fixpipe'] = null;
  let singleOp: WqbmmResult['singleOp'] = null;
  let bias: number[] | null = null;

  if (path === 'fixpipe') {
    const off = input.deqOffset!;
    const scale = input.deqScale!.map(fp19);
    const offsetSum = new Array<number>(k * n);
    const product = new Array<number>(k * n);
    for (let r = 0; r < k; r++)
      for (let j = 0; j < n; j++) {
        const idx = r * n + j;
        const o = lx2[idx]! + col(off, j);
        if (!isInt32(o)) ev.add('int32-overflow', [r, j]);
        const p = f32(f32(o) * col(scale, j));
        if (Math.abs(p) > F16Max) ev.add('f16-saturated', [r, j]);
        offsetSum[idx] = o;
        product[idx] = p;
        weight[idx] = f16sat(p);
      }
    fixpipe = {
      offsetSum: t('INT32', [k, n], offsetSum),
      scale: t('FLOAT32', [scale.length], scale),
      product: t('FLOAT32', [k, n], product),
    };
    bias = input.bias ? input.bias.map(f32) : null;
    const ignored: string[] = (['addOffset', 'mulScale'] as const).filter((x) => input[x] != null);
    if ((input.antiquantScale ?? 1) !== 1 || (input.antiquantOffset ?? 0) !== 0)
      ignored.push('antiquantScale/antiquantOffset');
    if (ignored.length)
      warnings.push({
        code: 'ignored-on-path',
        message: `m = ${m} ≤ 64 takes the fixpipe path, which ignores ${ignored.join(', ')} (fold them into deqOffset/deqScale as the vendor sample does).`,
      });
    const dm = input.diagonalMatrix;
    if (dm && !isIdentity32(dm))
      warnings.push({
        code: 'diagonal-not-identity',
        message: 'diagonalMatrix is not the 32×32 identity the operator requires; the reference assumes the identity.',
      });
  } else {
    const aqOff = f32(input.antiquantOffset ?? 0);
    const aqScale = f32(input.antiquantScale ?? 1);
    const applyOff = Math.abs(aqOff) > Eps23;
    const applyScale = Math.abs(aqScale - 1) > Eps23;
    const addOffset = input.addOffset ? input.addOffset.map(f16) : null;
    const mulScale = input.mulScale ? input.mulScale.map(f16) : null;
    const afterOff = applyOff ? new Array<number>(k * n) : null;
    const afterScale = applyScale ? new Array<number>(k * n) : null;
    const cast = new Array<number>(k * n);
    const afterAdd = addOffset ? new Array<number>(k * n) : null;
    const afterMul = mulScale ? new Array<number>(k * n) : null;
    for (let r = 0; r < k; r++)
      for (let j = 0; j < n; j++) {
        const idx = r * n + j;
        let w = f32(lx2[idx]!);
        if (applyOff) afterOff![idx] = w = f32(w + aqOff);
        if (applyScale) afterScale![idx] = w = f32(w * aqScale);
        const before = w;
        cast[idx] = w = f16(w);
        if (!Number.isFinite(w) && Number.isFinite(before)) ev.add('weight-overflow', [r, j]);
        if (addOffset) afterAdd![idx] = w = f16(w + col(addOffset, j));
        if (mulScale) afterMul![idx] = w = f16(w * col(mulScale, j));
        weight[idx] = w;
      }
    singleOp = {
      antiquantOffsetApplied: applyOff,
      antiquantScaleApplied: applyScale,
      afterAntiquantOffset: afterOff ? t('FLOAT32', [k, n], afterOff) : null,
      afterAntiquantScale: afterScale ? t('FLOAT32', [k, n], afterScale) : null,
      cast: t('FLOAT16', [k, n], cast),
      afterAddOffset: afterAdd ? t('FLOAT16', [k, n], afterAdd) : null,
      afterMulScale: afterMul ? t('FLOAT16', [k, n], afterMul) : null,
    };
    bias = input.bias ? input.bias.map((v) => f16(f32(v))) : null;
    const ignored = (['diagonalMatrix', 'deqOffset', 'deqScale'] as const).filter((x) => input[x] != null);
    if (ignored.length)
      warnings.push({
        code: 'ignored-on-path',
        message: `m = ${m} > 64 takes the single-op path, which ignores ${ignored.join(', ')}.`,
      });
    if (input.antiquantOffset != null && input.antiquantOffset !== 0 && !applyOff)
      warnings.push({code: 'antiquant-skipped', message: 'antiquantOffset is within 2^-23 of 0: the Add is skipped.'});
    if (input.antiquantScale != null && input.antiquantScale !== 1 && !applyScale)
      warnings.push({code: 'antiquant-skipped', message: 'antiquantScale is within 2^-23 of 1: the Mul is skipped.'});
  }

  const acc = new Array<number>(m * n);
  const out = new Array<number>(m * n);
  // Column-major copy of the weight and typed arrays keep the inner loop contiguous (values unchanged).
  const x1f = Float64Array.from(lx1);
  const wT = new Float64Array(k * n);
  for (let r = 0; r < k; r++) for (let j = 0; j < n; j++) wT[j * k + r] = weight[r * n + j]!;
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      let a = bias ? bias[j]! : 0;
      const xo = i * k;
      const wo = j * k;
      for (let r = 0; r < k; r++) a = Math.fround(a + x1f[xo + r]! * wT[wo + r]!);
      acc[i * n + j] = a;
      const o = f16(a);
      if (!Number.isFinite(o) && Number.isFinite(a)) ev.add('output-overflow', [i, j]);
      out[i * n + j] = o;
    }

  const report = (key: string, message: (c: number) => string) => {
    const e = ev.get(key);
    if (e) warnings.push({code: key, count: e.count, examples: e.examples, message: message(e.count)});
  };
  report(
    'int32-overflow',
    (c) =>
      `${c} weight element(s) x2 + deqOffset lie outside the int32 range. Hardware behaviour unknown: these results are unspecified; the values shown continue with the exact sum.`,
  );
  report('f16-saturated', (c) => `${c} weight element(s) exceeded ±65504 and were clamped (DEQF16 saturates).`);
  report(
    'weight-overflow',
    (c) => `${c} weight element(s) overflowed to ±Inf in the cast to FLOAT16 (INF_NAN mode assumed).`,
  );
  report(
    'output-overflow',
    (c) => `${c} output element(s) overflowed to ±Inf in the cast to FLOAT16 (INF_NAN mode assumed).`,
  );

  return {
    ...base,
    output: t('FLOAT16', [m, n], out),
    fixpipe,
    singleOp,
    weight: t('FLOAT16', [k, n], weight),
    bias: bias ? t(path === 'fixpipe' ? 'FLOAT32' : 'FLOAT16', [n], bias) : null,
    accumulator: t('FLOAT32', [m, n], acc),
  };
}

function isIdentity32(dm: Tensor): boolean {
  if (dm.shape.length !== 2 || dm.shape[0] !== 32 || dm.shape[1] !== 32 || dm.data.length !== 1024) return false;
  return dm.data.every((v, idx) => v === (Math.floor(idx / 32) === idx % 32 ? 1 : 0));
}
