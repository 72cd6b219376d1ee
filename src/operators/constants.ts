/** Enumerations shared by the schema (build/tests) and the browser code, without zod. */

/** Tensor element types, with the names the CANN docs use. */
export const DTypes = ['INT8', 'INT32', 'INT64', 'UINT8', 'UINT64', 'FLOAT16', 'BFLOAT16', 'FLOAT32'] as const;
export type DType = (typeof DTypes)[number];
