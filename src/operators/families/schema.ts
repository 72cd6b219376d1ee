/**
 * An operator family (issue 14): the versions of one API and what tells them apart. The members'
 * prototypes, parameters and products are never typed here: they come from the operator specs
 * (src/operators/<api>/spec.ts) and the related-API specs (src/operators/apis/). A family adds only
 * what no single member states: what each operator-spec member adds and its first release (the
 * related-API members carry theirs), which parameters correspond across renames, and the
 * "which one do I call?" list. Every item is cited like any other fact.
 *
 * Anchors (public) on `/families/<id>`: `#member-<api>`, `#slot-<slot>`, `#choose-<id>`.
 * Fact keys (src/lib/sources/facts.ts): `family/<id>/member-adds/<api>`,
 * `family/<id>/member-first-release/<api>`, `family/<id>/correspondence/<id>`, `family/<id>/choose/<id>`.
 */
import * as z from 'zod';
import {CitationSchema, KebabId, L10nSchema, ProvenanceSchema} from '../schema';

const ApiName = z.string().regex(/^aclnn[A-Za-z0-9]+$/);
const Provenance = z.array(ProvenanceSchema).min(1);
/** Every family item is a fact: at least one citation, always. */
const Sources = z.array(CitationSchema).min(1, 'a family fact needs at least one citation (npm run sources:cite)');

export const FamilySchema = z.strictObject({
  /** Public id, the page slug: `/families/<id>`. */
  id: KebabId,
  title: L10nSchema,
  /** The members, oldest first, with the short label the tables use (`V1`, `V2`, …). */
  members: z
    .array(
      z.strictObject({
        api: ApiName,
        label: z.string().regex(/^V[0-9]+$/),
        /** Only for a member that is an operator spec (related-API specs carry their own `adds` fact). */
        adds: z.strictObject({text: L10nSchema, provenance: Provenance, sources: Sources}).optional(),
        /** Only for an operator-spec member: its first release (a releases.ts id), null when undetermined. */
        firstRelease: z
          .strictObject({release: z.string().nullable(), text: L10nSchema, provenance: Provenance, sources: Sources})
          .optional(),
      }),
    )
    .min(2),
  /**
   * Parameters that hold the same place under different names in different members. `names`: every
   * name of the slot (the comparison merges them into one row, `#slot-<id>`).
   */
  correspondences: z
    .array(
      z.strictObject({
        id: KebabId,
        names: z.array(z.string()).min(2),
        text: L10nSchema,
        provenance: Provenance,
        sources: Sources,
      }),
    )
    .default([]),
  /** The "which one do I call?" list, in reading order (`#choose-<id>`). */
  decisions: z
    .array(
      z.strictObject({
        id: KebabId,
        calls: z.array(ApiName).min(1),
        text: L10nSchema,
        provenance: Provenance,
        sources: Sources,
      }),
    )
    .min(1),
});
export type Family = z.infer<typeof FamilySchema>;
export type FamilyInput = z.input<typeof FamilySchema>;
