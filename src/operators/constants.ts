/** Enumerations shared by the schema (build/tests) and the browser code, without zod. */

/** Tensor element types, with the names the CANN docs use. */
export const DTypes = ['INT8', 'INT32', 'INT64', 'UINT8', 'UINT64', 'FLOAT16', 'BFLOAT16', 'FLOAT32'] as const;
export type DType = (typeof DTypes)[number];

/**
 * Element types that only related-API rows use (issue 14: the FLOAT8 / HIFLOAT8 / FLOAT4 inputs and
 * FLOAT8_E8M0 scales of aclnnQuantMatmulAllReduceV4/V5). Kept apart from `DTypes`, which lists the
 * types the checker and the constraint index offer for the two operators.
 */
export const LowBitDTypes = ['FLOAT8_E4M3FN', 'FLOAT8_E5M2', 'HIFLOAT8', 'FLOAT4_E2M1', 'FLOAT8_E8M0'] as const;
