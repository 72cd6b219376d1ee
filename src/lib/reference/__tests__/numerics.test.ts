import {describe, expect, it} from 'vitest';
import {
  bf16,
  bf16Bits,
  bf16FromBits,
  f16,
  f16Bits,
  f16FromBits,
  f16sat,
  f32,
  f32Bits,
  f32FromBits,
  formatHex,
  formatU64Hex,
  fp19,
  i32,
  isInt32,
  roundTo,
} from '../numerics';

/** Independent FLOAT16 decoder (sign, 5-bit exponent, 10-bit mantissa), not using the library. */
function decodeF16(b: number): number {
  const sign = b & 0x8000 ? -1 : 1;
  const e = (b >> 10) & 0x1f;
  const m = b & 0x3ff;
  if (e === 0x1f) return m ? NaN : sign * Infinity;
  if (e === 0) return sign * m * 2 ** -24;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

const isNaNF16 = (b: number) => (b & 0x7c00) === 0x7c00 && (b & 0x3ff) !== 0;
const isNaNBf16 = (b: number) => (b & 0x7f80) === 0x7f80 && (b & 0x7f) !== 0;

describe('f16 (FLOAT16, RNE, overflow to ±Inf)', () => {
  it('round-trips all 65,536 bit patterns (bits → number → bits; NaNs as a class)', () => {
    let nans = 0;
    for (let b = 0; b < 0x10000; b++) {
      const v = f16FromBits(b);
      const ref = decodeF16(b);
      if (isNaNF16(b)) {
        nans++;
        expect(Number.isNaN(v)).toBe(true);
        expect(isNaNF16(f16Bits(v))).toBe(true);
        continue;
      }
      if (v !== ref || !Object.is(v, ref)) throw new Error(`0x${b.toString(16)}: library ${v}, decoder ${ref}`);
      if (f16Bits(v) !== b) throw new Error(`0x${b.toString(16)} → ${v} → 0x${f16Bits(v).toString(16)}`);
      if (!Object.is(f16(v), v)) throw new Error(`f16 not idempotent at 0x${b.toString(16)}`);
    }
    expect(nans).toBe(2 * 1023);
  });

  it('rounds every midpoint between adjacent finite values to the even one, and off-midpoints to the nearest', () => {
    for (let b = 0; b < 0x7bff; b++) {
      const lo = decodeF16(b);
      const hi = decodeF16(b + 1);
      const mid = (lo + hi) / 2; // exact in binary64
      const even = (b & 1) === 0 ? lo : hi;
      if (f16(mid) !== even || f16(-mid) !== -even) throw new Error(`tie at 0x${b.toString(16)}`);
      const q = (hi - lo) / 4;
      if (f16(mid - q) !== lo || f16(mid + q) !== hi) throw new Error(`nearest at 0x${b.toString(16)}`);
    }
  });

  it.each([
    // [input, expected, how]
    [1 + 2 ** -11, 1, 'tie between 1 (even) and 1 + 2^-10'],
    [1 + 3 * 2 ** -11, 1 + 2 ** -9, 'tie between 1 + 2^-10 (odd) and 1 + 2^-9 (even)'],
    [1 + 2 ** -11 + 2 ** -30, 1 + 2 ** -10, 'just above the tie'],
    [2 ** -24, 2 ** -24, 'smallest subnormal'],
    [2 ** -25, 0, 'half the smallest subnormal: tie to 0 (even)'],
    [3 * 2 ** -26, 2 ** -24, '0.75 · 2^-24 rounds up'],
    [3 * 2 ** -25, 2 ** -23, '1.5 · 2^-24: tie to 2 · 2^-24 (even)'],
    [2 ** -14 - 2 ** -25, 2 ** -14, 'largest subnormal + half ulp: tie to the smallest normal (even)'],
    [65504, 65504, 'largest finite'],
    [65519.99, 65504, 'below the overflow threshold'],
    [65520, Infinity, 'the overflow threshold (tie rounds up to 2^16)'],
    [-65520, -Infinity, 'negative overflow'],
    [1e300, Infinity, 'huge'],
    [0.1, 0.0999755859375, '0.1 → 1638 · 2^-14'],
  ])('f16(%s) = %s (%s)', (x, want) => {
    expect(f16(x)).toBe(want);
  });

  it('keeps -0, ±Infinity and NaN', () => {
    expect(Object.is(f16(-0), -0)).toBe(true);
    expect(f16(-Infinity)).toBe(-Infinity);
    expect(Number.isNaN(f16(NaN))).toBe(true);
    expect(f16Bits(-0)).toBe(0x8000);
    expect(f16Bits(NaN)).toBe(0x7e00);
  });
});

describe('f16sat (fixpipe DEQF16)', () => {
  it.each([
    [1e9, 65504],
    [-1e9, -65504],
    [65520, 65504],
    [65519.99, 65504],
    [Infinity, 65504],
    [-Infinity, -65504],
    [1 + 2 ** -11, 1],
    [2 ** -25, 0],
  ])('f16sat(%s) = %s', (x, want) => {
    expect(f16sat(x)).toBe(want);
  });
  it('keeps NaN', () => expect(Number.isNaN(f16sat(NaN))).toBe(true));
});

describe('f32', () => {
  it('is Math.fround, with its bit pattern', () => {
    expect(f32(0.1)).toBe(Math.fround(0.1));
    expect(f32Bits(0.1)).toBe(0x3dcccccd);
    expect(f32FromBits(0x3dccc000)).toBe(0.0999755859375);
    expect(f32(2 ** 24 + 1)).toBe(2 ** 24); // int32 → fp32 tie to even above 2^24
    expect(f32(2 ** 24 + 3)).toBe(2 ** 24 + 4);
  });
});

describe('bf16 (BFLOAT16, RNE of f32(x) via the u32 formula)', () => {
  it('round-trips all 65,536 bit patterns (NaNs as a class)', () => {
    for (let b = 0; b < 0x10000; b++) {
      const v = bf16FromBits(b);
      if (isNaNBf16(b)) {
        if (!Number.isNaN(v) || !Number.isNaN(bf16(v))) throw new Error(`NaN 0x${b.toString(16)}`);
        continue;
      }
      if (bf16Bits(v) !== b || !Object.is(bf16(v), v)) throw new Error(`0x${b.toString(16)}`);
      expect(v).toBe(f32FromBits(b * 65536));
    }
  });

  it('rounds every midpoint between adjacent finite values to the even one', () => {
    for (let b = 0; b < 0x7f7f; b++) {
      const lo = bf16FromBits(b);
      const hi = bf16FromBits(b + 1);
      const mid = (lo + hi) / 2; // an f32 value
      const even = (b & 1) === 0 ? lo : hi;
      if (bf16(mid) !== even || bf16(-mid) !== -even) throw new Error(`tie at 0x${b.toString(16)}`);
    }
  });

  it.each([
    [1 + 2 ** -8, 1, 'tie between 1 (even) and 1 + 2^-7'],
    [1 + 3 * 2 ** -8, 1 + 2 ** -6, 'tie between 1 + 2^-7 (odd) and 1 + 2^-6 (even)'],
    [1 + 2 ** -8 + 2 ** -20, 1 + 2 ** -7, 'above the tie (kept by f32)'],
    [1 + 2 ** -8 + 2 ** -30, 1, 'f32 first drops 2^-30, leaving a tie: double rounding as the model says'],
    [0.1, 0.10009765625, 'f32(0.1) = 0x3DCCCCCD → 0x3DCD'],
    [3.4028234663852886e38, Infinity, 'f32 max carries into the exponent'],
    [-3.4028234663852886e38, -Infinity, 'negative'],
  ])('bf16(%s) = %s (%s)', (x, want) => {
    expect(bf16(x)).toBe(want);
  });

  it('preserves NaN (also NaNs whose payload would carry into the sign)', () => {
    expect(Number.isNaN(bf16(NaN))).toBe(true);
    expect(bf16Bits(f32FromBits(0x7fffffff))).toBe(0x7fff);
    expect(isNaNBf16(bf16Bits(f32FromBits(0x7f80ffff)))).toBe(true);
  });
});

describe('fp19 (UINT64 dequant scale decode)', () => {
  it('decodes the worked example 0x000040003DCCC000 to 0.0999755859375', () => {
    expect(fp19(0x000040003dccc000n)).toBe(0.0999755859375);
  });
  it.each([
    ['bits 0..12 (V1 host encoding of 0.1f)', 0x000040003dcccccdn],
    ['bits 0..12 all set', 0x000040003dccdfffn],
    ['offset field 37..45 set', 0x000040003dccc000n | (0x1ffn << 37n)],
    ['bit 46 cleared', 0x000000003dccc000n],
    ['N/MCB bits 32..36 set', 0x000040003dccc000n | (0x1fn << 32n)],
    ['everything above bit 31 set', 0xffffffff3dccc000n],
  ])('ignores %s', (_what, q) => {
    expect(fp19(q)).toBe(0.0999755859375);
  });
  it('gives 0.2998046875 for the V2 encoding of 0.3f and 0.300048828125 for V3 round mode 1', () => {
    expect(fp19(0x000040003e998000n)).toBe(0.2998046875);
    expect(fp19(0x000040003e99a000n)).toBe(0.300048828125);
  });
  it('reads INT64 (negative) bigints by their bits', () => {
    expect(fp19(BigInt.asIntN(64, 0xffffffffbf800000n))).toBe(-1);
  });
});

describe('int32 range', () => {
  it.each([
    [0, true],
    [2147483647, true],
    [-2147483648, true],
    [2147483648, false],
    [-2147483649, false],
    [1.5, false],
  ])('isInt32(%s) = %s', (x, ok) => {
    expect(isInt32(x)).toBe(ok);
    expect(i32(x)).toEqual({value: x, inRange: ok});
  });
});

describe('formatHex', () => {
  it.each([
    ['FLOAT16', 100.0625, '0x5641'],
    ['FLOAT16', 1, '0x3C00'],
    ['FLOAT16', -0, '0x8000'],
    ['FLOAT16', Infinity, '0x7C00'],
    ['FLOAT16', NaN, '0x7E00'],
    ['BFLOAT16', 1, '0x3F80'],
    ['BFLOAT16', NaN, '0x7FC0'],
    ['FLOAT32', 1, '0x3F800000'],
    ['FLOAT32', 0.0999755859375, '0x3DCCC000'],
    ['INT32', -7, '-7'],
    ['INT8', 127, '127'],
  ] as const)('%s %s → %s', (dtype, x, want) => {
    expect(formatHex(dtype, x)).toBe(want);
  });
  it('prints 64-bit integers in decimal and UINT64 parameters in 16 hex digits', () => {
    expect(formatHex('UINT64', 0x000040003dccc000n)).toBe('70369781006336');
    expect(formatU64Hex(0x000040003dccc000n)).toBe('0x000040003DCCC000');
    expect(formatU64Hex(-1n)).toBe('0xFFFFFFFFFFFFFFFF');
  });
  it('roundTo dispatches per dtype', () => {
    expect(roundTo('FLOAT16', 0.1)).toBe(0.0999755859375);
    expect(roundTo('BFLOAT16', 0.1)).toBe(0.10009765625);
    expect(roundTo('FLOAT32', 0.1)).toBe(Math.fround(0.1));
  });
});
