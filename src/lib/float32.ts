/**
 * IEEE binary32 bit helpers, shared by the reference implementation (src/lib/reference) and the
 * dequantScale encoder (src/lib/encoding). No dependencies, so the encoder page stays small.
 */

const scratch = new DataView(new ArrayBuffer(4));

/**
 * The bit pattern of `x` rounded to binary32, as an unsigned 32-bit integer (NaN gives 0x7FC00000).
 * @example f32Bits(1) // 0x3f800000
 */
export function f32Bits(x: number): number {
  scratch.setFloat32(0, x);
  return scratch.getUint32(0);
}

/**
 * The binary32 value with bit pattern `u` (only the low 32 bits are used).
 * @example f32FromBits(0x3dccc000) // 0.0999755859375
 */
export function f32FromBits(u: number): number {
  scratch.setUint32(0, u >>> 0);
  return scratch.getFloat32(0);
}

/**
 * The fp19 scale the fixpipe applies for a UINT64 (or INT64, same bits) dequant parameter: the
 * binary32 value whose bit pattern is `low32(q) & 0xFFFFE000` (sign, exponent and the top 10
 * mantissa bits). Bits 0..12, the offset field (37..45) and bit 46 have no effect.
 * @example fp19(0x000040003dccc000n) // 0.0999755859375
 * @example fp19(0x000040003dcccccdn) // 0.0999755859375 (V1 host encoding of 0.1f)
 */
export function fp19(q: bigint): number {
  return f32FromBits(Number(BigInt.asUintN(64, q) & 0xffffe000n));
}
