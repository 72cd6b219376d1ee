/** Enumerations shared by the schema (build/tests) and the browser code, without zod. */

/** Tensor element types, with the names the CANN docs use. */
export const DTypes = ['INT8', 'INT32', 'INT64', 'UINT8', 'UINT64', 'FLOAT16', 'BFLOAT16', 'FLOAT32'] as const;
export type DType = (typeof DTypes)[number];

/**
 * Element types of the related APIs (src/operators/apis/): the operators' types plus the low-bit
 * and 8-bit float types later family members accept, with the names the CANN docs use (the docs'
 * `FLOAT` is FLOAT32 here). Kept apart from `DTypes` so the checker and the constraint filters
 * keep offering only the two operators' types.
 */
export const ApiDTypes = [
  ...DTypes,
  'INT4',
  'FLOAT8_E4M3FN',
  'FLOAT8_E5M2',
  'HIFLOAT8',
  'FLOAT8_E8M0',
  'FLOAT4_E2M1',
  'FLOAT4_E1M2',
] as const;
export type ApiDType = (typeof ApiDTypes)[number];
