/**
 * The operator-family registry (issue 14), validated with `FamilySchema` (./schema.ts). To add a
 * family: write `src/operators/families/<name>.ts` (default export, `satisfies FamilyInput`), import
 * it below and append it to `RawFamilies`; then add its page `docs/families/<id>.mdx` (both locales).
 */
import {parseOrThrow} from '../validate';
import {FamilySchema, type Family} from './schema';
import QuantMatmulAllReduce from './quantMatmulAllReduce';

/** Raw inputs, before validation (for the tests). */
export const RawFamilies = [QuantMatmulAllReduce] as const;

/** Every family, validated. */
export const allFamilies: Family[] = RawFamilies.map((raw) =>
  parseOrThrow(FamilySchema, raw, `src/operators/families/${raw.id}.ts`),
);

/** Look a family up by id; throws on an unknown id (a typo in a page must fail the build). */
export function getFamily(id: string): Family {
  const family = allFamilies.find((f) => f.id === id);
  if (!family) throw new Error(`Unknown family "${id}". Known: ${allFamilies.map((f) => f.id).join(', ')}`);
  return family;
}
