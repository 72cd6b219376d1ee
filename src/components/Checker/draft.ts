/**
 * The checker form's model (no React): a draft holds the text of every field exactly as typed, and
 * converts to and from the call description JSON the CLI accepts.
 *
 * - `callFromDraft(draft)` gives the JSON value the page checks and puts in the URL. A field whose
 *   text cannot be read (shape `a,b`, commTurn `x`) is kept as the raw string, so the description is
 *   malformed (the checker says so, with its path) and a link reopens exactly what was typed.
 * - `draftFromCall(value)` reads any JSON value back into a draft, listing what the form cannot show
 *   (unknown keys, values of the wrong type), or refuses when there is no known operator.
 */
import {getOperator} from '@site/src/operators';
import {callParameters, knownOperators, normaliseDType, type AttrKind} from '@site/src/lib/callDescription';

export const Formats = ['ND', 'FRACTAL_NZ'] as const;

/** The longest shape text read (the form's text inputs accept as many characters). */
export const MaxFieldLength = 400;

export interface TensorDraft {
  present: boolean;
  /** e.g. `64, 1024`. */
  shape: string;
  dtype: string;
  format: string;
  transposed: boolean;
  contiguous: boolean;
  /** Optional; blank = not given. */
  storage: string;
}

export interface Draft {
  operator: string;
  product: string;
  /** A release id of releases.ts, or '' for none (the checker then assumes the latest release). */
  cannVersion: string;
  tensors: Record<string, TensorDraft>;
  /** Text for string/integer/number attributes, booleans for boolean ones. */
  attrs: Record<string, string | boolean>;
}

/** The result of reading one field's text. */
export type FieldRead<T> = {ok: true; value: T} | {ok: false; problem: FieldProblem};

/** Field problems, as message keys with their values (the component localises them). */
export type FieldProblem =
  | {kind: 'empty-shape'}
  | {kind: 'bad-dim'; token: string}
  | {kind: 'not-integer'; text: string}
  | {kind: 'not-number'; text: string}
  | {kind: 'too-long'; max: number};

const NumberToken = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A short, quoted excerpt of user text for messages (rendered as text, never as HTML). */
export function excerpt(text: string, max = 24): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * Read a shape: numbers separated by commas and/or spaces, optionally in brackets; `[]` is a 0-d
 * tensor. Numbers that are not valid dims (negative, fractional, huge) are passed on as numbers so
 * the checker reports them with their path.
 * @example readShape('64, 1024') // {ok: true, value: [64, 1024]}
 * @example readShape('a,b') // {ok: false, problem: {kind: 'bad-dim', token: 'a'}}
 */
export function readShape(text: string): FieldRead<number[]> {
  if (text.length > MaxFieldLength) return {ok: false, problem: {kind: 'too-long', max: MaxFieldLength}};
  let body = text.trim();
  const bracketed = /^[[(]([^]*)[\])]$/.exec(body);
  if (bracketed) body = bracketed[1].trim();
  else if (body === '') return {ok: false, problem: {kind: 'empty-shape'}};
  if (body === '') return {ok: true, value: []};
  const tokens = body.split(/[\s,]+/).filter((t) => t !== '');
  const dims: number[] = [];
  for (const token of tokens) {
    if (!NumberToken.test(token)) return {ok: false, problem: {kind: 'bad-dim', token: excerpt(token)}};
    dims.push(Number(token));
  }
  return {ok: true, value: dims};
}

/** Blank → not given; otherwise as `readShape`. */
export function readOptionalShape(text: string): FieldRead<number[] | undefined> {
  return text.trim() === '' ? {ok: true, value: undefined} : readShape(text);
}

/**
 * Read an integer attribute.
 * @example readInteger(' 1 ') // {ok: true, value: 1}
 */
export function readInteger(text: string): FieldRead<number> {
  if (text.length > MaxFieldLength) return {ok: false, problem: {kind: 'too-long', max: MaxFieldLength}};
  const t = text.trim();
  const value = Number(t);
  if (!/^[+-]?\d+$/.test(t) || !Number.isSafeInteger(value)) {
    return {ok: false, problem: {kind: 'not-integer', text: excerpt(t)}};
  }
  return {ok: true, value};
}

/**
 * Read a finite number attribute.
 * @example readNumber('1e-3') // {ok: true, value: 0.001}
 */
export function readNumber(text: string): FieldRead<number> {
  if (text.length > MaxFieldLength) return {ok: false, problem: {kind: 'too-long', max: MaxFieldLength}};
  const t = text.trim();
  const value = Number(t);
  if (!NumberToken.test(t) || !Number.isFinite(value)) {
    return {ok: false, problem: {kind: 'not-number', text: excerpt(t)}};
  }
  return {ok: true, value};
}

/** Read a string attribute (any text). */
export function readString(text: string): FieldRead<string> {
  return {ok: true, value: text};
}

/** The attribute kind of `name` for `operator` (string when unknown). */
export function attrKind(operator: string, name: string): AttrKind {
  return callParameters[operator]?.attrKinds[name] ?? 'string';
}

export function readAttr(kind: AttrKind, value: string | boolean): FieldRead<string | number | boolean> {
  if (typeof value === 'boolean') return {ok: true, value};
  if (kind === 'integer') return readInteger(value);
  if (kind === 'number') return readNumber(value);
  return readString(value);
}

/** Field ids (also the element ids of the form controls): `chk-x1-shape`, `chk-attr-group`. */
export function tensorFieldId(name: string, field: keyof TensorDraft): string {
  return `chk-${name}-${field}`;
}
export function attrFieldId(name: string): string {
  return `chk-attr-${name}`;
}

/** Every field's problem, keyed by field id. */
export function draftProblems(draft: Draft): Map<string, FieldProblem> {
  const out = new Map<string, FieldProblem>();
  for (const [name, t] of Object.entries(draft.tensors)) {
    if (!t.present) continue;
    const shape = readShape(t.shape);
    if (!shape.ok) out.set(tensorFieldId(name, 'shape'), shape.problem);
    const storage = readOptionalShape(t.storage);
    if (!storage.ok) out.set(tensorFieldId(name, 'storage'), storage.problem);
  }
  for (const [name, value] of Object.entries(draft.attrs)) {
    const read = readAttr(attrKind(draft.operator, name), value);
    if (!read.ok) out.set(attrFieldId(name), read.problem);
  }
  return out;
}

/** The JSON path prefix of each field (to show the checker's problems next to the field). */
export function fieldPaths(draft: Draft): Array<{id: string; path: string}> {
  const out: Array<{id: string; path: string}> = [];
  for (const name of Object.keys(draft.tensors)) {
    out.push({id: tensorFieldId(name, 'shape'), path: `tensors.${name}.shape`});
    out.push({id: tensorFieldId(name, 'storage'), path: `tensors.${name}.storage_shape`});
    out.push({id: tensorFieldId(name, 'dtype'), path: `tensors.${name}.dtype`});
    out.push({id: tensorFieldId(name, 'format'), path: `tensors.${name}.format`});
  }
  for (const name of Object.keys(draft.attrs)) out.push({id: attrFieldId(name), path: `attrs.${name}`});
  out.push({id: 'chk-product', path: 'product'});
  out.push({id: 'chk-cann', path: 'cannVersion'});
  return out;
}

/** The call description of a draft (malformed fields kept as their raw text). */
export function callFromDraft(draft: Draft): Record<string, unknown> {
  const tensors: Record<string, unknown> = {};
  for (const [name, t] of Object.entries(draft.tensors)) {
    if (!t.present) {
      tensors[name] = null;
      continue;
    }
    const shape = readShape(t.shape);
    const tensor: Record<string, unknown> = {
      shape: shape.ok ? shape.value : t.shape,
      dtype: t.dtype,
      format: t.format,
    };
    if (t.storage.trim() !== '') {
      const storage = readShape(t.storage);
      tensor.storage_shape = storage.ok ? storage.value : t.storage;
    }
    if (t.transposed) tensor.transposed = true;
    if (!t.contiguous) tensor.contiguous = false;
    tensors[name] = tensor;
  }
  const attrs: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(draft.attrs)) {
    const read = readAttr(attrKind(draft.operator, name), value);
    attrs[name] = read.ok ? read.value : value;
  }
  const call: Record<string, unknown> = {operator: draft.operator};
  if (draft.product !== '') call.product = draft.product;
  if (draft.cannVersion !== '') call.cannVersion = draft.cannVersion;
  call.tensors = tensors;
  call.attrs = attrs;
  return call;
}

/** A tensor draft for a parameter that is not given (its first documented dtype and format). */
export function emptyTensor(operator: string, name: string): TensorDraft {
  const param = getOperator(operator).parameters.find((p) => p.name === name);
  return {
    present: false,
    shape: '',
    dtype: param?.dtypes[0] ?? 'INT8',
    format: param?.formats.includes('ND') ? 'ND' : (param?.formats[0] ?? 'ND'),
    transposed: false,
    contiguous: true,
    storage: '',
  };
}

/** Default attribute values by kind. */
function emptyAttr(kind: AttrKind): string | boolean {
  return kind === 'boolean' ? false : '';
}

/** A draft with every tensor absent and every attribute blank. */
export function emptyDraft(operator: string): Draft {
  const params = callParameters[operator];
  return {
    operator,
    product: '',
    cannVersion: '',
    tensors: Object.fromEntries(params.tensors.map((n) => [n, emptyTensor(operator, n)])),
    attrs: Object.fromEntries(params.attrs.map((n) => [n, emptyAttr(params.attrKinds[n])])),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** What the form could not show of a pasted description, as JSON paths with a reason. */
export interface Dropped {
  path: string;
  reason: 'unknown-key' | 'wrong-type';
}

export type DraftRead = {ok: true; draft: Draft; dropped: Dropped[]} | {ok: false; reason: 'not-object' | 'operator'};

const TopKeys = new Set(['operator', 'product', 'cannVersion', 'tensors', 'attrs']);
const TensorKeys = new Set(['shape', 'dtype', 'format', 'storage_shape', 'transposed', 'contiguous']);

function shapeText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    return value
      .slice(0, 200)
      .map((d) => (typeof d === 'number' ? String(d) : typeof d === 'string' ? d : JSON.stringify(d)))
      .join(', ');
  }
  return null;
}

/** The canonical dtype name, or the user's text as typed when it is unknown (the checker reports it). */
function canonicalDType(value: string): string {
  return normaliseDType(value) ?? value;
}

/**
 * Read a call description (any JSON value) into a draft. Only a missing or unknown operator is
 * refused; everything else the form cannot show is listed in `dropped`.
 */
export function draftFromCall(value: unknown): DraftRead {
  if (!isObject(value)) return {ok: false, reason: 'not-object'};
  const operator = value.operator;
  if (typeof operator !== 'string' || !knownOperators.includes(operator)) return {ok: false, reason: 'operator'};
  const draft = emptyDraft(operator);
  const dropped: Dropped[] = [];
  const params = callParameters[operator];

  for (const key of Object.keys(value)) if (!TopKeys.has(key)) dropped.push({path: key, reason: 'unknown-key'});
  if (typeof value.product === 'string') draft.product = value.product;
  else if (value.product !== undefined) dropped.push({path: 'product', reason: 'wrong-type'});
  // An unknown release is kept as typed: the checker reports it with its path.
  if (typeof value.cannVersion === 'string') draft.cannVersion = value.cannVersion.slice(0, MaxFieldLength);
  else if (value.cannVersion !== undefined) dropped.push({path: 'cannVersion', reason: 'wrong-type'});

  const tensors = value.tensors;
  if (isObject(tensors)) {
    for (const [name, raw] of Object.entries(tensors)) {
      const where = `tensors.${name}`;
      if (!params.tensors.includes(name)) {
        dropped.push({path: where, reason: 'unknown-key'});
        continue;
      }
      if (raw === null || raw === undefined) continue;
      if (!isObject(raw)) {
        dropped.push({path: where, reason: 'wrong-type'});
        continue;
      }
      const t = draft.tensors[name];
      t.present = true;
      for (const key of Object.keys(raw)) {
        if (!TensorKeys.has(key)) dropped.push({path: `${where}.${key}`, reason: 'unknown-key'});
      }
      const shape = shapeText(raw.shape);
      if (shape === null) {
        t.shape = '';
        if (raw.shape !== undefined) dropped.push({path: `${where}.shape`, reason: 'wrong-type'});
      } else t.shape = shape;
      if (typeof raw.dtype === 'string') t.dtype = canonicalDType(raw.dtype);
      else dropped.push({path: `${where}.dtype`, reason: 'wrong-type'});
      if (typeof raw.format === 'string') {
        const upper = raw.format.trim().toUpperCase();
        t.format = (Formats as readonly string[]).includes(upper) ? upper : raw.format;
      } else {
        t.format = 'ND';
        if (raw.format !== undefined) dropped.push({path: `${where}.format`, reason: 'wrong-type'});
      }
      if (raw.storage_shape !== undefined) {
        const storage = shapeText(raw.storage_shape);
        if (storage === null) dropped.push({path: `${where}.storage_shape`, reason: 'wrong-type'});
        else t.storage = storage;
      }
      if (typeof raw.transposed === 'boolean') t.transposed = raw.transposed;
      else if (raw.transposed !== undefined) dropped.push({path: `${where}.transposed`, reason: 'wrong-type'});
      if (typeof raw.contiguous === 'boolean') t.contiguous = raw.contiguous;
      else if (raw.contiguous !== undefined) dropped.push({path: `${where}.contiguous`, reason: 'wrong-type'});
    }
  } else if (value.tensors !== undefined) dropped.push({path: 'tensors', reason: 'wrong-type'});

  const attrs = value.attrs;
  if (isObject(attrs)) {
    for (const [name, raw] of Object.entries(attrs)) {
      const where = `attrs.${name}`;
      if (!params.attrs.includes(name)) {
        dropped.push({path: where, reason: 'unknown-key'});
        continue;
      }
      const kind = params.attrKinds[name];
      if (kind === 'boolean') {
        if (typeof raw === 'boolean') draft.attrs[name] = raw;
        else dropped.push({path: where, reason: 'wrong-type'});
      } else if (kind === 'string') {
        if (typeof raw === 'string') draft.attrs[name] = raw;
        else dropped.push({path: where, reason: 'wrong-type'});
      } else if (typeof raw === 'number' && Number.isFinite(raw)) {
        draft.attrs[name] = String(raw);
      } else if (typeof raw === 'string') {
        // A string where a number belongs: shown as typed (the form reads it as a number if it is one).
        draft.attrs[name] = raw;
        if (NumberToken.test(raw.trim())) dropped.push({path: where, reason: 'wrong-type'});
      } else dropped.push({path: where, reason: 'wrong-type'});
    }
  } else if (value.attrs !== undefined) dropped.push({path: 'attrs', reason: 'wrong-type'});

  return {ok: true, draft, dropped: dropped.slice(0, 50)};
}
