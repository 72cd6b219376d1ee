import {describe, expect, it} from 'vitest';
import {quantMatmulAllReduceV2, splitAlongK} from '../aclnnQuantMatmulAllReduceV2';
import type {QmarInput, QmarOutDType, QmarRankInput} from '../aclnnQuantMatmulAllReduceV2';
import {formatHex} from '../numerics';
import {ReferenceInputError} from '../types';
import type {Tensor} from '../types';

const mat = (rows: number[][]): Tensor => ({shape: [rows.length, rows[0]!.length], data: rows.flat()});
/** UINT64 dequant parameters as aclnnTransQuantParamV2 writes them (fp32 bits & 0xFFFFE000 | 1 << 46). */
const u64 = (...q: bigint[]) => ({dtype: 'UINT64' as const, data: q});
const f32s = (...v: number[]) => ({dtype: 'FLOAT32' as const, data: v});
const bf16s = (...v: number[]) => ({dtype: 'BFLOAT16' as const, data: v});
const rank = (x1: number[][], x2: number[][], rest: Omit<QmarRankInput, 'x1' | 'x2'>): QmarRankInput => ({
  x1: mat(x1),
  x2: mat(x2),
  ...rest,
});
const run = (outputDtype: QmarOutDType, ranks: QmarRankInput[]) => quantMatmulAllReduceV2({outputDtype, ranks});
const hex = (r: ReturnType<typeof run>) => r.output.data.map((v) => formatHex(r.output.dtype, v));

/** 0.1f truncated to fp19 by aclnnTransQuantParamV2: 0x3DCCC000 = 819/8192 = 0.0999755859375. */
const S01 = 0x000040003dccc000n;
/** 0.1f as the V1 host encoder aclnnTransQuantParam writes it (raw fp32 bits 0x3DCCCCCD). */
const S01V1 = 0x000040003dcccccdn;
const S1 = 0x000040003f800000n; // 1.0
const S05 = 0x000040003f000000n; // 0.5
const S8 = 0x0000400041000000n; // 8.0
const S2m12 = 0x0000400039800000n; // 2^-12

interface Case {
  name: string;
  /** How the expected value was computed by hand. */
  how: string;
  input: QmarInput;
  values: number[];
  hex: string[];
}

// Hand-computed cases. Each `how` is the computation done by hand (f16 step in [2^e, 2^(e+1)) is 2^(e-10);
// bf16 step is 2^(e-7)); the implementation must reproduce value and bit pattern exactly.
const Cases: Case[] = [
  {
    name: 'fp19 truncation changes the FLOAT16 result (V2 encoding of 0.1)',
    how: 'acc = 77·13 = 1001; fp19 = 819/8192; 1001·819/8192 = 819819/8192 = 100.0755615234375 (20 bits, exact in fp32); f16 step in [64,128) is 1/16: ×16 = 1601.21 → 1601/16 = 100.0625 = 0x5641',
    input: {outputDtype: 'FLOAT16', ranks: [rank([[77]], [[13]], {dequantScale: u64(S01)})]},
    values: [100.0625],
    hex: ['0x5641'],
  },
  {
    name: 'the V1 host encoding (raw 0x3DCCCCCD) gives the same result: bits 0..12 are ignored',
    how: 'low32 & 0xFFFFE000 = 0x3DCCC000 again, so the same 100.0625 = 0x5641',
    input: {outputDtype: 'FLOAT16', ranks: [rank([[77]], [[13]], {dequantScale: u64(S01V1)})]},
    values: [100.0625],
    hex: ['0x5641'],
  },
  {
    name: 'the same product with an untruncated FLOAT32 0.1 (pertoken path, pertoken 1) rounds the other way',
    how: 'f32(0.1) = 13421773·2^-27; 1001·f32(0.1) = 100.1000014…, f32 → 13120307·2^-17 = 100.09999847; ×1 unchanged; f16: ×16 = 1601.59998 → 1602/16 = 100.125 = 0x5642 (≠ 0x5641)',
    input: {outputDtype: 'FLOAT16', ranks: [rank([[77]], [[13]], {dequantScale: f32s(0.1), pertoken: [1]})]},
    values: [100.125],
    hex: ['0x5642'],
  },
  {
    name: 'per-rank rounding before the reduce (2 ranks, cancellation)',
    how: 'scale 2^-12. rank 0: acc = 64·64 + 3·1 = 4099 → 4099/4096 = 1 + 3·2^-12 = 1 + 0.75 f16 step (2^-10) → 1 + 2^-10. rank 1: acc = -4096 → -1. sum: f16(2^-10) = 0.0009765625 = 0x1400',
    input: {
      outputDtype: 'FLOAT16',
      ranks: [
        rank([[64, 3]], [[64], [1]], {dequantScale: u64(S2m12)}),
        rank([[-64, 0]], [[64], [0]], {dequantScale: u64(S2m12)}),
      ],
    },
    values: [0.0009765625],
    hex: ['0x1400'],
  },
  {
    name: '… while the unsplit matmul on one rank keeps the exact value',
    how: 'acc = 4096 + 3 − 4096 + 0 = 3; 3·2^-12 = 1.5·2^-11, exact in f16: 0.000732421875 = 0x1200',
    input: {
      outputDtype: 'FLOAT16',
      ranks: [rank([[64, 3, -64, 0]], [[64], [1], [64], [0]], {dequantScale: u64(S2m12)})],
    },
    values: [0.000732421875],
    hex: ['0x1200'],
  },
  {
    name: 'x3 is counted once per rank: 4 ranks with the same x3 add 4·x3',
    how: 'each rank: acc = 1·1 = 1, scale 1 → 1; f16(1 + 0.25) = 1.25; fold 1.25 + 1.25 = 2.5, + 1.25 = 3.75, + 1.25 = 5 = 0x4500 (x3 once would give 4.25)',
    input: {
      outputDtype: 'FLOAT16',
      ranks: [0, 1, 2, 3].map(() => rank([[1]], [[1]], {dequantScale: u64(S1), x3: mat([[0.25]])})),
    },
    values: [5],
    hex: ['0x4500'],
  },
  {
    name: 'x3 per rank on the BFLOAT16 path (2 ranks)',
    how: 'each rank: acc = 1, bf16 scale 1 → 1; bf16(f32(1 + 0.25)) = 1.25; sum 2.5 = 0x4020 (x3 once would give 2.25)',
    input: {
      outputDtype: 'BFLOAT16',
      ranks: [0, 1].map(() => rank([[1]], [[1]], {dequantScale: bf16s(1), x3: mat([[0.25]])})),
    },
    values: [2.5],
    hex: ['0x4020'],
  },
  {
    name: 'the int32 bias enters before the dequant',
    how: 'acc = 3·1 + 1 = 4; 4·0.5 = 2 = 0x4000 (bias after scaling would give 3·0.5 + 1 = 2.5)',
    input: {outputDtype: 'FLOAT16', ranks: [rank([[3]], [[1]], {bias: [1], dequantScale: u64(S05)})]},
    values: [2],
    hex: ['0x4000'],
  },
  {
    name: 'the int32 bias enters before the dequant, through the fp19 scale',
    how: 'acc = 1001 + 1 = 1002; 1002·819/8192 = 820638/8192 = 100.175537…; ×16 = 1602.81 → 1603/16 = 100.1875 = 0x5643 (bias after scaling: 100.0625 + 1 = 101.0625)',
    input: {outputDtype: 'FLOAT16', ranks: [rank([[77]], [[13]], {bias: [1], dequantScale: u64(S01)})]},
    values: [100.1875],
    hex: ['0x5643'],
  },
  {
    name: 'BFLOAT16 without pertoken',
    how: 'bf16 scale 0.1 = 0x3DCD = 205/2048 = 0.10009765625; acc 1001; 1001·205/2048 = 205205/2048 = 100.19775390625 (exact fp32); bf16 step in [64,128) is 0.5: ×2 = 200.4 → 200 → 100 = 0x42C8',
    input: {outputDtype: 'BFLOAT16', ranks: [rank([[77]], [[13]], {dequantScale: bf16s(0.10009765625)})]},
    values: [100],
    hex: ['0x42C8'],
  },
  {
    name: 'BFLOAT16 with pertoken',
    how: 'd = 100.19775390625 (as above, kept in fp32); ×2.5 = 1026025/4096 = 250.494384765625 (exact fp32); bf16 step in [128,256) is 1 → 250 = 0x437A',
    input: {
      outputDtype: 'BFLOAT16',
      ranks: [rank([[77]], [[13]], {dequantScale: bf16s(0.10009765625), pertoken: [2.5]})],
    },
    values: [250],
    hex: ['0x437A'],
  },
  {
    name: 'BFLOAT16 with pertoken and x3 (fp32 add, then a tie to even)',
    how: 'v = 250 (as above); f32(250 + 1.5) = 251.5, halfway between 251 (0x437B, odd) and 252 (0x437C, even) → 252',
    input: {
      outputDtype: 'BFLOAT16',
      ranks: [rank([[77]], [[13]], {dequantScale: bf16s(0.10009765625), pertoken: [2.5], x3: mat([[1.5]])})],
    },
    values: [252],
    hex: ['0x437C'],
  },
  {
    name: 'FLOAT16 with pertoken: two fp32 roundings, one f16 cast',
    how: 't = f32(1001·f32(0.1)) = 13120307·2^-17; t·3 = 39360921·2^-17 → fp32 step 2^-15 in [256,512): 9840230.25 → 9840230·2^-15 = 300.2999878; f16 step 0.25 → 300.25 = 0x5CB1',
    input: {outputDtype: 'FLOAT16', ranks: [rank([[77]], [[13]], {dequantScale: f32s(0.1), pertoken: [3]})]},
    values: [300.25],
    hex: ['0x5CB1'],
  },
  {
    name: 'the fixpipe saturates (no INF_NAN)',
    how: 'acc = 127·127 = 16129; ×8 = 129032 > 65504 → clamp → 65504 = 0x7BFF',
    input: {outputDtype: 'FLOAT16', ranks: [rank([[127]], [[127]], {dequantScale: u64(S8)})]},
    values: [65504],
    hex: ['0x7BFF'],
  },
  {
    name: 'the vector cast overflows to Inf (pertoken path)',
    how: '129032 (as above, fp32 exact) ×1 → f16 ≥ 65520 → +Inf = 0x7C00',
    input: {outputDtype: 'FLOAT16', ranks: [rank([[127]], [[127]], {dequantScale: f32s(8), pertoken: [1]})]},
    values: [Infinity],
    hex: ['0x7C00'],
  },
  {
    name: 'the FLOAT16 all-reduce overflows to Inf',
    how: 'each rank saturates to 65504; 65504 + 65504 = 131008 ≥ 65520 → +Inf = 0x7C00',
    input: {
      outputDtype: 'FLOAT16',
      ranks: [0, 1].map(() => rank([[127]], [[127]], {dequantScale: u64(S8)})),
    },
    values: [Infinity],
    hex: ['0x7C00'],
  },
  {
    name: '3-D x1 (b, s, k) is flattened to (b·s, k), pertoken per row',
    how: 'rows [1,2] and [3,4] times [1,1]ᵀ: acc 3 and 7; scale 1; pertoken 1 and 0.5 → 3 and 3.5 = 0x4200, 0x4300',
    input: {
      outputDtype: 'FLOAT16',
      ranks: [
        {x1: {shape: [2, 1, 2], data: [1, 2, 3, 4]}, x2: mat([[1], [1]]), dequantScale: f32s(1), pertoken: [1, 0.5]},
      ],
    },
    values: [3, 3.5],
    hex: ['0x4200', '0x4300'],
  },
];

describe('quantMatmulAllReduceV2: hand-computed cases', () => {
  it.each(Cases)('$name', ({input, values, hex: want}) => {
    const r = quantMatmulAllReduceV2(input);
    expect(r.output.data).toEqual(values);
    expect(hex(r)).toEqual(want);
  });
});

describe('quantMatmulAllReduceV2: intermediates, warnings and steps', () => {
  it('returns every intermediate per rank for the 2-rank cancellation case', () => {
    const r = Cases[3]!.input;
    const res = quantMatmulAllReduceV2(r);
    expect(res.ranks.map((x) => x.acc.data)).toEqual([[4099], [-4096]]);
    expect(res.ranks.map((x) => x.scale.data)).toEqual([[2 ** -12], [2 ** -12]]);
    expect(res.ranks.map((x) => x.dequantized.data)).toEqual([[1 + 3 * 2 ** -12], [-1]]);
    expect(res.ranks.map((x) => x.converted.data)).toEqual([[1 + 2 ** -10], [-1]]);
    expect(res.ranks[0]!.afterPertoken).toBeNull();
    expect(res.ranks[0]!.afterX3).toBeNull();
    expect(res.partials.map((p) => p.data)).toEqual([[2 ** -10]]);
    expect(res.output.shape).toEqual([1, 1]);
  });

  it('splitAlongK reproduces the 2-rank inputs of the cancellation case', () => {
    const unsplit = Cases[4]!.input.ranks[0]!;
    const split = splitAlongK(unsplit, 2);
    expect(split.map((s) => [s.x1.data, s.x2.data])).toEqual([
      [
        [64, 3],
        [64, 1],
      ],
      [
        [-64, 0],
        [64, 0],
      ],
    ]);
    expect(run('FLOAT16', split).output.data).toEqual([2 ** -10]);
  });

  it('labels the steps of the fp16 UINT64 path with their provenance', () => {
    const s = quantMatmulAllReduceV2(Cases[0]!.input).steps;
    const tag = Object.fromEntries(s.map((x) => [x.id, x.provenance]));
    expect(tag).toMatchObject({
      'int32-accumulate': 'code',
      'int32-range': 'unknown',
      'fp19-decode': 'doc',
      'dequant-product-fixpipe': 'inferred',
      f16sat: 'doc',
      'allreduce-dtype': 'code',
      'allreduce-order': 'inferred',
    });
    expect(s.map((x) => x.id)).not.toContain('pertoken-product');
  });

  it('labels the BFLOAT16 pertoken + x3 path', () => {
    const ids = quantMatmulAllReduceV2(Cases[11]!.input).steps.map((x) => `${x.id}:${x.provenance}`);
    expect(ids).toEqual([
      'int32-accumulate:code',
      'int32-range:unknown',
      'int-to-f32-vector:doc',
      'dequant-product-vector:code',
      'pertoken-product:code',
      'cast-bf16:code',
      'x3-add-bf16:code',
      'allreduce-dtype:code',
      'allreduce-order:inferred',
    ]);
  });

  it('flags an int32 accumulator overflow as unknown hardware behaviour instead of guessing', () => {
    const r = run('FLOAT16', [rank([[1]], [[1]], {bias: [2147483647], dequantScale: u64(S1)})]);
    expect(r.ranks[0]!.acc.data).toEqual([2147483648]);
    const w = r.warnings.find((x) => x.code === 'int32-overflow');
    expect(w).toMatchObject({rank: 0, count: 1, examples: [[0, 0]]});
    expect(w!.message).toMatch(/unknown/);
  });

  it('flags inputs whose partial sums can leave int32 although the final sum does not', () => {
    const r = run('FLOAT16', [rank([[127, -127]], [[127], [127]], {bias: [2147483000], dequantScale: u64(S1)})]);
    expect(r.ranks[0]!.acc.data).toEqual([2147483000]);
    expect(r.warnings.map((w) => w.code)).toEqual(['int32-partial-overflow', 'f16-saturated']);
  });

  it('reports saturation, cast overflow and all-reduce overflow', () => {
    expect(quantMatmulAllReduceV2(Cases[13]!.input).warnings.map((w) => w.code)).toEqual(['f16-saturated']);
    expect(quantMatmulAllReduceV2(Cases[14]!.input).warnings.map((w) => w.code)).toEqual(['cast-overflow']);
    expect(quantMatmulAllReduceV2(Cases[15]!.input).warnings.map((w) => w.code)).toEqual([
      'f16-saturated',
      'f16-saturated',
      'allreduce-overflow',
    ]);
  });

  it('notes the unspecified reduction order for more than 2 ranks', () => {
    expect(quantMatmulAllReduceV2(Cases[5]!.input).warnings.map((w) => w.code)).toEqual(['allreduce-order']);
  });

  it('gives per-rank steps when the ranks pass different optional inputs', () => {
    const r = run('FLOAT16', [
      rank([[1]], [[1]], {dequantScale: u64(S1), x3: mat([[0.5]])}),
      rank([[1]], [[1]], {dequantScale: u64(S1)}),
    ]);
    // rank 0: 1 + 0.5 = 1.5; rank 1: 1 → 2.5 (x3 only where it is passed)
    expect(r.output.data).toEqual([2.5]);
    expect(r.warnings.map((w) => w.code)).toEqual(['ranks-differ']);
    expect(r.ranks[0]!.steps.map((s) => s.id)).toContain('x3-add-f16');
    expect(r.ranks[1]!.steps.map((s) => s.id)).not.toContain('x3-add-f16');
  });

  it('uses per-channel scales by column', () => {
    const r = run('FLOAT16', [
      rank(
        [[2, 1]],
        [
          [1, 1],
          [0, 1],
        ],
        {dequantScale: u64(S05, S1)},
      ),
    ]);
    // acc = [2, 3]; scales [0.5, 1] → [1, 3]
    expect(r.output.data).toEqual([1, 3]);
  });

  it('rejects what it cannot compute, listing every problem', () => {
    const bad = () =>
      run('FLOAT16', [
        rank([[128]], [[1], [2]], {dequantScale: f32s(1)}), // int8 range, k mismatch, FLOAT32 scale without pertoken
      ]);
    expect(bad).toThrow(ReferenceInputError);
    try {
      bad();
    } catch (e) {
      expect((e as ReferenceInputError).problems).toHaveLength(3);
    }
    expect(() =>
      run(
        'FLOAT16',
        [0, 1, 2].map(() => rank([[1]], [[1]], {dequantScale: u64(S1)})),
      ),
    ).toThrow(/1, 2, 4 or 8/);
    expect(() =>
      run('FLOAT16', [rank([[1]], [[1]], {dequantScale: u64(S1)}), rank([[1], [1]], [[1]], {dequantScale: u64(S1)})]),
    ).toThrow(/differs from rank 0/);
    expect(() => run('BFLOAT16', [rank([[1]], [[1]], {dequantScale: u64(S1)})])).toThrow(/BFLOAT16 dequantScale/);
  });
});
