import {describe, expect, it} from 'vitest';
import {weightQuantBatchMatmul} from '../aclnnWeightQuantBatchMatmul';
import type {WqbmmInput} from '../aclnnWeightQuantBatchMatmul';
import {formatHex} from '../numerics';
import {ReferenceInputError} from '../types';
import type {Tensor} from '../types';

const mat = (rows: number[][]): Tensor => ({shape: [rows.length, rows[0]?.length ?? 0], data: rows.flat()});
const ones = (rows: number, cols: number): Tensor => ({shape: [rows, cols], data: new Array(rows * cols).fill(1)});
const hex = (data: number[]) => data.map((v) => formatHex('FLOAT16', v));

/** 0.1f as aclnnTransQuantParam (V1, host) writes it: raw fp32 bits 0x3DCCCCCD | 1 << 46. */
const S01V1 = 0x000040003dcccccdn;
const S1 = 0x000040003f800000n;

/**
 * The same call with x1 stored (1, m) and transposeX1, so m = the stored last dim. The fixpipe
 * inputs (deqScale = the V1 encoding of 0.1) and the single-op inputs (antiquantScale = 0.1) describe
 * the same dequantization, x2 = 3.
 */
const boundary = (m: number): WqbmmInput => ({
  x1: ones(1, m),
  x2: mat([[3]]),
  transposeX1: true,
  antiquantScale: 0.1,
  antiquantOffset: 0,
  deqOffset: [0],
  deqScale: [S01V1],
});

interface Case {
  name: string;
  /** How the expected value was computed by hand. */
  how: string;
  input: WqbmmInput;
  path: 'fixpipe' | 'single-op' | 'empty';
  shape: number[];
  /** Expected output values (all rows, row-major). */
  values: number[];
  hex: string[];
}

const rep = <T>(n: number, v: T[]): T[] => Array.from({length: n}, () => v).flat();

// Hand-computed cases. f16 step in [2^e, 2^(e+1)) is 2^(e-10).
const Cases: Case[] = [
  {
    name: 'm = 64 with transposeX1 takes the fixpipe path (fp19 deqScale, DEQF16)',
    how: 'stored x1 (1, 64), m = 64 ≤ 64. W = f16sat(f32(3 · 819/8192)) = f16(2457/8192 = 0.2999267578125); f16 step 2^-12 in [0.25,0.5): ×4096 = 1228.5, a tie → 1228 (even) → 0.2998046875 = 0x34CC; out = f16(f32(0 + 1·W)) = 0x34CC on all 64 rows',
    input: boundary(64),
    path: 'fixpipe',
    shape: [64, 1],
    values: rep(64, [0.2998046875]),
    hex: rep(64, ['0x34CC']),
  },
  {
    name: 'm = 65 with transposeX1 takes the single-op path (antiquantScale in fp32, then f16)',
    how: 'stored x1 (1, 65), m = 65 > 64. w = f32(3 · f32(0.1)) = f32(0.3) = 10066330·2^-25 = 0.30000001192; f16: ×4096 = 1228.8 → 1229 → 0.300048828125 = 0x34CD on all 65 rows',
    input: boundary(65),
    path: 'single-op',
    shape: [65, 1],
    values: rep(65, [0.300048828125]),
    hex: rep(65, ['0x34CD']),
  },
  {
    name: 'm > 64: FLOAT16 rounding after the cast, before mulScale, differs from exact',
    how: 'x2 = 1, antiquantScale 0.1: f16(f32(0.1)) = 1638·2^-14 = 0.0999755859375; × mulScale 3 in f16: 0.2999267578125 → tie → 0.2998046875 = 0x34CC (exact 0.3 → 0x34CD)',
    input: {x1: ones(65, 1), x2: mat([[1]]), antiquantScale: 0.1, mulScale: [3]},
    path: 'single-op',
    shape: [65, 1],
    values: rep(65, [0.2998046875]),
    hex: rep(65, ['0x34CC']),
  },
  {
    name: 'm > 64: addOffset then mulScale, each rounded to FLOAT16',
    how: 'cast 0.0999755859375; addOffset f16(0.2) = 1638·2^-13 = 0.199951171875; sum 0.2999267578125 → tie → 0.2998046875; ×3 = 0.8994140625 = 1842/2048 exact = 0x3B32 (exact (0.1 + 0.2)·3 = 0.9 → 0x3B33)',
    input: {x1: ones(65, 1), x2: mat([[1]]), antiquantScale: 0.1, addOffset: [0.2], mulScale: [3]},
    path: 'single-op',
    shape: [65, 1],
    values: rep(65, [0.8994140625]),
    hex: rep(65, ['0x3B32']),
  },
  {
    name: 'm > 64: antiquantOffset = 2^-23 is skipped (|offset| must exceed 2^-23)',
    how: 'x2 = 0; the Add is skipped, w = 0 → out 0 = 0x0000 (applying it would give 2^-23 = 2·2^-24 = 0x0002)',
    input: {x1: ones(65, 1), x2: mat([[0]]), antiquantOffset: 2 ** -23},
    path: 'single-op',
    shape: [65, 1],
    values: rep(65, [0]),
    hex: rep(65, ['0x0000']),
  },
  {
    name: 'm > 64: antiquantOffset = 2^-22 is applied',
    how: 'x2 = 0; w = f32(0 + 2^-22) = 2^-22 = 4·2^-24, an f16 subnormal = 0x0004',
    input: {x1: ones(65, 1), x2: mat([[0]]), antiquantOffset: 2 ** -22},
    path: 'single-op',
    shape: [65, 1],
    values: rep(65, [2 ** -22]),
    hex: rep(65, ['0x0004']),
  },
  {
    name: 'fixpipe path (m = 64) keeps the bias in fp32',
    how: 'W = f16sat(1 · 2^-11) = 2^-11; acc = f32(f32(1 + 2^-11) + 1·2^-11) = 1 + 2^-10 → f16 exact = 0x3C01',
    input: {x1: ones(64, 1), x2: mat([[1]]), deqOffset: [0], deqScale: [0x000040003a000000n], bias: [1 + 2 ** -11]},
    path: 'fixpipe',
    shape: [64, 1],
    values: rep(64, [1 + 2 ** -10]),
    hex: rep(64, ['0x3C01']),
  },
  {
    name: 'single-op path (m = 65) casts the bias to FLOAT16 first',
    how: 'b = f16(1 + 2^-11) = 1 (tie to even); W = f16(f32(1 · 2^-11)) = 2^-11; acc = 1 + 2^-11 → f16 tie → 1 = 0x3C00',
    input: {x1: ones(65, 1), x2: mat([[1]]), antiquantScale: 2 ** -11, bias: [1 + 2 ** -11]},
    path: 'single-op',
    shape: [65, 1],
    values: rep(65, [1]),
    hex: rep(65, ['0x3C00']),
  },
  {
    name: 'fixpipe: deqOffset in int32, then the saturating DEQF16',
    how: '(127 + 100)·1024 = 232448 > 65504 → W = 65504; out = f16(1·65504) = 65504 = 0x7BFF',
    input: {x1: mat([[1]]), x2: mat([[127]]), deqOffset: [100], deqScale: [0x0000400044800000n]},
    path: 'fixpipe',
    shape: [1, 1],
    values: [65504],
    hex: ['0x7BFF'],
  },
  {
    name: 'transposeX2: per-column deqOffset indexes the logical column',
    how: 'stored x2 (n,k) = [[1,2],[3,4]] → logical [[1,3],[2,4]]; + deqOffset [0,5] → [[1,8],[2,9]]; scale 1; x1 [1,10] → [1 + 20, 8 + 90] = [21, 98] = 0x4D40, 0x5620',
    input: {
      x1: mat([[1, 10]]),
      x2: mat([
        [1, 2],
        [3, 4],
      ]),
      transposeX2: true,
      deqOffset: [0, 5],
      deqScale: [S1],
    },
    path: 'fixpipe',
    shape: [1, 2],
    values: [21, 98],
    hex: ['0x4D40', '0x5620'],
  },
  {
    name: 'empty along k: the output is f16(bias)',
    how: 'x1 (2, 0), x2 (0, 3): fill(0) + f16(f32(bias)) = [1.5, f16(0.1) = 0.0999755859375, -2] per row',
    input: {x1: {shape: [2, 0], data: []}, x2: {shape: [0, 3], data: []}, bias: [1.5, 0.1, -2]},
    path: 'empty',
    shape: [2, 3],
    values: rep(2, [1.5, 0.0999755859375, -2]),
    hex: rep(2, ['0x3E00', '0x2E66', '0xC000']),
  },
  {
    name: 'empty x1 (m = 0): an empty output',
    how: 'x1 (0, 4): out (0, 3) has no elements',
    input: {x1: {shape: [0, 4], data: []}, x2: {shape: [4, 3], data: new Array(12).fill(1)}},
    path: 'empty',
    shape: [0, 3],
    values: [],
    hex: [],
  },
  {
    name: 'empty x2 (n = 0) without bias: an empty output',
    how: 'x2 (4, 0): out (2, 0) has no elements',
    input: {x1: {shape: [2, 4], data: new Array(8).fill(1)}, x2: {shape: [4, 0], data: []}},
    path: 'empty',
    shape: [2, 0],
    values: [],
    hex: [],
  },
];

describe('weightQuantBatchMatmul: hand-computed cases', () => {
  it.each(Cases)('$name', ({input, path, shape, values, hex: want}) => {
    const r = weightQuantBatchMatmul(input);
    expect(r.path).toBe(path);
    expect(r.output.shape).toEqual(shape);
    expect(r.output.data).toEqual(values);
    expect(hex(r.output.data)).toEqual(want);
  });
});

describe('weightQuantBatchMatmul: intermediates, warnings and steps', () => {
  it('exposes the fixpipe intermediates', () => {
    const r = weightQuantBatchMatmul(boundary(64));
    expect(r.m).toBe(64);
    expect(r.fixpipe!.offsetSum.data).toEqual([3]);
    expect(r.fixpipe!.scale.data).toEqual([0.0999755859375]);
    expect(r.fixpipe!.product.data).toEqual([0.2999267578125]);
    expect(r.weight!.data).toEqual([0.2998046875]);
    expect(r.singleOp).toBeNull();
    expect(r.warnings.map((w) => w.code)).toEqual(['ignored-on-path']);
    expect(r.warnings[0]!.message).toMatch(/antiquantScale/);
  });

  it('exposes the single-op intermediates and the skip decisions', () => {
    const r = weightQuantBatchMatmul(Cases[3]!.input);
    const s = r.singleOp!;
    expect(s.antiquantOffsetApplied).toBe(false);
    expect(s.antiquantScaleApplied).toBe(true);
    expect(s.afterAntiquantOffset).toBeNull();
    expect(s.afterAntiquantScale!.data).toEqual([Math.fround(0.1)]);
    expect(s.cast.data).toEqual([0.0999755859375]);
    expect(s.afterAddOffset!.data).toEqual([0.2998046875]);
    expect(s.afterMulScale!.data).toEqual([0.8994140625]);
    expect(r.accumulator!.data[0]).toBe(0.8994140625);
    expect(weightQuantBatchMatmul(boundary(65)).warnings.map((w) => w.code)).toEqual(['ignored-on-path']);
  });

  it('applies the antiquantScale skip rule at 2^-23', () => {
    const at = (s: number) => weightQuantBatchMatmul({x1: ones(65, 1), x2: mat([[1]]), antiquantScale: s}).singleOp!;
    expect(at(1 + 2 ** -23).antiquantScaleApplied).toBe(false);
    expect(at(1 + 2 ** -22).antiquantScaleApplied).toBe(true);
    expect(at(1 - 2 ** -24).antiquantScaleApplied).toBe(false);
  });

  it('labels the steps of each path', () => {
    const ids = (i: WqbmmInput) => weightQuantBatchMatmul(i).steps.map((s) => `${s.id}:${s.provenance}`);
    expect(ids(boundary(64))).toEqual([
      'path-select:code',
      'transpose:code',
      'fixpipe-offset:inferred',
      'int-to-f32-fixpipe:inferred',
      'fp19-decode:doc',
      'dequant-product-fixpipe:inferred',
      'f16sat:doc',
      'matmul-accumulate:inferred',
      'output-cast:inferred',
    ]);
    expect(ids({...Cases[3]!.input, bias: [1]})).toEqual([
      'path-select:code',
      'transpose:code',
      'antiquant-cast:code',
      'antiquant-offset:code',
      'antiquant-scale:code',
      'weight-cast-f16:inferred',
      'add-offset:inferred',
      'mul-scale:inferred',
      'bias-f16:code',
      'matmul-accumulate:inferred',
      'output-cast:inferred',
    ]);
    expect(ids(Cases[10]!.input)).toEqual(['path-select:code', 'transpose:code', 'empty-tensor:code']);
  });

  it('accumulates in fp32 in order of k, starting from the bias (inferred)', () => {
    // bias 2048; two terms 1·2^-13. The fp32 ulp at 2048 is 2^-12, so each add is a tie that rounds back
    // to 2048 (even): the accumulator stays 2048, where an exact sum would be 2048 + 2^-12.
    const r = weightQuantBatchMatmul({
      x1: mat([[1, 1]]),
      x2: mat([[1], [1]]),
      deqOffset: [0],
      deqScale: [0x0000400039000000n], // 2^-13
      bias: [2048],
    });
    expect(r.weight!.data).toEqual([2 ** -13, 2 ** -13]);
    expect(r.accumulator!.data).toEqual([2048]);
    expect(r.output.data).toEqual([2048]);
  });

  it('flags a diagonalMatrix that is not the identity', () => {
    const dm = {shape: [32, 32], data: new Array(1024).fill(0)};
    expect(weightQuantBatchMatmul({...boundary(2), diagonalMatrix: dm}).warnings.map((w) => w.code)).toContain(
      'diagonal-not-identity',
    );
    dm.data = dm.data.map((_, i) => (Math.floor(i / 32) === i % 32 ? 1 : 0));
    expect(weightQuantBatchMatmul({...boundary(2), diagonalMatrix: dm}).warnings.map((w) => w.code)).not.toContain(
      'diagonal-not-identity',
    );
  });

  it('rejects what it cannot compute', () => {
    expect(() => weightQuantBatchMatmul({x1: mat([[1, 2]]), x2: mat([[1]])})).toThrow(ReferenceInputError);
    expect(() => weightQuantBatchMatmul({x1: mat([[1]]), x2: mat([[1]])})).toThrow(/deqOffset is required/);
    expect(() => weightQuantBatchMatmul({x1: mat([[1]]), x2: mat([[200]]), deqOffset: [0], deqScale: [S1]})).toThrow(
      /INT8/,
    );
    expect(() =>
      weightQuantBatchMatmul({x1: mat([[1]]), x2: mat([[1, 1]]), deqOffset: [0, 0, 0], deqScale: [S1]}),
    ).toThrow(/expected 1 or n = 2/);
  });
});
