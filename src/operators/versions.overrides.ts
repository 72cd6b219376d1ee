/**
 * Committed overrides of `npm run versions:scan` (README.md, "Versions"): where the fingerprint
 * heuristic is wrong for a fact, or a fact's truth does not follow its cited block, state the
 * fact's states here with a reason and the citations that decide them. The scan copies an override
 * into versions.generated.json (marked `override`) instead of its own result.
 *
 * `states` lists every release where the fact does not hold (`absent`, `differs` or
 * `undetermined`); a release not listed: the fact holds there. Keys are fact keys
 * (src/lib/sources/facts.ts); the tests reject an unknown key or release.
 */
import type * as z from 'zod';
import type {VersionOverrideSchema} from './schema';

const beforeNullFix = {
  'zh-Hans':
    'ops-nn 提交 4c8b12ff9（2026-08-11）之前，代码在任何空指针检查之前读取 `x1` 的形状，空 `x1` 会崩溃而不返回状态码；8.5.0 至 9.1.0 的发布标签都没有这个修复（`git tag --contains 4c8b12ff9` 为空），其余空指针仍返回 161002。',
  en: 'Before ops-nn commit 4c8b12ff9 (2026-08-11) the code reads the shape of `x1` before any null check, so a null `x1` crashes instead of returning a status; no release tag from 8.5.0 to 9.1.0 has the fix (`git tag --contains 4c8b12ff9` is empty), while the other null pointers still return 161002.',
};

const overrides: Record<string, z.input<typeof VersionOverrideSchema>> = {
  'aclnnQuantMatmulAllReduceV2/constraint/x2-transpose-only': {
    states: {'8.0.RC2': 'absent', '8.5.0': 'absent'},
    reason: {
      'zh-Hans':
        'x2 连续性检查（`MatmulAllReduceCheckValidContiguous`）由 eb57bb071（2026-04-03）加入 master，并以另一提交进入 9.0.0 发布线：v9.0.0 起的每个发布标签都有该函数（日志措辞不同，故指纹不同），v8.5.0 没有任何连续性检查（`git show v8.5.0:…/matmul_all_reduce_util.cpp` 不含 contiguous）。',
      en: 'The x2 contiguity check (`MatmulAllReduceCheckValidContiguous`) came to master with eb57bb071 (2026-04-03) and to the 9.0.0 release line as another commit: every release tag from v9.0.0 on has the function (with other log wording, hence another fingerprint), and v8.5.0 has no contiguity check at all (`git show v8.5.0:…/matmul_all_reduce_util.cpp` has no "contiguous").',
    },
    sources: [
      {source: 'mar-util', lines: [81, 91], hash: '05a4d2110dee1a1c'},
      {source: 'mar-util-850', lines: [197, 219], hash: 'f4dff8af0339eb90'},
    ],
  },
  'aclnnQuantMatmulAllReduceV2/constraint/output-not-empty': {
    states: {'8.0.RC2': 'absent', '8.5.0': 'absent'},
    reason: {
      'zh-Hans':
        '空 output 检查由 6b31281b8（2026-01-28）加入，v9.0.0 起的每个发布标签都包含该提交（`git tag --contains 6b31281b8`），v8.5.0 不包含：8.5.0 的参数校验不拒绝空 output（由 Tiling 拒绝，勘误 I4）。',
      en: 'The empty-output check came with 6b31281b8 (2026-01-28), which every release tag from v9.0.0 on contains (`git tag --contains 6b31281b8`) and v8.5.0 does not: the 8.5.0 parameter check does not reject an empty output (tiling does, erratum I4).',
    },
    sources: [
      {source: 'mar-util', lines: [447, 452], hash: '956867d08fc8c818'},
      {source: 'mar-util-850', lines: [373, 378], hash: 'c2f8aef20a399602'},
    ],
  },
  'aclnnWeightQuantBatchMatmul/constraint/impl-not-null': {
    states: {'8.0.RC2': 'undetermined', '8.5.0': 'differs', '9.0.0': 'differs', '9.0.1': 'differs', '9.1.0': 'differs'},
    reason: beforeNullFix,
    sources: [
      {source: 'wqbmm-api-before-null-fix', lines: [55, 72], hash: '1f49a3bcc63f9fa5'},
      {source: 'wqbmm-api-9-1-0', lines: [57, 73], hash: '8e0ca4d2d40c9047'},
      {source: 'wqbmm-api', lines: [55, 72], hash: '8a21add22a2cf9ed'},
    ],
  },
  'erratum/i10-wqbmm-null-161002/implementation': {
    states: {'8.0.RC2': 'undetermined', '8.5.0': 'differs', '9.0.0': 'differs', '9.0.1': 'differs', '9.1.0': 'differs'},
    reason: beforeNullFix,
    sources: [
      {source: 'wqbmm-api-before-null-fix', lines: [55, 72], hash: '1f49a3bcc63f9fa5'},
      {source: 'wqbmm-api', lines: [55, 72], hash: '8a21add22a2cf9ed'},
    ],
  },
  'erratum/i7-x1-layout-unchecked/implementation': {
    states: {'8.0.RC2': 'undetermined'},
    reason: {
      'zh-Hans':
        '扫描只因 x2 连续性检查（8.5.0 没有）而判为不成立；但 x1 的布局在 8.5.0 的代码中同样不被检查，所以这一事实在每个开源版本都成立。',
      en: 'The scan marks it absent only because the cited x2 contiguity check is missing from 8.5.0; but the 8.5.0 code does not check the layout of x1 either, so the fact holds for every open-source release.',
    },
    sources: [
      {source: 'mar-util-850', lines: [197, 219], hash: 'f4dff8af0339eb90'},
      {source: 'mar-util', lines: [81, 91], hash: '05a4d2110dee1a1c'},
    ],
  },
  'erratum/e7-missing-formula-replacement/implementation': {
    states: {'8.0.RC2': 'absent', '8.5.0': 'absent'},
    reason: {
      'zh-Hans':
        '头文件的废弃属性与运行时废弃告警由 ops-nn 34cddc5cd（2026-03-02）引入：v9.0.0 起的每个发布标签都包含该提交，v8.5.0 不包含（`git tag --contains 34cddc5cd`）。',
      en: 'The deprecated attribute in the header and the run-time deprecation warning came with ops-nn 34cddc5cd (2026-03-02): every release tag from v9.0.0 on contains it, v8.5.0 does not (`git tag --contains 34cddc5cd`).',
    },
    sources: [
      {source: 'wqbmm-header', lines: [24, 27], hash: '991c51bce2b911c8'},
      {source: 'wqbmm-api', lines: [363, 364], hash: 'daf9c19025bfa615'},
    ],
  },
  'aclnnWeightQuantBatchMatmul/deprecation/aclnnWeightQuantBatchMatmulV3': {
    states: {'8.5.0': 'differs'},
    reason: {
      'zh-Hans':
        '8.5.0 的文档已说明该接口将被废弃，但同时给出 V2 与 V3 两个替代接口，头文件也还没有废弃属性（34cddc5cd，2026-03-02，之后才有）；所以在 8.5.0 该事实部分不同，而不是不存在。',
      en: 'The 8.5.0 docs already say the API will be deprecated but name both V2 and V3 as replacements, and the header has no deprecated attribute yet (34cddc5cd, 2026-03-02, comes later); so the fact differs in 8.5.0 rather than being absent.',
    },
    sources: [
      {source: 'wqbmm-doc-2025-12', lines: [3, 3], hash: 'df100dec409ee798'},
      {source: 'wqbmm-doc-2026-03', lines: [3, 3], hash: '2b453015405c1703'},
    ],
  },
  'aclnnQuantMatmulAllReduceV2/determinism/determinism': {
    states: {'8.5.0': 'differs'},
    reason: {
      'zh-Hans':
        '8.5.0 的文档仍写 `aclrtCtxSetSysParamOpt`（与原始页面一致），`HCCL_DETERMINISTIC` 由 17beabaea（2026-02-05）引入；所以主句在 8.5.0 成立、“当前文档”部分不成立。',
      en: 'The 8.5.0 docs still name `aclrtCtxSetSysParamOpt` (as the original page does); `HCCL_DETERMINISTIC` comes with 17beabaea (2026-02-05). So the main statement holds in 8.5.0 and the "current docs" part does not.',
    },
    sources: [
      {source: 'qmar-v2-doc-8-5-0', lines: [299, 300], hash: 'a50f1096bcfd0393'},
      {source: 'qmar-v2-doc', lines: [315, 317], hash: '92a2ae05206cf777'},
    ],
  },
  'aclnnQuantMatmulAllReduceV2/constraint/determinism': {
    states: {'8.5.0': 'differs'},
    reason: {
      'zh-Hans':
        '8.5.0 的文档仍写 `aclrtCtxSetSysParamOpt`（与原始页面一致），`HCCL_DETERMINISTIC` 由 17beabaea（2026-02-05）引入；所以主句在 8.5.0 成立、“当前文档”部分不成立。',
      en: 'The 8.5.0 docs still name `aclrtCtxSetSysParamOpt` (as the original page does); `HCCL_DETERMINISTIC` comes with 17beabaea (2026-02-05). So the main statement holds in 8.5.0 and the "current docs" part does not.',
    },
    sources: [
      {source: 'qmar-v2-doc-8-5-0', lines: [299, 300], hash: 'a50f1096bcfd0393'},
      {source: 'qmar-v2-doc', lines: [315, 317], hash: '92a2ae05206cf777'},
    ],
  },
};

export default overrides;
