/** The localised operator data the plugin hands to the components (global data). */
import type {Erratum, OperatorSpec, StatusCode} from '../../operators/schema';
import type {Localized} from '../../lib/text';

export type LocalOperator = Omit<Localized<OperatorSpec>, 'formulas' | 'symbols' | 'samples'> & {
  formulas: (Localized<OperatorSpec['formulas'][number]> & {html: string})[];
  symbols: (Localized<OperatorSpec['symbols'][number]> & {html: string})[];
  samples: (Localized<OperatorSpec['samples'][number]> & {code: string; checkerPath: string | null})[];
};
export type LocalParameter = LocalOperator['parameters'][number];
export type LocalConstraint = LocalOperator['constraints'][number];
export type LocalErrorRow = LocalOperator['errors'][number];
export type LocalErratum = Localized<Erratum>;
export type LocalStatusCode = Localized<StatusCode>;

export interface SiteData {
  locale: string;
  operators: Record<string, LocalOperator>;
  errata: LocalErratum[];
  statusCodes: LocalStatusCode[];
}
