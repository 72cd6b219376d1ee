/**
 * Errata and implementation differences (reference operators.md §4 "E" and §5 "I").
 * Rendered by <ErrataList /> on /errata, one entry per item, anchored `#erratum-<id>`.
 * Ids are public URL fragments: never rename one.
 */
import type * as z from 'zod';
import type {ErratumSchema} from './schema';

const QMAR = 'aclnnQuantMatmulAllReduceV2';
const WQBMM = 'aclnnWeightQuantBatchMatmul';

const errata = [
  // ---------------------------------------------------------------------------------------
  // §4: errata and version notes
  // ---------------------------------------------------------------------------------------
  {
    id: 'e1-pertoken-not-pertensor',
    label: 'E1',
    operators: [QMAR],
    title: {
      'zh-Hans': 'V2 新增的是 pertoken 量化，而不是 pertensor',
      en: 'V2 adds pertoken quantization, not pertensor',
    },
    documented: {
      'zh-Hans': '原始文档称 V2 在 aclnnQuantMatmulAllReduce 的基础上新增了 pertensor 量化方式。',
      en: 'The original page says that V2 extends aclnnQuantMatmulAllReduce with pertensor quantization.',
    },
    laterDocs: {
      'zh-Hans': '后续文档改为新增 pertoken 量化，即可选输入 `pertokenScaleOptional` 及公式情形 2。',
      en: 'The later docs say the addition is pertoken quantization, i.e. the optional `pertokenScaleOptional` input and formula case 2.',
    },
    implementation: {
      'zh-Hans': '开源校验代码处理的新增输入是 `pertokenScaleOptional`，要求其为一维且长度等于 x1 各前导维之积。',
      en: 'The open-source check handles the added `pertokenScaleOptional` input and requires it to be 1-D with a length equal to the product of the leading dims of x1.',
    },
    evidence: {
      'zh-Hans': '原始文档自身的公式情形 2 引入的正是 `pertokenScaleOptional`，与“新增 pertensor”的说法矛盾。',
      en: 'Formula case 2 of the original page itself introduces `pertokenScaleOptional`, which contradicts its "adds pertensor" sentence.',
    },
  },
  {
    id: 'e2-determinism-switch',
    label: 'E2',
    operators: [QMAR],
    title: {
      'zh-Hans': '开启确定性计算的方式随版本变化',
      en: 'The way to enable deterministic computation changed between releases',
    },
    documented: {
      'zh-Hans': '原始文档规定算子默认非确定性，可通过 `aclrtCtxSetSysParamOpt` 开启确定性计算。',
      en: 'The original page states that the operator is non-deterministic by default and that `aclrtCtxSetSysParamOpt` enables deterministic computation.',
    },
    laterDocs: {
      'zh-Hans': '后续版本改为设置环境变量 `HCCL_DETERMINISTIC=true` 开启确定性计算。',
      en: 'Later releases enable deterministic computation with the environment variable `HCCL_DETERMINISTIC=true` instead.',
    },
    implementation: {
      'zh-Hans': '未说明。',
      en: 'Not stated.',
    },
    evidence: {
      'zh-Hans': '属于版本差异：原始文档对应 CANN 8.0.RC2 时期的版本，环境变量方式出自后续版本的文档。',
      en: 'This is a version difference: the original page covers the CANN 8.0.RC2-era releases, and the environment variable comes from the docs of later releases.',
    },
  },
  {
    id: 'e3-dims-column',
    label: 'E3',
    operators: [QMAR],
    title: {
      'zh-Hans': '后续文档参数表的“维度”列与规则说明不一致',
      en: 'The dims column of the later parameter table contradicts the rules',
    },
    documented: {
      'zh-Hans':
        '参数规则规定 dequantScale 为 (1)、(n) 或 (1, n)，pertokenScaleOptional 为 (m) 或 (b*s)，x3Optional 与 output 同 shape（可为三维）。',
      en: 'The parameter rules give dequantScale as (1), (n) or (1, n), pertokenScaleOptional as (m) or (b*s), and x3Optional the shape of output, which can be 3-D.',
    },
    laterDocs: {
      'zh-Hans': '后续文档参数表的维度列对 dequantScale、pertokenScaleOptional、x3Optional 均写为 2。',
      en: 'The dims column of the later parameter table gives 2 for dequantScale, pertokenScaleOptional and x3Optional alike.',
    },
    implementation: {
      'zh-Hans':
        '开源校验要求 dequantScale 为一维或二维且恰为 (1)、(n) 或 (1, n)，pertokenScaleOptional 为一维，与规则说明一致。',
      en: 'The open-source check requires dequantScale to be 1-D or 2-D and exactly (1), (n) or (1, n), and pertokenScaleOptional to be 1-D, in line with the rules.',
    },
    evidence: {
      'zh-Hans': '同一张表中维度列与规则列互相矛盾，而规则列与开源校验相符；本站按规则说明给出维度。',
      en: 'Within the same table the dims column contradicts the rules column, which matches the open-source check; this site states the dims from the rules.',
    },
  },
  {
    id: 'e4-fp16-float32-dequant-scale',
    label: 'E4',
    operators: [QMAR],
    title: {
      'zh-Hans': 'FLOAT16 输出且无 pertoken 时，参数校验也放行 FLOAT32 的 dequantScale',
      en: 'With FLOAT16 output and no pertoken scale, the parameter check also lets a FLOAT32 dequantScale through',
    },
    documented: {
      'zh-Hans':
        'output 为 FLOAT16 且 pertokenScaleOptional 为空时，dequantScale 须为 INT64 或 UINT64（先用 TransQuantParamV2 转换）。',
      en: 'When output is FLOAT16 and pertokenScaleOptional is null, dequantScale must be INT64 or UINT64, converted first with TransQuantParamV2.',
    },
    laterDocs: {
      'zh-Hans': '与原始文档一致。',
      en: 'Same as the original page.',
    },
    implementation: {
      'zh-Hans': '开源参数校验在这一组合下也接受 FLOAT32 的 dequantScale。',
      en: 'The open-source parameter check also accepts a FLOAT32 dequantScale in this combination.',
    },
    evidence: {
      'zh-Hans': '该组合通过参数校验的 dtype 检查，不返回 161002，随后在 tiling 阶段被拒绝（见 I1）。',
      en: 'The combination passes the dtype check of the parameter check without 161002 and is rejected later in tiling (see I1).',
    },
  },
  {
    id: 'e5-m-equals-64',
    label: 'E5',
    operators: [WQBMM],
    title: {
      'zh-Hans': 'm = 64 时使用哪组反量化参数',
      en: 'Which dequantization parameters apply when m = 64',
    },
    documented: {
      'zh-Hans':
        '原始文档称 m > 64 时 diagonalMatrix、deqOffset、deqScale 不参与计算，m < 64 时 addOffset、mulScale 不参与计算，m = 64 的情形没有说明。',
      en: 'The original page says diagonalMatrix, deqOffset and deqScale are unused when m > 64 and addOffset and mulScale are unused when m < 64, which leaves m = 64 open.',
    },
    laterDocs: {
      'zh-Hans': '未说明。',
      en: 'Not stated.',
    },
    implementation: {
      'zh-Hans':
        '开源代码在 m ≤ 64 时走 diagonalMatrix 路径，m > 64 时走 addOffset/mulScale 路径（m 为 x1 的行数，transposeX1 时取 x1 的最后一维）。',
      en: 'The open-source code takes the diagonalMatrix path for m ≤ 64 and the addOffset/mulScale path for m > 64, where m is the row count of x1 (its last dim when transposeX1 is set).',
    },
    evidence: {
      'zh-Hans': 'm = 64 时若 diagonalMatrix、deqOffset 或 deqScale 为空，参数校验返回 161002。',
      en: 'With m = 64, a null diagonalMatrix, deqOffset or deqScale makes the parameter check return 161002.',
    },
  },
  {
    id: 'e6-out-int8',
    label: 'E6',
    operators: [WQBMM],
    title: {
      'zh-Hans': 'out 实际只支持 FLOAT16',
      en: 'out only accepts FLOAT16 in practice',
    },
    documented: {
      'zh-Hans': 'out 的数据类型支持 FLOAT16 和 INT8。',
      en: 'out supports the FLOAT16 and INT8 data types.',
    },
    laterDocs: {
      'zh-Hans': '未说明。',
      en: 'Not stated.',
    },
    implementation: {
      'zh-Hans': '开源参数校验只接受 FLOAT16 的 out。',
      en: 'The open-source parameter check accepts only a FLOAT16 out.',
    },
    evidence: {
      'zh-Hans': 'out 为 INT8 时第一段接口的 dtype 检查失败，返回 161002。',
      en: 'An INT8 out fails the dtype check of phase 1, which returns 161002.',
    },
  },
  {
    id: 'e7-missing-formula-replacement',
    label: 'E7',
    operators: [WQBMM],
    title: {
      'zh-Hans': '原始文档缺少公式，替代接口的名称随版本变化',
      en: 'The original page lacks the formula, and the named replacement API changed between releases',
    },
    documented: {
      'zh-Hans': '原始文档的计算公式缺失，弃用说明中丢失的链接指向替代接口 aclnnWeightQuantBatchMatmulV2。',
      en: 'The formula is missing from the original page, and the lost link in its deprecation notice points to the replacement aclnnWeightQuantBatchMatmulV2.',
    },
    laterDocs: {
      'zh-Hans': '后续文档给出公式 `result = self @ mat2 + bias`，并把替代接口写为 aclnnWeightQuantBatchMatmulV3。',
      en: 'The later docs give the formula `result = self @ mat2 + bias` and name aclnnWeightQuantBatchMatmulV3 as the replacement.',
    },
    implementation: {
      'zh-Hans': '开源 Host 侧代码运行时告警该接口已废弃、计划于 2026 年 12 月移除，并建议改用 V3。',
      en: 'The open-source host code warns at run time that the API is deprecated, with removal planned for December 2026, and points to V3.',
    },
    evidence: {
      'zh-Hans': '原始页面“计算公式”之后没有内容，弃用说明中的链接文字也在抓取时丢失。',
      en: 'Nothing follows the formula heading on the original page, and the link text of the deprecation notice was lost in scraping.',
    },
  },
  {
    id: 'e8-later-products',
    label: 'E8',
    operators: [QMAR, WQBMM],
    title: {
      'zh-Hans': '后续版本新增的产品',
      en: 'Products added by later releases',
    },
    documented: {
      'zh-Hans':
        '原始文档中两个算子只支持 Atlas A2 系列产品（WeightQuantBatchMatmul 为 Atlas A2 训练系列产品与 Atlas 800I A2 推理产品）。',
      en: 'In the seeds both operators support only the Atlas A2 line (for WeightQuantBatchMatmul, the Atlas A2 training series and Atlas 800I A2 inference).',
    },
    laterDocs: {
      'zh-Hans':
        '后续版本为 WeightQuantBatchMatmul 增加 Atlas A3，为 QuantMatmulAllReduceV2 增加 Ascend 950PR/950DT（1 至 64 卡，x2 仅支持 ND）。',
      en: 'Later releases add Atlas A3 for WeightQuantBatchMatmul and Ascend 950PR/950DT for QuantMatmulAllReduceV2 (1 to 64 ranks, ND-only x2).',
    },
    implementation: {
      'zh-Hans': '未说明。',
      en: 'Not stated.',
    },
    evidence: {
      'zh-Hans': '属于版本差异：本站按原始文档所对应版本给出产品支持，新增产品只作为版本说明列出。',
      en: 'This is a version difference: the site lists product support for the original page-era release and mentions the added products as version notes only.',
    },
  },

  // ---------------------------------------------------------------------------------------
  // §5: aclnnQuantMatmulAllReduceV2, where the open-source code differs
  // ---------------------------------------------------------------------------------------
  {
    id: 'i1-fp32-scale-rejected-in-tiling',
    label: 'I1',
    operators: [QMAR],
    title: {
      'zh-Hans': 'FLOAT16 输出、无 pertoken 时的 FLOAT32 dequantScale 在 tiling 阶段才被拒绝',
      en: 'A FLOAT32 dequantScale with FLOAT16 output and no pertoken scale is only rejected in tiling',
    },
    documented: {
      'zh-Hans': '这一组合要求 dequantScale 为 INT64 或 UINT64，不满足属于 dtype 错误，返回 161002。',
      en: 'This combination requires an INT64 or UINT64 dequantScale, and anything else is a dtype error that returns 161002.',
    },
    laterDocs: {
      'zh-Hans': '与原始文档一致。',
      en: 'Same as the original page.',
    },
    implementation: {
      'zh-Hans': 'FLOAT32 的 dequantScale 通过参数校验，随后由第一段接口内的 Host 侧 tiling 拒绝。',
      en: 'A FLOAT32 dequantScale passes the parameter check and is then rejected by the host tiling step inside phase 1.',
    },
    evidence: {
      'zh-Hans': '第一段接口返回 ACLNN_ERR_INNER_TILING_ERROR(561002)，而不是 161002。',
      en: 'Phase 1 returns ACLNN_ERR_INNER_TILING_ERROR (561002) instead of 161002.',
    },
  },
  {
    id: 'i2-commturn-tiling',
    label: 'I2',
    operators: [QMAR],
    title: {
      'zh-Hans': 'commTurn 不在参数校验中检查',
      en: 'commTurn is not checked by the parameter check',
    },
    documented: {
      'zh-Hans': 'commTurn 仅支持 0（原始文档参数表已丢失，此规则据后续文档恢复）。',
      en: 'commTurn supports only 0 (the original page parameter table was lost; the rule is restored from the later docs).',
    },
    laterDocs: {
      'zh-Hans': '参数表规定仅支持 0，错误码表只列出 streamMode 越界，没有提到 commTurn。',
      en: 'The parameter table allows only 0, and the error table lists streamMode out of range but does not mention commTurn.',
    },
    implementation: {
      'zh-Hans': '参数校验不检查 commTurn，非 0 的取值由 tiling 拒绝。',
      en: 'The parameter check ignores commTurn, and tiling rejects any non-zero value.',
    },
    evidence: {
      'zh-Hans': 'commTurn ≠ 0 时第一段接口在 tiling 阶段返回 561002。',
      en: 'With commTurn ≠ 0, phase 1 returns 561002 from tiling.',
    },
  },
  {
    id: 'i3-limits-in-tiling',
    label: 'I3',
    operators: [QMAR],
    title: {
      'zh-Hans': 'k、n 与 m 的上限只在 tiling 阶段检查',
      en: 'The limits on k, n and m are only enforced in tiling',
    },
    documented: {
      'zh-Hans': 'm 不超过 2147483647，x1 与 x2 的最后一维（k，以及 x2 非转置时的 n）均不超过 65535。',
      en: 'm is at most 2147483647, and the last dims of x1 and x2 (k, and n when x2 is not transposed) are each at most 65535.',
    },
    laterDocs: {
      'zh-Hans': '错误码表把违反 shape 约束归为 161002。',
      en: 'The error table files shape violations under 161002.',
    },
    implementation: {
      'zh-Hans': '参数校验不检查这些上限，超限由 tiling 拒绝。',
      en: 'The parameter check does not test these limits, and tiling rejects values beyond them.',
    },
    evidence: {
      'zh-Hans': 'k > 65535、x2 最后一维 > 65535 或 m > 2147483647 时，第一段接口在 tiling 阶段返回 561002。',
      en: 'For k > 65535, a last dim of x2 > 65535 or m > 2147483647, phase 1 returns 561002 from tiling.',
    },
  },
  {
    id: 'i4-empty-k',
    label: 'I4',
    operators: [QMAR],
    title: {
      'zh-Hans': '空 Tensor：k = 0 与空 output 的返回码不同',
      en: 'Empty tensors: k = 0 and an empty output return different codes',
    },
    documented: {
      'zh-Hans': 'x1 与 x2 不能为空 Tensor，违反时属于 shape 错误(161002)。',
      en: 'x1 and x2 must not be empty tensors, and a violation is a shape error (161002).',
    },
    laterDocs: {
      'zh-Hans': '明确不支持空 Tensor。',
      en: 'Empty tensors are explicitly unsupported.',
    },
    implementation: {
      'zh-Hans': 'k = 0 的输入通过参数校验后被 tiling 拒绝，而任一维为 0 的 output 由参数校验拒绝。',
      en: 'An input with k = 0 passes the parameter check and is rejected by tiling, whereas an output with any zero dim is rejected by the parameter check.',
    },
    evidence: {
      'zh-Hans': 'k = 0 时在 tiling 阶段返回 561002，output 含 0 维时在参数校验阶段返回 161002。',
      en: 'k = 0 returns 561002 (tiling); an output with a zero dim returns 161002 (parameter check).',
    },
  },
  {
    id: 'i5-x3-dtype-match',
    label: 'I5',
    operators: [QMAR],
    title: {
      'zh-Hans': 'x3Optional 必须与 output 数据类型相同',
      en: 'x3Optional must have the same dtype as output',
    },
    documented: {
      'zh-Hans': '约束只要求 x3Optional 与 output 的 shape 相同，数据类型方面只列出 FLOAT16 和 BFLOAT16。',
      en: 'The constraints only require x3Optional to have the shape of output, and for its dtype they only list FLOAT16 and BFLOAT16.',
    },
    laterDocs: {
      'zh-Hans': '列出 x3Optional 支持的数据类型，但没有写明须与 output 一致。',
      en: 'They list the dtypes of x3Optional but never state that it must match output.',
    },
    implementation: {
      'zh-Hans': '传入 x3Optional 时，参数校验要求其数据类型与 output 相同。',
      en: 'When x3Optional is given, the parameter check requires its dtype to equal that of output.',
    },
    evidence: {
      'zh-Hans': '例如 output 为 FLOAT16 而 x3Optional 为 BFLOAT16 时，dtype 检查返回 161002。',
      en: 'For example, a FLOAT16 output with a BFLOAT16 x3Optional fails the dtype check with 161002.',
    },
  },
  {
    id: 'i6-nz-skips-shape-checks',
    label: 'I6',
    operators: [QMAR],
    title: {
      'zh-Hans': 'x2 为 FRACTAL_NZ 时参数校验跳过 shape 检查',
      en: 'With a FRACTAL_NZ x2 the parameter check skips the shape checks',
    },
    documented: {
      'zh-Hans': '文档中的 shape 约束（bias、dequantScale、pertokenScaleOptional 等）不区分 x2 的数据格式。',
      en: 'The documented shape constraints (bias, dequantScale, pertokenScaleOptional and so on) do not depend on the format of x2.',
    },
    laterDocs: {
      'zh-Hans': '未说明。',
      en: 'Not stated.',
    },
    implementation: {
      'zh-Hans':
        '只有存储 shape 为四维的 x2 才被识别为 FRACTAL_NZ，此时后续 shape 检查全部跳过，tiling 只核对 bias、dequantScale（1 或 n）和 pertoken 的元素个数。',
      en: 'An x2 is recognised as FRACTAL_NZ only when its stored shape is 4-D; all later shape checks are then skipped, and tiling only verifies the element counts of bias, dequantScale (1 or n) and the pertoken scale.',
    },
    evidence: {
      'zh-Hans': 'shape 为 (n, 1) 的 dequantScale 在 NZ 格式的 x2 下被接受，而 ND 格式下参数校验返回 161002。',
      en: 'A dequantScale of shape (n, 1) is accepted with an NZ x2, while with an ND x2 the parameter check returns 161002.',
    },
  },
  {
    id: 'i7-x1-layout-unchecked',
    label: 'I7',
    operators: [QMAR],
    title: {
      'zh-Hans': 'x1 的转置与非连续情况不做检查',
      en: 'Transposed or non-contiguous x1 is not checked',
    },
    documented: {
      'zh-Hans': 'x1 不支持转置，也不支持非连续 Tensor（原始文档参数表已丢失，此规则据后续文档恢复）。',
      en: 'x1 must not be transposed and must not be a non-contiguous tensor (the original page parameter table was lost; the rule is restored from the later docs).',
    },
    laterDocs: {
      'zh-Hans': '此规则即出自后续文档。',
      en: 'This rule comes from the later docs themselves.',
    },
    implementation: {
      'zh-Hans': '开源校验只在最后一步（Atlas A2）检查 x2 的连续性，不检查 x1。',
      en: 'The open-source check only tests the contiguity of x2 in its last step (Atlas A2) and never tests x1.',
    },
    evidence: {
      'zh-Hans': '转置或非连续的 x1 在第一段接口不会触发 161002。',
      en: 'A transposed or non-contiguous x1 does not trigger 161002 in phase 1.',
    },
  },
  {
    id: 'i8-reduce-op-case',
    label: 'I8',
    operators: [QMAR],
    title: {
      'zh-Hans': 'reduceOp 区分大小写',
      en: 'reduceOp is case-sensitive',
    },
    documented: {
      'zh-Hans': 'reduceOp 仅支持 "sum"。',
      en: 'reduceOp supports only "sum".',
    },
    laterDocs: {
      'zh-Hans': '错误码表列出 streamMode 越界返回 161002，但没有单列 reduceOp。',
      en: 'The error table lists an out-of-range streamMode under 161002 but has no entry for reduceOp.',
    },
    implementation: {
      'zh-Hans': '参数校验把 reduceOp 与 "sum" 逐字符比较（区分大小写），其他取值与 streamMode ≠ 1 一样被拒绝。',
      en: 'The parameter check compares reduceOp with "sum" case-sensitively and rejects any other value, just as it rejects streamMode ≠ 1.',
    },
    evidence: {
      'zh-Hans': 'reduceOp 为 "SUM" 等非 "sum" 取值时，参数校验返回 161002。',
      en: 'A reduceOp such as "SUM", or any other value than "sum", makes the parameter check return 161002.',
    },
  },
  {
    id: 'i9-x2-noncontiguous-tables',
    label: 'I9',
    operators: [QMAR],
    title: {
      'zh-Hans': '后续文档对 x2 非连续支持的标注互相矛盾',
      en: 'The later docs disagree with themselves on non-contiguous x2',
    },
    documented: {
      'zh-Hans': '原始文档的 Atlas A2 说明规定，非连续的 x2 仅支持转置场景。',
      en: 'The Atlas A2 note of the original page allows a non-contiguous x2 only as a transpose.',
    },
    laterDocs: {
      'zh-Hans': '后续文档中文参数表标为“×”，英文参数表标为“√”，而同页的使用说明只允许转置。',
      en: 'The Chinese parameter table of the later docs marks it "×" and the English one "√", while the usage note on the same page allows a transpose only.',
    },
    implementation: {
      'zh-Hans': '开源校验在检查顺序的最后一步（Atlas A2）单独检查 x2 的连续性。',
      en: 'The open-source check tests the contiguity of x2 separately, as the last step of its check order (Atlas A2).',
    },
    evidence: {
      'zh-Hans': '两张参数表的标注相互冲突，本站按原始文档的说明记为“仅支持转置”。',
      en: 'The two parameter tables conflict, so this site records the original page note: transpose views only.',
    },
  },

  // ---------------------------------------------------------------------------------------
  // §5: aclnnWeightQuantBatchMatmul, where the open-source code differs
  // ---------------------------------------------------------------------------------------
  {
    id: 'i10-wqbmm-null-161002',
    label: 'I10',
    operators: [WQBMM],
    title: {
      'zh-Hans': '空指针返回 161002 而非 161001',
      en: 'Null pointers return 161002, not 161001',
    },
    documented: {
      'zh-Hans':
        'x1 或 x2 为空指针，或 m 较小时 diagonalMatrix、deqOffset、deqScale 为空指针，返回 161001（原始文档错误码表已丢失，据后续文档恢复）。',
      en: 'A null x1 or x2, or for small m a null diagonalMatrix, deqOffset or deqScale, returns 161001 (the original page error table was lost; restored from the later docs).',
    },
    laterDocs: {
      'zh-Hans': '此规则即出自后续文档。',
      en: 'This rule comes from the later docs themselves.',
    },
    implementation: {
      'zh-Hans': '开源参数校验的所有失败（包括空指针）都返回 ACLNN_ERR_PARAM_INVALID。',
      en: 'Every failure of the open-source parameter check, null pointers included, returns ACLNN_ERR_PARAM_INVALID.',
    },
    evidence: {
      'zh-Hans': 'x1 为空指针时第一段接口返回 161002，而不是 161001。',
      en: 'A null x1 makes phase 1 return 161002 rather than 161001.',
    },
  },
  {
    id: 'i11-wqbmm-out-checks',
    label: 'I11',
    operators: [WQBMM],
    title: {
      'zh-Hans': 'out 须非空且为 FLOAT16',
      en: 'out must be non-null and FLOAT16',
    },
    documented: {
      'zh-Hans': 'out 支持 FLOAT16 和 INT8，文档没有把 out 为空指针列为错误场景。',
      en: 'out supports FLOAT16 and INT8, and the docs do not list a null out as an error case.',
    },
    laterDocs: {
      'zh-Hans': '错误码表的空指针场景只包括 x1、x2 以及 m 较小时的 diagonalMatrix、deqOffset、deqScale。',
      en: 'The null-pointer row of the error table covers only x1, x2 and, for small m, diagonalMatrix, deqOffset and deqScale.',
    },
    implementation: {
      'zh-Hans': '参数校验要求 out 非空，且数据类型只能是 FLOAT16。',
      en: 'The parameter check requires out to be non-null and of dtype FLOAT16 only.',
    },
    evidence: {
      'zh-Hans': 'out 为空指针或为 INT8 时，第一段接口均返回 161002。',
      en: 'A null out and an INT8 out both make phase 1 return 161002.',
    },
  },
  {
    id: 'i12-wqbmm-path-dtype-checks',
    label: 'I12',
    operators: [WQBMM],
    title: {
      'zh-Hans': '反量化参数的 dtype 只在所走路径上检查',
      en: 'The dtypes of the dequantization inputs are only checked on the path taken',
    },
    documented: {
      'zh-Hans':
        '各输入的数据类型固定（diagonalMatrix 为 INT8，deqOffset 为 INT32，deqScale 为 UINT64，addOffset 与 mulScale 为 FLOAT16），与 m 无关。',
      en: 'Each input has a fixed dtype (diagonalMatrix INT8, deqOffset INT32, deqScale UINT64, addOffset and mulScale FLOAT16), whatever m is.',
    },
    laterDocs: {
      'zh-Hans': '错误码表规定，任一非空 Tensor 的数据类型不支持时返回 161002。',
      en: 'The error table says that an unsupported dtype on any non-null tensor returns 161002.',
    },
    implementation: {
      'zh-Hans':
        'diagonalMatrix、deqOffset、deqScale 的 dtype 只在 m ≤ 64 时检查，addOffset、mulScale 的 dtype 只在 m > 64 时检查。',
      en: 'The dtypes of diagonalMatrix, deqOffset and deqScale are only checked when m ≤ 64, and those of addOffset and mulScale only when m > 64.',
    },
    evidence: {
      'zh-Hans': '例如 m > 64 时传入非 UINT64 的 deqScale，参数校验不返回 161002。',
      en: 'For example, with m > 64 a deqScale that is not UINT64 does not make the parameter check return 161002.',
    },
  },
  {
    id: 'i13-wqbmm-diagonal-shape',
    label: 'I13',
    operators: [WQBMM],
    title: {
      'zh-Hans': 'diagonalMatrix 的 (32, 32) 只在 m ≤ 64 时检查',
      en: 'The (32, 32) shape of diagonalMatrix is only checked when m ≤ 64',
    },
    documented: {
      'zh-Hans': 'diagonalMatrix 固定为 (32, 32) 的单位矩阵，m > 64 时不参与计算且可以为空。',
      en: 'diagonalMatrix is always a (32, 32) identity matrix; it is unused and may be null when m > 64.',
    },
    laterDocs: {
      'zh-Hans': '未说明。',
      en: 'Not stated.',
    },
    implementation: {
      'zh-Hans': '参数校验只在 m ≤ 64 时要求 diagonalMatrix 恰为 (32, 32)。',
      en: 'The parameter check requires diagonalMatrix to be exactly (32, 32) only when m ≤ 64.',
    },
    evidence: {
      'zh-Hans': 'm ≤ 64 且 diagonalMatrix 不是 (32, 32) 时返回 161002，m > 64 时不检查其 shape。',
      en: 'With m ≤ 64 a diagonalMatrix that is not (32, 32) returns 161002; with m > 64 its shape is not checked.',
    },
  },
  {
    id: 'i14-wqbmm-broadcast-shapes',
    label: 'I14',
    operators: [WQBMM],
    title: {
      'zh-Hans': '反量化参数只检查广播维，无法广播时返回 561103',
      en: 'Only the broadcast dim of the dequantization inputs is checked; shapes that cannot broadcast return 561103',
    },
    documented: {
      'zh-Hans':
        'deqOffset、deqScale、addOffset、mulScale 的 shape 为 1、n、(1, 1)、(1, n) 或 (n, 1)，且须与 x2 满足广播关系。',
      en: 'deqOffset, deqScale, addOffset and mulScale have shape 1, n, (1, 1), (1, n) or (n, 1) and must broadcast with x2.',
    },
    laterDocs: {
      'zh-Hans': '未说明。',
      en: 'Not stated.',
    },
    implementation: {
      'zh-Hans':
        'deqOffset、deqScale 只检查最后一维为 1 或 n（按未转置处理），addOffset、mulScale 检查最后一维（transposeX2 时为倒数第二维）为 1 或 n，且 transposeX2 时一维的取值只能是 [1]。',
      en: 'For deqOffset and deqScale only the last dim is checked to be 1 or n (as if never transposed); for addOffset and mulScale the last dim (second-to-last with transposeX2) must be 1 or n, and a 1-D one with transposeX2 must be [1].',
    },
    evidence: {
      'zh-Hans': '通过上述检查却无法广播的 shape 在第一段接口的后续步骤失败，返回 ACLNN_ERR_INNER_NULLPTR(561103)。',
      en: 'Shapes that pass these checks but cannot broadcast fail later inside phase 1 with ACLNN_ERR_INNER_NULLPTR (561103).',
    },
  },
  {
    id: 'i15-wqbmm-bias-shape',
    label: 'I15',
    operators: [WQBMM],
    title: {
      'zh-Hans': 'bias 的 shape 检查比文档宽松',
      en: 'The bias shape check is looser than documented',
    },
    documented: {
      'zh-Hans': 'bias 为一维，长度为 n，可以为空。',
      en: 'bias is 1-D of length n and may be null.',
    },
    laterDocs: {
      'zh-Hans': '未说明。',
      en: 'Not stated.',
    },
    implementation: {
      'zh-Hans': '参数校验接受最后一维为 1 或 n 的任意维数的 bias。',
      en: 'The parameter check accepts a bias of any rank whose last dim is 1 or n.',
    },
    evidence: {
      'zh-Hans': 'shape 为 [1] 的 bias 通过参数校验，随后在第一段接口内返回 561103。',
      en: 'A bias of shape [1] passes the parameter check and then fails inside phase 1 with 561103.',
    },
  },
  {
    id: 'i16-wqbmm-batch-dims',
    label: 'I16',
    operators: [WQBMM],
    title: {
      'zh-Hans': 'x1、x2 实际可带 batch 维',
      en: 'x1 and x2 may in fact carry batch dims',
    },
    documented: {
      'zh-Hans': 'x1 与 x2 仅支持二维，不支持 batch 轴。',
      en: 'x1 and x2 are 2-D only, without a batch axis.',
    },
    laterDocs: {
      'zh-Hans': '未说明。',
      en: 'Not stated.',
    },
    implementation: {
      'zh-Hans': 'x1、x2 最多可有 8 维，此时执行 batch matmul，且 out 的前导维须与 x1 相同。',
      en: 'x1 and x2 may have up to 8 dims, in which case a batch matmul runs and the leading dims of out must equal those of x1.',
    },
    evidence: {
      'zh-Hans': '三维及以上的 x1、x2 不会因维数返回 161002，而 out 前导维与 x1 不一致时返回 161002。',
      en: 'x1 and x2 with three or more dims do not return 161002 for their rank, whereas leading dims of out that differ from those of x1 do.',
    },
  },
  {
    id: 'i17-wqbmm-layout',
    label: 'I17',
    operators: [WQBMM],
    title: {
      'zh-Hans': '非连续输入被转为连续，且不检查数据格式',
      en: 'Non-contiguous inputs are made contiguous, and the format is not checked',
    },
    documented: {
      'zh-Hans': '输入只支持 ND 格式，x1、x2 不支持非连续 Tensor。',
      en: 'Inputs support the ND format only, and x1 and x2 must not be non-contiguous tensors.',
    },
    laterDocs: {
      'zh-Hans': '未说明。',
      en: 'Not stated.',
    },
    implementation: {
      'zh-Hans': '非连续的输入先被转为连续而不是报错，输入的数据格式也不检查，统一按 ND 处理。',
      en: 'Non-contiguous inputs are made contiguous instead of being rejected, and input formats are not checked but relabelled ND.',
    },
    evidence: {
      'zh-Hans': '传入非连续或非 ND 格式的输入时，第一段接口不返回错误码。',
      en: 'Non-contiguous or non-ND inputs produce no error status in phase 1.',
    },
  },
  {
    id: 'i18-wqbmm-empty',
    label: 'I18',
    operators: [WQBMM],
    title: {
      'zh-Hans': '空 Tensor 输入直接成功',
      en: 'Empty inputs succeed',
    },
    documented: {
      'zh-Hans': '原始文档的约束为“无”，没有说明空 Tensor 的处理。',
      en: 'The original page lists no constraints and does not say how empty tensors are handled.',
    },
    laterDocs: {
      'zh-Hans': '未说明。',
      en: 'Not stated.',
    },
    implementation: {
      'zh-Hans': 'x1 或 x2 为空 Tensor 时调用成功，out 填充为 0（有 bias 时再加上 bias）。',
      en: 'When x1 or x2 is empty the call succeeds and out is filled with zeros, plus bias when one is given.',
    },
    evidence: {
      'zh-Hans': '第一段接口返回 ACLNN_SUCCESS(0)，不报错。',
      en: 'Phase 1 returns ACLNN_SUCCESS (0) rather than an error.',
    },
  },
] satisfies z.input<typeof ErratumSchema>[];

export default errata;
