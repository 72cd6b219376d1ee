/**
 * The operator registry: every spec, validated. Import operators from here, never from a
 * spec file directly, so that nothing reaches a page or a test without passing the schema.
 */
import * as z from 'zod';
import QuantMatmulAllReduceV2 from './aclnnQuantMatmulAllReduceV2/spec';
import WeightQuantBatchMatmul from './aclnnWeightQuantBatchMatmul/spec';
import rawErrata from './errata';
import rawStatusCodes from './statusCodes';
import rawSources from './sources';
import rawReleases from './releases';
import {formatIssues, parseOrThrow} from './validate';
import {
  ErratumSchema,
  OperatorSpecSchema,
  ReleaseSchema,
  RepositorySchema,
  SourceSchema,
  StatusCodeSchema,
  type Erratum,
  type OperatorSpec,
  type Release,
  type Repository,
  type Source,
  type StatusCode,
} from './schema';

export {formatIssues};

/** Raw spec inputs, before validation (for the schema tests). */
export const RawOperators = [QuantMatmulAllReduceV2, WeightQuantBatchMatmul] as const;

/** Every operator spec, validated, in display order. */
export const allOperators: OperatorSpec[] = RawOperators.map((raw) =>
  parseOrThrow(OperatorSpecSchema, raw, `src/operators/${raw.id}/spec.ts`),
);

export type OperatorId = (typeof RawOperators)[number]['id'];

/** Registry keyed by API name. */
export const Operators: Record<string, OperatorSpec> = Object.fromEntries(allOperators.map((op) => [op.id, op]));

/** Look an operator up by API name; throws on an unknown id (a typo in a page must fail the build). */
export function getOperator(id: string): OperatorSpec {
  const op = Operators[id];
  if (!op) {
    throw new Error(`Unknown operator "${id}". Known: ${Object.keys(Operators).join(', ')}`);
  }
  return op;
}

export const allErrata: Erratum[] = parseOrThrow(z.array(ErratumSchema), rawErrata, 'src/operators/errata.ts');

export const allStatusCodes: StatusCode[] = parseOrThrow(
  z.array(StatusCodeSchema),
  rawStatusCodes,
  'src/operators/statusCodes.ts',
);

/** The repositories sources live in (sources.ts). */
export const allRepositories: Repository[] = parseOrThrow(
  z.array(RepositorySchema),
  rawSources.repositories,
  'src/operators/sources.ts (repositories)',
);

/** Every citable source, pinned (sources.ts). */
export const allSources: Source[] = parseOrThrow(z.array(SourceSchema), rawSources.sources, 'src/operators/sources.ts');

/** The CANN releases the site covers, oldest first (releases.ts). */
export const allReleases: Release[] = parseOrThrow(z.array(ReleaseSchema), rawReleases, 'src/operators/releases.ts');

/** The related APIs (companions and family members, issue 14): see ./apis/index.ts. */
export {allApis, Apis, getApi, familyMembers} from './apis';
export {allFamilies, getFamily} from './families';
