/**
 * Benchmark of the reference implementation in Node (issue 6): prints the median time of N runs for
 *   - aclnnQuantMatmulAllReduceV2 16×16×16 with 8 ranks (the playground's largest case),
 *   - aclnnQuantMatmulAllReduceV2 64×256×256 on one rank,
 *   - aclnnWeightQuantBatchMatmul 64×256×256 (fixpipe path) and 65×256×256 (single-op path).
 * Inputs come from a seeded PRNG, so runs are comparable.  Run: npm run --silent bench:reference
 */
import {performance} from 'node:perf_hooks';
import {quantMatmulAllReduceV2} from '../src/lib/reference/aclnnQuantMatmulAllReduceV2';
import type {QmarInput, QmarRankInput} from '../src/lib/reference/aclnnQuantMatmulAllReduceV2';
import {weightQuantBatchMatmul} from '../src/lib/reference/aclnnWeightQuantBatchMatmul';
import type {WqbmmInput} from '../src/lib/reference/aclnnWeightQuantBatchMatmul';
import {f16, f32Bits} from '../src/lib/reference/numerics';

function prng(seed: number): (lo: number, hi: number) => number {
  let a = seed >>> 0;
  return (lo, hi) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return lo + Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (hi - lo + 1));
  };
}

const encodeV2 = (s: number) => BigInt(f32Bits(s) & 0xffffe000) | (1n << 46n);

function qmarCase(m: number, k: number, n: number, w: number, seed: number): QmarInput {
  const r = prng(seed);
  const ints = (len: number, lo: number, hi: number) => Array.from({length: len}, () => r(lo, hi));
  const ranks: QmarRankInput[] = Array.from({length: w}, () => ({
    x1: {shape: [m, k], data: ints(m * k, -128, 127)},
    x2: {shape: [k, n], data: ints(k * n, -128, 127)},
    bias: ints(n, -1000, 1000),
    dequantScale: {dtype: 'UINT64', data: ints(n, 1, 1000).map((v) => encodeV2(v * 1e-6))},
    x3: {shape: [m, n], data: ints(m * n, -100, 100).map((v) => f16(v / 8))},
  }));
  return {outputDtype: 'FLOAT16', ranks};
}

function wqbmmCase(m: number, k: number, n: number, seed: number): WqbmmInput {
  const r = prng(seed);
  const ints = (len: number, lo: number, hi: number) => Array.from({length: len}, () => r(lo, hi));
  return {
    x1: {shape: [m, k], data: ints(m * k, -1000, 1000).map((v) => f16(v / 1000))},
    x2: {shape: [k, n], data: ints(k * n, -128, 127)},
    antiquantScale: 0.01,
    antiquantOffset: 1,
    deqOffset: ints(n, -3, 3),
    deqScale: ints(n, 1, 100).map((v) => encodeV2(v * 1e-3)),
    addOffset: ints(n, -10, 10).map((v) => f16(v / 100)),
    mulScale: ints(n, 1, 10).map((v) => f16(v / 4)),
    bias: ints(n, -100, 100).map((v) => v / 10),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function bench(name: string, runs: number, fn: () => unknown): void {
  for (let i = 0; i < 3; i++) fn(); // warm-up (JIT)
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  const fmt = (ms: number) => ms.toFixed(3).padStart(9);
  console.log(`${name.padEnd(52)} median ${fmt(median(times))} ms   min ${fmt(Math.min(...times))} ms   (N = ${runs})`);
}

console.log(`reference benchmark — Node ${process.version}, ${process.platform}/${process.arch}`);
const q16 = qmarCase(16, 16, 16, 8, 1);
const q64 = qmarCase(64, 256, 256, 1, 2);
const w64 = wqbmmCase(64, 256, 256, 3);
const w65 = wqbmmCase(65, 256, 256, 4);
bench('QuantMatmulAllReduceV2 16×16×16, 8 ranks', 200, () => quantMatmulAllReduceV2(q16));
bench('QuantMatmulAllReduceV2 64×256×256, 1 rank', 30, () => quantMatmulAllReduceV2(q64));
bench('WeightQuantBatchMatmul 64×256×256 (fixpipe path)', 30, () => weightQuantBatchMatmul(w64));
bench('WeightQuantBatchMatmul 65×256×256 (single-op path)', 30, () => weightQuantBatchMatmul(w65));
