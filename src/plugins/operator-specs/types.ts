/** The localised operator data the plugin hands to the components (global data). */
import type {Erratum, OperatorSpec, Repository, Source, StatusCode} from '../../operators/schema';
import type {Localized} from '../../lib/text';
import type {CompactCode} from '../../lib/codeTokens';
import type {Resolved} from '../../lib/sources/links';

/** Localised, with every citation resolved to its link (`ResolvedCitation`). */
type Local<T> = Resolved<Localized<T>>;

export type LocalOperator = Omit<Local<OperatorSpec>, 'formulas' | 'symbols' | 'samples'> & {
  formulas: (Local<OperatorSpec['formulas'][number]> & {html: string})[];
  symbols: (Localized<OperatorSpec['symbols'][number]> & {html: string})[];
  samples: (Localized<OperatorSpec['samples'][number]> & {code: CompactCode; checkerPath: string | null})[];
  /** Both prototypes, formatted and highlighted at build time. */
  prototypeCode: CompactCode;
};
export type LocalParameter = LocalOperator['parameters'][number];
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
  errata: LocalErratum[];
  statusCodes: LocalStatusCode[];
}
