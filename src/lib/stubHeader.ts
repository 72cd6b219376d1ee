/**
 * Generate a compile-only C header for one operator from its spec, so the C++ samples are
 * type-checked against the documented prototypes: a sample that disagrees with the
 * prototype shown on the page fails to compile. The other declarations the samples need
 * (runtime, HCCL, helper operators) are hand-written stubs in `src/lib/cpp-stubs/`.
 *
 * Pure TypeScript (no Node imports), so it can run in the browser bundle as well as in tests.
 */

/** The part of an operator spec the generated header depends on. */
export interface StubHeaderSpec {
  /** The API name, e.g. `aclnnQuantMatmulAllReduceV2` (used in the banner comment). */
  id: string;
  /** Include path of the operator header, e.g. `aclnnop/aclnn_quant_matmul_all_reduce_v2.h`. */
  header: string;
  prototypes: {
    getWorkspaceSize: {name: string; declaration: string};
    execute: {name: string; declaration: string};
  };
  /**
   * Present (non-null) when the operator is deprecated. The vendor header then marks both
   * functions with the GCC/Clang `deprecated` attribute, so a caller compiled with `-Werror`
   * fails unless it silences `-Wdeprecated-declarations`; the stub does the same.
   */
  deprecation?: {replacement: string} | null;
}

/** An API name as the schema allows it (also safe inside a C string literal). */
const API_NAME = /^aclnn[A-Za-z0-9]+$/;

/**
 * The attribute placed before a deprecated declaration: our own message (not the vendor's text)
 * naming the function and what to migrate to.
 * @example deprecatedAttribute('aclnnFoo', 'aclnnFooV2') // '__attribute__((deprecated("aclnnFoo is scheduled for deprecation by the vendor; migrate to aclnnFooV2 (compile-only stub)")))'
 */
export function deprecatedAttribute(name: string, replacement: string): string {
  if (!API_NAME.test(name) || !API_NAME.test(replacement)) {
    throw new Error(`deprecatedAttribute: "${name}" or "${replacement}" is not an aclnn API name`);
  }
  return `__attribute__((deprecated("${name} is scheduled for deprecation by the vendor; migrate to ${replacement} (compile-only stub)")))`;
}

/** A relative include path made of safe segments, ending in `.h`. */
const HEADER_PATH = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*\.h$/;

/**
 * Include-guard macro for an include path: upper case, every non-alphanumeric character
 * replaced by `_`, with a trailing `_`.
 * @example includeGuard('aclnnop/aclnn_foo.h') // 'ACLNNOP_ACLNN_FOO_H_'
 */
export function includeGuard(header: string): string {
  return `${header.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_`;
}

/** One declaration, trimmed, with exactly one trailing semicolon. */
function statement(declaration: string, what: string, id: string): string {
  const body = declaration.trim().replace(/;\s*$/, '').trimEnd();
  if (body === '') {
    throw new Error(`${id}: the ${what} prototype has an empty declaration`);
  }
  return `${body};`;
}

/**
 * The text of the compile-only header `spec.header`: an include guard,
 * `#include "aclnn/acl_meta.h"` and the two documented declarations (phase 1 and phase 2),
 * each terminated by `;`, inside `extern "C"`. For a deprecated operator each declaration is
 * preceded by `deprecatedAttribute(...)`: phase 1 points to `<replacement>GetWorkspaceSize`,
 * phase 2 to `<replacement>`, as the vendor header of a deprecated operator does.
 *
 * @throws if `spec.header` is not a relative `.h` path or a declaration is empty.
 * @example
 * operatorStubHeader({
 *   id: 'aclnnFoo',
 *   header: 'aclnnop/aclnn_foo.h',
 *   prototypes: {
 *     getWorkspaceSize: {name: 'aclnnFooGetWorkspaceSize', declaration: 'aclnnStatus aclnnFooGetWorkspaceSize(const aclTensor *x, uint64_t *workspaceSize, aclOpExecutor **executor)'},
 *     execute: {name: 'aclnnFoo', declaration: 'aclnnStatus aclnnFoo(void *workspace, uint64_t workspaceSize, aclOpExecutor *executor, const aclrtStream stream)'},
 *   },
 * });
 * // '// Compile-only stub generated from the aclnnFoo spec: …\n#ifndef ACLNNOP_ACLNN_FOO_H_\n…'
 */
export function operatorStubHeader(spec: StubHeaderSpec): string {
  if (!HEADER_PATH.test(spec.header)) {
    throw new Error(`${spec.id}: header "${spec.header}" is not a relative path to a .h file`);
  }
  const guard = includeGuard(spec.header);
  const replacement = spec.deprecation?.replacement;
  const attr = (name: string, replacementName: string): string[] =>
    replacement === undefined ? [] : [deprecatedAttribute(name, replacementName)];
  return [
    `// Compile-only stub generated from the ${spec.id} spec: the documented prototypes, not the vendor header.`,
    `#ifndef ${guard}`,
    `#define ${guard}`,
    '',
    '#include "aclnn/acl_meta.h"',
    '',
    '#ifdef __cplusplus',
    'extern "C" {',
    '#endif',
    '',
    ...attr(spec.prototypes.getWorkspaceSize.name, `${replacement}GetWorkspaceSize`),
    statement(spec.prototypes.getWorkspaceSize.declaration, 'getWorkspaceSize', spec.id),
    '',
    ...attr(spec.prototypes.execute.name, `${replacement}`),
    statement(spec.prototypes.execute.declaration, 'execute', spec.id),
    '',
    '#ifdef __cplusplus',
    '}',
    '#endif',
    '',
    `#endif  // ${guard}`,
    '',
  ].join('\n');
}

/** The part of a related-API spec (ApiSpecSchema) the generated header depends on. */
export interface ApiStubSpec {
  id: string;
  header: string;
  /** `[GetWorkspaceSize, execute]` or one function. */
  prototypes: {name: string; declaration: string}[];
  deprecation?: {replacement: string} | null;
}

/**
 * The compile-only header `header` declaring the documented prototypes of every related API that
 * lives in it (several APIs can share one header, e.g. aclnnCalculateMatmulWeightSizeV2 and
 * aclnnTransMatmulWeight), in the given order, inside `extern "C"`. A deprecated API's declarations
 * carry `deprecatedAttribute(...)` (a `…GetWorkspaceSize` points to `<replacement>GetWorkspaceSize`).
 *
 * @throws if `header` is not a relative `.h` path, an API lives in another header, or a declaration is empty.
 */
export function apiStubHeader(header: string, apis: readonly ApiStubSpec[]): string {
  if (!HEADER_PATH.test(header)) {
    throw new Error(`header "${header}" is not a relative path to a .h file`);
  }
  if (apis.length === 0) throw new Error(`${header}: no API to declare`);
  const guard = includeGuard(header);
  const body = apis.flatMap((api) => {
    if (api.header !== header) throw new Error(`${api.id} lives in ${api.header}, not ${header}`);
    const replacement = api.deprecation?.replacement;
    return api.prototypes.flatMap((p) => {
      const target =
        replacement === undefined
          ? null
          : p.name.endsWith('GetWorkspaceSize')
            ? `${replacement}GetWorkspaceSize`
            : replacement;
      return [...(target ? [deprecatedAttribute(p.name, target)] : []), statement(p.declaration, p.name, api.id), ''];
    });
  });
  return [
    `// Compile-only stub generated from the ${apis.map((a) => a.id).join(', ')} spec(s): the documented prototypes, not the vendor header.`,
    `#ifndef ${guard}`,
    `#define ${guard}`,
    '',
    '#include "aclnn/acl_meta.h"',
    '',
    '#ifdef __cplusplus',
    'extern "C" {',
    '#endif',
    '',
    ...body,
    '#ifdef __cplusplus',
    '}',
    '#endif',
    '',
    `#endif  // ${guard}`,
    '',
  ].join('\n');
}

/** Every generated related-API header: include path → its text (APIs grouped by header, registry order). */
export function apiStubHeaders(apis: readonly ApiStubSpec[]): Map<string, string> {
  const byHeader = new Map<string, ApiStubSpec[]>();
  for (const api of apis) byHeader.set(api.header, [...(byHeader.get(api.header) ?? []), api]);
  return new Map([...byHeader].map(([header, group]) => [header, apiStubHeader(header, group)]));
}
