/**
 * The call checker: "will this call pass phase 1, and why not?"
 *
 * `checkCall(input)` validates a call description (../callDescription.ts), evaluates one rule per
 * spec constraint in the phase-1 order (null pointers → dtypes → attributes → shapes; 'info' rules
 * last) and returns a verdict:
 * - `documented`: the status the documented rules imply — the status of the first failing stage
 *   (ACLNN_SUCCESS when nothing fails);
 * - `violations`: every broken constraint, with its anchor and a bilingual message;
 * - `implementation`: only when the open-source code is known to return something else (another
 *   code, or another stage), per the spec's implementation rules and reference §5, or when a stage
 *   whose code is not public decides the call (`status: 'UNDETERMINED'`, `code: null`);
 * - `output`: the inferred output shape and dtype; `notes`: remarks that never fail a call.
 *
 * Pure and deterministic. It never throws: a malformed description yields `{ok: false, problems}`,
 * a valid one always a verdict.
 */
import {allStatusCodes, getOperator} from '../../operators';
import type {L10n, OperatorSpec} from '../../operators/schema';
import {parseCallDescription} from '../callDescription';
import {qmarContext, qmarOutput, qmarRules, QmarId} from './qmar';
import {
  dedupe,
  joinL10n,
  RuleStages,
  sentence,
  t,
  type Finding,
  type HiddenStage,
  type ImplStage,
  type Reaction,
  type Rule,
} from './rule';
import type {
  CallDescription,
  CheckNote,
  CheckResult,
  ImplementationVerdict,
  StatusRef,
  Verdict,
  Violation,
} from './types';
import {wqbmmContext, wqbmmHiddenNext, wqbmmOutput, wqbmmRules, WqbmmId} from './wqbmm';
import {differsNote, findingAt, isSeedRelease, releaseOf, seedReleaseNote} from './versions';

export type {CallDescription, CheckResult, ImplementationVerdict, Verdict, Violation} from './types';

/** A stage whose code is not public and that receives every call the visible checks accept. */
export interface HiddenNext {
  stage: HiddenStage;
  note: L10n;
}

/** A rule set: the rules of one operator and how to derive their context and output. */
interface RuleSet<Ctx> {
  rules: Record<string, Rule<Ctx>>;
  context(call: CallDescription, spec: OperatorSpec): Ctx;
  output(ctx: Ctx): Verdict['output'];
  /**
   * What runs after the visible checks accept the call, when its code is not public (then the
   * implementation verdict of an accepted call is UNDETERMINED); absent/null: visible code decides.
   */
  hiddenNext?(ctx: Ctx): HiddenNext | null;
}

const ruleSets: Record<string, RuleSet<never>> = {
  [QmarId]: {rules: qmarRules, context: qmarContext, output: qmarOutput} as unknown as RuleSet<never>,
  [WqbmmId]: {
    rules: wqbmmRules,
    context: wqbmmContext,
    output: wqbmmOutput,
    hiddenNext: wqbmmHiddenNext,
  } as unknown as RuleSet<never>,
};

/** The rules of an operator, keyed by constraint id (for the coverage test and the checker page). */
export function rulesOf(operator: string): Record<string, Rule<unknown>> {
  const set = Object.hasOwn(ruleSets, operator) ? ruleSets[operator] : undefined;
  if (!set) throw new Error(`no checker rules for "${operator}"`);
  return set.rules as Record<string, Rule<unknown>>;
}

/** Operators the checker knows. */
export const checkedOperators: string[] = Object.keys(ruleSets);

/** The status name of a code, from the shared status table (e.g. 161002 → ACLNN_ERR_PARAM_INVALID). Throws on a code the table lacks. */
export function statusRef(code: number): StatusRef {
  const row = allStatusCodes.find((s) => s.code === code);
  if (!row) throw new Error(`status code ${code} is not in the return-code table (statusCodes.ts)`);
  return {status: row.name, code};
}

/** `/operators/<op>#constraint-<id>`. */
export function constraintHref(operator: string, id: string): string {
  return `/operators/${operator}#constraint-${id}`;
}

/** The documented status of a rule: the spec's, an inferred one, or null (implementation-only). */
export function documentedStatusOf(rule: Pick<Rule<unknown>, 'documented' | 'id'>, spec: OperatorSpec): number | null {
  if (rule.documented !== 'spec') return rule.documented;
  const status = spec.constraints.find((c) => c.id === rule.id)?.status;
  if (status === undefined) throw new Error(`${spec.id}: constraint ${rule.id} has no status in the spec`);
  return status;
}

interface Evaluated {
  id: string;
  stage: (typeof RuleStages)[number];
  documented: number | null;
  group: 'documented' | 'implementation';
  finding: Finding;
}

const InternalError = t(
  '检查器无法评估此规则（检查器内部错误），请报告该调用描述。',
  'The checker could not evaluate this rule (internal checker error); please report this call description.',
);

function evaluate(
  call: CallDescription,
  spec: OperatorSpec,
  set: RuleSet<unknown>,
  release: string,
  differing: string[],
): Evaluated[] {
  const ctx = set.context(call, spec);
  const rules = Object.values(set.rules);
  const order = (stage: string) => RuleStages.indexOf(stage as (typeof RuleStages)[number]);
  const sorted = rules
    .map((rule, index) => ({rule, index}))
    .sort((a, b) => order(a.rule.stage) - order(b.rule.stage) || a.index - b.index);
  const out: Evaluated[] = [];
  for (const {rule} of sorted) {
    const constraint = spec.constraints.find((c) => c.id === rule.id);
    let finding: Finding | null;
    try {
      finding = rule.check(call, ctx);
    } catch {
      // A bug in a rule must not hide the verdict of the others; the fuzz test asserts this never happens.
      finding = {severity: 'note', parameters: [], message: InternalError};
    }
    if (!finding) continue;
    const group = constraint?.group ?? 'implementation';
    const atRelease = findingAt(spec.id, rule.id, group, finding, call, release);
    if (atRelease.differs) differing.push(rule.id);
    out.push({
      id: rule.id,
      stage: rule.stage,
      documented: documentedStatusOf(rule, spec),
      group,
      finding: atRelease.finding,
    });
  }
  return out;
}

/** The reaction of the code to a violation, with the defaults described in rule.ts. */
function reactionOf(
  e: Evaluated,
  spec: OperatorSpec,
): Exclude<Reaction, {kind: 'same'}> | {kind: 'same'; code: number} {
  const r = e.finding.reaction;
  if (r && r.kind !== 'same') return r;
  if (e.documented !== null && (r === undefined || r.kind === 'same')) return {kind: 'same', code: e.documented};
  const constraint = spec.constraints.find((c) => c.id === e.id)!;
  const code = constraint.status ?? 161002;
  return {kind: 'reject', code, stage: code === 561002 ? 'tiling' : 'parameter check', note: constraint.statement};
}

const ImplStageOrder: ImplStage[] = ['parameter check', 'tiling', 'later in phase 1'];

const UndeterminedIntro = t(
  '开源代码中可见的检查都不拒绝该调用，但第一段接口随后进入源码未公开的阶段，结果无法由公开代码确定',
  'No visible open-source check rejects this call, but phase 1 then reaches a stage whose source is not public, so the public code does not decide the outcome',
);

/**
 * The implementation verdict: the first stage (in phase-1 order) at which the visible code
 * rejects the call; else UNDETERMINED when a hidden stage decides (a rule's `undetermined`
 * reaction, or the operator's `hiddenNext`); else, for a documented failure, `none` (accepted).
 */
function implementationOf(
  violations: Evaluated[],
  spec: OperatorSpec,
  documented: StatusRef,
  hidden: HiddenNext | null,
): ImplementationVerdict | undefined {
  const reactions = violations.map((v) => reactionOf(v, spec));
  for (const stage of ImplStageOrder) {
    const first = reactions.find((r): r is Extract<typeof r, {code: number}> =>
      r.kind === 'same' ? stage === 'parameter check' : r.kind === 'reject' && r.stage === stage,
    );
    if (!first) continue;
    const code = first.code;
    if (code === documented.code) return undefined;
    const note: L10n =
      first.kind === 'reject'
        ? first.note
        : t(
            '开源参数校验以相同的理由拒绝该调用。',
            'The open-source parameter check rejects the call for the same reason.',
          );
    const verdict: ImplementationVerdict = {...statusRef(code), stage, note: sentence(note)};
    if (first.kind === 'reject' && first.anchor) verdict.anchor = first.anchor;
    return verdict;
  }
  const passNotes = dedupe(reactions.flatMap((r) => (r.kind === 'pass' ? [r.note] : [])));
  const undetermined = reactions.flatMap((r) => (r.kind === 'undetermined' ? [r] : []));
  if (undetermined.length > 0 || hidden) {
    const stage = undetermined[0]?.stage ?? hidden!.stage;
    const note = joinL10n(
      dedupe([
        sentence(UndeterminedIntro),
        ...passNotes.map(sentence),
        ...undetermined.map((r) => sentence(r.note)),
        ...(hidden ? [sentence(hidden.note)] : []),
      ]),
    );
    return {status: 'UNDETERMINED', code: null, stage, note: sentence(note)};
  }
  if (documented.code === 0) return undefined;
  const note = joinL10n([
    t('开源代码的参数校验不会拒绝该调用。', 'The open-source parameter check does not reject this call.'),
    ...passNotes,
  ]);
  return {...statusRef(0), stage: 'none', note: sentence(note)};
}

/** Evaluate a valid call description. */
export function checkValidCall(call: CallDescription): Verdict {
  const spec = getOperator(call.operator);
  const set = ruleSets[call.operator] as RuleSet<unknown>;
  const cannVersion = releaseOf(call);
  const differing: string[] = [];
  const evaluated = evaluate(call, spec, set, cannVersion.value, differing);
  const anchor = (id: string) => constraintHref(call.operator, id);

  const failing = evaluated.filter((e) => e.finding.severity === 'violation');
  const violations: Violation[] = failing.map((e) => {
    const v: Violation = {
      constraint: e.id,
      anchor: anchor(e.id),
      parameters: e.finding.parameters,
      message: sentence(e.finding.message),
      group: e.group,
    };
    if (e.documented !== null) v.status = e.documented;
    return v;
  });
  const firstDocumented = failing.find((e) => e.documented !== null);
  const documented = statusRef(firstDocumented?.documented ?? 0);

  const verdict: Verdict = {operator: call.operator, cannVersion, documented, violations};
  const ctx = set.context(call, spec);
  const implementation = implementationOf(failing, spec, documented, set.hiddenNext?.(ctx) ?? null);
  if (isSeedRelease(cannVersion.value)) {
    // No public code of this release: claim neither success nor a code.
    verdict.implementation = {
      status: 'UNDETERMINED',
      code: null,
      stage: 'unpublished release',
      note: seedReleaseNote(cannVersion.value),
    };
  } else if (implementation) verdict.implementation = implementation;
  const output = set.output(ctx);
  if (output) verdict.output = output;
  const notes: CheckNote[] = evaluated
    .filter((e) => e.finding.severity === 'note')
    .map((e) => ({
      constraint: e.id,
      anchor: anchor(e.id),
      parameters: e.finding.parameters,
      message: sentence(e.finding.message),
    }));
  if (differing.length > 0 && !isSeedRelease(cannVersion.value)) {
    notes.push({
      constraint: 'cann-version',
      anchor: `/changes/${call.operator}`,
      parameters: [],
      message: differsNote(cannVersion.value, differing),
    });
  }
  if (notes.length > 0) verdict.notes = notes;
  return verdict;
}

/**
 * Check a call description (any JSON value). Never throws.
 * @example
 * checkCall({operator: 'aclnnQuantMatmulAllReduceV2', tensors: {...}, attrs: {...}})
 * // {ok: true, verdict: {operator, documented: {status: 'ACLNN_SUCCESS', code: 0}, violations: [], ...}}
 */
export function checkCall(input: unknown): CheckResult {
  const parsed = parseCallDescription(input);
  if (!parsed.ok) return {ok: false, problems: parsed.problems};
  try {
    return {ok: true, verdict: checkValidCall(parsed.call)};
  } catch (error) {
    // Not expected (rules are guarded individually); still never throw.
    const reason = error instanceof Error ? error.message.split('\n')[0].slice(0, 200) : 'unknown error';
    return {ok: false, problems: [`(root): internal checker error (${reason})`]};
  }
}
