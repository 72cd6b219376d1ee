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
  'frameworks',
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

/** @example frameworkAnchor('torch-npu') // 'framework-torch-npu' */
export function frameworkAnchor(callId: string): string {
  return `framework-${callId}`;
}
/** @example frameworkConditionAnchor('torch-npu', 'pertoken') // 'framework-torch-npu-when-pertoken' */
export function frameworkConditionAnchor(callId: string, id: string): string {
  return `framework-${callId}-when-${id}`;
}
/**
 * A row of a framework call's parameter mapping: `framework-<call>-param-<arg>` (an argument),
 * `framework-<call>-return` (the returned tensor), `framework-<call>-const-<target>` (a value no
 * argument sets).
 */
export function frameworkParamAnchor(
  callId: string,
  p: {role: 'argument' | 'return' | 'constant'; arg: string | null; target: string | null},
): string {
  if (p.role === 'return') return `framework-${callId}-return`;
  if (p.role === 'constant') return `framework-${callId}-const-${p.target}`;
  return `framework-${callId}-param-${p.arg}`;
}

/** Every anchor of the framework mapping section: each call, each condition, each mapping row. */
export function frameworkAnchors(op: Pick<OperatorSpec, 'frameworks'>): string[] {
  return op.frameworks.flatMap((f) => [
    frameworkAnchor(f.id),
    ...f.conditions.map((c) => frameworkConditionAnchor(f.id, c.id)),
    ...f.parameters.map((p) => frameworkParamAnchor(f.id, p)),
  ]);
}

/** Every public row anchor an operator page carries, derived from the spec. */
export function rowAnchors(
  op: Pick<OperatorSpec, 'parameters' | 'executeParameters' | 'constraints' | 'errors' | 'frameworks'>,
): string[] {
  return [
    ...op.parameters.map((p) => paramAnchor(p.name)),
    ...op.executeParameters.map((p) => execParamAnchor(p.name)),
    ...op.constraints.map((c) => constraintAnchor(c.id)),
    ...op.errors.map((e) => errorAnchor(e)),
    ...frameworkAnchors(op),
  ];
}
