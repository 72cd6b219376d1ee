/**
 * Which lines of a C++ sample call a related API (src/operators/apis/): the links from sample code
 * to the API pages and the "used by" lists of those pages come from here. Pure.
 */

/** The function names of a set of related APIs: function name → API id. */
export function apiFunctionNames(
  apis: readonly {id: string; prototypes: readonly {name: string}[]}[],
): Map<string, string> {
  return new Map(apis.flatMap((api) => api.prototypes.map((p) => [p.name, api.id] as const)));
}

/**
 * The calls of the named functions in `code`, line by line (a name followed by `(`; names inside
 * `//` comments are not calls).
 * @example findApiCalls('  f(1);\n  // f(2)\n', new Map([['f', 'aclnnF']])) // [{line: 1, fn: 'f', api: 'aclnnF'}]
 */
export function findApiCalls(
  code: string,
  names: ReadonlyMap<string, string>,
): {line: number; fn: string; api: string}[] {
  const calls: {line: number; fn: string; api: string}[] = [];
  code.split(/\r?\n/).forEach((text, i) => {
    const live = text.replace(/\/\/.*$/, '');
    for (const m of live.matchAll(/\b(aclnn[A-Za-z0-9]+)\s*\(/g)) {
      const api = names.get(m[1]);
      if (api) calls.push({line: i + 1, fn: m[1], api});
    }
  });
  return calls;
}

/** The site path of a related API's page. */
export function apiPath(id: string): string {
  return `/api/${id}`;
}
