/**
 * The operator spec format: the single source of truth for every operator page, table,
 * prototype, constraint and error row on the site (ARCHITECTURE.md, "one idea").
 *
 * Editing rules:
 * - Every human-readable string is an `L10n` object: `{'zh-Hans': '…', en: '…'}`. Both are
 *   required and must be non-empty. Inside a string, `` `code` `` renders as inline code; no
 *   other markup (no HTML, no Markdown links) is interpreted.
 * - Ids (constraints, errors, errata, formulas, products, samples) are kebab-case ASCII and
 *   are public: they become URL fragments. Never rename one; add a new one instead.
 * - The schema is strict: unknown keys are errors, so a typo cannot silently drop a field.
 *
 * The types are derived from the schema (`z.infer`), so data and validation cannot drift.
 */
import * as z from 'zod';
import {DTypes} from './constants';

/** Locales every string must carry. zh-Hans is the default locale of the site. */
export const Locales = ['zh-Hans', 'en'] as const;
export type Locale = (typeof Locales)[number];

const nonEmpty = z.string().trim().min(1);

/** A bilingual human-readable string. Both locales are required. */
export const L10nSchema = z.strictObject({
  'zh-Hans': nonEmpty,
  en: nonEmpty,
});
export type L10n = z.infer<typeof L10nSchema>;

/** A public, stable identifier: lower-case kebab-case ASCII. */
export const KebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case ASCII, e.g. "last-dim-max"');

/**
 * Where a fact comes from.
 * - `seed`: the scraped vendor page this site replaces (CANN 8.0.RC2 era).
 * - `doc`: the vendor's later public documentation of the same API.
 * - `impl`: the vendor's open-source host-side parameter-checking code.
 * - `inferred`: this site's inference from the cited lines (no source states it; e.g. what a
 *   kernel whose source is not public computes). Shown as such, never as a documented fact.
 */
export const ProvenanceSchema = z.enum(['seed', 'doc', 'impl', 'inferred']);
export type Provenance = z.infer<typeof ProvenanceSchema>;

/**
 * One citation: the lines of a registered source (sources.ts) that a fact rests on.
 * `hash` is the fingerprint of those lines (sha256 of the whitespace-normalised lines, first 16
 * hex digits; src/lib/sourceFingerprint.ts), never the upstream text itself. `npm run
 * sources:cite` prints a citation with its hash; `npm run sources:verify` re-checks them all.
 */
export const CitationSchema = z.strictObject({
  /** A source id from sources.ts. */
  source: KebabId,
  /** First and last cited line (1-based, inclusive). */
  lines: z
    .tuple([z.number().int().positive(), z.number().int().positive()])
    .refine(([from, to]) => from <= to, 'lines: from must be ≤ to'),
  hash: z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 lower-case hex digits (npm run sources:cite)'),
});
export type Citation = z.infer<typeof CitationSchema>;
/** The citations of one fact. ([]; the citation test requires at least one on every fact) */
const Sources = z.array(CitationSchema).default([]);

/**
 * A fact tagged `doc`, `impl` or `inferred` must cite at least one source (seed facts too, as the
 * citation test requires; the schema enforces the later-docs and implementation ones so that
 * invalid data fails the build even before the tests run).
 */
function citedWhenNotSeed(fact: {provenance: readonly Provenance[]; sources: readonly unknown[]}): boolean {
  return fact.sources.length > 0 || fact.provenance.every((p) => p === 'seed');
}
const CitationRequired = {
  message: 'a fact tagged doc, impl or inferred needs at least one citation in `sources` (npm run sources:cite)',
  path: ['sources'],
};

export {DTypes} from './constants';
export const DTypeSchema = z.enum(DTypes);
export type DType = z.infer<typeof DTypeSchema>;

/** Tensor storage formats. */
export const FormatSchema = z.enum(['ND', 'FRACTAL_NZ']);
export type Format = z.infer<typeof FormatSchema>;

/**
 * Whether a non-contiguous tensor (a strided view) is accepted.
 * `transpose-only`: only a view that transposes the last two axes.
 * `unspecified`: the documentation does not say. `not-applicable`: not a tensor.
 */
export const NonContiguousSchema = z.enum([
  'supported',
  'unsupported',
  'transpose-only',
  'unspecified',
  'not-applicable',
]);
export type NonContiguous = z.infer<typeof NonContiguousSchema>;

/**
 * An aclnnStatus name the specs refer to. The lint requires every (name, code) pair to match a
 * row of the return-code table (statusCodes.ts), which cites the documented names.
 */
export const StatusNameSchema = z
  .string()
  .regex(/^ACLNN_[A-Z_]+$/, 'an aclnnStatus name, e.g. ACLNN_ERR_PARAM_INVALID');
export type StatusName = z.infer<typeof StatusNameSchema>;

/** One row of an operator's parameter table (phase 1 or phase 2). */
export const ParameterSchema = z
  .strictObject({
    /** The C parameter name, exactly as in the prototype. Anchor: `#param-<name>` (phase 1) or `#exec-param-<name>` (phase 2). */
    name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
    /** The C type, exactly as in the prototype, e.g. `const aclTensor *`. */
    cType: nonEmpty,
    /** Input or output of the call (in the vendor's terms: 计算输入/入参 vs 计算输出/出参). */
    direction: z.enum(['in', 'out']),
    /** May the caller pass a null pointer (or omit the value)? (false) */
    optional: z.boolean().default(false),
    /** What the parameter is, one sentence. */
    meaning: L10nSchema,
    /** Usage rules, one per entry (shape, value range, how to produce it). ([]) */
    rules: z.array(L10nSchema).default([]),
    /** Element types of a tensor. Empty for scalars and pointers to host values. ([]) */
    dtypes: z.array(DTypeSchema).default([]),
    /** For non-tensor parameters: the value type as the docs name it, e.g. `char*`, `int64_t`, `bool`. */
    valueType: z.string().optional(),
    /** Storage formats of a tensor. Empty for non-tensors. ([]) */
    formats: z.array(FormatSchema).default([]),
    /** Supported ranks as the docs state them, e.g. "2–3" or "2 (ND), 4 (FRACTAL_NZ storage)". Omit for non-tensors. */
    dims: L10nSchema.optional(),
    /** Non-contiguous tensor support. ('not-applicable') */
    nonContiguous: NonContiguousSchema.default('not-applicable'),
    /** Where the row's facts come from. */
    provenance: z.array(ProvenanceSchema).min(1),
    /** The upstream lines the row rests on. */
    sources: Sources,
    /** Errata ids (errata.ts) that concern this row; the table links to them. ([]) */
    errata: z.array(KebabId).default([]),
  })
  .refine(citedWhenNotSeed, CitationRequired);
export type Parameter = z.infer<typeof ParameterSchema>;

/** One error row of phase 1 (`…GetWorkspaceSize`) or phase 2. Anchor: `#error-<code>-<slug>`. */
export const ErrorRowSchema = z
  .strictObject({
    /** The call that returns it: phase 1 (`…GetWorkspaceSize`, the default) or phase 2 (the execute call). */
    phase: z.enum(['getWorkspaceSize', 'execute']).default('getWorkspaceSize'),
    status: StatusNameSchema,
    code: z.number().int().nonnegative(),
    /** Distinguishes rows that share a code, e.g. `dtype`, `shape`. */
    slug: KebabId,
    /** When the error is returned. */
    when: L10nSchema,
    /** Parameters involved. ([]) */
    params: z.array(z.string()).default([]),
    provenance: z.array(ProvenanceSchema).min(1),
    sources: Sources,
    errata: z.array(KebabId).default([]),
  })
  .refine(citedWhenNotSeed, CitationRequired);
export type ErrorRow = z.infer<typeof ErrorRowSchema>;

/**
 * One constraint. Anchor: `#constraint-<id>`.
 * `documented` constraints come from the original page or later docs; `implementation` ones describe
 * what the open-source phase-1 check actually verifies and are shown in their own, marked group.
 */
export const ConstraintSchema = z
  .strictObject({
    id: KebabId,
    group: z.enum(['documented', 'implementation']),
    statement: L10nSchema,
    /** Parameters (by prototype name) the constraint concerns. May be empty for global rules. */
    params: z.array(z.string()).default([]),
    provenance: z.array(ProvenanceSchema).min(1),
    sources: Sources,
    /** The aclnnStatus code the documented rules imply when the constraint is broken, if any. */
    status: z.number().int().optional(),
    /** Extra context: a version note, or how the code differs. */
    note: L10nSchema.optional(),
    errata: z.array(KebabId).default([]),
  })
  .refine(citedWhenNotSeed, CitationRequired);
export type Constraint = z.infer<typeof ConstraintSchema>;

/** A display formula. `tex` is KaTeX input (rendered at build time in strict mode). */
export const FormulaSchema = z
  .strictObject({
    id: KebabId,
    title: L10nSchema,
    tex: nonEmpty,
    /** When this formula applies. */
    description: L10nSchema,
    provenance: z.array(ProvenanceSchema).min(1),
    sources: Sources,
  })
  .refine(citedWhenNotSeed, CitationRequired);
export type Formula = z.infer<typeof FormulaSchema>;

/** A symbol used in the formulas, explained. */
export const SymbolSchema = z.strictObject({
  tex: nonEmpty,
  meaning: L10nSchema,
});

/** Support of the operator on one product line. */
export const ProductSchema = z
  .strictObject({
    id: KebabId,
    name: L10nSchema,
    supported: z.boolean(),
    provenance: z.array(ProvenanceSchema).min(1),
    sources: Sources,
    note: L10nSchema.optional(),
  })
  .refine(citedWhenNotSeed, CitationRequired);

/** A C++ call-sequence sample shown on the page and compiled in the tests. */
export const SampleSchema = z.strictObject({
  id: KebabId,
  title: L10nSchema,
  description: L10nSchema,
  /** Path relative to the operator folder, e.g. `samples/allreduce-nd.cpp`. */
  file: z.string().regex(/^samples\/[a-z0-9-]+\.cpp$/),
});

/** A C function prototype, verbatim from the docs. Parsed by the tests against the parameter rows. */
export const PrototypeSchema = z.strictObject({
  /** The function name, e.g. `aclnnQuantMatmulAllReduceV2GetWorkspaceSize`. */
  name: z.string().regex(/^aclnn[A-Za-z0-9]+$/),
  /** The full declaration, without the trailing semicolon. */
  declaration: nonEmpty,
});

/** An aclnn API name (the first-phase name without `GetWorkspaceSize`), e.g. `aclnnWeightQuantBatchMatmulV2`. */
const AclnnApiName = z.string().regex(/^aclnn[A-Za-z0-9]+$/);

/**
 * One condition of a framework call (`FrameworkCallSchema.conditions`): when it holds, the call
 * reaches `api`. Anchor: `#framework-<call id>-when-<id>`.
 */
export const FrameworkConditionSchema = z
  .strictObject({
    id: KebabId,
    /** The aclnn API the call reaches when this condition holds (with the others, see `conditionLogic`). */
    api: AclnnApiName,
    text: L10nSchema,
    provenance: z.array(ProvenanceSchema).min(1),
    sources: Sources,
  })
  .refine(citedWhenNotSeed, CitationRequired);

/**
 * One row of a framework call's parameter mapping: a framework argument (or the returned tensor,
 * or a value the adapter passes on its own) and the aclnn parameter it becomes. Anchors:
 * `#framework-<call id>-param-<arg>` (argument), `#framework-<call id>-return` (the returned
 * tensor), `#framework-<call id>-const-<target>` (a value no argument sets).
 */
export const FrameworkParamSchema = z
  .strictObject({
    /** What the row starts from. ('argument') */
    role: z.enum(['argument', 'return', 'constant']).default('argument'),
    /** The framework argument, exactly as declared (e.g. `dequant_scale`); null for `return` and `constant` rows. */
    arg: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/)
      .nullable()
      .default(null),
    /** The aclnn parameter it is passed as (by name in the target API's prototype); null when it is not passed. */
    target: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/)
      .nullable(),
    /** How it is passed: dtype conversion, what is passed when the argument is None, or why it is not passed. */
    mapping: L10nSchema,
    provenance: z.array(ProvenanceSchema).min(1),
    sources: Sources,
  })
  .refine(citedWhenNotSeed, CitationRequired)
  .refine((p) => (p.role === 'argument') === (p.arg !== null), {
    message: 'an `argument` row names its `arg`; `return` and `constant` rows have none',
    path: ['arg'],
  })
  .refine((p) => p.role === 'argument' || p.target !== null, {
    message: 'a `return` or `constant` row names the aclnn parameter it fills',
    path: ['target'],
  });
export type FrameworkParam = z.infer<typeof FrameworkParamSchema>;

/**
 * How a framework function reaches (or does not reach) this operator, e.g. torch_npu's
 * `torch_npu.npu_mm_all_reduce_base`: its declared signature, the conditions under which it calls
 * which aclnn API, and how its arguments map to that API's parameters. Anchor: `#framework-<id>`.
 */
export const FrameworkCallSchema = z
  .strictObject({
    /** Public id, e.g. `torch-npu`. */
    id: KebabId,
    /** The framework, e.g. `torch_npu`. */
    framework: nonEmpty,
    /** The function users call, e.g. `torch_npu.npu_mm_all_reduce_base`. */
    function: nonEmpty,
    /** The signature exactly as the framework declares it (an interface declaration). */
    signature: nonEmpty,
    /** Does any path of the function call this page's operator? */
    reachesThisOperator: z.boolean(),
    /** The aclnn APIs the mapping table's `target` parameters belong to. */
    targetApis: z.array(AclnnApiName).min(1),
    /** What the function does with respect to this operator, a few sentences. */
    summary: L10nSchema,
    provenance: z.array(ProvenanceSchema).min(1),
    sources: Sources,
    /**
     * `all`: every condition must hold for the call to reach its API (this operator);
     * `first-match`: the conditions are checked in order and the first that holds decides the API.
     */
    conditionLogic: z.enum(['all', 'first-match']),
    conditions: z.array(FrameworkConditionSchema).min(1),
    parameters: z.array(FrameworkParamSchema).min(1),
    /** Remarks, e.g. where the framework's documentation and its code differ. ([]) */
    notes: z
      .array(
        z
          .strictObject({text: L10nSchema, provenance: z.array(ProvenanceSchema).min(1), sources: Sources})
          .refine(citedWhenNotSeed, CitationRequired),
      )
      .default([]),
  })
  .refine(citedWhenNotSeed, CitationRequired);
export type FrameworkCall = z.infer<typeof FrameworkCallSchema>;

export const OperatorSpecSchema = z.strictObject({
  /** The official API name: URL slug, folder name and registry key. */
  id: z.string().regex(/^aclnn[A-Za-z0-9]+$/),
  /** The CANN documentation version the data was transcribed from. */
  cannVersion: nonEmpty,
  /** Header to include. */
  header: nonEmpty,
  /** One-line summary for the landing page and page description. */
  summary: L10nSchema,
  /** What the operator does, a few sentences. */
  description: L10nSchema,
  /** Prerequisites and notes shown at the top (e.g. matching driver/CANN versions). ([]) */
  notices: z
    .array(
      z
        .strictObject({text: L10nSchema, provenance: z.array(ProvenanceSchema).min(1), sources: Sources})
        .refine(citedWhenNotSeed, CitationRequired),
    )
    .default([]),
  /** Present when the operator is deprecated. (null) */
  deprecation: z
    .strictObject({
      /** The replacement API named by the docs. */
      replacement: z.string().regex(/^aclnn[A-Za-z0-9]+$/),
      text: L10nSchema,
      provenance: z.array(ProvenanceSchema).min(1),
      sources: Sources,
      errata: z.array(KebabId).default([]),
    })
    .refine(citedWhenNotSeed, CitationRequired)
    .nullable()
    .default(null),
  products: z.array(ProductSchema).min(1),
  formulas: z.array(FormulaSchema).min(1),
  symbols: z.array(SymbolSchema).default([]),
  prototypes: z.strictObject({
    getWorkspaceSize: PrototypeSchema,
    execute: PrototypeSchema,
  }),
  /** Phase-1 parameters, in prototype order. */
  parameters: z.array(ParameterSchema).min(1),
  /** Phase-2 parameters, in prototype order. */
  executeParameters: z.array(ParameterSchema).min(1),
  errors: z.array(ErrorRowSchema).min(1),
  constraints: z.array(ConstraintSchema).min(1),
  determinism: z
    .strictObject({
      deterministicByDefault: z.boolean(),
      text: L10nSchema,
      provenance: z.array(ProvenanceSchema).min(1),
      sources: Sources,
      note: L10nSchema.optional(),
      errata: z.array(KebabId).default([]),
    })
    .refine(citedWhenNotSeed, CitationRequired),
  samples: z.array(SampleSchema).min(1),
  /** Version notes (later releases), shown in the notes section. ([]) */
  versionNotes: z
    .array(
      z
        .strictObject({text: L10nSchema, provenance: z.array(ProvenanceSchema).min(1), sources: Sources})
        .refine(citedWhenNotSeed, CitationRequired),
    )
    .default([]),
  /** How framework functions (e.g. torch_npu) reach this operator. ([]) */
  frameworks: z.array(FrameworkCallSchema).default([]),
});

/** A repository (or the seed pages) that sources live in. */
export const RepositorySchema = z.strictObject({
  id: KebabId,
  /** `owner/name` of the public repository, or a description of a non-repository source. */
  name: nonEmpty,
  /** What the repository is (and, for a mirror, of what). */
  description: L10nSchema,
  /**
   * Link to a line range, with the placeholders `{commit}`, `{path}`, `{from}` and `{to}`; null when
   * the source has no public address (the scraped seed pages). An intranet mirror overrides it at
   * build time with the environment variable `SOURCE_URL_<ID>` (id upper-cased, `-` → `_`).
   */
  lineUrl: z.string().nullable(),
  /** Directory names under `--repos DIR` tried, in order, by the maintainer scripts. */
  cloneNames: z.array(nonEmpty).min(1),
  /** The release lines (branches) the maintainer scripts compare, oldest first. ([]) */
  releaseLines: z.array(nonEmpty).default([]),
});
export type Repository = z.infer<typeof RepositorySchema>;

/** One upstream document or code file (or seed page), pinned. Cited by id. */
export const SourceSchema = z.strictObject({
  /** Public, stable id, e.g. `qmar-v2-doc`. */
  id: KebabId,
  repo: KebabId,
  /** Path in the repository (for the seeds: the file name in the seeds folder). */
  path: nonEmpty,
  /** `seed`: an original page; `doc`: later vendor documentation; `code`: open-source code. */
  kind: z.enum(['seed', 'doc', 'code']),
  /** The pinned commit (40 hex digits); null for the seed pages, which are not in a repository. */
  commit: z
    .string()
    .regex(/^[0-9a-f]{40}$/)
    .nullable(),
  /** The release line the commit belongs to: a branch (`master`, `9.0.0`) or a tag, or the CANN release of a seed page. */
  release: nonEmpty,
  /** The commit date (YYYY-MM-DD); null for the seed pages. */
  date: z
    .string()
    .regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/)
    .nullable(),
  /** Short human label, e.g. "QuantMatmulAllReduceV2 doc". */
  title: nonEmpty,
});
export type Source = z.infer<typeof SourceSchema>;

/** A validated operator spec (defaults applied). */
export type OperatorSpec = z.infer<typeof OperatorSpecSchema>;
/** What a spec.ts file writes (defaults optional). */
export type OperatorSpecInput = z.input<typeof OperatorSpecSchema>;

/** One erratum: where the documented rule, later docs and the open-source code disagree. */
export const ErratumSchema = z.strictObject({
  /** Anchor on the errata page: `#erratum-<id>`, e.g. `e1-pertoken-not-pertensor`. */
  id: KebabId,
  /** Short label, e.g. "E1" for reference §4 items, "I3" for §5 items. */
  label: z.string().regex(/^[EI][0-9]+$/),
  /** The operators it concerns (empty: both or general). */
  operators: z.array(z.string()).default([]),
  title: L10nSchema,
  /** The documented rule (seed). */
  documented: L10nSchema,
  /** What later vendor docs say. */
  laterDocs: L10nSchema,
  /** What the open-source code does. */
  implementation: L10nSchema,
  /** One line of evidence. */
  evidence: L10nSchema,
  /** The citations of each column: the documented rule, the later docs, the code. */
  sources: z.strictObject({
    documented: Sources,
    laterDocs: z.array(CitationSchema).min(1, CitationRequired.message),
    implementation: z.array(CitationSchema).min(1, CitationRequired.message),
  }),
});
export type Erratum = z.infer<typeof ErratumSchema>;

/** One aclnnStatus code. Anchor on the return-codes page: `#status-<code>`. */
export const StatusCodeSchema = z.strictObject({
  /** The enum name, as the upstream return-code page gives it. */
  name: z.string().regex(/^ACLNN_[A-Z_]+$/),
  code: z.number().int().nonnegative(),
  meaning: L10nSchema,
  /** The return-code page lines that name and explain it. */
  sources: z.array(CitationSchema).min(1, CitationRequired.message),
});
export type StatusCode = z.infer<typeof StatusCodeSchema>;

/**
 * One CANN release the site covers (releases.ts): the original pages' 8.0.RC2, then each
 * open-source release and master at the pinned date. `refs` names, per repository, the tag (or
 * branch) and commit read for that release; `seed` marks the release documented by the seed pages.
 */
export const ReleaseSchema = z.strictObject({
  /** Public, stable id used in URLs (`?cann=9.0.0`) and in the version data, e.g. `9.0.1`, `master`. */
  id: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.]*$/),
  label: L10nSchema,
  /** The release (tag) date, or the pinned date for master (YYYY-MM-DD); null when unknown. */
  date: z
    .string()
    .regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/)
    .nullable(),
  /** Documented by the scraped seed pages (no public code exists for it). (false) */
  seed: z.boolean().default(false),
  /** Per repository id (sources.ts): the ref and commit read for this release. ({}) */
  refs: z
    .record(
      KebabId,
      z.strictObject({
        /** A tag (`v9.0.0`) or, where the repository has no tag for the release, a branch. */
        ref: nonEmpty,
        commit: z.string().regex(/^[0-9a-f]{40}$/),
        date: z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/),
        note: L10nSchema.optional(),
      }),
    )
    .default({}),
});
export type Release = z.infer<typeof ReleaseSchema>;

/** A fact's state at one release (src/lib/versions/scan.ts). */
export const FactStateSchema = z.enum(['holds', 'differs', 'absent', 'undetermined']);
/** Where a cited block is at one release. */
export const BlockStateSchema = z.enum(['same', 'moved', 'similar', 'changed', 'absent']);

/**
 * The version data of one fact (versions.generated.json, written by `npm run versions:scan`): its
 * state at each release where it does not simply hold (a release not listed: it holds), and the
 * committed override that replaced the scan's result, if any. The evidence the scan used is in
 * versions.evidence.generated.json (not shipped to pages).
 */
export const FactVersionSchema = z.strictObject({
  /** Release id → state, only for releases where the fact does not hold. */
  states: z.record(z.string(), FactStateSchema.exclude(['holds'])),
  /** Present when a committed override (versions.overrides.ts) set the states. */
  override: z.strictObject({reason: L10nSchema, sources: z.array(CitationSchema).min(1)}).optional(),
});
export type FactVersion = z.infer<typeof FactVersionSchema>;

/** One compared citation of a fact: its state where it is not at its lines, and the dated changes. */
export const VersionEvidenceSchema = z.strictObject({
  source: KebabId,
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  hash: z.string().regex(/^[0-9a-f]{16}$/),
  /** Release id → block state, for releases where it is not `same`. */
  states: z.record(z.string(), BlockStateSchema),
  /** Commits (`git log -S` on the block's longest line) that changed it between consecutive releases. */
  changes: z
    .array(
      z.strictObject({
        between: z.tuple([z.string(), z.string()]),
        commit: z.string().regex(/^[0-9a-f]{7,40}$/),
        date: z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/),
      }),
    )
    .default([]),
});
export type VersionEvidence = z.infer<typeof VersionEvidenceSchema>;

export const VersionDataSchema = z.strictObject({
  $comment: z.string().optional(),
  /** The release ids scanned, oldest first (must equal releases.ts). */
  releases: z.array(z.string()).min(1),
  /** Fact key (src/lib/sources/facts.ts) → its version data. A fact not listed holds for every release. */
  facts: z.record(z.string(), FactVersionSchema),
});
export type VersionData = z.infer<typeof VersionDataSchema>;

/** versions.evidence.generated.json: fact key → the evidence of each compared citation that moved or changed. */
export const VersionEvidenceDataSchema = z.strictObject({
  $comment: z.string().optional(),
  facts: z.record(z.string(), z.array(VersionEvidenceSchema)),
});

/** A committed override of the scan (versions.overrides.ts): the states of a fact, with a reason and citations. */
export const VersionOverrideSchema = z.strictObject({
  /** Release id → state for every release where the fact does not hold (others: holds). */
  states: z.record(z.string(), FactStateSchema.exclude(['holds'])),
  reason: L10nSchema,
  sources: z.array(CitationSchema).min(1),
});
export type VersionOverride = z.infer<typeof VersionOverrideSchema>;
