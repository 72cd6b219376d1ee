/** Hooks that read the localised operator data the operator-specs plugin publishes. */
import {usePluginData} from '@docusaurus/useGlobalData';
import type {LocalErratum, LocalOperator, LocalStatusCode, SiteData} from '@site/src/plugins/operator-specs/types';

function useSiteData(): SiteData {
  return usePluginData('operator-specs') as SiteData;
}

/** The operator with this API name; throws on an unknown id so a typo fails the build. */
export function useOperator(id: string): LocalOperator {
  const op = useSiteData().operators[id];
  if (!op) {
    throw new Error(`Unknown operator "${id}" (known: ${Object.keys(useSiteData().operators).join(', ')})`);
  }
  return op;
}

export function useAllOperators(): LocalOperator[] {
  return Object.values(useSiteData().operators);
}

export function useErrata(): LocalErratum[] {
  return useSiteData().errata;
}

export function useErratum(id: string): LocalErratum {
  const e = useSiteData().errata.find((x) => x.id === id);
  if (!e) throw new Error(`Unknown erratum "${id}"`);
  return e;
}

export function useStatusCodes(): LocalStatusCode[] {
  return useSiteData().statusCodes;
}

/** URL of an operator page (the API name is the slug). */
export function operatorPath(id: string): string {
  return `/operators/${id}`;
}

/** URL of an erratum on the errata page. */
export function erratumPath(id: string): string {
  return `/errata#erratum-${id}`;
}
