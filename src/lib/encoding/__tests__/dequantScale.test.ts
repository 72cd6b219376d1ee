// @vitest-environment node
/** The dequantScale encoders: the worked examples of numerics.md, offsets, round trips. */
import {describe, expect, it} from 'vitest';
import {
  f32FromBits,
  decode,
  effectiveScale,
  encodeV1Host,
  encodeV2,
  encodeV3,
  f32Bits,
  formatU64Hex,
  offsetValue,
  parseU64,
  relativeError,
  roundOffset,
  roundTo19Bits,
  toCppArrayLiteral,
  tryParseU64,
} from '../dequantScale';

const hex = formatU64Hex;

describe('worked examples (numerics.md)', () => {
  it('0.1f = 0x3DCCCCCD', () => {
    expect(f32Bits(0.1)).toBe(0x3dcccccd);
  });
  it('0.1 → V2 0x000040003DCCC000', () => {
    expect(hex(encodeV2(0.1))).toBe('0x000040003DCCC000');
  });
  it('0.1 → V3 round mode 1: the same word (mantissa bit 12 is 0)', () => {
    expect(hex(encodeV3(0.1, undefined, 1))).toBe('0x000040003DCCC000');
    expect(hex(encodeV3(0.1, undefined, 0))).toBe('0x000040003DCCC000');
  });
  it('0.1 → V1 host 0x000040003DCCCCCD', () => {
    expect(hex(encodeV1Host(0.1))).toBe('0x000040003DCCCCCD');
  });
  it('0.1: every variant applies 0.0999755859375 (relative error −2.44e−4)', () => {
    for (const w of [encodeV1Host(0.1), encodeV2(0.1), encodeV3(0.1, undefined, 1)]) {
      expect(effectiveScale(w)).toBe(0.0999755859375);
    }
    expect(relativeError(0.1, 0.0999755859375)).toBeCloseTo(-2.44e-4, 6);
  });
  it('0.3 → V2 0x000040003E998000 (0.2998046875), V3-RNE 0x000040003E99A000 (0.300048828125)', () => {
    expect(f32Bits(0.3)).toBe(0x3e99999a);
    expect(hex(encodeV2(0.3))).toBe('0x000040003E998000');
    expect(effectiveScale(encodeV2(0.3))).toBe(0.2998046875);
    expect(hex(encodeV3(0.3, undefined, 1))).toBe('0x000040003E99A000');
    expect(effectiveScale(encodeV3(0.3, undefined, 1))).toBe(0.300048828125);
  });
});

describe('V3 round mode 1 edge cases', () => {
  it('ties round to even', () => {
    // mantissa low 13 bits exactly 0x1000 (a tie): m10 even stays, odd rounds up
    expect(roundTo19Bits(0x3f801000)).toBe(0x3f800000);
    expect(roundTo19Bits(0x3f803000)).toBe(0x3f804000);
  });
  it('mantissa carry bumps the exponent', () => {
    expect(roundTo19Bits(0x3ffff000)).toBe(0x40000000); // 1.99999 → 2
  });
  it('exponent overflow gives ±Inf', () => {
    expect(roundTo19Bits(0x7f7ff000)).toBe(0x7f800000); // largest exponent, mantissa rounds up
    expect(roundTo19Bits(0xff7ff000)).toBe(0xff800000);
    expect(effectiveScale(encodeV3(3.4028234e38, undefined, 1))).toBe(Infinity);
  });
  it('zero exponent (subnormal) flushes to ±0', () => {
    expect(roundTo19Bits(0x00001234)).toBe(0);
    expect(roundTo19Bits(0x80401234)).toBe(0x80000000);
  });
  it('negative scales keep their sign', () => {
    expect(hex(encodeV3(-0.3, undefined, 1))).toBe('0x00004000BE99A000');
    expect(hex(encodeV2(-0.3))).toBe('0x00004000BE998000');
  });
});

describe('offsets', () => {
  it('rounding modes: V1 half away from zero, V2/V3 half to even', () => {
    expect(roundOffset(2.5, 'half-away-from-zero')).toBe(3);
    expect(roundOffset(-2.5, 'half-away-from-zero')).toBe(-3);
    expect(roundOffset(2.5, 'half-to-even')).toBe(2);
    expect(roundOffset(3.5, 'half-to-even')).toBe(4);
    expect(roundOffset(-2.5, 'half-to-even')).toBe(-2);
    expect(roundOffset(0.49999999999999994, 'half-away-from-zero')).toBe(0);
    expect(decode(encodeV1Host(1, 2.5)).offset).toBe(3);
    expect(decode(encodeV2(1, 2.5)).offset).toBe(2);
    expect(decode(encodeV3(1, 2.5, 1)).offset).toBe(2);
    expect(decode(encodeV1Host(1, -2.5)).offset).toBe(-3);
    expect(decode(encodeV2(1, -2.5)).offset).toBe(-2);
  });
  it('clamps to [-256, 255]', () => {
    expect(offsetValue(300, 'half-to-even')).toBe(255);
    expect(offsetValue(-1000, 'half-to-even')).toBe(-256);
    expect(offsetValue(Infinity, 'half-to-even')).toBe(255);
    expect(decode(encodeV2(1, 1e9)).offset).toBe(255);
    expect(decode(encodeV2(1, -1e9)).offset).toBe(-256);
    expect(() => offsetValue(Number.NaN, 'half-to-even')).toThrow(RangeError);
  });
  it('places clamp(round(offset)) & 0x1FF at bits 37..45', () => {
    // -1 & 0x1FF = 0x1FF → 0x1FF << 37 = 0x3FE0_0000_0000
    expect(hex(encodeV2(0.1, -1))).toBe('0x00007FE03DCCC000');
    expect(hex(encodeV2(0.1, 1))).toBe('0x000040203DCCC000');
    expect(hex(encodeV2(0.1, -256))).toBe('0x000060003DCCC000');
    expect(decode(encodeV2(0.1, 0)).offset).toBe(0);
  });
});

describe('decode and round trips', () => {
  const scales = [0.1, 0.3, 1, -1, 0.0125, 0.025, 65504, 1e-8, 3.4e38, 0];
  it.each(scales)('decode(encode(%s)) gives the masked fp32 scale and the flag', (s) => {
    for (const [w, bits] of [
      [encodeV1Host(s), f32Bits(s)],
      [encodeV2(s), f32Bits(s) & 0xffffe000],
      [encodeV3(s, undefined, 1), roundTo19Bits(f32Bits(s))],
    ] as const) {
      const d = decode(w);
      expect(d.flag46).toBe(true);
      expect(d.offset).toBe(0);
      expect(d.effectiveScale).toBe(f32FromBits((d.scaleBits & 0xffffe000) >>> 0));
      expect(d.scaleBits).toBe(bits >>> 0);
    }
    expect(decode(encodeV1Host(s)).rawScale).toBe(Math.fround(s));
  });
  it('encoding the effective scale again is a fixed point', () => {
    for (const s of scales) {
      const e = effectiveScale(encodeV2(s));
      expect(encodeV2(e)).toBe(encodeV2(s));
      expect(encodeV1Host(e)).toBe(encodeV2(s));
    }
  });
  it('offsets survive the round trip for every integer in range', () => {
    for (let off = -256; off <= 255; off++) expect(decode(encodeV2(0.5, off)).offset).toBe(off);
  });
  it('relative error is 0 for exactly representable scales and NaN when undefined', () => {
    expect(relativeError(0.5, effectiveScale(encodeV2(0.5)))).toBe(0);
    expect(relativeError(0, 0)).toBe(0);
    expect(Number.isNaN(relativeError(0, 1))).toBe(true);
  });
});

describe('parse, format, C++ literal', () => {
  it('parses hex and decimal', () => {
    expect(parseU64('0x000040003DCCC000')).toBe(0x000040003dccc000n);
    expect(parseU64(' 0x4000_3dcc_c000 ')).toBe(0x000040003dccc000n);
    expect(parseU64('70369781006336')).toBe(0x000040003dccc000n);
    expect(parseU64('18446744073709551615')).toBe((1n << 64n) - 1n);
  });
  it('rejects anything else', () => {
    for (const bad of ['', '-1', '0x', '0x1FFFFFFFFFFFFFFFF', '18446744073709551616', '1.5', '<script>', '0b101']) {
      expect(() => parseU64(bad)).toThrow(RangeError);
      expect(tryParseU64(bad)).toBeNull();
    }
  });
  it('formats 0x%016X', () => {
    expect(formatU64Hex(0n)).toBe('0x0000000000000000');
    expect(formatU64Hex((1n << 64n) - 1n)).toBe('0xFFFFFFFFFFFFFFFF');
    expect(() => formatU64Hex(-1n)).toThrow(RangeError);
    expect(() => formatU64Hex(1n << 64n)).toThrow(RangeError);
  });
  it('writes a C++ array literal, four words per line', () => {
    const words = [0.0125, 0.025, 0.0375, 0.05, 0.0625].map((s) => encodeV2(s));
    const text = toCppArrayLiteral(words, 'deqScale');
    expect(text.split('\n')).toHaveLength(4);
    expect(text.startsWith('const uint64_t deqScale[5] = {\n    0x')).toBe(true);
    expect(text.endsWith('ULL,\n};')).toBe(true);
    expect(toCppArrayLiteral([encodeV2(0.1)], 'deqScale')).toBe(
      'const uint64_t deqScale[1] = {\n    0x000040003DCCC000ULL,\n};',
    );
    expect(() => toCppArrayLiteral([], 'x')).toThrow(RangeError);
    expect(() => toCppArrayLiteral([1n], 'a b')).toThrow(RangeError);
  });
});
