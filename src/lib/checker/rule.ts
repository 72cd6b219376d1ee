/**
 * The shape of a checker rule, and small pure helpers the rule files share.
 *
 * A rule is the executable form of one spec constraint (`id` = the constraint id). It reports
 * at most one finding per call:
 * - a `violation` (the constraint is broken), with a bilingual message naming the offending
 *   values and what to change, and how the open-source code reacts (`reaction`);
 * - or a `note` (context that never fails the call: determinism, topology, unused inputs, …).
 */
import type {L10n} from '../../operators/schema';
import type {CallDescription, TensorDescription} from './types';

/** Phase-1 check order used for the documented verdict: null pointers → dtypes → attributes → shapes. */
export const RuleStages = ['null', 'dtype', 'attr', 'shape', 'info'] as const;
export type RuleStage = (typeof RuleStages)[number];

/** Where the open-source code rejects a call. `none`: phase 1 is not known to reject it. */
export type ImplStage = 'parameter check' | 'tiling' | 'later in phase 1' | 'none';

/**
 * Phase-1 stages whose code is not in the public repositories. A call that passes every visible
 * check and then reaches one of them gets an UNDETERMINED implementation verdict.
 * - `l0 op`: an l0 operator called by the op_api (its shape inference, kernel selection) whose
 *   source is not public (WeightQuantBatchmatmul; Cast, Add, Mul, Muls, Fill live in another repository);
 * - `framework`: the runtime behind a generated `aclnnInner*` API (how it hands a
 *   non-contiguous input to infer-shape and tiling);
 * - `crash`: the visible code of the chosen release dereferences a null pointer, so the process
 *   crashes and no status is returned (WeightQuantBatchMatmul's null x1 before ops-nn 4c8b12ff9);
 * - `unpublished release`: the chosen release is one whose code is not public (8.0.RC2).
 */
export type HiddenStage = 'l0 op' | 'framework' | 'crash' | 'unpublished release';

/**
 * How the open-source code reacts to a violation.
 * - `same`: its parameter check rejects the call with the documented status (the default: the
 *   checker only reports a difference where reference §5 / the spec's implementation rules state one);
 * - `reject`: it rejects with another code or at another stage;
 * - `pass`: its parameter check does not test this (the note says what is known to happen next);
 * - `undetermined`: no visible check rejects it, and a stage whose code is not public decides.
 */
export type Reaction =
  | {kind: 'same'}
  | {kind: 'reject'; code: number; stage: Exclude<ImplStage, 'none'>; note: L10n; anchor?: string}
  | {kind: 'pass'; note: L10n}
  | {kind: 'undetermined'; stage: HiddenStage; note: L10n};

export interface Finding {
  severity: 'violation' | 'note';
  parameters: string[];
  message: L10n;
  /** Violations only. Default: `same` for rules with a documented status, else a rejection with the spec status. */
  reaction?: Reaction;
}

/**
 * `documented`: the status the documented rules imply when the rule fails. `'spec'` takes the
 * constraint's `status` from the spec; a number is an inference (commented at the rule); `null`
 * marks a rule that only describes the open-source code (a documented rule carries the verdict).
 */
export interface Rule<Ctx> {
  id: string;
  stage: RuleStage;
  documented: 'spec' | number | null;
  check(call: CallDescription, ctx: Ctx): Finding | null;
}

// ---- message helpers ---------------------------------------------------------------------------

/** A bilingual message. */
export function t(zh: string, en: string): L10n {
  return {'zh-Hans': zh, en};
}

function joinWith(parts: string[], sentenceEnd: RegExp, sep: string, afterSentence: string): string {
  return parts
    .filter((p) => p.length > 0)
    .reduce((acc, p) => (acc === '' ? p : acc + (sentenceEnd.test(acc) ? afterSentence : sep) + p), '');
}

/**
 * Join message parts: `；` / `; ` between clauses, nothing / a space after a full sentence.
 * @example joinL10n([t('甲', 'a'), t('乙。', 'B.')]) // {'zh-Hans': '甲；乙。', en: 'a; B.'}
 */
export function joinL10n(parts: L10n[]): L10n {
  return t(
    joinWith(
      parts.map((p) => p['zh-Hans']),
      /[。！？]$/,
      '；',
      '',
    ),
    joinWith(
      parts.map((p) => p.en),
      /[.!?]$/,
      '; ',
      ' ',
    ),
  );
}

/**
 * Make a message a full sentence with a closing `。` / `.` (messages may start with a parameter
 * name such as `x1`, so nothing is capitalised).
 */
export function sentence(message: L10n): L10n {
  const zh = message['zh-Hans'].trim();
  const en = message.en.trim();
  return t(/[。！？]$/.test(zh) ? zh : `${zh}。`, /[.!?]$/.test(en) ? en : `${en}.`);
}

/** `(64, 1024)`; a 1-D shape is `(512)`, a 0-D one `()`. */
export function shapeStr(shape: readonly (number | bigint)[]): string {
  return `(${shape.map(String).join(', ')})`;
}

/** A violation finding. */
export function violation(parameters: string[], message: L10n, reaction?: Reaction): Finding {
  return reaction
    ? {severity: 'violation', parameters, message, reaction}
    : {severity: 'violation', parameters, message};
}

/** A note finding (never fails the call). */
export function note(parameters: string[], message: L10n): Finding {
  return {severity: 'note', parameters, message};
}

/** One offending part of a rule that checks several tensors, with its own reaction. */
export interface Part {
  param: string;
  message: L10n;
  reaction: Reaction;
}

/**
 * Merge the parts of a multi-tensor rule into one finding. The merged reaction is the first part
 * the code rejects (in part order), else the first undetermined one, else `pass` with the joined notes.
 */
export function mergeParts(parts: Part[]): Finding | null {
  if (parts.length === 0) return null;
  const params = [...new Set(parts.map((p) => p.param))];
  const rejecting =
    parts.find((p) => p.reaction.kind === 'same' || p.reaction.kind === 'reject') ??
    parts.find((p) => p.reaction.kind === 'undetermined');
  const reaction: Reaction = rejecting
    ? rejecting.reaction
    : {kind: 'pass', note: joinL10n(dedupe(parts.map((p) => (p.reaction as {note: L10n}).note)))};
  return violation(params, joinL10n(parts.map((p) => p.message)), reaction);
}

/** Remove repeated messages, keeping the first. */
export function dedupe(list: L10n[]): L10n[] {
  const seen = new Set<string>();
  return list.filter((m) => {
    const key = m.en + '\u0000' + m['zh-Hans'];
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---- shape helpers -----------------------------------------------------------------------------

/** Exact product of dims (BigInt: shapes may hold values up to 2^53 − 1). */
export function product(dims: readonly number[]): bigint {
  return dims.reduce((acc, d) => acc * BigInt(d), 1n);
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

export function hasZero(shape: readonly number[]): boolean {
  return shape.some((d) => d === 0);
}

/** The last `n` dims (or fewer). */
export function tail(shape: readonly number[], n: number): number[] {
  return shape.slice(Math.max(0, shape.length - n));
}

/**
 * NumPy-style broadcast compatibility: aligned from the right, each pair equal or one of them 1.
 * @example broadcastable([4], [3, 4]) // true
 */
export function broadcastable(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 1; i <= Math.min(a.length, b.length); i++) {
    const x = a[a.length - i];
    const y = b[b.length - i];
    if (x !== y && x !== 1 && y !== 1) return false;
  }
  return true;
}

/** A view that is not dense row-major: explicitly non-contiguous, or a transpose. */
export function isStrided(tensor: TensorDescription): boolean {
  return tensor.contiguous === false || tensor.transposed === true;
}

/** The tensor of `name`, or null for a null pointer (absent or null). */
export function tensorOf(call: CallDescription, name: string): TensorDescription | null {
  return call.tensors[name] ?? null;
}
