/**
 * Property tests of the reference implementations with a seeded PRNG (reproducible): where no
 * rounding can occur, the results must equal exact integer arithmetic.
 */
import {describe, expect, it} from 'vitest';
import {quantMatmulAllReduceV2, splitAlongK} from '../aclnnQuantMatmulAllReduceV2';
import type {DequantScale, QmarOutDType, QmarRankInput} from '../aclnnQuantMatmulAllReduceV2';
import {weightQuantBatchMatmul} from '../aclnnWeightQuantBatchMatmul';
import {f32Bits} from '../numerics';

/** mulberry32: a small seeded PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    int,
    pick: <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!,
    ints: (n: number, a: number) => Array.from({length: n}, () => int(-a, a)),
  };
}

/** UINT64 as aclnnTransQuantParamV2 encodes a float scale: (fp32 bits & 0xFFFFE000) | 1 << 46. */
const encodeV2 = (s: number) => BigInt(f32Bits(s) & 0xffffe000) | (1n << 46n);

function exactMatmul(x1: number[], x2: number[], m: number, k: number, n: number): number[] {
  const out = new Array<number>(m * n).fill(0);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) for (let t = 0; t < k; t++) out[i * n + j] += x1[i * k + t]! * x2[t * n + j]!;
  return out;
}

type Mode = {y: QmarOutDType; scale: (s: number) => DequantScale; pertoken: boolean};
const Modes: Mode[] = [
  {y: 'FLOAT16', scale: (s) => ({dtype: 'UINT64', data: [encodeV2(s)]}), pertoken: false},
  {y: 'FLOAT16', scale: (s) => ({dtype: 'FLOAT32', data: [s]}), pertoken: true},
  {y: 'BFLOAT16', scale: (s) => ({dtype: 'BFLOAT16', data: [s]}), pertoken: false},
  {y: 'BFLOAT16', scale: (s) => ({dtype: 'BFLOAT16', data: [s]}), pertoken: true},
];
/** Integers up to this magnitude are exact in the dtype (11 and 8 significant bits). */
const ExactInt: Record<QmarOutDType, number> = {FLOAT16: 2048, BFLOAT16: 256};

describe('quantMatmulAllReduceV2 properties', () => {
  it('with unit scales, zero bias and small integers equals the exact integer matmul summed over ranks (2,000 cases)', () => {
    const r = prng(6);
    for (let c = 0; c < 2000; c++) {
      const mode = Modes[c % Modes.length]!;
      const w = r.pick([1, 2, 4, 8] as const);
      const [m, n] = [r.int(1, 6), r.int(1, 6)];
      // bound: W·k·a² ≤ ExactInt (8·8·25 = 1600 for FLOAT16, 8·8·4 = 256 for BFLOAT16).
      const a = mode.y === 'FLOAT16' ? 5 : 2;
      const expected = new Array<number>(m * n).fill(0);
      const ranks: QmarRankInput[] = Array.from({length: w}, () => {
        const k = r.int(1, 8);
        const x1 = r.ints(m * k, a);
        const x2 = r.ints(k * n, a);
        exactMatmul(x1, x2, m, k, n).forEach((v, i) => (expected[i] += v));
        return {
          x1: {shape: [m, k], data: x1},
          x2: {shape: [k, n], data: x2},
          bias: r.int(0, 1) ? new Array<number>(n).fill(0) : null,
          dequantScale: mode.scale(1),
          pertoken: mode.pertoken ? new Array<number>(m).fill(1) : null,
        };
      });
      expect(Math.max(...expected.map(Math.abs))).toBeLessThanOrEqual(ExactInt[mode.y]);
      const got = quantMatmulAllReduceV2({outputDtype: mode.y, ranks}).output.data.map((v) => v + 0);
      if (got.join() !== expected.join()) throw new Error(`case ${c}: ${got} ≠ ${expected}`);
    }
  });

  it('splitting k across 2, 4 or 8 ranks equals the unsplit result when nothing rounds (2,000 cases)', () => {
    const r = prng(7);
    for (let c = 0; c < 2000; c++) {
      const mode = Modes[c % Modes.length]!;
      const [m, n, k] = [r.int(1, 6), r.int(1, 6), r.int(1, 16)];
      // Everything is an integer multiple of u = scale·pertoken (powers of two), bounded by
      // k·4 + 20 + 20 = 104 units < 256, so every per-rank value and partial sum is exact.
      const scale = 2 ** r.int(-2, 1);
      const pt = mode.pertoken ? Array.from({length: m}, () => 2 ** r.int(-1, 1)) : null;
      const x1 = r.ints(m * k, 2);
      const x2 = r.ints(k * n, 2);
      const bias = r.int(0, 1) ? r.ints(n, 20) : null;
      const x3 = r.int(0, 1)
        ? r.ints(m * n, 20).map((v, idx) => v * scale * (pt ? pt[Math.floor(idx / n)]! : 1))
        : null;
      const unsplit: QmarRankInput = {
        x1: {shape: [m, k], data: x1},
        x2: {shape: [k, n], data: x2},
        bias,
        dequantScale: mode.scale(scale),
        pertoken: pt,
        x3: x3 ? {shape: [m, n], data: x3} : null,
      };
      const w = r.pick([2, 4, 8] as const);
      const one = quantMatmulAllReduceV2({outputDtype: mode.y, ranks: [unsplit]}).output.data;
      const split = quantMatmulAllReduceV2({outputDtype: mode.y, ranks: splitAlongK(unsplit, w)}).output.data;
      const exact = exactMatmul(x1, x2, m, k, n).map(
        (v, idx) =>
          (v + (bias ? bias[idx % n]! : 0)) * scale * (pt ? pt[Math.floor(idx / n)]! : 1) + (x3 ? x3[idx]! : 0),
      );
      if (one.map((v) => v + 0).join() !== exact.join()) throw new Error(`case ${c}: unsplit ${one} ≠ exact ${exact}`);
      if (split.map((v) => v + 0).join() !== exact.join())
        throw new Error(`case ${c}: split ${split} ≠ exact ${exact}`);
    }
  });
});

describe('weightQuantBatchMatmul properties', () => {
  it('both paths equal the exact matmul + bias with unit scales and small integers (1,000 cases)', () => {
    const r = prng(8);
    for (let c = 0; c < 1000; c++) {
      const m = c % 2 ? r.int(1, 64) : r.int(65, 100);
      const [k, n] = [r.int(1, 16), r.int(1, 6)];
      const x1 = r.ints(m * k, 4);
      const x2 = r.ints(k * n, 8);
      const bias = r.int(0, 1) ? r.ints(n, 100) : null;
      const res = weightQuantBatchMatmul({
        x1: {shape: [m, k], data: x1},
        x2: {shape: [k, n], data: x2},
        deqOffset: [0],
        deqScale: [encodeV2(1)],
        bias,
      });
      expect(res.path).toBe(m <= 64 ? 'fixpipe' : 'single-op');
      const exact = exactMatmul(x1, x2, m, k, n).map((v, idx) => v + (bias ? bias[idx % n]! : 0));
      if (res.output.data.map((v) => v + 0).join() !== exact.join()) throw new Error(`case ${c}`);
    }
  });

  it('the two paths agree at the m = 64 / 65 boundary when the dequantization is exact (500 cases)', () => {
    const r = prng(9);
    for (let c = 0; c < 500; c++) {
      const [k, n] = [r.int(1, 8), r.int(1, 4)];
      const off = r.int(-3, 3);
      const scale = 2 ** r.int(-3, 2);
      const x2 = r.ints(k * n, 8);
      const rows = r.ints(k, 4); // one row of x1, repeated
      const run = (m: number) =>
        weightQuantBatchMatmul({
          x1: {shape: [k, m], data: rows.flatMap((v) => new Array<number>(m).fill(v))},
          x2: {shape: [k, n], data: x2},
          transposeX1: true,
          deqOffset: [off],
          deqScale: [encodeV2(scale)],
          antiquantOffset: off,
          antiquantScale: scale,
        });
      const a = run(64);
      const b = run(65);
      expect([a.path, b.path]).toEqual(['fixpipe', 'single-op']);
      expect(b.output.data.slice(0, n)).toEqual(a.output.data.slice(0, n));
    }
  });
});
