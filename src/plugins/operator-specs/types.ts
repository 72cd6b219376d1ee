/** The localised operator data the plugin hands to the components (global data). */
import type {ApiSpec, Erratum, Family, OperatorSpec, Repository, Source, StatusCode} from '../../operators/schema';
import type {Localized} from '../../lib/text';
import type {CompactCode} from '../../lib/codeTokens';
import type {Resolved} from '../../lib/sources/links';

/** Localised, with every citation resolved to its link (`ResolvedCitation`). */
type Local<T> = Resolved<Localized<T>>;

export type LocalOperator = Omit<Local<OperatorSpec>, 'formulas' | 'symbols' | 'samples'> & {
  formulas: (Local<OperatorSpec['formulas'][number]> & {html: string})[];
  symbols: (Localized<OperatorSpec['symbols'][number]> & {html: string})[];
  samples: (Localized<OperatorSpec['samples'][number]> & {
    code: CompactCode;
    checkerPath: string | null;
    /** Function name → related API id, for the related-API calls in the code (linked to /api/<id>). */
    apiLinks: Record<string, string>;
  })[];
  /** Both prototypes, formatted and highlighted at build time. */
  prototypeCode: CompactCode;
};
export type LocalParameter = LocalOperator['parameters'][number];

/** A sample line (of an operator's C++ sample) that calls a related API. */
export interface ApiCall {
  /** The operator whose sample it is. */
  operator: string;
  sample: string;
  /** The sample file name, e.g. `allreduce-nd.cpp`. */
  file: string;
  /** 1-based line number in the sample. */
  line: number;
  /** The function called on that line. */
  fn: string;
}

/** A localised related API (src/operators/apis/), with its prototypes highlighted and its callers. */
export type LocalApi = Local<ApiSpec> & {
  /** Every prototype, formatted and highlighted at build time. */
  prototypeCode: CompactCode;
  /** The lines of this site's operator samples that call it. */
  calls: ApiCall[];
  /** API name → page path, for the names its facts relate to that have a page on this site. */
  links: Record<string, string>;
};
export type LocalApiFact = LocalApi['facts'][number];

/** One version of a family, as the family page compares it (computed from its spec). */
export interface FamilyMember {
  id: string;
  /** `operator`: an operator page of this site; `api`: a related-API page. */
  kind: 'operator' | 'api';
  path: string;
  header: string;
  summary: string;
  /** Phase-1 parameters, in prototype order (workspace outputs left out). */
  parameters: {name: string; cType: string; optional: boolean; dtypes: string[]; formats: string[]}[];
  products: {id: string; name: string; supported: boolean}[];
  /** What it adds over an earlier version (its `adds` facts), with their citations. */
  adds: LocalApiFact[];
  firstRelease: LocalApi['firstRelease'];
  deprecation: {
    replacement: string;
    provenance: LocalApi['facts'][number]['provenance'];
    sources: LocalApi['facts'][number]['sources'];
  } | null;
}

export type LocalFamily = Omit<Local<Family>, 'members'> & {
  members: FamilyMember[];
  /** The migration samples, highlighted, with the calls linked to their pages. */
  migrationSamples: {
    before: {file: string; code: CompactCode; links: Record<string, string>};
    after: {file: string; code: CompactCode; links: Record<string, string>};
  } | null;
};
export type LocalConstraint = LocalOperator['constraints'][number];
export type LocalErrorRow = LocalOperator['errors'][number];
export type LocalErratum = Local<Erratum>;
/** The fields of an erratum the operator pages link with (errata-links.json). */
export type LocalErratumLink = Pick<LocalErratum, 'id' | 'label' | 'title' | 'operators'>;
export type LocalStatusCode = Local<StatusCode>;

/** The source registry as the /sources page shows it. */
export interface SourceRegistryData {
  repositories: Localized<Repository>[];
  sources: (Source & {
    /** `owner/name` of its repository. */
    repository: string;
    /** The file at the pinned commit, or null (seed pages). */
    fileUrl: string | null;
    /** How many citations on the site name it. */
    citations: number;
  })[];
}

export interface SiteData {
  locale: string;
  registry: SourceRegistryData;
  operators: Record<string, LocalOperator>;
  apis: Record<string, LocalApi>;
  families: Record<string, LocalFamily>;
  errata: LocalErratum[];
  statusCodes: LocalStatusCode[];
}
