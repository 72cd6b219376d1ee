/**
 * Public anchor ids derived from the spec. These are URL API: never change a format.
 */
import type {OperatorSpec} from '../operators/schema';

/** Section ids of every operator page, in page order. */
export const OperatorSections = [
  'products',
  'formula',
  'numerics',
  'prototype',
  'parameters',
  'execute-parameters',
  'errors',
  'constraints',
  'determinism',
  'example',
  'notes',
] as const;

export function paramAnchor(name: string): string {
  return `param-${name}`;
}
export function execParamAnchor(name: string): string {
  return `exec-param-${name}`;
}
export function constraintAnchor(id: string): string {
  return `constraint-${id}`;
}
/** @example errorAnchor({code: 161001, slug: 'null-input'}) // 'error-161001-null-input' */
export function errorAnchor(e: {code: number; slug: string}): string {
  return `error-${e.code}-${e.slug}`;
}

/** Every public row anchor an operator page carries, derived from the spec. */
export function rowAnchors(
  op: Pick<OperatorSpec, 'parameters' | 'executeParameters' | 'constraints' | 'errors'>,
): string[] {
  return [
    ...op.parameters.map((p) => paramAnchor(p.name)),
    ...op.executeParameters.map((p) => execParamAnchor(p.name)),
    ...op.constraints.map((c) => constraintAnchor(c.id)),
    ...op.errors.map((e) => errorAnchor(e)),
  ];
}
