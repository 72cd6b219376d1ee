/**
 * dequantScale encoding: float32 dequant scales as the UINT64 words aclnnQuantMatmulAllReduceV2
 * (FLOAT16 output, no pertoken scale) and the fixpipe path of aclnnWeightQuantBatchMatmul read.
 * Pure functions, BigInt throughout. Facts: reference/operators.md §1 and reference/numerics.md
 * ("TransQuantParam encoders", "dequantScale encoding details").
 *
 * Word layout:
 * - bits 0..31: the scale as a float32 bit pattern; the hardware (fp16 dequant mode) reads only
 *   bits 13..31 — sign, 8-bit exponent, 10-bit mantissa — i.e. `low32 & 0xFFFFE000`;
 * - bits 37..45: optional 9-bit signed offset, `clamp(round(offset), -256, 255) & 0x1FF`
 *   (ignored by the fp16 dequant mode);
 * - bit 46: flag, always set.
 *
 * Encoders (numerics.md):
 * - `encodeV1Host`: host-side `aclnnTransQuantParam` (what the WQBMM docs name): the raw fp32 bits;
 *   the offset rounded half away from zero (C `round`).
 * - `encodeV2`: `aclnnTransQuantParamV2` (device kernel, round mode 0): the fp32 bits truncated to
 *   their top 19 bits; the offset rounded half to even (CAST_RINT).
 * - `encodeV3`: `aclnnTransQuantParamV3` with round mode 0 (= V2) or 1: the mantissa rounded to
 *   10 bits, to nearest even, with exponent carry; exponent overflow gives ±Inf, a zero exponent ±0.
 */
import {f32Bits, f32FromBits, fp19} from '../float32';

export {f32Bits, f32FromBits};

/** Bit 46, set in every encoded word. */
export const FlagBit46 = 1n << 46n;
/** The bits of the low word the hardware reads (sign, exponent, 10 mantissa bits). */
export const ScaleMask = 0xffffe000;
/** Mask applied before the offset field is written (numerics.md). */
export const OffsetClearMask = 0x4000ffffffffn;
const OffsetShift = 37n;
const U64Max = (1n << 64n) - 1n;

/** How an encoder rounds the offset. */
export type OffsetRounding = 'half-away-from-zero' | 'half-to-even';

/**
 * Round to an integer: half away from zero (C `round`) or half to even (RINT).
 * @example roundOffset(2.5, 'half-to-even') // 2
 * @example roundOffset(-2.5, 'half-away-from-zero') // -3
 */
export function roundOffset(x: number, mode: OffsetRounding): number {
  if (!Number.isFinite(x)) return x;
  if (mode === 'half-away-from-zero') {
    const r = Math.trunc(x);
    return Math.abs(x - r) >= 0.5 ? r + Math.sign(x) : r;
  }
  const f = Math.floor(x);
  const d = x - f;
  if (d < 0.5) return f;
  if (d > 0.5) return f + 1;
  return f % 2 === 0 ? f : f + 1;
}

/**
 * The offset field value: `clamp(round(f32(offset)), -256, 255)`. Throws a RangeError for NaN.
 * @example offsetValue(300, 'half-to-even') // 255
 */
export function offsetValue(offset: number, mode: OffsetRounding): number {
  if (Number.isNaN(offset)) throw new RangeError('offset must be a number, not NaN');
  const rounded = roundOffset(Math.fround(offset), mode);
  return Math.min(255, Math.max(-256, rounded));
}

function withOffset(word: bigint, offset: number | undefined, mode: OffsetRounding): bigint {
  if (offset === undefined) return word;
  const field = BigInt(offsetValue(offset, mode) & 0x1ff);
  return (word & OffsetClearMask) | (field << OffsetShift);
}

/**
 * Host-side `aclnnTransQuantParam` (V1): raw fp32 bits | 1<<46; offset rounded half away from zero.
 * @example formatU64Hex(encodeV1Host(0.1)) // '0x000040003DCCCCCD'
 */
export function encodeV1Host(scale: number, offset?: number): bigint {
  const word = BigInt(f32Bits(scale)) | FlagBit46;
  return withOffset(word, offset, 'half-away-from-zero');
}

/**
 * `aclnnTransQuantParamV2`: (fp32 bits & 0xFFFFE000) | 1<<46; offset rounded half to even.
 * @example formatU64Hex(encodeV2(0.1)) // '0x000040003DCCC000'
 */
export function encodeV2(scale: number, offset?: number): bigint {
  const word = BigInt((f32Bits(scale) & ScaleMask) >>> 0) | FlagBit46;
  return withOffset(word, offset, 'half-to-even');
}

/**
 * The fp32 bit pattern rounded to 10 mantissa bits, to nearest even (round mode 1): exponent carry,
 * overflow to ±Inf, zero exponent (zero or subnormal) to ±0. Inf and NaN keep their top 19 bits.
 * @example roundTo19Bits(0x3e99999a) // 0x3E99A000
 */
export function roundTo19Bits(bits: number): number {
  const sign = bits & 0x80000000;
  let exp = (bits >>> 23) & 0xff;
  const mant = bits & 0x7fffff;
  if (exp === 0) return sign >>> 0;
  if (exp === 0xff) return (bits & ScaleMask) >>> 0;
  let m10 = mant >>> 13;
  const roundBit = (mant >>> 12) & 1;
  const sticky = mant & 0xfff;
  if (roundBit === 1 && (sticky !== 0 || (m10 & 1) === 1)) m10 += 1;
  if (m10 === 0x400) {
    m10 = 0;
    exp += 1;
  }
  if (exp >= 0xff) return (sign | 0x7f800000) >>> 0;
  return (sign | (exp << 23) | (m10 << 13)) >>> 0;
}

/**
 * `aclnnTransQuantParamV3`: round mode 0 is V2 (truncation), round mode 1 rounds the mantissa to
 * 10 bits to nearest even. Offset rounded half to even.
 * @example formatU64Hex(encodeV3(0.3, undefined, 1)) // '0x000040003E99A000'
 */
export function encodeV3(scale: number, offset: number | undefined, roundMode: 0 | 1): bigint {
  if (roundMode === 0) return encodeV2(scale, offset);
  const word = BigInt(roundTo19Bits(f32Bits(scale))) | FlagBit46;
  return withOffset(word, offset, 'half-to-even');
}

/** The fields of an encoded word. */
export interface DecodedScale {
  /** The full low 32 bits. */
  scaleBits: number;
  /** The float the hardware multiplies by: the float32 of `low32 & 0xFFFFE000`. */
  effectiveScale: number;
  /** The float32 of the full low word (what V1 stored before the hardware drops bits 0..12). */
  rawScale: number;
  /** The 9-bit signed offset field (bits 37..45). */
  offset: number;
  /** Bit 46. */
  flag46: boolean;
}

/**
 * Split a UINT64 word into its fields.
 * @example decode(0x000040003dccc000n).effectiveScale // 0.0999755859375
 */
export function decode(word: bigint): DecodedScale {
  if (word < 0n || word > U64Max) throw new RangeError('not a UINT64 value');
  const scaleBits = Number(word & 0xffffffffn);
  const field = Number((word >> OffsetShift) & 0x1ffn);
  return {
    scaleBits,
    effectiveScale: fp19(word),
    rawScale: f32FromBits(scaleBits),
    offset: field >= 256 ? field - 512 : field,
    flag46: (word & FlagBit46) !== 0n,
  };
}

/**
 * The scale the hardware applies for an encoded word.
 * @example effectiveScale(encodeV1Host(0.1)) // 0.0999755859375
 */
export function effectiveScale(word: bigint): number {
  return decode(word).effectiveScale;
}

/**
 * Relative error of the applied scale against the float32 of the requested one:
 * `(effective − f32(scale)) / f32(scale)`; 0 when both are 0, NaN when undefined (0 scale, non-finite values).
 * @example relativeError(0.1, 0.0999755859375) // ≈ -2.44e-4
 */
export function relativeError(scale: number, effective: number): number {
  const s = Math.fround(scale);
  if (s === 0) return effective === 0 ? 0 : Number.NaN;
  if (!Number.isFinite(s) || !Number.isFinite(effective)) return Number.NaN;
  return (effective - s) / s;
}

/**
 * Parse a UINT64 written as `0x…` hex (up to 16 digits, `_` separators allowed) or decimal.
 * Throws a RangeError with a readable message on anything else.
 * @example parseU64('0x000040003DCCC000') // 70369781006336n
 */
export function parseU64(text: string): bigint {
  const s = text.trim().replace(/_/g, '');
  let value: bigint;
  if (/^0[xX][0-9a-fA-F]{1,16}$/.test(s)) value = BigInt(s);
  else if (/^[0-9]{1,20}$/.test(s)) value = BigInt(s);
  else throw new RangeError(`not a UINT64: ${JSON.stringify(text.slice(0, 40))} (write 0x… hex or a decimal number)`);
  if (value > U64Max) throw new RangeError(`out of the UINT64 range: ${s}`);
  return value;
}

/** `parseU64` that returns null instead of throwing. */
export function tryParseU64(text: string): bigint | null {
  try {
    return parseU64(text);
  } catch {
    return null;
  }
}

/**
 * `0x%016X`.
 * @example formatU64Hex(70369781006336n) // '0x000040003DCCC000'
 */
export function formatU64Hex(value: bigint): string {
  if (value < 0n || value > U64Max) throw new RangeError('not a UINT64 value');
  return `0x${value.toString(16).toUpperCase().padStart(16, '0')}`;
}

/**
 * A C++ array literal of UINT64 words, four per line. Throws a RangeError for an empty list or a
 * name that is not a C identifier.
 * @example toCppArrayLiteral([encodeV2(0.1)], 'deqScale')
 * // 'const uint64_t deqScale[1] = {\n    0x000040003DCCC000ULL,\n};'
 */
export function toCppArrayLiteral(values: bigint[], name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new RangeError(`not a C identifier: ${JSON.stringify(name)}`);
  if (values.length === 0) throw new RangeError('no values to write');
  const words = values.map((v) => `${formatU64Hex(v)}ULL`);
  const lines: string[] = [];
  for (let i = 0; i < words.length; i += 4) lines.push(`    ${words.slice(i, i + 4).join(', ')},`);
  return `const uint64_t ${name}[${values.length}] = {\n${lines.join('\n')}\n};`;
}
