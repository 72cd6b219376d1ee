/**
 * The localised operator data a page renders, provided by the page itself. The operator-specs
 * plugin writes one data module per operator (and errata, status codes) for the locale being
 * built; a page imports the modules it needs and declares them as its MDX layout:
 *
 *   import op from '@generated/operator-specs/default/aclnnQuantMatmulAllReduceV2.json';
 *   import errata from '@generated/operator-specs/default/errata.json';
 *   import {dataLayout} from '@site/src/components/OperatorData';
 *   export default dataLayout({operators: [op], errata});
 *
 * so every page ships only its own data. The hooks throw when a page forgot to provide
 * something, which fails the build instead of rendering an empty table.
 */
import React, {createContext, useContext, useMemo, type ReactNode} from 'react';
import type {
  LocalApi,
  LocalErratum,
  LocalFamily,
  LocalErratumLink,
  LocalOperator,
  LocalStatusCode,
} from '@site/src/plugins/operator-specs/types';
import {useCaptionedMdx} from '../MarkdownTable';

interface PageData {
  operators: Record<string, LocalOperator>;
  /** Related APIs (src/operators/apis/), from `api-<apiName>.json`. */
  apis: Record<string, LocalApi>;
  families: Record<string, LocalFamily>;
  errata?: (LocalErratumLink | LocalErratum)[];
  statusCodes?: LocalStatusCode[];
}

const PageDataContext = createContext<PageData>({operators: {}, apis: {}, families: {}});

export interface ProvidedData {
  operators?: LocalOperator[];
  apis?: LocalApi[];
  families?: LocalFamily[];
  /** `errata-links.json` (operator pages) or `errata.json` (the errata page). */
  errata?: (LocalErratumLink | LocalErratum)[];
  statusCodes?: LocalStatusCode[];
}

export function PageDataProvider({
  operators,
  apis,
  families,
  errata,
  statusCodes,
  children,
}: ProvidedData & {children: ReactNode}) {
  const parent = useContext(PageDataContext);
  const value = useMemo<PageData>(
    () => ({
      operators: {...parent.operators, ...Object.fromEntries((operators ?? []).map((o) => [o.id, o]))},
      apis: {...parent.apis, ...Object.fromEntries((apis ?? []).map((a) => [a.id, a]))},
      families: {...parent.families, ...Object.fromEntries((families ?? []).map((f) => [f.id, f]))},
      errata: errata ?? parent.errata,
      statusCodes: statusCodes ?? parent.statusCodes,
    }),
    [parent, operators, apis, families, errata, statusCodes],
  );
  return <PageDataContext.Provider value={value}>{children}</PageDataContext.Provider>;
}

/**
 * An MDX layout that provides `data` to the page's components (`export default dataLayout({...})`).
 * It replaces the MDX `wrapper`, so it captions the page's Markdown tables as the wrapper does.
 */
export function dataLayout(data: ProvidedData) {
  return function DataLayout({children}: {children: ReactNode}): ReactNode {
    return <PageDataProvider {...data}>{useCaptionedMdx(children)}</PageDataProvider>;
  };
}

function missing(what: string): never {
  throw new Error(
    `This page renders ${what} but does not provide it: import the data module from ` +
      `@generated/operator-specs/default/ and declare it with \`export default dataLayout({...})\`.`,
  );
}

/** The operator with this API name; throws on an unknown or unprovided id (fails the build). */
export function useOperator(id: string): LocalOperator {
  const {operators} = useContext(PageDataContext);
  return operators[id] ?? missing(`operator "${id}" (provided: ${Object.keys(operators).join(', ') || 'none'})`);
}

/** The related API with this name (src/operators/apis/); throws on an unknown or unprovided id. */
export function useApi(id: string): LocalApi {
  const {apis} = useContext(PageDataContext);
  return apis[id] ?? missing(`related API "${id}" (provided: ${Object.keys(apis).join(', ') || 'none'})`);
}

/**
 * What the shared tables (ParamTable, ProductTable, Prototype) need of an operator or of a related
 * API, whichever the page provides under this name: rows, function names per phase, products, code.
 */
export type TableParameter = LocalOperator['parameters'][number] | LocalApi['parameters'][number];

export interface TableSpec {
  id: string;
  header: string;
  /** Operator rows or related-API rows (whose dtypes may include the wider `ApiDTypes`). */
  parameters: TableParameter[];
  executeParameters: TableParameter[];
  /** Phase-1 (or single) function name, and the execute call's (null for a single function). */
  functions: [string, string | null];
  products: LocalOperator['products'];
  prototypeCode: LocalOperator['prototypeCode'];
}

export function useTableSpec(id: string): TableSpec {
  const {operators, apis} = useContext(PageDataContext);
  const op = operators[id];
  if (op) {
    return {
      ...op,
      functions: [op.prototypes.getWorkspaceSize.name, op.prototypes.execute.name],
    };
  }
  const api = apis[id];
  if (api) {
    return {...api, functions: [api.prototypes[0].name, api.prototypes[1]?.name ?? null]};
  }
  return missing(`operator or related API "${id}"`);
}

/** The operator family with this id (`family-<id>.json`); throws when the page does not provide it. */
export function useFamily(id: string): LocalFamily {
  const {families} = useContext(PageDataContext);
  return families[id] ?? missing(`family "${id}"`);
}

/** URL of a related API's page. */
export function apiPagePath(id: string): string {
  return `/api/${id}`;
}

/** The errata the page provides, at least their link fields. */
export function useErrata(): LocalErratumLink[] {
  return useContext(PageDataContext).errata ?? missing('errata');
}

/** The full errata entries (the errata page provides `errata.json`, not just the links). */
export function useErrataDetails(): LocalErratum[] {
  const errata = useErrata();
  if (!errata.every((e): e is LocalErratum => 'documented' in e)) missing('the full errata (errata.json)');
  return errata as LocalErratum[];
}

export function useErratum(id: string): LocalErratumLink {
  const e = useErrata().find((x) => x.id === id);
  if (!e) throw new Error(`Unknown erratum "${id}"`);
  return e;
}

export function useStatusCodes(): LocalStatusCode[] {
  return useContext(PageDataContext).statusCodes ?? missing('status codes');
}

/** URL of an operator page (the API name is the slug). */
export function operatorPath(id: string): string {
  return `/operators/${id}`;
}

/** URL of an erratum on the errata page. */
export function erratumPath(id: string): string {
  return `/errata#erratum-${id}`;
}
