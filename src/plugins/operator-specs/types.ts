/** The localised operator data the plugin hands to the components (global data). */
import type {Erratum, OperatorSpec, StatusCode} from '../../operators/schema';
import type {Localized} from '../../lib/text';
import type {CompactCode} from '../../lib/codeTokens';

export type LocalOperator = Omit<Localized<OperatorSpec>, 'formulas' | 'symbols' | 'samples'> & {
  formulas: (Localized<OperatorSpec['formulas'][number]> & {html: string})[];
  symbols: (Localized<OperatorSpec['symbols'][number]> & {html: string})[];
  samples: (Localized<OperatorSpec['samples'][number]> & {code: CompactCode; checkerPath: string | null})[];
  /** Both prototypes, formatted and highlighted at build time. */
  prototypeCode: CompactCode;
};
export type LocalParameter = LocalOperator['parameters'][number];
export type LocalConstraint = LocalOperator['constraints'][number];
export type LocalErrorRow = LocalOperator['errors'][number];
export type LocalErratum = Localized<Erratum>;
/** The fields of an erratum the operator pages link with (errata-links.json). */
export type LocalErratumLink = Pick<LocalErratum, 'id' | 'label' | 'title' | 'operators'>;
export type LocalStatusCode = Localized<StatusCode>;

export interface SiteData {
  locale: string;
  operators: Record<string, LocalOperator>;
  errata: LocalErratum[];
  statusCodes: LocalStatusCode[];
}
