/**
 * The related-API registry (issue 14): companion APIs and operator-family members, validated with
 * `ApiSpecSchema` (../schema.ts). Import related APIs from here, never from a data file directly.
 *
 * To add one: write `src/operators/apis/<apiName>.ts` (default export, `satisfies ApiSpecInput`),
 * import it below and append it to `RawApis`.
 */
import {ApiSpecSchema, type ApiSpec} from '../schema';
import {parseOrThrow} from '../validate';
import TransQuantParam from './aclnnTransQuantParam';
import TransQuantParamV2 from './aclnnTransQuantParamV2';
import TransQuantParamV3 from './aclnnTransQuantParamV3';
import CalculateMatmulWeightSizeV2 from './aclnnCalculateMatmulWeightSizeV2';
import TransMatmulWeight from './aclnnTransMatmulWeight';
import WeightQuantBatchMatmulV2 from './aclnnWeightQuantBatchMatmulV2';
import WeightQuantBatchMatmulV3 from './aclnnWeightQuantBatchMatmulV3';
import WeightQuantBatchMatmulNz from './aclnnWeightQuantBatchMatmulNz';
import QuantMatmulAllReduce from './aclnnQuantMatmulAllReduce';
import QuantMatmulAllReduceV3 from './aclnnQuantMatmulAllReduceV3';
import QuantMatmulAllReduceV4 from './aclnnQuantMatmulAllReduceV4';
import QuantMatmulAllReduceV5 from './aclnnQuantMatmulAllReduceV5';

/** Raw inputs, before validation (for the schema tests). */
export const RawApis = [
  TransQuantParam,
  TransQuantParamV2,
  TransQuantParamV3,
  CalculateMatmulWeightSizeV2,
  TransMatmulWeight,
  WeightQuantBatchMatmulV2,
  WeightQuantBatchMatmulV3,
  WeightQuantBatchMatmulNz,
  QuantMatmulAllReduce,
  QuantMatmulAllReduceV3,
  QuantMatmulAllReduceV4,
  QuantMatmulAllReduceV5,
] as const;

/** Every related API, validated, in display order. */
export const allApis: ApiSpec[] = RawApis.map((raw) =>
  parseOrThrow(ApiSpecSchema, raw, `src/operators/apis/${raw.id}.ts`),
);

/** Registry keyed by API name. */
export const Apis: Record<string, ApiSpec> = Object.fromEntries(allApis.map((api) => [api.id, api]));

/** Look an API up by name; throws on an unknown id (a typo in a page must fail the build). */
export function getApi(id: string): ApiSpec {
  const api = Apis[id];
  if (!api) {
    throw new Error(`Unknown API "${id}". Known: ${Object.keys(Apis).join(', ')}`);
  }
  return api;
}

/** The APIs of one family, in registry order. */
export function familyMembers(family: string): ApiSpec[] {
  return allApis.filter((api) => api.family === family);
}
