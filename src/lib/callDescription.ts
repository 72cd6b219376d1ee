/**
 * The call description: the JSON a user writes to ask "will this call pass?" (README.md,
 * "Checking a call"). This module validates its structure and normalises it; the rules
 * themselves live in `checker/`.
 *
 * - Tensor keys are the API's tensor parameter names, attribute keys its other phase-1
 *   parameters (both derived from the operator spec, never hard-coded here).
 * - dtype names are the spec's (`INT8` … `FLOAT32`), case-insensitive, with the aliases
 *   FLOAT / FP32 (= FLOAT32), FP16 (= FLOAT16) and BF16 (= BFLOAT16).
 * - `format` defaults to ND. Shapes are lists of safe integers ≥ 0 (at most 64 entries, a limit
 *   of this tool, not of the operators).
 *
 * `parseCallDescription` never throws: any input yields either the normalised call or the full
 * list of problems, each prefixed with its JSON path.
 */
import * as z from 'zod';
import {allOperators} from '../operators';
import {DTypes, type DType, type OperatorSpec} from '../operators/schema';
import type {CallDescription, CallDType, TensorDescription} from './checker/types';
import {ReleaseIds} from './versions';

/** Phase-1 parameters that are outputs of the API itself, not part of a call description. */
const NotDescribed = new Set(['workspaceSize', 'executor']);

/** The most dims a shape may list in a description (a tool limit; the operators allow ≤ 8). */
export const MaxRank = 64;

/** How an attribute value is typed in JSON, derived from its C type. */
export type AttrKind = 'string' | 'integer' | 'boolean' | 'number';

/** The tensor and attribute parameter names of one operator, in prototype order. */
export interface CallParameters {
  tensors: string[];
  attrs: string[];
  attrKinds: Record<string, AttrKind>;
}

/** A parameter is a tensor when its C type mentions `aclTensor`. */
export function isTensorParameter(cType: string): boolean {
  return cType.includes('aclTensor');
}

/** The JSON kind of a non-tensor parameter, from its C type (`const char *`, `int64_t`, `bool`, `float`). */
export function attrKindOf(cType: string): AttrKind {
  const t = cType.replace(/\s+/g, ' ').trim();
  if (/\bchar\s*\*/.test(t)) return 'string';
  if (/^(const )?bool$/.test(t)) return 'boolean';
  if (/^(const )?(float|double)$/.test(t)) return 'number';
  if (/^(const )?u?int(8|16|32|64)_t$/.test(t)) return 'integer';
  throw new Error(`callDescription: no JSON kind for the C type "${cType}"`);
}

/**
 * Tensor and attribute names of an operator, derived from its phase-1 parameters.
 * @example callParametersOf(getOperator('aclnnWeightQuantBatchMatmul')).attrs
 * // ['transposeX1', 'transposeX2', 'antiquantScale', 'antiquantOffset']
 */
export function callParametersOf(op: Pick<OperatorSpec, 'parameters'>): CallParameters {
  const tensors: string[] = [];
  const attrs: string[] = [];
  const attrKinds: Record<string, AttrKind> = {};
  for (const p of op.parameters) {
    if (NotDescribed.has(p.name)) continue;
    if (isTensorParameter(p.cType)) tensors.push(p.name);
    else {
      attrs.push(p.name);
      attrKinds[p.name] = attrKindOf(p.cType);
    }
  }
  return {tensors, attrs, attrKinds};
}

/** Per-operator tensor and attribute names (keys: API names). */
export const callParameters: Record<string, CallParameters> = Object.fromEntries(
  allOperators.map((op) => [op.id, callParametersOf(op)]),
);

/** Known operator ids, in display order. */
export const knownOperators: string[] = allOperators.map((op) => op.id);

const DTypeAliases: Record<string, DType> = {FLOAT: 'FLOAT32', FP32: 'FLOAT32', FP16: 'FLOAT16', BF16: 'BFLOAT16'};

/**
 * Canonical dtype name for a user-written one, or null when unknown.
 * @example normaliseDType('bf16') // 'BFLOAT16'
 */
export function normaliseDType(name: string): CallDType | null {
  const upper = name.trim().toUpperCase();
  if ((DTypes as readonly string[]).includes(upper)) return upper as CallDType;
  return DTypeAliases[upper] ?? null;
}

/** Shorten and quote a user string for a message (never interpreted as markup by the checker). */
export function quote(value: string, max = 40): string {
  const s = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(s);
}

/** A short description of any JSON-ish value, for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `the string ${quote(value)}`;
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return `the bigint ${value.toString().slice(0, 30)}`;
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const Dim = z.number().int().nonnegative();
const Shape = z.array(Dim).max(MaxRank);

const DTypeInput = z.string().transform((value, ctx) => {
  const dtype = normaliseDType(value);
  if (dtype === null) {
    ctx.addIssue({
      code: 'custom',
      message: `unknown dtype ${quote(value)}; use one of ${DTypes.join(', ')} (aliases FLOAT, FP32, FP16, BF16)`,
    });
    return z.NEVER;
  }
  return dtype;
});

const Formats = ['ND', 'FRACTAL_NZ'] as const;
const FormatInput = z
  .string()
  .transform((value, ctx) => {
    const upper = value.trim().toUpperCase();
    if ((Formats as readonly string[]).includes(upper)) return upper as TensorDescription['format'];
    ctx.addIssue({code: 'custom', message: `unknown format ${quote(value)}; use ND or FRACTAL_NZ`});
    return z.NEVER;
  })
  .optional();

/**
 * A tensor: `shape` is always the view shape the API receives (the `aclTensor` view, not its
 * storage); `storage_shape` the stored one. For WeightQuantBatchMatmul with transposeX1, m is the
 * last dim of x1's view shape (the checker reads it from `shape`).
 */
const TensorKeys = ['shape', 'dtype', 'format', 'storage_shape', 'transposed', 'contiguous'];
const TensorInput = z.strictObject({
  shape: Shape,
  dtype: DTypeInput,
  format: FormatInput,
  storage_shape: Shape.optional(),
  transposed: z.boolean().optional(),
  contiguous: z.boolean().optional(),
});

function attrSchema(kind: AttrKind): z.ZodType<string | number | boolean> {
  switch (kind) {
    case 'string':
      return z.string();
    case 'boolean':
      return z.boolean();
    case 'integer':
      return z.number().int();
    case 'number':
      return z.number();
  }
}

const TopKeys = ['operator', 'product', 'cannVersion', 'tensors', 'attrs'];

function operatorSchema(params: CallParameters) {
  const tensors = Object.fromEntries(params.tensors.map((name) => [name, TensorInput.nullable().optional()]));
  const attrs = Object.fromEntries(params.attrs.map((name) => [name, attrSchema(params.attrKinds[name])]));
  return z.strictObject({
    operator: z.string(),
    product: z.string().optional(),
    cannVersion: z.string().optional(),
    tensors: z.strictObject(tensors),
    attrs: z.strictObject(attrs),
  });
}

/** Used when the operator is unknown: still reports every structural problem. */
const GenericSchema = z.strictObject({
  operator: z.unknown().optional(),
  product: z.string().optional(),
  cannVersion: z.string().optional(),
  tensors: z.record(z.string(), TensorInput.nullable()),
  attrs: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
});

const schemas = new Map(knownOperators.map((id) => [id, operatorSchema(callParameters[id])]));

/** `tensors.x1.shape[2]`; keys that are not identifiers are quoted: `tensors["<b>"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      const key = String(seg);
      out += /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? (out ? `.${key}` : key) : `[${quote(key)}]`;
    }
  }
  return out;
}

function unknownKeyMessage(path: readonly PropertyKey[], keys: string[], operator: string | null): string[] {
  const where = formatPath(path);
  const params = operator ? callParameters[operator] : null;
  return keys.map((key) => {
    const k = quote(key);
    if (path.length === 0) return `${where}: unknown key ${k}; allowed keys: ${TopKeys.join(', ')}`;
    if (path.length === 1 && path[0] === 'tensors' && params) {
      const hint = params.attrs.includes(key) ? ` (${k} is an attribute: put it under attrs)` : '';
      return `${where}: unknown tensor parameter ${k} for ${operator}${hint}; known: ${params.tensors.join(', ')}`;
    }
    if (path.length === 1 && path[0] === 'attrs' && params) {
      const hint = params.tensors.includes(key) ? ` (${k} is a tensor: put it under tensors)` : '';
      return `${where}: unknown attribute ${k} for ${operator}${hint}; known: ${params.attrs.join(', ')}`;
    }
    if (path.length === 2 && path[0] === 'tensors') {
      return `${where}: unknown key ${k} in a tensor; allowed keys: ${TensorKeys.join(', ')}`;
    }
    return `${where}: unknown key ${k}`;
  });
}

const ExpectedNames: Record<string, string> = {
  int: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'a boolean',
  array: 'an array',
  object: 'an object',
  record: 'an object',
};

function issueMessages(issue: z.core.$ZodIssue, operator: string | null): string[] {
  const where = formatPath(issue.path);
  const input = (issue as {input?: unknown}).input;
  switch (issue.code) {
    case 'unrecognized_keys':
      return unknownKeyMessage(issue.path, issue.keys, operator);
    case 'invalid_type': {
      const expected = ExpectedNames[issue.expected] ?? issue.expected;
      if (input === undefined) return [`${where}: required (${expected} expected)`];
      const isTensor = issue.path.length === 2 && issue.path[0] === 'tensors';
      return [
        `${where}: expected ${isTensor ? 'a tensor description object or null' : expected}, got ${describeValue(input)}`,
      ];
    }
    case 'too_small':
      if (issue.origin === 'number' || issue.origin === 'int') {
        return [`${where}: must be ≥ ${String(issue.minimum)} (got ${describeValue(input)})`];
      }
      return [`${where}: ${issue.message}`];
    case 'too_big':
      if (issue.origin === 'array') return [`${where}: at most ${String(issue.maximum)} dims are accepted`];
      return [`${where}: must be ≤ ${String(issue.maximum)} (2^53 − 1; got ${describeValue(input)})`];
    case 'invalid_union':
      return [`${where}: expected a string, a number or a boolean, got ${describeValue(input)}`];
    default:
      return [`${where}: ${issue.message}`];
  }
}

/** Validation result: the normalised call, or every problem with its JSON path. */
export type ParseResult = {ok: true; call: CallDescription} | {ok: false; problems: string[]};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function normalise(data: {
  operator: string;
  product?: string;
  cannVersion?: string;
  tensors: Record<string, unknown>;
  attrs: Record<string, string | number | boolean>;
}): CallDescription {
  const tensors: CallDescription['tensors'] = {};
  for (const [name, raw] of Object.entries(data.tensors)) {
    if (raw === undefined) continue;
    if (raw === null) {
      tensors[name] = null;
      continue;
    }
    const t = raw as Omit<TensorDescription, 'format'> & {format?: TensorDescription['format']};
    const tensor: TensorDescription = {shape: [...t.shape], dtype: t.dtype, format: t.format ?? 'ND'};
    if (t.storage_shape !== undefined) tensor.storage_shape = [...t.storage_shape];
    if (t.transposed !== undefined) tensor.transposed = t.transposed;
    if (t.contiguous !== undefined) tensor.contiguous = t.contiguous;
    tensors[name] = tensor;
  }
  const call: CallDescription = {
    operator: data.operator as CallDescription['operator'],
    tensors,
    attrs: {...data.attrs},
  };
  if (data.product !== undefined) call.product = data.product;
  if (data.cannVersion !== undefined) call.cannVersion = data.cannVersion;
  return call;
}

function parseUnsafe(input: unknown): ParseResult {
  if (!isPlainObject(input)) {
    return {ok: false, problems: [`(root): expected a call description object, got ${describeValue(input)}`]};
  }
  const opValue = input.operator;
  const operator = typeof opValue === 'string' && schemas.has(opValue) ? opValue : null;
  const problems: string[] = [];
  if (operator === null) {
    problems.push(
      opValue === undefined
        ? `operator: required; known operators: ${knownOperators.join(', ')}`
        : `operator: unknown operator ${typeof opValue === 'string' ? quote(opValue) : describeValue(opValue)}; known operators: ${knownOperators.join(', ')}`,
    );
  }
  if (typeof input.cannVersion === 'string' && !ReleaseIds.includes(input.cannVersion)) {
    problems.push(`cannVersion: unknown CANN release ${quote(input.cannVersion)}; known: ${ReleaseIds.join(', ')}`);
  }
  const schema = operator === null ? GenericSchema : schemas.get(operator)!;
  const result = schema.safeParse(input, {reportInput: true});
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(...issueMessages(issue, operator));
  }
  if (problems.length > 0 || !result.success) return {ok: false, problems};
  return {ok: true, call: normalise(result.data as Parameters<typeof normalise>[0])};
}

/**
 * Validate and normalise a call description. Never throws, whatever `input` is.
 * @example parseCallDescription({operator: 'aclnnWeightQuantBatchMatmul', tensors: {}, attrs: {}})
 * // {ok: false, problems: ['attrs.transposeX1: required (boolean expected)', …]}
 */
export function parseCallDescription(input: unknown): ParseResult {
  try {
    return parseUnsafe(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0].slice(0, 200) : 'unreadable value';
    return {ok: false, problems: [`(root): the description could not be read (${reason})`]};
  }
}
