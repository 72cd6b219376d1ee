/**
 * The checker on a given CANN release (`cannVersion` in the call description; README.md,
 * "Checking a call"). The version data (src/lib/versions, `npm run versions:scan`) says, per
 * constraint, where it does not hold; this module turns that into the verdict of that release:
 *
 * - an implementation rule whose constraint is `absent` in the release: the code of that release
 *   has no such check, so the violation does not apply (a note says so), except where the call
 *   then meets a later stage (`LaterStage`, e.g. an empty output goes on to tiling);
 * - a documented rule whose constraint is `absent` in that release's docs: not a documented
 *   failure there (a note says so);
 * - a modelled difference (`ReleaseReaction`: WeightQuantBatchMatmul's null x1 crashes before
 *   4c8b12ff9; an empty QuantMatmulAllReduceV2 output is only rejected in tiling before 6b31281b8);
 * - a rule whose constraint otherwise `differs` in the release: the verdict of the newest code,
 *   with a note that the cited lines read differently there;
 * - the seed release (8.0.RC2): its code is not public, so any implementation verdict is UNDETERMINED.
 */
import type {L10n} from '../../operators/schema';
import {factVersion, LatestRelease, Releases, stateAt} from '../versions';
import {note, t, type Finding, type Reaction} from './rule';
import type {CallDescription} from './types';

export function releaseOf(call: Pick<CallDescription, 'cannVersion'>): {value: string; assumed: boolean} {
  return call.cannVersion ? {value: call.cannVersion, assumed: false} : {value: LatestRelease, assumed: true};
}

export function isSeedRelease(release: string): boolean {
  return Releases.find((r) => r.id === release)?.seed === true;
}

export function constraintKey(operator: string, id: string): string {
  return `${operator}/constraint/${id}`;
}

/** Rules whose violation, when their check is absent from a release, meets a later stage instead. */
const LaterStage: Record<string, (release: string) => Reaction> = {
  'aclnnQuantMatmulAllReduceV2/constraint/output-not-empty': (release) => ({
    kind: 'reject',
    code: 561002,
    stage: 'tiling',
    note: t(
      `${release} 的开源参数校验没有空 output 检查（由 6b31281b8 引入，9.0.0 起才有）；空 output 由 Tiling 拒绝，返回 561002（勘误 I4）。`,
      `The open-source parameter check of ${release} has no empty-output check (it came with 6b31281b8, in releases from 9.0.0 on); tiling rejects the empty output with 561002 (erratum I4).`,
    ),
    anchor: '/errata#erratum-i4-empty-k',
  }),
};

const NullFix = 'aclnnWeightQuantBatchMatmul/constraint/impl-not-null';
const EmptyOutputCheck = 'aclnnQuantMatmulAllReduceV2/constraint/output-not-empty';

/**
 * Modelled differences of a release, per rule: each looks at the fact that governs it (a rule's
 * reaction can rest on another constraint's check) and returns the reaction of that release, or
 * null when the newest code's reaction stands.
 */
const ReleaseReaction: Record<string, (call: CallDescription, finding: Finding, release: string) => Reaction | null> = {
  // A null x1 before ops-nn 4c8b12ff9: the documented null rule and the code's null rule alike.
  'aclnnWeightQuantBatchMatmul/constraint/not-null': (call, _f, release) => nullX1(call, release),
  [NullFix]: (call, _f, release) => nullX1(call, release),
  // An empty tensor whose rejection rests on the empty-output check, before that check existed.
  'aclnnQuantMatmulAllReduceV2/constraint/empty': (_call, finding, release) => emptyOutput(finding, release),
  // x1 with m = 0 (a well-formed rank): its rejection also rests on the empty output.
  'aclnnQuantMatmulAllReduceV2/constraint/x1-rank': (call, finding, release) => {
    const shape = call.tensors.x1?.shape ?? [];
    const wellFormed = shape.length === 2 || shape.length === 3;
    return wellFormed && shape.slice(0, -1).includes(0) && shape[shape.length - 1] !== 0
      ? emptyOutput(finding, release)
      : null;
  },
};

function emptyOutput(finding: Finding, release: string): Reaction | null {
  return stateAt(EmptyOutputCheck, release) === 'absent' && (!finding.reaction || finding.reaction.kind === 'same')
    ? LaterStage[EmptyOutputCheck](release)
    : null;
}

function nullX1(call: CallDescription, release: string): Reaction | null {
  return call.tensors.x1 || stateAt(NullFix, release) !== 'differs'
    ? null
    : {kind: 'undetermined', stage: 'crash', note: NullX1Crash(release)};
}

function NullX1Crash(release: string): L10n {
  return t(
    `${release} 的开源代码在任何空指针检查之前读取 x1 的形状（修复提交 ops-nn 4c8b12ff9，2026-08-11，只在 master 中）：空 x1 会解引用空指针，进程崩溃而不返回状态码（勘误 I10）。`,
    `The open-source code of ${release} reads the shape of x1 before any null check (the fix, ops-nn 4c8b12ff9 of 2026-08-11, is only on master): a null x1 dereferences a null pointer and the process crashes instead of returning a status (erratum I10).`,
  );
}

function absentNote(release: string, documented: boolean, message: L10n): L10n {
  return documented
    ? t(
        `${release} 的文档没有这条约束，因此在该版本不算文档错误：${message['zh-Hans']}`,
        `The docs of ${release} do not have this constraint, so it is no documented failure there: ${message.en}`,
      )
    : t(
        `${release} 的开源代码没有这项检查，该版本的参数校验不因此拒绝调用（新版本会：${message['zh-Hans']}）`,
        `The open-source code of ${release} has no such check, so its parameter check does not reject the call for this (newer releases do: ${message.en})`,
      );
}

/**
 * A rule's finding as it holds on `release`: unchanged, turned into a note, or with another
 * reaction. `documented`: the rule has a documented status; `group`: its constraint's group.
 */
export function findingAt(
  operator: string,
  ruleId: string,
  group: 'documented' | 'implementation',
  finding: Finding,
  call: CallDescription,
  release: string,
): {finding: Finding; differs: boolean} {
  if (finding.severity !== 'violation' || release === LatestRelease) return {finding, differs: false};
  const key = constraintKey(operator, ruleId);
  const modelled = ReleaseReaction[key]?.(call, finding, release);
  if (modelled) return {finding: {...finding, reaction: modelled}, differs: false};
  const state = stateAt(key, release);
  if (state === 'absent') {
    const later = LaterStage[key];
    if (later) return {finding: {...finding, reaction: later(release)}, differs: false};
    return {
      finding: note(finding.parameters, absentNote(release, group === 'documented', finding.message)),
      differs: false,
    };
  }
  if (state === 'differs') return {finding, differs: !(key in ReleaseReaction) && factVersion(key) !== undefined};
  return {finding, differs: false};
}

export function differsNote(release: string, ids: string[]): L10n {
  return t(
    `约束 ${ids.join('、')} 引用的源码或文档行在 ${release} 中写法不同（见各自的版本标记）；这里按最新版本的行为判断，${release} 的结果可能不同。`,
    `The cited lines of ${ids.join(', ')} read differently in ${release} (see their version marks); the verdict follows the newest release there and may differ on ${release}.`,
  );
}

export function seedReleaseNote(release: string): L10n {
  return t(
    `${release} 的源码未公开（该版本只有原始文档页面），开源代码的结果无法确定。`,
    `The code of ${release} is not public (only its original documentation pages are), so the implementation outcome cannot be determined.`,
  );
}
