/**
 * Every fact of the site that must carry a citation, listed with where it is and what it cites.
 * Used by the citation test (no uncited fact), the maintainer scripts and the spec lint. Pure.
 */
import type {Citation, Erratum, OperatorSpec, Provenance, Source, StatusCode} from '../../operators/schema';
import {frameworkParamAnchor} from '../anchors';

export interface Fact {
  /**
   * Stable key of the fact, used by the version data (versions.generated.json): e.g.
   * `aclnnQuantMatmulAllReduceV2/constraint/x2-transpose-only`, `erratum/e7-…/implementation`,
   * `status/561000`. Derived from public ids, so it never changes while the anchor stays.
   */
  key: string;
  /** Human-readable location, e.g. `aclnnQuantMatmulAllReduceV2 constraint last-dim-max`. */
  where: string;
  /** What kind of fact, for counts. */
  kind:
    | 'parameter'
    | 'execute-parameter'
    | 'error'
    | 'constraint'
    | 'formula'
    | 'product'
    | 'notice'
    | 'deprecation'
    | 'determinism'
    | 'version-note'
    | 'framework'
    | 'framework-condition'
    | 'framework-param'
    | 'framework-note'
    | 'erratum-documented'
    | 'erratum-later-docs'
    | 'erratum-implementation'
    | 'status-code';
  /** The operator it belongs to; null for errata and status codes. */
  operator: string | null;
  /** The provenance tags the fact declares (errata columns imply theirs). */
  provenance: Provenance[];
  sources: Citation[];
  /**
   * An implementation fact (it follows the code at each release): an implementation-group
   * constraint, an erratum's implementation column, or a fact tagged `impl` and neither `seed` nor
   * `doc`. Every other fact is a documented fact (it follows the docs at each release).
   */
  implementation: boolean;
}

function isImplementation(provenance: readonly Provenance[]): boolean {
  return provenance.includes('impl') && !provenance.includes('seed') && !provenance.includes('doc');
}

/** Every fact of one operator spec. */
export function operatorFacts(op: OperatorSpec): Fact[] {
  const f = (
    kind: Fact['kind'],
    id: string,
    x: {provenance: Provenance[]; sources: Citation[]; group?: 'documented' | 'implementation'},
  ): Fact => ({
    key: `${op.id}/${kind}/${id}`,
    where: `${op.id} ${kind} ${id}`,
    kind,
    operator: op.id,
    provenance: x.provenance,
    sources: x.sources,
    implementation: x.group === 'implementation' || isImplementation(x.provenance),
  });
  return [
    ...op.parameters.map((p) => f('parameter', p.name, p)),
    ...op.executeParameters.map((p) => f('execute-parameter', p.name, p)),
    ...op.errors.map((e) => f('error', `${e.code}-${e.slug}`, e)),
    ...op.constraints.map((c) => f('constraint', c.id, c)),
    ...op.formulas.map((x) => f('formula', x.id, x)),
    ...op.products.map((x) => f('product', x.id, x)),
    ...op.notices.map((x, i) => f('notice', String(i + 1), x)),
    ...(op.deprecation ? [f('deprecation', op.deprecation.replacement, op.deprecation)] : []),
    f('determinism', 'determinism', op.determinism),
    ...op.versionNotes.map((x, i) => f('version-note', String(i + 1), x)),
    ...frameworkFacts(op, f),
  ];
}

/**
 * The facts of the framework mapping section: each call (signature and summary), each condition,
 * each mapping row and each note. Keys: `<op>/framework/<call>`,
 * `<op>/framework-condition/<call>-<condition id>`, `<op>/framework-param/<call>-<row>` (row: the
 * argument name, `return`, or `const-<aclnn parameter>`, as in its anchor), `<op>/framework-note/<call>-<n>`.
 */
function frameworkFacts(
  op: OperatorSpec,
  f: (kind: Fact['kind'], id: string, x: {provenance: Provenance[]; sources: Citation[]}) => Fact,
): Fact[] {
  return op.frameworks.flatMap((call) => [
    f('framework', call.id, call),
    ...call.conditions.map((c) => f('framework-condition', `${call.id}-${c.id}`, c)),
    ...call.parameters.map((p) =>
      f(
        'framework-param',
        frameworkParamAnchor(call.id, p)
          .replace(/^framework-/, '')
          .replace('-param-', '-'),
        p,
      ),
    ),
    ...call.notes.map((n, i) => f('framework-note', `${call.id}-${i + 1}`, n)),
  ]);
}

/** The three columns of an erratum: key suffix, fact kind, the provenance it implies, its citations. */
const ErratumColumns = [
  ['documented', 'erratum-documented', 'seed', 'documented'],
  ['later-docs', 'erratum-later-docs', 'doc', 'laterDocs'],
  ['implementation', 'erratum-implementation', 'impl', 'implementation'],
] as const;

/** Every column of every erratum: the documented rule (seed), later docs (doc), the code (impl). */
export function errataFacts(errata: readonly Erratum[]): Fact[] {
  return errata.flatMap((e) =>
    ErratumColumns.map(([suffix, kind, provenance, column]) => ({
      key: `erratum/${e.id}/${suffix}`,
      where: `erratum ${e.label} ${suffix.replace('-', ' ')}`,
      kind,
      operator: null,
      provenance: [provenance],
      sources: e.sources[column],
      implementation: provenance === 'impl',
    })),
  );
}

export function statusCodeFacts(codes: readonly StatusCode[]): Fact[] {
  return codes.map((c) => ({
    key: `status/${c.code}`,
    where: `status code ${c.code}`,
    kind: 'status-code' as const,
    operator: null,
    provenance: ['doc' as const],
    sources: c.sources,
    implementation: false,
  }));
}

export function allFacts(
  ops: readonly OperatorSpec[],
  errata: readonly Erratum[],
  codes: readonly StatusCode[],
): Fact[] {
  return [...ops.flatMap(operatorFacts), ...errataFacts(errata), ...statusCodeFacts(codes)];
}

const KindOfProvenance: Record<Provenance, Source['kind'][]> = {
  seed: ['seed'],
  doc: ['doc'],
  impl: ['code'],
  inferred: ['seed', 'doc', 'code'],
};

/**
 * Problems with a fact's citations: none at all; a citation of an unknown source; a provenance tag
 * no citation backs (a `doc` fact must cite a doc source, an `impl` fact a code source, a `seed`
 * fact a seed page). Erratum columns that state an absence ("not stated") still cite the lines
 * where the statement would be.
 */
export function citationProblems(fact: Fact, sources: ReadonlyMap<string, Source>): string[] {
  const problems: string[] = [];
  if (fact.sources.length === 0) return [`${fact.where}: no citation`];
  for (const c of fact.sources) {
    if (!sources.has(c.source)) problems.push(`${fact.where}: unknown source "${c.source}"`);
  }
  for (const tag of fact.provenance) {
    const backed = fact.sources.some((c) => {
      const s = sources.get(c.source);
      return s !== undefined && KindOfProvenance[tag].includes(s.kind);
    });
    if (!backed) problems.push(`${fact.where}: tagged "${tag}" but cites no ${KindOfProvenance[tag].join('/')} source`);
  }
  return problems;
}
