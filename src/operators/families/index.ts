/**
 * The operator-family registry (issue 14): validated with `FamilySchema` (../schema.ts). The family
 * pages compute their comparison tables from the members' specs (src/operators/<id>/,
 * src/operators/apis/) and read only the decisions and migration rows from here.
 */
import {FamilySchema, type Family} from '../schema';
import {parseOrThrow} from '../validate';
import WeightQuantBatchMatmul from './weightQuantBatchMatmul';
import QuantMatmulAllReduce from './quantMatmulAllReduce';

export const RawFamilies = [WeightQuantBatchMatmul, QuantMatmulAllReduce] as const;

export const allFamilies: Family[] = RawFamilies.map((raw) =>
  parseOrThrow(FamilySchema, raw, `src/operators/families (${raw.id})`),
);

export function getFamily(id: string): Family {
  const f = allFamilies.find((x) => x.id === id);
  if (!f) throw new Error(`Unknown family "${id}". Known: ${allFamilies.map((x) => x.id).join(', ')}`);
  return f;
}
