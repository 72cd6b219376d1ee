/**
 * The case table of the checker tests: for every constraint id of both specs, calls that satisfy
 * it and calls that break it (or, for 'info' rules, calls that produce their note), with the
 * expected documented status and implementation difference. Each case is a sample preset with a
 * patch applied, so what a case changes is visible at a glance.
 */
import {samplePresets} from '../presets';
import type {CallDescription, CallDType, TensorDescription} from '../types';

export type CaseKind = 'pass' | 'fail' | 'note';

export interface CheckCase {
  operator: CallDescription['operator'];
  constraint: string;
  kind: CaseKind;
  /** What the case does, in test-name form. */
  name: string;
  call: CallDescription;
  /** Expected documented status code. */
  documented: number;
  /**
   * Expected implementation verdict; null: none expected (asserted absent). `code: null` is an
   * UNDETERMINED verdict (the stage named is not public).
   */
  impl: {code: number | null; stage: string} | null;
}

/** A tensor description. */
export function T(shape: number[], dtype: CallDType, extra: Partial<TensorDescription> = {}): TensorDescription {
  return {shape, dtype, format: 'ND', ...extra};
}

interface Patch {
  tensors?: Record<string, TensorDescription | null>;
  attrs?: Record<string, string | number | boolean>;
}

/** A sample preset with tensors/attrs replaced by the patch. */
export function fromPreset(id: string, patch: Patch = {}): CallDescription {
  const preset = samplePresets.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  const call = structuredClone(preset.call);
  Object.assign(call.tensors, structuredClone(patch.tensors ?? {}));
  Object.assign(call.attrs, patch.attrs ?? {});
  return call;
}

const Q = 'aclnnQuantMatmulAllReduceV2' as const;
const W = 'aclnnWeightQuantBatchMatmul' as const;

function q(
  constraint: string,
  kind: CaseKind,
  name: string,
  call: CallDescription,
  documented = 0,
  impl: CheckCase['impl'] = null,
): CheckCase {
  return {operator: Q, constraint, kind, name, call, documented, impl};
}
/**
 * A WQBMM case. Default implementation verdict: a call the documented rules accept passes the
 * op_api check and reaches l0 ops whose source is not public, so UNDETERMINED; a call they reject
 * is rejected by the op_api with the same code. Cases that differ say so.
 */
function w(
  constraint: string,
  kind: CaseKind,
  name: string,
  call: CallDescription,
  documented = 0,
  impl: CheckCase['impl'] = documented === 0 ? {code: null, stage: 'l0 op'} : null,
): CheckCase {
  return {operator: W, constraint, kind, name, call, documented, impl};
}

const tiling = {code: 561002, stage: 'tiling'};
const ok = {code: 0, stage: 'none'};
const param161002 = {code: 161002, stage: 'parameter check'};
/** UNDETERMINED: the call passes the visible checks and reaches an l0 op whose source is not public. */
const hiddenL0 = {code: null, stage: 'l0 op'};
/** UNDETERMINED: the framework behind the generated aclnnInner API decides (not public). */
const hiddenFramework = {code: null, stage: 'framework'};

// ---- QMAR (base: the allreduce-nd sample, x1 (32, 64), x2 (64, 128), FLOAT16 output) ----------------
const nd = (patch?: Patch) => fromPreset('allreduce-nd', patch);
const nz = (patch?: Patch) => fromPreset('allreduce-nz', patch);
const bf16 = nd({
  tensors: {
    dequantScale: T([128], 'BFLOAT16'),
    x3Optional: T([32, 128], 'BFLOAT16'),
    output: T([32, 128], 'BFLOAT16'),
  },
});
const withPertoken = nd({tensors: {dequantScale: T([128], 'FLOAT32'), pertokenScaleOptional: T([32], 'FLOAT32')}});
const x1Rank3 = nd({
  tensors: {
    x1: T([2, 16, 64], 'INT8'),
    x3Optional: T([2, 16, 128], 'FLOAT16'),
    output: T([2, 16, 128], 'FLOAT16'),
    dequantScale: T([128], 'FLOAT32'),
    pertokenScaleOptional: T([32], 'FLOAT32'),
  },
});
const x2Transposed = nd({tensors: {x2: T([64, 128], 'INT8', {transposed: true, storage_shape: [128, 64]})}});
const emptyK = nd({tensors: {x1: T([32, 0], 'INT8'), x2: T([0, 128], 'INT8')}});
const emptyM = nd({tensors: {x1: T([0, 64], 'INT8'), x3Optional: null, output: T([0, 128], 'FLOAT16')}});
const k65535 = nd({tensors: {x1: T([32, 65535], 'INT8'), x2: T([65535, 128], 'INT8')}});
const k70000 = nd({tensors: {x1: T([32, 70000], 'INT8'), x2: T([70000, 128], 'INT8')}});
const n70000 = nd({
  tensors: {
    x2: T([64, 70000], 'INT8'),
    biasOptional: T([70000], 'INT32'),
    x3Optional: null,
    dequantScale: T([1], 'UINT64'),
    output: T([32, 70000], 'FLOAT16'),
  },
});
const n70000Transposed = nd({
  tensors: {
    x2: T([64, 70000], 'INT8', {transposed: true, storage_shape: [70000, 64]}),
    biasOptional: T([70000], 'INT32'),
    x3Optional: null,
    dequantScale: T([1], 'UINT64'),
    output: T([32, 70000], 'FLOAT16'),
  },
});
const mAtMax = nd({
  tensors: {x1: T([2147483647, 64], 'INT8'), x3Optional: null, output: T([2147483647, 128], 'FLOAT16')},
});
const mOverMax = nd({
  tensors: {x1: T([2, 1073741824, 64], 'INT8'), x3Optional: null, output: T([2, 1073741824, 128], 'FLOAT16')},
});

export const qmarCases: CheckCase[] = [
  q('not-null', 'pass', 'the allreduce-nd sample: x1, x2, dequantScale and output given', nd()),
  q('not-null', 'fail', 'x2 is a null pointer → 161001', nd({tensors: {x2: null}}), 161001),
  q('not-null', 'fail', 'output absent (null) → 161001', nd({tensors: {output: null}}), 161001),

  q('dtype-format', 'pass', 'BFLOAT16 output with BFLOAT16 dequantScale and x3Optional', bf16),
  q('dtype-format', 'fail', 'FLOAT16 x1 → 161002', nd({tensors: {x1: T([32, 64], 'FLOAT16')}}), 161002),
  q(
    'dtype-format',
    'fail',
    'FRACTAL_NZ biasOptional → 161002',
    nd({tensors: {biasOptional: T([128], 'INT32', {format: 'FRACTAL_NZ'})}}),
    161002,
  ),

  q('fp16-dequant', 'pass', 'FLOAT16 output + pertoken + FLOAT32 dequantScale', withPertoken),
  q(
    'fp16-dequant',
    'fail',
    'FLOAT16 output, no pertoken, FLOAT32 dequantScale → 161002 (code: tiling 561002)',
    nd({tensors: {dequantScale: T([128], 'FLOAT32')}}),
    161002,
    tiling,
  ),
  q(
    'fp16-dequant',
    'fail',
    'FLOAT16 output + pertoken + UINT64 dequantScale → 161002',
    nd({tensors: {pertokenScaleOptional: T([32], 'FLOAT32')}}),
    161002,
  ),

  q('bf16-dequant', 'pass', 'BFLOAT16 output with BFLOAT16 dequantScale', bf16),
  q(
    'bf16-dequant',
    'fail',
    'BFLOAT16 output with UINT64 dequantScale → 161002',
    nd({tensors: {x3Optional: T([32, 128], 'BFLOAT16'), output: T([32, 128], 'BFLOAT16')}}),
    161002,
  ),

  q('x3-dtype-match', 'pass', 'x3Optional FLOAT16 like output', nd()),
  q(
    'x3-dtype-match',
    'fail',
    'BFLOAT16 x3Optional with FLOAT16 output: documented 0, code 161002',
    nd({tensors: {x3Optional: T([32, 128], 'BFLOAT16')}}),
    0,
    param161002,
  ),

  q('fp16-pertoken-scale-dtype', 'pass', 'pertoken FLOAT32 and dequantScale FLOAT32', withPertoken),
  q(
    'fp16-pertoken-scale-dtype',
    'fail',
    'pertoken FLOAT32 with INT64 dequantScale → 161002',
    nd({tensors: {dequantScale: T([128], 'INT64'), pertokenScaleOptional: T([32], 'FLOAT32')}}),
    161002,
  ),

  q('bf16-pair', 'pass', 'BFLOAT16 output and dequantScale', bf16),
  q(
    'bf16-pair',
    'fail',
    'FLOAT16 output with BFLOAT16 dequantScale → 161002',
    nd({tensors: {dequantScale: T([128], 'BFLOAT16')}}),
    161002,
  ),

  q('fp16-fp32-scale-in-tiling', 'pass', 'FLOAT16 output, no pertoken, UINT64 dequantScale', nd()),
  q(
    'fp16-fp32-scale-in-tiling',
    'fail',
    'FLOAT16 output, no pertoken, FLOAT32 dequantScale → 161002, code 561002 (tiling)',
    nd({tensors: {dequantScale: T([1], 'FLOAT32')}}),
    161002,
    tiling,
  ),

  q('reduce-op-value', 'pass', 'reduceOp "sum"', nd()),
  q('reduce-op-value', 'fail', 'reduceOp "SUM" (case-sensitive) → 161002', nd({attrs: {reduceOp: 'SUM'}}), 161002),

  q('stream-mode-value', 'pass', 'streamMode 1', nd()),
  q('stream-mode-value', 'fail', 'streamMode 0 → 161002', nd({attrs: {streamMode: 0}}), 161002),

  q('comm-turn-value', 'pass', 'commTurn 0', nd()),
  q('comm-turn-value', 'fail', 'commTurn 2 → 161002 (code: tiling 561002)', nd({attrs: {commTurn: 2}}), 161002, tiling),

  q('x1-rank', 'pass', '3-D x1 (2, 16, 64) with output (2, 16, 128)', x1Rank3),
  q('x1-rank', 'fail', '4-D x1 → 161002', nd({tensors: {x1: T([1, 2, 16, 64], 'INT8'), x3Optional: null}}), 161002),
  q(
    'x1-rank',
    'fail',
    'transposed x1: documented 161002, the op_api does not check it (I7): undetermined (framework)',
    nd({tensors: {x1: T([32, 64], 'INT8', {transposed: true})}}),
    161002,
    hiddenFramework,
  ),

  q('x2-rank', 'pass', 'transposed x2 view (64, 128) stored as (128, 64)', x2Transposed),
  q('x2-rank', 'fail', 'x2 k = 32 but x1 k = 64 → 161002', nd({tensors: {x2: T([32, 128], 'INT8')}}), 161002),
  q(
    'x2-rank',
    'fail',
    'FRACTAL_NZ x2 without a 4-D storage_shape → 161002',
    nd({tensors: {x2: T([64, 128], 'INT8', {format: 'FRACTAL_NZ'})}}),
    161002,
  ),

  q('empty', 'pass', 'no zero dims', nd()),
  q('empty', 'fail', 'm = 0 (x1 (0, 64), output (0, 128)) → 161002', emptyM, 161002),
  q('empty', 'fail', 'k = 0 → 161002 (code: tiling 561002)', emptyK, 161002, tiling),

  q('output-not-empty', 'pass', 'output (32, 128)', nd()),
  q('output-not-empty', 'fail', 'output (0, 128) → 161002', emptyM, 161002),

  q('empty-k-in-tiling', 'pass', 'k = 64', nd()),
  q('empty-k-in-tiling', 'fail', 'x1 (32, 0), x2 (0, 128) → 161002, code 561002 (tiling)', emptyK, 161002, tiling),

  q('m-max', 'pass', 'm = 2147483647 (the limit itself)', mAtMax),
  q('m-max', 'fail', '3-D x1 with b*s = 2147483648 → 161002 (code: tiling 561002)', mOverMax, 161002, tiling),

  q('last-dim-max', 'pass', 'k = 65535 (the limit itself)', k65535),
  q('last-dim-max', 'pass', 'transposed x2 with n = 70000 (its last dim is k = 64)', n70000Transposed),
  q('last-dim-max', 'fail', 'k = 70000 → 161002 (code: tiling 561002)', k70000, 161002, tiling),

  q('limits-in-tiling', 'pass', 'k = 65535', k65535),
  q(
    'limits-in-tiling',
    'fail',
    'non-transposed x2 with n = 70000 → 161002, code 561002 (tiling)',
    n70000,
    161002,
    tiling,
  ),

  q('output-shape', 'pass', 'output (32, 128) for x1 (32, 64), x2 (64, 128)', nd()),
  q(
    'output-shape',
    'fail',
    'output (32, 64) → 161002',
    nd({tensors: {output: T([32, 64], 'FLOAT16'), x3Optional: null}}),
    161002,
  ),

  q('x3-shape', 'pass', 'x3Optional (32, 128) like output', nd()),
  q('x3-shape', 'fail', 'x3Optional (1, 128) → 161002', nd({tensors: {x3Optional: T([1, 128], 'FLOAT16')}}), 161002),
  q(
    'x3-shape',
    'fail',
    'x3Optional (1, 128) with an NZ x2: documented 161002, phase 1 does not reject (I6)',
    nz({tensors: {x3Optional: T([1, 128], 'FLOAT16')}}),
    161002,
    ok,
  ),

  q('bias-shape', 'pass', 'biasOptional (128)', nd()),
  q(
    'bias-shape',
    'fail',
    'biasOptional (1, 128) → 161002',
    nd({tensors: {biasOptional: T([1, 128], 'INT32')}}),
    161002,
  ),
  q(
    'bias-shape',
    'fail',
    'biasOptional (1, 128) with an NZ x2: documented 161002, the tiling bias check (1-D) returns 561002',
    nz({tensors: {biasOptional: T([1, 128], 'INT32')}}),
    161002,
    tiling,
  ),

  q(
    'dequant-scale-shape',
    'pass',
    'dequantScale (1, n) = (1, 128)',
    nd({tensors: {dequantScale: T([1, 128], 'UINT64')}}),
  ),
  q('dequant-scale-shape', 'pass', 'dequantScale (1) (pertensor)', nd({tensors: {dequantScale: T([1], 'UINT64')}})),
  q(
    'dequant-scale-shape',
    'fail',
    'dequantScale (n, 1) with an ND x2 → 161002',
    nd({tensors: {dequantScale: T([128, 1], 'UINT64')}}),
    161002,
  ),
  q(
    'dequant-scale-shape',
    'fail',
    'dequantScale (n, 1) with an NZ x2: documented 161002, code accepts (I6)',
    nz({tensors: {dequantScale: T([128, 1], 'FLOAT32')}}),
    161002,
    ok,
  ),

  q('pertoken-shape', 'pass', 'pertoken (b*s) = (32) for x1 (2, 16, 64)', x1Rank3),
  q(
    'pertoken-shape',
    'fail',
    'pertoken (2, 16) for x1 (2, 16, 64) → 161002',
    fromX1Rank3({pertokenScaleOptional: T([2, 16], 'FLOAT32')}),
    161002,
  ),

  q('pertoken-rank', 'pass', 'pertoken (32) for x1 (32, 64)', withPertoken),
  q(
    'pertoken-rank',
    'fail',
    'pertoken (31) for x1 (32, 64) → 161002',
    nd({tensors: {dequantScale: T([128], 'FLOAT32'), pertokenScaleOptional: T([31], 'FLOAT32')}}),
    161002,
  ),

  q('nz-shape-checks-skipped', 'pass', 'the allreduce-nz sample: element counts match (adds the NZ note)', nz()),
  q(
    'nz-shape-checks-skipped',
    'fail',
    'NZ x2 with a biasOptional of 64 elements → 161002, code 561002 (tiling)',
    nz({tensors: {biasOptional: T([64], 'INT32')}}),
    161002,
    tiling,
  ),

  q('x2-transpose-only', 'pass', 'x2 as a transposed view of the last two axes', x2Transposed),
  q(
    'x2-transpose-only',
    'fail',
    'non-contiguous x2 that is not a transpose → 161002',
    nd({tensors: {x2: T([64, 128], 'INT8', {contiguous: false})}}),
    161002,
  ),
  q(
    'x2-transpose-only',
    'fail',
    'transposed x2 whose storage_shape is not the swapped view → 161002',
    nd({tensors: {x2: T([64, 128], 'INT8', {transposed: true, storage_shape: [64, 128]})}}),
    161002,
  ),

  q('determinism', 'note', 'every call carries the determinism note', nd()),
  q('mc2-scenario', 'note', 'every call carries the MC2 scenario note', nd()),
  q('topology', 'note', 'every call carries the topology note', nz()),
  q(
    'single-domain',
    'note',
    'every call carries the communication-domain note, naming group',
    nd({attrs: {group: '<script>alert(1)</script>'}}),
  ),
];

function fromX1Rank3(tensors: Record<string, TensorDescription | null>): CallDescription {
  const call = structuredClone(x1Rank3);
  Object.assign(call.tensors, tensors);
  return call;
}

// ---- WQBMM (bases: m-gt-64 (m = 128, single-op path) and m-le-64 (m = 16, fixpipe path)) ----------
const gt = (patch?: Patch) => fromPreset('m-gt-64', patch);
const le = (patch?: Patch) => fromPreset('m-le-64', patch);
const noFixpipe = {diagonalMatrix: null, deqOffset: null, deqScale: null};
const m64 = gt({tensors: {x1: T([64, 4], 'FLOAT16'), out: T([64, 4], 'FLOAT16'), ...noFixpipe}});
const m65 = gt({tensors: {x1: T([65, 4], 'FLOAT16'), out: T([65, 4], 'FLOAT16')}});
const tX1Large = gt({tensors: {x1: T([4, 128], 'FLOAT16')}, attrs: {transposeX1: true}});
const tX1Small = gt({tensors: {x1: T([4, 16], 'FLOAT16'), out: T([16, 4], 'FLOAT16')}, attrs: {transposeX1: true}});
const tX2 = gt({
  tensors: {
    x2: T([8, 4], 'INT8'),
    addOffset: T([8, 1], 'FLOAT16'),
    mulScale: T([8, 1], 'FLOAT16'),
    out: T([128, 8], 'FLOAT16'),
  },
  attrs: {transposeX2: true},
});
const batch3 = gt({
  tensors: {x1: T([2, 128, 4], 'FLOAT16'), x2: T([2, 4, 4], 'INT8'), out: T([2, 128, 4], 'FLOAT16')},
});

export const wqbmmCases: CheckCase[] = [
  w('not-null', 'pass', 'the m-gt-64 sample: x1 and x2 given, fixpipe inputs null (m > 64)', gt()),
  w(
    'not-null',
    'fail',
    'x1 null: documented 161001, code 161002 (I10)',
    gt({tensors: {x1: null}}),
    161001,
    param161002,
  ),
  w(
    'not-null',
    'fail',
    'm = 16 and deqScale null: documented 161001, code 161002',
    le({tensors: {deqScale: null}}),
    161001,
    param161002,
  ),

  w('fixpipe-inputs-required', 'pass', 'm = 65 without fixpipe inputs', m65),
  w(
    'fixpipe-inputs-required',
    'pass',
    'transposeX1: x1 stored (4, 128) gives m = 128, no fixpipe inputs needed',
    tX1Large,
  ),
  w(
    'fixpipe-inputs-required',
    'pass',
    'm = 64 without fixpipe inputs: documented 0 (the error table says m < 64), code 161002 (m ≤ 64, E5)',
    m64,
    0,
    param161002,
  ),
  w(
    'fixpipe-inputs-required',
    'fail',
    'm = 63 without fixpipe inputs → 161001, code 161002',
    gt({tensors: {x1: T([63, 4], 'FLOAT16'), out: T([63, 4], 'FLOAT16'), ...noFixpipe}}),
    161001,
    param161002,
  ),
  w(
    'fixpipe-inputs-required',
    'fail',
    'transposeX1: x1 stored (4, 16) gives m = 16, fixpipe inputs missing → 161001',
    tX1Small,
    161001,
    param161002,
  ),

  w('impl-not-null', 'pass', 'out given', gt()),
  w('impl-not-null', 'fail', 'out null: documented 0, code 161002 (I11)', gt({tensors: {out: null}}), 0, param161002),

  w('dtype-format', 'pass', 'the m-le-64 sample: every dtype as documented', le()),
  w('dtype-format', 'fail', 'FLOAT32 x1 → 161002', gt({tensors: {x1: T([128, 4], 'FLOAT32')}}), 161002),
  w(
    'dtype-format',
    'fail',
    'm > 64 with an INT64 deqScale: documented 161002, not checked off-path (I12)',
    gt({tensors: {deqScale: T([4], 'INT64')}}),
    161002,
    hiddenL0,
  ),
  w(
    'dtype-format',
    'fail',
    'FRACTAL_NZ x2: documented 161002, no format check in the code (I17)',
    gt({tensors: {x2: T([4, 4], 'INT8', {format: 'FRACTAL_NZ'})}}),
    161002,
    hiddenL0,
  ),

  w(
    'out-dtype',
    'pass',
    'INT8 out (documented; the code rejects it, I11)',
    gt({tensors: {out: T([128, 4], 'INT8')}}),
    0,
    param161002,
  ),
  w('out-dtype', 'fail', 'FLOAT32 out → 161002', gt({tensors: {out: T([128, 4], 'FLOAT32')}}), 161002),

  w('impl-dtypes', 'pass', 'm ≤ 64 with INT8/INT32/UINT64 fixpipe inputs', le()),
  w(
    'impl-dtypes',
    'fail',
    'm ≤ 64 with an INT64 deqScale → 161002',
    le({tensors: {deqScale: T([4], 'INT64')}}),
    161002,
  ),

  w('out-float16-only', 'pass', 'FLOAT16 out', gt()),
  w(
    'out-float16-only',
    'fail',
    'INT8 out: documented 0, code 161002 (E6, I11)',
    gt({tensors: {out: T([128, 4], 'INT8')}}),
    0,
    param161002,
  ),

  w('x-rank-2d', 'pass', '2-D x1 and x2', gt()),
  w('x-rank-2d', 'fail', '3-D x1 and x2: documented 161002, code runs a batch matmul (I16)', batch3, 161002, hiddenL0),

  w('dims-range', 'pass', '3-D x1 and x2 (within 2..8 dims)', batch3, 161002, hiddenL0),
  w('dims-range', 'fail', '1-D x1 → 161002', gt({tensors: {x1: T([4], 'FLOAT16')}}), 161002),
  w('dims-range', 'fail', '9-D x2 → 161002', gt({tensors: {x2: T([1, 1, 1, 1, 1, 1, 1, 4, 4], 'INT8')}}), 161002),

  w('k-match', 'pass', 'transposeX2: x2 stored (n, k) = (8, 4) with k = 4', tX2),
  w(
    'k-match',
    'fail',
    'x2 (8, 4) without transposeX2: k = 8 ≠ 4 → 161002',
    gt({tensors: {x2: T([8, 4], 'INT8')}}),
    161002,
  ),

  w('k-equal', 'pass', 'transposeX2 with matching k', tX2),
  w(
    'k-equal',
    'fail',
    'transposeX1 = true on x1 (128, 4): k = 128 ≠ 4 → 161002',
    gt({
      attrs: {transposeX1: true},
      tensors: {
        ...noFixpipe,
        diagonalMatrix: T([32, 32], 'INT8'),
        deqOffset: T([4], 'INT32'),
        deqScale: T([4], 'UINT64'),
        out: T([4, 4], 'FLOAT16'),
      },
    }),
    161002,
  ),

  w('out-shape', 'pass', 'out (128, 4)', gt()),
  w('out-shape', 'fail', 'out (128, 8) → 161002', gt({tensors: {out: T([128, 8], 'FLOAT16')}}), 161002),

  w('out-shape-match', 'pass', 'out (2, 128, 4) for batch x1 (2, 128, 4)', batch3, 161002, hiddenL0),
  w(
    'out-shape-match',
    'fail',
    'out (1, 128, 4) for batch x1 (2, 128, 4) → 161002',
    gt({tensors: {x1: T([2, 128, 4], 'FLOAT16'), x2: T([2, 4, 4], 'INT8'), out: T([1, 128, 4], 'FLOAT16')}}),
    161002,
  ),

  w('bias-shape', 'pass', 'bias (n) = (4)', gt({tensors: {bias: T([4], 'FLOAT32')}})),
  w(
    'bias-shape',
    'fail',
    'bias [1]: documented 161002, code 561103 later in phase 1 (I15)',
    gt({tensors: {bias: T([1], 'FLOAT32')}}),
    161002,
    hiddenL0,
  ),
  w(
    'bias-shape',
    'fail',
    'bias (2, 4): documented 161002, the code check accepts it',
    gt({tensors: {bias: T([2, 4], 'FLOAT32')}}),
    161002,
    hiddenL0,
  ),

  w('bias-last-dim', 'pass', 'bias (1, 4): last dim n', gt({tensors: {bias: T([1, 4], 'FLOAT32')}}), 161002, hiddenL0),
  w('bias-last-dim', 'fail', 'bias (3) → 161002', gt({tensors: {bias: T([3], 'FLOAT32')}}), 161002),

  w('diagonal-matrix-identity', 'pass', 'diagonalMatrix (32, 32) on the fixpipe path', le()),
  w(
    'diagonal-matrix-identity',
    'fail',
    'diagonalMatrix (16, 16), m ≤ 64 → 161002',
    le({tensors: {diagonalMatrix: T([16, 16], 'INT8')}}),
    161002,
  ),
  w(
    'diagonal-matrix-identity',
    'fail',
    'diagonalMatrix (16, 16), m > 64: documented 161002, not checked (I13)',
    gt({tensors: {diagonalMatrix: T([16, 16], 'INT8')}}),
    161002,
    hiddenL0,
  ),

  w(
    'diagonal-shape-32',
    'pass',
    'm > 64: the code does not check diagonalMatrix',
    gt({tensors: {diagonalMatrix: T([16, 16], 'INT8')}}),
    161002,
    hiddenL0,
  ),
  w(
    'diagonal-shape-32',
    'fail',
    'm ≤ 64 with diagonalMatrix (32, 16) → 161002',
    le({tensors: {diagonalMatrix: T([32, 16], 'INT8')}}),
    161002,
  ),

  w(
    'scale-offset-shape',
    'pass',
    'deqScale (1, n) and deqOffset (1) on the fixpipe path',
    le({tensors: {deqScale: T([1, 4], 'UINT64'), deqOffset: T([1], 'INT32')}}),
  ),
  w(
    'scale-offset-shape',
    'fail',
    'deqScale (2, 4): documented 161002, code 561103 (cannot broadcast, I14)',
    le({tensors: {deqScale: T([2, 4], 'UINT64')}}),
    161002,
    hiddenL0,
  ),
  w(
    'scale-offset-shape',
    'fail',
    'x2 (4, 8), deqOffset (n, 1) = (8, 1): documented 161002, code 561103 (last dim only, I14)',
    le({
      tensors: {
        x2: T([4, 8], 'INT8'),
        deqOffset: T([8, 1], 'INT32'),
        deqScale: T([8], 'UINT64'),
        out: T([16, 8], 'FLOAT16'),
      },
    }),
    161002,
    hiddenL0,
  ),
  w(
    'scale-offset-shape',
    'fail',
    'm > 64 with addOffset (3) → 161002',
    gt({tensors: {addOffset: T([3], 'FLOAT16')}}),
    161002,
  ),

  w('deq-last-dim', 'pass', 'deqScale (1) on the fixpipe path', le({tensors: {deqScale: T([1], 'UINT64')}})),
  w('deq-last-dim', 'fail', 'deqScale (3), n = 4 → 161002', le({tensors: {deqScale: T([3], 'UINT64')}}), 161002),

  w(
    'add-mul-broadcast-dim',
    'pass',
    'addOffset (1, 4) on the single-op path',
    gt({tensors: {addOffset: T([1, 4], 'FLOAT16')}}),
  ),
  w(
    'add-mul-broadcast-dim',
    'fail',
    'transposeX2 with 1-D mulScale (4) where n = k: documented 0, code 161002 (I14)',
    gt({tensors: {addOffset: null, mulScale: T([4], 'FLOAT16')}, attrs: {transposeX2: true}}),
    0,
    param161002,
  ),
  w(
    'add-mul-broadcast-dim',
    'fail',
    'addOffset (5) with n = 4 → 161002',
    gt({tensors: {addOffset: T([5], 'FLOAT16')}}),
    161002,
  ),

  w('contiguous-inputs', 'pass', 'contiguous inputs', gt()),
  w(
    'contiguous-inputs',
    'fail',
    'transposed x2 view: documented 161002, the code makes it contiguous (I17)',
    gt({tensors: {x2: T([4, 4], 'INT8', {transposed: true})}}),
    161002,
    hiddenL0,
  ),

  w('determinism', 'note', 'every call carries the determinism note', gt()),
  w(
    'empty-input',
    'note',
    'x1 (128, 0), x2 (0, 4): success, zeros + bias (I18)',
    gt({tensors: {x1: T([128, 0], 'FLOAT16'), x2: T([0, 4], 'INT8')}}),
  ),
  w(
    'layout',
    'note',
    'non-contiguous x1: the code makes it contiguous (I17)',
    gt({tensors: {x1: T([128, 4], 'FLOAT16', {contiguous: false})}}),
    161002,
    hiddenL0,
  ),
];

/** Both tables. */
export const allCases: CheckCase[] = [...qmarCases, ...wqbmmCases];
