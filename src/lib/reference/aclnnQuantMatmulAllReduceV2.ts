/**
 * Reference implementation of aclnnQuantMatmulAllReduceV2 (issue 6), following
 * ../shared/reference/numerics.md, "QMAR V2": W simulated ranks, each with its own x1, x2, bias,
 * dequantScale, pertoken scale and x3; per rank int32 accumulation including the bias, the dequant
 * of the four dtype cases, the pertoken scale, the x3 add; then the all-reduce sum in the output
 * dtype, folded over the ranks in order with one rounding per add. Pure and synchronous.
 */
import {bf16, f16, f16sat, f32, F16Max, fp19, Int32Max, isInt32} from './numerics';
import {EventCounter, ReferenceInputError} from './types';
import type {ResultTensor, Step, Tensor, Warning} from './types';

/** The output dtypes of the operator. */
export type QmarOutDType = 'FLOAT16' | 'BFLOAT16';

/** The dequantScale of one rank: shape (1), (n) or (1, n), given flat. */
export type DequantScale =
  {dtype: 'UINT64' | 'INT64'; data: bigint[]} | {dtype: 'FLOAT32' | 'BFLOAT16'; data: number[]};

/** The inputs of one rank. */
export interface QmarRankInput {
  /** INT8, (m, k) or (b, s, k); 3-D is flattened to (b·s, k). */
  x1: Tensor;
  /** INT8, (k, n): the logical (view) matrix, after any transpose. */
  x2: Tensor;
  /** INT32, (n). (null) */
  bias?: number[] | null;
  dequantScale: DequantScale;
  /** FLOAT32, (m) or (b·s). (null) */
  pertoken?: number[] | null;
  /** Output dtype, output shape. (null) */
  x3?: Tensor | null;
}

export interface QmarInput {
  outputDtype: QmarOutDType;
  /** 1, 2, 4 or 8 ranks, reduced in this order. */
  ranks: QmarRankInput[];
}

/** Every intermediate of one rank; all tensors have the output shape unless stated. */
export interface QmarRankResult {
  rank: number;
  /** The labelled steps of this rank (they differ between ranks only if their optional inputs do). */
  steps: Step[];
  /** INT32: Σ x1·x2 + bias, exact (out-of-range values are flagged in the warnings). */
  acc: ResultTensor;
  /** The scale each column is multiplied by, shape (1) or (n): fp19 of a UINT64, f32 or bf16 value. */
  scale: ResultTensor;
  /** FLOAT32: f32(f32(acc) · scale). */
  dequantized: ResultTensor;
  /** FLOAT32: f32(dequantized · pertoken[i]), when pertoken is given. */
  afterPertoken: ResultTensor | null;
  /** Output dtype: the dequantized value converted (f16sat, f16 or bf16). */
  converted: ResultTensor;
  /** Output dtype: after adding this rank's x3, when given. */
  afterX3: ResultTensor | null;
  /** Output dtype: what this rank contributes to the all-reduce. */
  local: ResultTensor;
}

export interface QmarResult {
  operator: 'aclnnQuantMatmulAllReduceV2';
  output: ResultTensor;
  ranks: QmarRankResult[];
  /** partials[r - 1] = the running sum after adding rank r (r = 1 … W−1); the last one is the output. */
  partials: ResultTensor[];
  steps: Step[];
  warnings: Warning[];
}

/** The rank counts Atlas A2 supports (constraint `topology`). */
export const QmarRankCounts = [1, 2, 4, 8] as const;

const Steps = {
  acc: {
    id: 'int32-accumulate',
    name: 'int32 accumulation of x1·x2 with the int32 bias (cube, L0C)',
    formula: 'acc = Σ_t x1[i][t]·x2[t][j] + bias[j]',
    provenance: 'code',
    note: 'The bias is added in int32 before the dequant; V2 has no float bias.',
  },
  accRange: {
    id: 'int32-range',
    name: 'int32 overflow of the accumulator',
    formula: 'acc ∈ [−2^31, 2^31−1]',
    provenance: 'unknown',
    note: 'No source says whether the cube wraps or saturates; out-of-range sums are flagged and the reference continues with the exact sum.',
  },
  intToF32Fixpipe: {
    id: 'int-to-f32-fixpipe',
    name: 'int32 → fp32 in the fixpipe',
    formula: 'f32(acc) = RNE_f32(acc); |acc| ≤ 2^24 ⇒ f32(acc) = acc',
    provenance: 'inferred',
    note: 'Assumed to match the vector Cast (CAST_NONE = RINT when inexact).',
  },
  intToF32Vector: {
    id: 'int-to-f32-vector',
    name: 'int32 → fp32 in the vector unit',
    formula: 'f32(acc) = RNE_f32(acc); |acc| ≤ 2^24 ⇒ f32(acc) = acc',
    provenance: 'doc',
    note: 'Cast RoundMode table: CAST_NONE means CAST_RINT when the conversion is inexact.',
  },
  fp19: {
    id: 'fp19-decode',
    name: 'UINT64 scale read as fp19 (bits 13..31 of the low word)',
    formula: 's_j = bits→f32(low32(q) & 0xFFFFE000)',
    provenance: 'doc',
    note: 'DEQF16 reads sign, 8-bit exponent and 10-bit mantissa; bits 0..12, the offset field and bit 46 are ignored.',
  },
  productFixpipe: {
    id: 'dequant-product-fixpipe',
    name: 'dequant product rounded to fp32',
    formula: 'd = f32(f32(acc) · s_j)',
    provenance: 'inferred',
    note: 'The fixpipe is assumed to form the product in fp32 with RNE.',
  },
  f16sat: {
    id: 'f16sat',
    name: 'DEQF16 conversion to FLOAT16 with saturation',
    formula: 'v = RNE_f16(clamp(d, −65504, 65504))',
    provenance: 'doc',
    note: 'The DEQF16 mode does not support INF_NAN; the vendor Python model clips to the float16 range.',
  },
  scaleProduct: {
    id: 'dequant-product-vector',
    name: 'dequant scale product in fp32',
    formula: 'd = f32(f32(acc) · f32(s_j))',
    provenance: 'code',
    note: 'The vector epilogue multiplies in fp32.',
  },
  pertoken: {
    id: 'pertoken-product',
    name: 'pertoken scale product in fp32',
    formula: 'p = f32(d · f32(pertoken[i]))',
    provenance: 'code',
    note: 'Applied after the dequant scale, in fp32.',
  },
  castF16: {
    id: 'cast-f16',
    name: 'cast fp32 → FLOAT16, round to nearest even',
    formula: 'v = f16(p)',
    provenance: 'code',
    note: 'Cast with CAST_RINT.',
  },
  castBf16: {
    id: 'cast-bf16',
    name: 'cast fp32 → BFLOAT16, round to nearest even',
    formula: 'v = bf16(p)',
    provenance: 'code',
    note: 'Cast with CAST_RINT.',
  },
  overflowMode: {
    id: 'overflow-inf',
    name: 'FLOAT16 overflow in vector ops and the all-reduce gives ±Inf',
    formula: '|x| ≥ 65520 ⇒ f16(x) = ±Inf',
    provenance: 'inferred',
    note: 'INF_NAN is the documented default float-overflow mode on Atlas A2 (aclrtFloatOverflowMode); that the operator and HCCL run in it is assumed.',
  },
  x3F16: {
    id: 'x3-add-f16',
    name: 'add this rank’s x3 in FLOAT16 (on every rank)',
    formula: 'v = f16(v + x3[i][j])',
    provenance: 'code',
    note: 'A half-precision Add on each rank before the all-reduce: W ranks passing the same x3 add W·x3.',
  },
  x3Bf16: {
    id: 'x3-add-bf16',
    name: 'add this rank’s x3 in fp32, cast to BFLOAT16 (on every rank)',
    formula: 'v = bf16(f32(v + x3[i][j]))',
    provenance: 'code',
    note: 'An fp32 Add then CAST_RINT on each rank before the all-reduce: W ranks passing the same x3 add W·x3.',
  },
  reduceDtype: {
    id: 'allreduce-dtype',
    name: 'all-reduce sum in the output dtype',
    formula: 'out = round_y(… round_y(local[0] + local[1]) … + local[W−1])',
    provenance: 'code',
    note: 'HCCL sums the FLOAT16/BFLOAT16 output buffers.',
  },
  reduceOrder: {
    id: 'allreduce-order',
    name: 'all-reduce order: ranks 0, 1, …, W−1, one rounding per add',
    formula: 's₀ = local[0]; s_r = round_y(s_{r−1} + local[r]), r = 1 … W−1',
    provenance: 'inferred',
    note: 'The order is unspecified (non-deterministic by default); for W > 2 compare with a tolerance of one output ulp per extra rank.',
  },
} satisfies Record<string, Step>;

/** The labelled steps for a case, in computation order. */
export function qmarSteps(outputDtype: QmarOutDType, pertoken: boolean, x3: boolean): Step[] {
  const s: Step[] = [Steps.acc, Steps.accRange];
  if (outputDtype === 'FLOAT16' && !pertoken)
    s.push(Steps.intToF32Fixpipe, Steps.fp19, Steps.productFixpipe, Steps.f16sat);
  else {
    s.push(Steps.intToF32Vector, Steps.scaleProduct);
    if (pertoken) s.push(Steps.pertoken);
    s.push(outputDtype === 'FLOAT16' ? Steps.castF16 : Steps.castBf16);
  }
  if (x3) s.push(outputDtype === 'FLOAT16' ? Steps.x3F16 : Steps.x3Bf16);
  s.push(Steps.reduceDtype, Steps.reduceOrder);
  if (outputDtype === 'FLOAT16') s.push(Steps.overflowMode);
  return s.map((x) => ({...x}));
}

function prod(shape: number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

function checkTensor(problems: string[], where: string, t: Tensor | null | undefined, dims: number[]): boolean {
  if (!t) {
    problems.push(`${where}: missing`);
    return false;
  }
  if (!dims.includes(t.shape.length)) {
    problems.push(`${where}: expected ${dims.join(' or ')} dimensions, got shape [${t.shape.join(', ')}]`);
    return false;
  }
  if (t.data.length !== prod(t.shape)) {
    problems.push(`${where}: ${t.data.length} values for shape [${t.shape.join(', ')}]`);
    return false;
  }
  return true;
}

function checkInts(problems: string[], where: string, data: number[], lo: number, hi: number, dtype: string): void {
  const bad = data.findIndex((v) => !Number.isInteger(v) || v < lo || v > hi);
  if (bad >= 0) problems.push(`${where}[${bad}] = ${data[bad]} is not an ${dtype} value (integer in [${lo}, ${hi}])`);
}

interface Geometry {
  m: number;
  k: number;
  n: number;
  outShape: number[];
}

function validateRank(problems: string[], r: number, rank: QmarRankInput, outputDtype: QmarOutDType): Geometry | null {
  const at = `rank ${r}`;
  const before = problems.length;
  if (!checkTensor(problems, `${at}: x1`, rank.x1, [2, 3]) || !checkTensor(problems, `${at}: x2`, rank.x2, [2]))
    return null;
  const k = rank.x1.shape[rank.x1.shape.length - 1];
  const m = prod(rank.x1.shape.slice(0, -1));
  const [k2, n] = rank.x2.shape;
  if (k2 !== k) problems.push(`${at}: x2 has k = ${k2} rows but x1 has k = ${k} columns`);
  checkInts(problems, `${at}: x1`, rank.x1.data, -128, 127, 'INT8');
  checkInts(problems, `${at}: x2`, rank.x2.data, -128, 127, 'INT8');
  if (rank.bias) {
    if (rank.bias.length !== n) problems.push(`${at}: bias has length ${rank.bias.length}, expected n = ${n}`);
    checkInts(problems, `${at}: bias`, rank.bias, -2147483648, 2147483647, 'INT32');
  }
  const ds = rank.dequantScale;
  if (!ds) problems.push(`${at}: dequantScale missing`);
  else {
    if (ds.data.length !== 1 && ds.data.length !== n)
      problems.push(`${at}: dequantScale has ${ds.data.length} values, expected 1 or n = ${n}`);
    const pertoken = rank.pertoken != null;
    if (outputDtype === 'FLOAT16' && !pertoken && ds.dtype !== 'UINT64' && ds.dtype !== 'INT64')
      problems.push(
        `${at}: FLOAT16 output without pertoken needs a UINT64/INT64 dequantScale (got ${ds.dtype}; numerics not modelled)`,
      );
    if (outputDtype === 'FLOAT16' && pertoken && ds.dtype !== 'FLOAT32')
      problems.push(`${at}: FLOAT16 output with pertoken needs a FLOAT32 dequantScale (got ${ds.dtype})`);
    if (outputDtype === 'BFLOAT16' && ds.dtype !== 'BFLOAT16')
      problems.push(`${at}: BFLOAT16 output needs a BFLOAT16 dequantScale (got ${ds.dtype})`);
  }
  if (rank.pertoken && rank.pertoken.length !== m)
    problems.push(`${at}: pertoken has length ${rank.pertoken.length}, expected ${m} (the rows of x1)`);
  const outShape = [...rank.x1.shape.slice(0, -1), n];
  if (rank.x3 && checkTensor(problems, `${at}: x3`, rank.x3, [2, 3])) {
    if (rank.x3.shape.join(',') !== outShape.join(','))
      problems.push(
        `${at}: x3 shape [${rank.x3.shape.join(', ')}] differs from the output shape [${outShape.join(', ')}]`,
      );
  }
  return problems.length === before ? {m, k, n, outShape} : null;
}

function roundY(dtype: QmarOutDType, x: number): number {
  return dtype === 'FLOAT16' ? f16(x) : bf16(x);
}

function tensor(dtype: ResultTensor['dtype'], shape: number[], data: number[]): ResultTensor {
  return {shape: [...shape], dtype, data};
}

/**
 * Computes aclnnQuantMatmulAllReduceV2 over W simulated ranks and returns the output with every
 * intermediate of every rank, the labelled steps and the warnings. Throws ReferenceInputError for
 * inputs it cannot compute (shape mismatch, non-int8 values, a dtype combination the operator
 * rejects).
 * @example
 * const r = quantMatmulAllReduceV2({
 *   outputDtype: 'FLOAT16',
 *   ranks: [{x1: {shape: [1, 1], data: [3]}, x2: {shape: [1, 1], data: [5]},
 *            dequantScale: {dtype: 'UINT64', data: [0x000040003f800000n]}}],
 * });
 * r.output.data; // [15]
 */
export function quantMatmulAllReduceV2(input: QmarInput): QmarResult {
  const {outputDtype, ranks} = input;
  const problems: string[] = [];
  if (outputDtype !== 'FLOAT16' && outputDtype !== 'BFLOAT16')
    problems.push(`output dtype must be FLOAT16 or BFLOAT16, got ${String(outputDtype)}`);
  if (!Array.isArray(ranks) || !(QmarRankCounts as readonly number[]).includes(ranks.length))
    throw new ReferenceInputError([
      ...problems,
      `the number of ranks must be 1, 2, 4 or 8 (Atlas A2, constraint topology), got ${Array.isArray(ranks) ? ranks.length : 'none'}`,
    ]);
  const geos = ranks.map((rk, r) => validateRank(problems, r, rk, outputDtype));
  if (problems.length === 0) {
    const g0 = geos[0]!;
    geos.forEach((g, r) => {
      if (g && g.outShape.join(',') !== g0.outShape.join(','))
        problems.push(
          `rank ${r}: output shape [${g.outShape.join(', ')}] differs from rank 0's [${g0.outShape.join(', ')}]; the all-reduce needs equal shapes`,
        );
    });
  }
  if (problems.length > 0) throw new ReferenceInputError(problems);

  const warnings: Warning[] = [];
  const rankResults = ranks.map((rk, r) => computeRank(r, rk, geos[r]!, outputDtype, warnings));
  const stepKey = (x: QmarRankResult) => x.steps.map((st) => st.id).join();
  if (rankResults.some((x) => stepKey(x) !== stepKey(rankResults[0]!)))
    warnings.push({
      code: 'ranks-differ',
      message:
        'The ranks differ in which optional inputs (pertoken, x3) they pass, so their steps differ: see each rank’s steps. The top-level steps are rank 0’s.',
    });
  const outShape = geos[0]!.outShape;

  // All-reduce: fold in rank order, one rounding to the output dtype per add.
  const partials: ResultTensor[] = [];
  const reduceEvents = new EventCounter();
  let sum = rankResults[0]!.local.data.slice();
  const n = geos[0]!.n;
  for (let r = 1; r < rankResults.length; r++) {
    const local = rankResults[r]!.local.data;
    sum = sum.map((v, idx) => {
      const s = roundY(outputDtype, v + local[idx]!);
      if (!Number.isFinite(s) && Number.isFinite(v) && Number.isFinite(local[idx]!))
        reduceEvents.add('overflow', [Math.floor(idx / n), idx % n]);
      return s;
    });
    partials.push(tensor(outputDtype, outShape, sum.slice()));
  }
  const ov = reduceEvents.get('overflow');
  if (ov)
    warnings.push({
      code: 'allreduce-overflow',
      message: `${ov.count} element(s) overflowed to ±Inf in the ${outputDtype} all-reduce sum (INF_NAN overflow mode assumed).`,
      count: ov.count,
      examples: ov.examples,
    });
  if (ranks.length > 2)
    warnings.push({
      code: 'allreduce-order',
      message: `With ${ranks.length} ranks the hardware reduction order is unspecified; the reference folds ranks 0…${ranks.length - 1} in order. Expect up to one ${outputDtype} ulp per extra rank of difference.`,
    });

  return {
    operator: 'aclnnQuantMatmulAllReduceV2',
    output: tensor(outputDtype, outShape, sum),
    ranks: rankResults,
    partials,
    steps: rankResults[0]!.steps,
    warnings,
  };
}

function effectiveScale(ds: DequantScale): ResultTensor {
  switch (ds.dtype) {
    case 'UINT64':
    case 'INT64':
      return tensor('FLOAT32', [ds.data.length], ds.data.map(fp19));
    case 'FLOAT32':
      return tensor(
        'FLOAT32',
        [ds.data.length],
        ds.data.map((v) => f32(v)),
      );
    default:
      return tensor(
        'BFLOAT16',
        [ds.data.length],
        ds.data.map((v) => bf16(v)),
      );
  }
}

function computeRank(
  r: number,
  rank: QmarRankInput,
  g: Geometry,
  y: QmarOutDType,
  warnings: Warning[],
): QmarRankResult {
  const {m, k, n, outShape} = g;
  const x1 = rank.x1.data;
  const x2 = rank.x2.data;
  const bias = rank.bias ?? null;
  const pt = rank.pertoken ? rank.pertoken.map(f32) : null;
  const x3 = rank.x3 ? rank.x3.data.map((v) => roundY(y, v)) : null;
  const scale = effectiveScale(rank.dequantScale);
  const sc = scale.data;
  const fixpipe = y === 'FLOAT16' && !pt;
  const size = m * n;
  const acc = new Array<number>(size);
  const deq = new Array<number>(size);
  const afterPt = pt ? new Array<number>(size) : null;
  const conv = new Array<number>(size);
  const afterX3 = x3 ? new Array<number>(size) : null;
  const ev = new EventCounter();
  // Column-major copy of x2 keeps the inner loop contiguous (int8 values, exact in Float64Array).
  const x1f = Float64Array.from(x1);
  const x2T = new Float64Array(k * n);
  for (let t = 0; t < k; t++) for (let j = 0; j < n; j++) x2T[j * k + t] = x2[t * n + j]!;

  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const idx = i * n + j;
      let s = 0;
      let bound = 0;
      for (let t = 0; t < k; t++) {
        const p = x1f[i * k + t]! * x2T[j * k + t]!;
        s += p;
        bound += Math.abs(p);
      }
      const b = bias ? bias[j]! : 0;
      const a = s + b;
      bound += Math.abs(b);
      acc[idx] = a;
      if (!isInt32(a)) ev.add('int32-overflow', [i, j]);
      else if (bound > Int32Max) ev.add('int32-partial', [i, j]);

      const sj = sc.length === 1 ? sc[0]! : sc[j]!;
      const d = f32(f32(a) * sj);
      deq[idx] = d;
      let v: number;
      if (fixpipe) {
        v = f16sat(d);
        if (Math.abs(d) > F16Max) ev.add('f16-saturated', [i, j]);
      } else {
        let p = d;
        if (pt) {
          p = f32(d * pt[i]!);
          afterPt![idx] = p;
        }
        v = roundY(y, p);
        if (Number.isFinite(p) && !Number.isFinite(v)) ev.add('cast-overflow', [i, j]);
      }
      conv[idx] = v;
      if (x3) {
        const x3v = x3[idx]!;
        const w = y === 'FLOAT16' ? f16(v + x3v) : bf16(f32(v + x3v));
        if (!Number.isFinite(w) && Number.isFinite(v) && Number.isFinite(x3v)) ev.add('x3-overflow', [i, j]);
        afterX3![idx] = w;
        v = w;
      }
    }
  }

  const report = (key: string, code: string, message: (count: number) => string) => {
    const e = ev.get(key);
    if (e) warnings.push({code, rank: r, count: e.count, examples: e.examples, message: message(e.count)});
  };
  report(
    'int32-overflow',
    'int32-overflow',
    (c) =>
      `rank ${r}: for ${c} element(s) the exact sum Σ x1·x2 + bias lies outside the int32 range [-2^31, 2^31-1]. Hardware behaviour unknown (wrap or saturate): these results are unspecified; the values shown continue with the exact sum.`,
  );
  report(
    'int32-partial',
    'int32-partial-overflow',
    (c) =>
      `rank ${r}: for ${c} element(s) Σ|x1·x2| + |bias| exceeds 2^31-1, so a partial sum can leave the int32 range depending on the accumulation order although the final sum is in range. Hardware behaviour unknown: the values shown hold if the accumulator wraps.`,
  );
  report(
    'f16-saturated',
    'f16-saturated',
    (c) =>
      `rank ${r}: ${c} element(s) exceeded ±65504 after the dequant and were clamped to ±65504 (DEQF16 saturates).`,
  );
  report(
    'cast-overflow',
    'cast-overflow',
    (c) => `rank ${r}: ${c} element(s) overflowed to ±Inf in the cast to ${y} (INF_NAN overflow mode assumed).`,
  );
  report(
    'x3-overflow',
    'x3-overflow',
    (c) => `rank ${r}: ${c} element(s) overflowed to ±Inf when adding x3 in ${y} (INF_NAN overflow mode assumed).`,
  );

  const local = afterX3 ?? conv;
  return {
    rank: r,
    acc: tensor('INT32', outShape, acc),
    scale,
    dequantized: tensor('FLOAT32', outShape, deq),
    afterPertoken: afterPt ? tensor('FLOAT32', outShape, afterPt) : null,
    converted: tensor(y, outShape, conv),
    afterX3: afterX3 ? tensor(y, outShape, afterX3) : null,
    local: tensor(y, outShape, local.slice()),
    steps: qmarSteps(y, pt != null, x3 != null),
  };
}

/**
 * Splits one rank's matmul along k into W ranks (contiguous chunks of k, the first ones one longer
 * when k is not divisible by W): each rank gets its slice of x1's columns and x2's rows and the same
 * dequantScale and pertoken; bias and x3 go to rank 0 only, so that the reduced sum equals the
 * unsplit result whenever no rounding occurs.
 * @example splitAlongK(rank, 2) // two ranks, k/2 each
 */
export function splitAlongK(rank: QmarRankInput, w: number): QmarRankInput[] {
  const k = rank.x1.shape[rank.x1.shape.length - 1]!;
  const rows = rank.x1.data.length / Math.max(k, 1);
  const n = rank.x2.shape[1]!;
  const out: QmarRankInput[] = [];
  let start = 0;
  for (let r = 0; r < w; r++) {
    const len = Math.floor(k / w) + (r < k % w ? 1 : 0);
    const x1: number[] = [];
    for (let i = 0; i < rows; i++) x1.push(...rank.x1.data.slice(i * k + start, i * k + start + len));
    const x2 = rank.x2.data.slice(start * n, (start + len) * n);
    out.push({
      x1: {shape: [...rank.x1.shape.slice(0, -1), len], data: x1},
      x2: {shape: [len, n], data: x2},
      bias: r === 0 ? (rank.bias ?? null) : null,
      dequantScale: rank.dequantScale,
      pertoken: rank.pertoken ?? null,
      x3: r === 0 ? (rank.x3 ?? null) : null,
    });
    start += len;
  }
  return out;
}
