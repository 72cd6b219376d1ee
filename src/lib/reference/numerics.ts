/**
 * Numeric primitives of the reference implementation (issue 6), following
 * ../shared/reference/numerics.md, "Numeric primitives". Pure: no Node or browser APIs.
 *
 * Every exact intermediate is held in a JavaScript number (binary64): integer sums stay below 2^53
 * and products of an fp32 value with an fp32/fp19/fp16/bf16 value need at most 48 significand bits,
 * so they are exact. Each step of the operators then applies exactly one of the rounding helpers
 * below. FLOAT16 conversion uses `@petamoriken/float16`, verified exhaustively in the tests.
 */
import {f16round, getFloat16, setFloat16} from '@petamoriken/float16';
import {f32Bits, f32FromBits, fp19} from '../float32';

export {f32Bits, f32FromBits, fp19};

/** The largest finite FLOAT16 value. */
export const F16Max = 65504;
/** The int32 range. */
export const Int32Min = -2147483648;
export const Int32Max = 2147483647;

const Scratch = new DataView(new ArrayBuffer(8));

/**
 * Rounds to IEEE binary32, round to nearest, ties to even.
 * @example f32(0.1) // 0.10000000149011612
 */
export function f32(x: number): number {
  return Math.fround(x);
}

/**
 * Rounds to IEEE binary16, round to nearest, ties to even; a result beyond ±65504 (|x| ≥ 65520)
 * becomes ±Infinity. This is the vector Cast/Add behaviour in the INF_NAN overflow mode (the
 * documented default on Atlas A2; assumed for HCCL).
 * @example f16(1 + 2 ** -11) // 1 (tie to even)
 * @example f16(65520) // Infinity
 */
export function f16(x: number): number {
  return f16round(x);
}

/**
 * The fixpipe DEQF16 conversion: clamps to [-65504, 65504], then rounds to binary16 (RNE).
 * NaN stays NaN.
 * @example f16sat(1e9) // 65504
 * @example f16sat(-Infinity) // -65504
 */
export function f16sat(x: number): number {
  if (x > F16Max) return F16Max;
  if (x < -F16Max) return -F16Max;
  return f16round(x);
}

/**
 * The FLOAT16 bit pattern of `f16(x)` (0x7E00 for NaN).
 * @example f16Bits(100.0625) // 0x5641
 */
export function f16Bits(x: number): number {
  setFloat16(Scratch, 0, x);
  return Scratch.getUint16(0);
}

/**
 * The FLOAT16 value with bit pattern `bits` (low 16 bits).
 * @example f16FromBits(0x3c00) // 1
 */
export function f16FromBits(bits: number): number {
  Scratch.setUint16(0, bits & 0xffff);
  return getFloat16(Scratch, 0);
}

/**
 * The BFLOAT16 bit pattern of `bf16(x)`: `u = bits(f32(x)); (u + 0x7FFF + ((u >> 16) & 1)) >> 16`
 * (round to nearest even; overflow carries into the exponent and gives ±Inf). NaN is kept as a
 * quiet NaN (the formula would otherwise carry a NaN payload into the sign).
 * @example bf16Bits(1) // 0x3f80
 */
export function bf16Bits(x: number): number {
  const u = f32Bits(x);
  if ((u & 0x7f800000) === 0x7f800000 && (u & 0x007fffff) !== 0) return ((u >>> 16) | 0x0040) & 0xffff;
  return Math.floor((u + 0x7fff + ((u >>> 16) & 1)) / 65536);
}

/**
 * The BFLOAT16 value with bit pattern `bits` (low 16 bits).
 * @example bf16FromBits(0x3f80) // 1
 */
export function bf16FromBits(bits: number): number {
  return f32FromBits((bits & 0xffff) * 65536);
}

/**
 * Rounds `f32(x)` to BFLOAT16 (RNE via the u32 formula of numerics.md; NaN preserved).
 * @example bf16(1 + 2 ** -8) // 1 (tie to even)
 * @example bf16(1 + 3 * 2 ** -8) // 1.015625
 */
export function bf16(x: number): number {
  return bf16FromBits(bf16Bits(x));
}

/**
 * Whether `x` is an integer in [-2^31, 2^31-1].
 * @example isInt32(2 ** 31) // false
 */
export function isInt32(x: number): boolean {
  return Number.isInteger(x) && x >= Int32Min && x <= Int32Max;
}

/**
 * The int32 range check of numerics.md (`i32`): returns the value unchanged and whether it lies in
 * the int32 range. Outside the range the hardware behaviour (wrap or saturate) is unknown, so the
 * callers flag it instead of guessing.
 * @example i32(5) // {value: 5, inRange: true}
 */
export function i32(x: number): {value: number; inRange: boolean} {
  return {value: x, inRange: isInt32(x)};
}

/** The dtypes the reference reads or produces. */
export type NumDType = 'INT8' | 'INT32' | 'INT64' | 'UINT64' | 'FLOAT16' | 'BFLOAT16' | 'FLOAT32';
/** The floating dtypes. */
export type FloatDType = 'FLOAT16' | 'BFLOAT16' | 'FLOAT32';

/**
 * Rounds `x` to a floating dtype (f16 with overflow to ±Inf, bf16, f32).
 * @example roundTo('FLOAT16', 0.1) // 0.0999755859375
 */
export function roundTo(dtype: FloatDType, x: number): number {
  if (dtype === 'FLOAT16') return f16(x);
  if (dtype === 'BFLOAT16') return bf16(x);
  return f32(x);
}

/**
 * The bit pattern of a value of a floating dtype (after rounding to it).
 * @example floatBits('BFLOAT16', 1) // 0x3f80
 */
export function floatBits(dtype: FloatDType, x: number): number {
  if (dtype === 'FLOAT16') return f16Bits(x);
  if (dtype === 'BFLOAT16') return bf16Bits(x);
  return f32Bits(x);
}

/**
 * The value of a floating dtype with the given bit pattern.
 * @example fromFloatBits('FLOAT32', 0x3f800000) // 1
 */
export function fromFloatBits(dtype: FloatDType, bits: number): number {
  if (dtype === 'FLOAT16') return f16FromBits(bits);
  if (dtype === 'BFLOAT16') return bf16FromBits(bits);
  return f32FromBits(bits);
}

/** Hex digits of the bit pattern per floating dtype. */
export const FloatHexDigits: Record<FloatDType, number> = {FLOAT16: 4, BFLOAT16: 4, FLOAT32: 8};

/**
 * Formats a value: floating dtypes as their upper-case bit pattern (`0x5641` FLOAT16, `0x3F80`
 * BFLOAT16, `0x3F800000` FLOAT32), integer dtypes as a decimal string.
 * @example formatHex('FLOAT16', 100.0625) // '0x5641'
 * @example formatHex('INT32', -7) // '-7'
 */
export function formatHex(dtype: NumDType, x: number | bigint): string {
  if (dtype === 'FLOAT16' || dtype === 'BFLOAT16' || dtype === 'FLOAT32') {
    const bits = floatBits(dtype, Number(x));
    return '0x' + bits.toString(16).toUpperCase().padStart(FloatHexDigits[dtype], '0');
  }
  return typeof x === 'bigint' ? x.toString(10) : String(x);
}

/**
 * Formats a 64-bit dequant parameter as 16 upper-case hex digits.
 * @example formatU64Hex(0x000040003dccc000n) // '0x000040003DCCC000'
 */
export function formatU64Hex(q: bigint): string {
  return '0x' + BigInt.asUintN(64, q).toString(16).toUpperCase().padStart(16, '0');
}
