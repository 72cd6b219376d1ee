/**
 * The C++ samples of the operator pages, described as calls (one preset per spec sample id).
 * The checker page offers them as presets; the tests assert each one passes the checker.
 * Keep them in step with src/operators/<apiName>/samples/*.cpp.
 */
import {getOperator} from '../../operators';
import type {L10n} from '../../operators/schema';
import type {CallDescription} from './types';

export interface SamplePreset {
  /** The spec's sample id. */
  id: string;
  operator: CallDescription['operator'];
  title: L10n;
  call: CallDescription;
}

function titleOf(operator: string, sampleId: string): L10n {
  const sample = getOperator(operator).samples.find((s) => s.id === sampleId);
  if (!sample) throw new Error(`presets: ${operator} has no sample "${sampleId}"`);
  return sample.title;
}

const QMAR = 'aclnnQuantMatmulAllReduceV2';
const WQBMM = 'aclnnWeightQuantBatchMatmul';

// allreduce-nd.cpp: kM = 32, kK = 64, kN = 128; perchannel dequantScale encoded to UINT64 with
// aclnnTransQuantParamV2; no pertoken scale; FLOAT16 x3 and output. `group` is whatever
// HcclGetCommName returns at run time: any name stands in for it here.
const allreduceNd: CallDescription = {
  operator: QMAR,
  product: 'Atlas A2',
  tensors: {
    x1: {shape: [32, 64], dtype: 'INT8', format: 'ND'},
    x2: {shape: [64, 128], dtype: 'INT8', format: 'ND'},
    biasOptional: {shape: [128], dtype: 'INT32', format: 'ND'},
    x3Optional: {shape: [32, 128], dtype: 'FLOAT16', format: 'ND'},
    dequantScale: {shape: [128], dtype: 'UINT64', format: 'ND'},
    pertokenScaleOptional: null,
    output: {shape: [32, 128], dtype: 'FLOAT16', format: 'ND'},
  },
  attrs: {group: 'hcom_world', reduceOp: 'sum', commTurn: 0, streamMode: 1},
};

// allreduce-nz.cpp: same sizes; x2 converted to FRACTAL_NZ by aclnnTransMatmulWeight (its view
// stays (k, n), its storage becomes 4-D); FLOAT32 dequantScale (n) with a FLOAT32 pertoken scale (m).
// The 4-D stored shape below is the usual INT8 NZ blocking (n/32, k/16, 16, 32); the sources do not
// give it, and the checker only looks at the rank (4-D), as the open-source code does.
const allreduceNz: CallDescription = {
  operator: QMAR,
  product: 'Atlas A2',
  tensors: {
    x1: {shape: [32, 64], dtype: 'INT8', format: 'ND'},
    x2: {shape: [64, 128], dtype: 'INT8', format: 'FRACTAL_NZ', storage_shape: [4, 4, 16, 32]},
    biasOptional: {shape: [128], dtype: 'INT32', format: 'ND'},
    x3Optional: {shape: [32, 128], dtype: 'FLOAT16', format: 'ND'},
    dequantScale: {shape: [128], dtype: 'FLOAT32', format: 'ND'},
    pertokenScaleOptional: {shape: [32], dtype: 'FLOAT32', format: 'ND'},
    output: {shape: [32, 128], dtype: 'FLOAT16', format: 'ND'},
  },
  attrs: {group: 'hcom_world', reduceOp: 'sum', commTurn: 0, streamMode: 1},
};

// m-gt-64.cpp: kM = 128, kK = kN = 4; FLOAT16 addOffset/mulScale (n); no fixpipe inputs, no bias.
const mGt64: CallDescription = {
  operator: WQBMM,
  product: 'Atlas A2',
  tensors: {
    x1: {shape: [128, 4], dtype: 'FLOAT16', format: 'ND'},
    x2: {shape: [4, 4], dtype: 'INT8', format: 'ND'},
    diagonalMatrix: null,
    deqOffset: null,
    deqScale: null,
    addOffset: {shape: [4], dtype: 'FLOAT16', format: 'ND'},
    mulScale: {shape: [4], dtype: 'FLOAT16', format: 'ND'},
    bias: null,
    out: {shape: [128, 4], dtype: 'FLOAT16', format: 'ND'},
  },
  attrs: {transposeX1: false, transposeX2: false, antiquantScale: 1, antiquantOffset: 0},
};

// m-le-64.cpp: kM = 16, kK = kN = 4; (32, 32) INT8 identity, INT32 deqOffset (n), UINT64 deqScale (n)
// from aclnnTransQuantParam; addOffset/mulScale folded in, so passed as null; no bias.
const mLe64: CallDescription = {
  operator: WQBMM,
  product: 'Atlas A2',
  tensors: {
    x1: {shape: [16, 4], dtype: 'FLOAT16', format: 'ND'},
    x2: {shape: [4, 4], dtype: 'INT8', format: 'ND'},
    diagonalMatrix: {shape: [32, 32], dtype: 'INT8', format: 'ND'},
    deqOffset: {shape: [4], dtype: 'INT32', format: 'ND'},
    deqScale: {shape: [4], dtype: 'UINT64', format: 'ND'},
    addOffset: null,
    mulScale: null,
    bias: null,
    out: {shape: [16, 4], dtype: 'FLOAT16', format: 'ND'},
  },
  attrs: {transposeX1: false, transposeX2: false, antiquantScale: 1, antiquantOffset: 0},
};

/** Every page sample as a call description, in page order. */
export const samplePresets: SamplePreset[] = [
  {id: 'allreduce-nd', operator: QMAR, title: titleOf(QMAR, 'allreduce-nd'), call: allreduceNd},
  {id: 'allreduce-nz', operator: QMAR, title: titleOf(QMAR, 'allreduce-nz'), call: allreduceNz},
  {id: 'm-gt-64', operator: WQBMM, title: titleOf(WQBMM, 'm-gt-64'), call: mGt64},
  {id: 'm-le-64', operator: WQBMM, title: titleOf(WQBMM, 'm-le-64'), call: mLe64},
];

/** The presets of one operator. */
export function presetsOf(operator: string): SamplePreset[] {
  return samplePresets.filter((p) => p.operator === operator);
}
