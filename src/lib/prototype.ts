/**
 * Parse a documented C prototype into its parameter list, so the tests and the build can
 * check that the parameter table and the prototype agree row for row.
 */

export interface PrototypeParam {
  /** Normalised C type, e.g. `const aclTensor *`. */
  cType: string;
  name: string;
}

export interface ParsedPrototype {
  returns: string;
  name: string;
  params: PrototypeParam[];
}

/**
 * Normalise a C type for comparison: single spaces, and `*` written as ` *` with no space
 * between consecutive stars.
 * @example normalizeCType('aclOpExecutor**') // 'aclOpExecutor **'
 */
export function normalizeCType(type: string): string {
  return type
    .replace(/\s*\*\s*/g, '*')
    .replace(/([^*\s])\*/g, '$1 *')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * @example parsePrototype('aclnnStatus f(const aclTensor *x, int64_t n)')
 * // {returns: 'aclnnStatus', name: 'f', params: [{cType: 'const aclTensor *', name: 'x'}, {cType: 'int64_t', name: 'n'}]}
 */
export function parsePrototype(declaration: string): ParsedPrototype {
  const open = declaration.indexOf('(');
  const close = declaration.lastIndexOf(')');
  if (open < 0 || close < open) {
    throw new Error(`Not a function prototype: ${declaration}`);
  }
  const head = declaration.slice(0, open).trim().split(/\s+/);
  const name = head.pop() ?? '';
  const body = declaration.slice(open + 1, close).trim();
  const params =
    body === '' || body === 'void'
      ? []
      : body.split(',').map((part) => {
          const m = /^(.*?)([A-Za-z_][A-Za-z0-9_]*)\s*$/s.exec(part.trim());
          if (!m || m[1].trim() === '') {
            throw new Error(`Cannot parse parameter "${part.trim()}" in ${name}`);
          }
          return {cType: normalizeCType(m[1]), name: m[2]};
        });
  return {returns: head.join(' '), name, params};
}

/**
 * Lay a declaration out one parameter per line, as C headers do.
 * @example formatDeclaration('aclnnStatus f(int a, int b)') // 'aclnnStatus f(\n    int a,\n    int b)'
 */
export function formatDeclaration(declaration: string): string {
  const {returns, name, params} = parsePrototype(declaration);
  const args = params.map((p) => `    ${p.cType}${p.cType.endsWith('*') ? '' : ' '}${p.name}`);
  return `${returns} ${name}(\n${args.join(',\n')})`;
}
