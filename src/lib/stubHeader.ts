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
    getWorkspaceSize: {declaration: string};
    execute: {declaration: string};
  };
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
 * each terminated by `;`, inside `extern "C"`.
 *
 * @throws if `spec.header` is not a relative `.h` path or a declaration is empty.
 * @example
 * operatorStubHeader({
 *   id: 'aclnnFoo',
 *   header: 'aclnnop/aclnn_foo.h',
 *   prototypes: {
 *     getWorkspaceSize: {declaration: 'aclnnStatus aclnnFooGetWorkspaceSize(const aclTensor *x, uint64_t *workspaceSize, aclOpExecutor **executor)'},
 *     execute: {declaration: 'aclnnStatus aclnnFoo(void *workspace, uint64_t workspaceSize, aclOpExecutor *executor, const aclrtStream stream)'},
 *   },
 * });
 * // '// Compile-only stub generated from the aclnnFoo spec: …\n#ifndef ACLNNOP_ACLNN_FOO_H_\n…'
 */
export function operatorStubHeader(spec: StubHeaderSpec): string {
  if (!HEADER_PATH.test(spec.header)) {
    throw new Error(`${spec.id}: header "${spec.header}" is not a relative path to a .h file`);
  }
  const guard = includeGuard(spec.header);
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
    statement(spec.prototypes.getWorkspaceSize.declaration, 'getWorkspaceSize', spec.id),
    '',
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
