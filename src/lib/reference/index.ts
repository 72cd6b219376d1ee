/** The reference implementation (issue 6): numeric primitives, the two operators, the JSON interface. */
export * from './numerics';
export * from './types';
export * from './aclnnQuantMatmulAllReduceV2';
export * from './aclnnWeightQuantBatchMatmul';
export * from './io';
