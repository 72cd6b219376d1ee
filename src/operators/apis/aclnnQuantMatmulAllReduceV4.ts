/**
 * aclnnQuantMatmulAllReduceV4 — family member of aclnnQuantMatmulAllReduceV2 (data only).
 * Transcribed from the public doc and the op_api header in ops-transformer `mc2/matmul_all_reduce/`;
 * every row cites its lines (never copy upstream text: paraphrase, cite). Parameter names are
 * public anchors (`#param-<name>`, `#exec-param-<name>`): never rename one. The prototype follows the
 * doc, which names the sixth parameter `x2ScaleOptional` (the header: `x2Scale`; see the fact
 * `x2scale-name`).
 */
import {commTurnRow, streamModeRow} from './qmarRows';
import type {ApiSpecInput} from '../schema';
import {executeParameters, product, workspaceOutputs} from './common';

const spec = {
  id: 'aclnnQuantMatmulAllReduceV4',
  kind: 'family-member',
  family: 'quant-matmul-all-reduce',
  header: 'aclnnop/aclnn_quant_matmul_all_reduce_v4.h',
  summary: {
    'zh-Hans':
      '兼容 V1 至 V3 的功能；在 Ascend 950PR/950DT 上新增 perblock、pertile、mx 量化与 FLOAT8、HIFLOAT8、FLOAT4 输入。',
    en: 'Covers the features of V1 to V3; on Ascend 950PR/950DT it adds perblock, pertile and mx quantization and FLOAT8, HIFLOAT8 and FLOAT4 inputs.',
  },
  description: {
    'zh-Hans':
      '原型改为 x1、x2 两侧各一个反量化系数（`x1ScaleOptional`、`x2ScaleOptional`），并新增 `groupSize`（perblock 与 mx 量化的分组大小）和 `commQuantMode`（FP8 输入时选择 pertile 量化的 FP8 低比特通信）。在 Atlas A2 上没有新增特性，只支持 int8 输入；在 Ascend 950PR/950DT 上 x1、x2 还可以是 FLOAT8_E4M3FN、FLOAT8_E5M2、HIFLOAT8 或 FLOAT4_E2M1，输出可以是 FLOAT32。',
    en: 'The prototype now has one dequantization scale per side (`x1ScaleOptional`, `x2ScaleOptional`) and adds `groupSize` (the group size of perblock and mx quantization) and `commQuantMode` (with FP8 inputs, selects FP8 low-bit communication with pertile quantization). On Atlas A2 nothing is new and only int8 inputs are supported; on Ascend 950PR/950DT x1 and x2 may also be FLOAT8_E4M3FN, FLOAT8_E5M2, HIFLOAT8 or FLOAT4_E2M1, and the output may be FLOAT32.',
  },
  prototypes: [
    {
      name: 'aclnnQuantMatmulAllReduceV4GetWorkspaceSize',
      declaration: `aclnnStatus aclnnQuantMatmulAllReduceV4GetWorkspaceSize(
    const aclTensor *x1, const aclTensor *x2, const aclTensor *biasOptional, const aclTensor *x3Optional,
    const aclTensor *x1ScaleOptional, const aclTensor *x2ScaleOptional, const aclTensor *commQuantScale1Optional,
    const aclTensor *commQuantScale2Optional, const char *group, const char *reduceOp, int64_t commTurn,
    int64_t streamMode, int64_t groupSize, int64_t commQuantMode, const aclTensor *output,
    uint64_t *workspaceSize, aclOpExecutor **executor)`,
    },
    {
      name: 'aclnnQuantMatmulAllReduceV4',
      declaration: `aclnnStatus aclnnQuantMatmulAllReduceV4(
    void *workspace, uint64_t workspaceSize, aclOpExecutor *executor, const aclrtStream stream)`,
    },
  ],
  parameters: [
    {
      name: 'x1',
      cType: 'const aclTensor *',
      direction: 'in',
      meaning: {'zh-Hans': '矩阵乘的左矩阵（公式中的 x1）。', en: 'Left matrix of the matmul (x1 in the formula).'},
      rules: [
        {'zh-Hans': '二维 (m, k) 或三维 (b, s, k)；不支持转置。', en: '2-D (m, k) or 3-D (b, s, k); no transpose.'},
        {
          'zh-Hans':
            'INT8 以外的类型（FLOAT8_E4M3FN、FLOAT8_E5M2、HIFLOAT8、FLOAT4_E2M1）只在 Ascend 950PR/950DT 上支持。',
          en: 'Types other than INT8 (FLOAT8_E4M3FN, FLOAT8_E5M2, HIFLOAT8, FLOAT4_E2M1) are supported on Ascend 950PR/950DT only.',
        },
      ],
      dtypes: ['INT8', 'FLOAT8_E4M3FN', 'FLOAT8_E5M2', 'HIFLOAT8', 'FLOAT4_E2M1'],
      formats: ['ND'],
      dims: {'zh-Hans': '2–3', en: '2–3'},
      nonContiguous: 'unsupported',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v4-doc', lines: [193, 202], hash: '2d8d72696cd76a52'},
        {source: 'qmar-v4-doc', lines: [18, 20], hash: 'fedcd79a4cd67bba'},
      ],
    },
    {
      name: 'x2',
      cType: 'const aclTensor *',
      direction: 'in',
      meaning: {'zh-Hans': '矩阵乘的右矩阵（公式中的 x2）。', en: 'Right matrix of the matmul (x2 in the formula).'},
      rules: [
        {
          'zh-Hans':
            '二维，可转置；只接受最后两维转置得到的非连续视图。参数表只列出 ND 格式（V1 至 V3 在 Atlas A2 上还接受 FRACTAL_NZ）。',
          en: '2-D, may be transposed; the only non-contiguous view accepted is a transpose of the last two axes. The parameter table lists ND only (V1 to V3 also take FRACTAL_NZ on Atlas A2).',
        },
      ],
      dtypes: ['INT8', 'FLOAT8_E4M3FN', 'FLOAT8_E5M2', 'HIFLOAT8', 'FLOAT4_E2M1'],
      formats: ['ND'],
      dims: {'zh-Hans': '2', en: '2'},
      nonContiguous: 'transpose-only',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v4-doc', lines: [203, 212], hash: 'bed7d2019400e244'},
        {source: 'qmar-v3-doc', lines: [265, 273], hash: '288dcd987f106cb0'},
      ],
    },
    {
      name: 'biasOptional',
      cType: 'const aclTensor *',
      direction: 'in',
      optional: true,
      meaning: {'zh-Hans': '偏置（公式中的 biasOptional）。', en: 'Bias (biasOptional in the formula).'},
      rules: [
        {
          'zh-Hans': '一维；int8 输入时为 INT32，FLOAT8/HIFLOAT8/FLOAT4 输入时为 FLOAT32。',
          en: '1-D; INT32 with int8 inputs, FLOAT32 with FLOAT8/HIFLOAT8/FLOAT4 inputs.',
        },
      ],
      dtypes: ['INT32', 'FLOAT32'],
      formats: ['ND'],
      dims: {'zh-Hans': '1', en: '1'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v4-doc', lines: [213, 222], hash: '0c52ed3065b5fdc4'},
        {source: 'qmar-v4-doc', lines: [528, 584], hash: '67c3d77a023218b9'},
        {source: 'qmar-v4-doc', lines: [586, 632], hash: '7637d63ec19fece4'},
      ],
    },
    {
      name: 'x3Optional',
      cType: 'const aclTensor *',
      direction: 'in',
      optional: true,
      meaning: {
        'zh-Hans': '矩阵乘与反量化之后相加的张量（公式中的 x3Optional）。',
        en: 'Tensor added after the matmul and dequantization (x3Optional in the formula).',
      },
      rules: [
        {
          'zh-Hans': '低比特通信场景下仅支持输出为 BFLOAT16 且必须传入，数据类型与维度和 output 一致。',
          en: 'With low-bit communication it is required, only with a BFLOAT16 output, and must match output in dtype and rank.',
        },
      ],
      dtypes: ['FLOAT16', 'BFLOAT16', 'FLOAT32'],
      formats: ['ND'],
      dims: {'zh-Hans': '2–3', en: '2–3'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [{source: 'qmar-v4-doc', lines: [223, 232], hash: 'e22ccb4c843fb17a'}],
    },
    {
      name: 'x1ScaleOptional',
      cType: 'const aclTensor *',
      direction: 'in',
      optional: true,
      meaning: {
        'zh-Hans':
          'x1 一侧的反量化系数（pertoken、perblock 或 mx 缩放；公式中的 x1ScaleOptional），对应 V2、V3 的 pertokenScaleOptional 位置。',
        en: 'Dequantization scale on the x1 side (pertoken, perblock or mx scaling; x1ScaleOptional in the formula), in the position of pertokenScaleOptional of V2 and V3.',
      },
      rules: [
        {
          'zh-Hans': 'pertoken：x1 为 (b, m, k) 时 shape 为 (b*m)，为 (m, k) 时为 (m)。',
          en: 'pertoken: shape (b*m) for x1 (b, m, k), (m) for x1 (m, k).',
        },
        {
          'zh-Hans': 'perblock：shape 为 [ceilDiv(m, 128), ceilDiv(k, 128)]（三维时前加 b）。',
          en: 'perblock: shape [ceilDiv(m, 128), ceilDiv(k, 128)] (with a leading b when 3-D).',
        },
        {
          'zh-Hans':
            'FLOAT8_E8M0（mx 缩放）：shape 为 [m, ceilDiv(k, 64), 2]；x1 为 FLOAT4_E2M1 时 ceilDiv(k, 32) 须为偶数。',
          en: 'FLOAT8_E8M0 (mx scaling): shape [m, ceilDiv(k, 64), 2]; with an FLOAT4_E2M1 x1, ceilDiv(k, 32) must be even.',
        },
      ],
      dtypes: ['FLOAT32', 'FLOAT8_E8M0'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–3', en: '1–3'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [{source: 'qmar-v4-doc', lines: [233, 242], hash: '78ff547b863c45bc'}],
    },
    {
      name: 'x2ScaleOptional',
      cType: 'const aclTensor *',
      direction: 'in',
      meaning: {
        'zh-Hans': 'x2 一侧的反量化系数（公式中的 x2Scale），对应 V1 至 V3 的 dequantScale 位置。',
        en: 'Dequantization scale on the x2 side (x2Scale in the formula), in the position of dequantScale of V1 to V3.',
      },
      rules: [
        {
          'zh-Hans': '名字带 `Optional`，但文档约束与参数校验代码都要求它不为空指针；头文件中此参数名为 `x2Scale`。',
          en: 'Despite the `Optional` in its name, both the doc constraints and the parameter check require it to be non-null; the header names it `x2Scale`.',
        },
        {
          'zh-Hans':
            'pertensor 时 shape 为 (1)，perchannel 时为 (n) 或 (1, n)；perblock 时为 [ceilDiv(k, 128), ceilDiv(n, 128)]（x2 转置时两维互换）。',
          en: 'Shape (1) for pertensor, (n) or (1, n) for perchannel; [ceilDiv(k, 128), ceilDiv(n, 128)] for perblock (swapped when x2 is transposed).',
        },
        {
          'zh-Hans':
            'int8 输入：输出 BFLOAT16 时为 BFLOAT16；输出 FLOAT16 且有 x1ScaleOptional 时为 FLOAT32；输出 FLOAT16 且无 x1ScaleOptional 时为 INT64/UINT64（先用 `aclnnTransQuantParamV2` 转换）。FLOAT8_E8M0 时仅支持转置，shape 为 [n, ceilDiv(k, 64), 2]。',
          en: 'int8 inputs: BFLOAT16 with a BFLOAT16 output; FLOAT32 with a FLOAT16 output and x1ScaleOptional; INT64/UINT64 with a FLOAT16 output and no x1ScaleOptional (convert first with `aclnnTransQuantParamV2`). FLOAT8_E8M0 only transposed, shape [n, ceilDiv(k, 64), 2].',
        },
      ],
      dtypes: ['INT64', 'UINT64', 'FLOAT32', 'BFLOAT16', 'FLOAT8_E8M0'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–3', en: '1–3'},
      nonContiguous: 'supported',
      provenance: ['doc', 'impl'],
      sources: [
        {source: 'qmar-v4-doc', lines: [243, 252], hash: '2fc9e5fc2c3509b4'},
        {source: 'qmar-v4-doc', lines: [453, 453], hash: '4bb3aa173dd40bdc'},
        {source: 'qmar-v4-header', lines: [54, 54], hash: '6880619090b32bde'},
        {source: 'qmar-v4-api', lines: [59, 66], hash: '7840530e15c9cf10'},
      ],
    },
    {
      name: 'commQuantScale1Optional',
      cType: 'const aclTensor *',
      direction: 'in',
      optional: true,
      meaning: {
        'zh-Hans': '矩阵乘加之后、AllToAll 之前的 perchannel 量化系数（公式中的 commQuantScale1Optional）。',
        en: 'Perchannel quantization scale applied after the matmul-add, before the AllToAll (commQuantScale1Optional in the formula).',
      },
      rules: [
        {
          'zh-Hans': '仅在 int8 输入时支持（int8 低比特通信），其他场景传空；x2 为 (k, n) 时 shape 为 (n) 或 (1, n)。',
          en: 'Supported with int8 inputs only (int8 low-bit communication), null otherwise; shape (n) or (1, n) for x2 (k, n).',
        },
        {
          'zh-Hans': '两个通信量化系数同时为空或同时不为空；都不为空时 shape 相同、类型与 output 相同，且每张卡相同。',
          en: 'The two communication scales are both null or both given; when given, they share a shape, have the dtype of output and are identical on every rank.',
        },
      ],
      dtypes: ['BFLOAT16', 'FLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–2', en: '1–2'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v4-doc', lines: [253, 262], hash: '99b7dbf7d335e3c1'},
        {source: 'qmar-v4-doc', lines: [455, 455], hash: '270050c7b7c8e40f'},
      ],
    },
    {
      name: 'commQuantScale2Optional',
      cType: 'const aclTensor *',
      direction: 'in',
      optional: true,
      meaning: {
        'zh-Hans': 'AllGather 之后的 perchannel 量化系数（公式中的 commQuantScale2Optional）。',
        en: 'Perchannel quantization scale applied after the AllGather (commQuantScale2Optional in the formula).',
      },
      rules: [
        {
          'zh-Hans': '仅在 int8 输入时支持（int8 低比特通信），其他场景传空；x2 为 (k, n) 时 shape 为 (n) 或 (1, n)。',
          en: 'Supported with int8 inputs only (int8 low-bit communication), null otherwise; shape (n) or (1, n) for x2 (k, n).',
        },
        {
          'zh-Hans': '两个通信量化系数同时为空或同时不为空；都不为空时 shape 相同、类型与 output 相同，且每张卡相同。',
          en: 'The two communication scales are both null or both given; when given, they share a shape, have the dtype of output and are identical on every rank.',
        },
      ],
      dtypes: ['BFLOAT16', 'FLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–2', en: '1–2'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v4-doc', lines: [263, 272], hash: 'cddc3230435407b9'},
        {source: 'qmar-v4-doc', lines: [455, 455], hash: '270050c7b7c8e40f'},
      ],
    },
    {
      name: 'group',
      cType: 'const char *',
      direction: 'in',
      meaning: {'zh-Hans': '通信域名称。', en: 'Name of the communication domain.'},
      rules: [{'zh-Hans': '由 `HcclGetCommName` 获取。', en: 'Obtained with `HcclGetCommName`.'}],
      valueType: 'char*',
      provenance: ['doc'],
      sources: [{source: 'qmar-v4-doc', lines: [273, 282], hash: '4c19ab66a3b15657'}],
    },
    {
      name: 'reduceOp',
      cType: 'const char *',
      direction: 'in',
      meaning: {'zh-Hans': 'reduce 操作类型。', en: 'The reduce operation.'},
      rules: [{'zh-Hans': '当前仅支持 "sum"。', en: 'Only "sum" is supported.'}],
      valueType: 'char*',
      provenance: ['doc'],
      sources: [{source: 'qmar-v4-doc', lines: [283, 292], hash: '004eee0a756de524'}],
    },
    commTurnRow([{source: 'qmar-v4-doc', lines: [293, 302], hash: 'b4b0c96fc0a1c8ca'}]),
    streamModeRow([{source: 'qmar-v4-doc', lines: [303, 312], hash: 'a8a9f1ceea8981df'}]),
    {
      name: 'groupSize',
      cType: 'int64_t',
      direction: 'in',
      meaning: {
        'zh-Hans': '反量化分组大小：x1Scale/x2Scale 的一个元素在 m、n、k 方向上各覆盖多少个输入元素。',
        en: 'Dequantization group size: how many input elements along m, n and k one element of x1Scale/x2Scale covers.',
      },
      rules: [
        {
          'zh-Hans':
            '按 groupSizeK | groupSizeN << 16 | groupSizeM << 32 打包，每个值占 16 位；某个值为 0 时由算子根据 shape 推导。',
          en: 'Packed as groupSizeK | groupSizeN << 16 | groupSizeM << 32, 16 bits each; a value of 0 is inferred by the operator from the shapes.',
        },
        {
          'zh-Hans':
            'perblock 只支持 (128, 128, 128)，mx 量化只支持 (1, 1, 32)；仅当 x1Scale 与 x2Scale 都至少二维时有效，其他场景传 0。',
          en: 'perblock supports only (128, 128, 128), mx quantization only (1, 1, 32); it takes effect only when both x1Scale and x2Scale have at least 2 dimensions, otherwise pass 0.',
        },
      ],
      valueType: 'int64_t',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v4-doc', lines: [313, 322], hash: 'fb9c80171fd52ab6'},
        {source: 'qmar-v4-doc', lines: [463, 465], hash: 'f9c324f4da155ccf'},
      ],
    },
    {
      name: 'commQuantMode',
      cType: 'int64_t',
      direction: 'in',
      meaning: {
        'zh-Hans': '通信量化模式标志（静态或动态量化）。',
        en: 'Communication-quantization mode flag (static or dynamic quantization).',
      },
      rules: [
        {
          'zh-Hans':
            '取 0 或 1；只有 x1、x2 为 FLOAT8_E4M3FN 或 FLOAT8_E5M2 时可取 1，此时走 pertile 量化的 FP8 低比特通信。',
          en: '0 or 1; 1 is allowed only when x1 and x2 are FLOAT8_E4M3FN or FLOAT8_E5M2 and selects FP8 low-bit communication with pertile quantization.',
        },
      ],
      valueType: 'int64_t',
      provenance: ['doc'],
      sources: [{source: 'qmar-v4-doc', lines: [323, 332], hash: '6953fe0b190f45d7'}],
    },
    {
      name: 'output',
      cType: 'const aclTensor *',
      direction: 'out',
      meaning: {
        'zh-Hans': '矩阵乘与通信的结果（公式中的 output）。',
        en: 'Result of the matmul and the communication (output in the formula).',
      },
      rules: [{'zh-Hans': '维数与 x1 相同。', en: 'Same rank as x1.'}],
      dtypes: ['FLOAT16', 'BFLOAT16', 'FLOAT32'],
      formats: ['ND'],
      dims: {'zh-Hans': '2–3', en: '2–3'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [{source: 'qmar-v4-doc', lines: [333, 342], hash: '7f04d017ea133d93'}],
    },
    ...workspaceOutputs(
      [{source: 'qmar-v4-doc', lines: [343, 352], hash: 'db22d283b4e7b474'}],
      [{source: 'qmar-v4-doc', lines: [353, 362], hash: 'ffbc419611c818e1'}],
    ),
  ],
  executeParameters: executeParameters('aclnnQuantMatmulAllReduceV4GetWorkspaceSize', [
    [{source: 'qmar-v4-doc', lines: [419, 423], hash: '9248fe50738bc00a'}],
    [{source: 'qmar-v4-doc', lines: [424, 428], hash: '0ac1d0413853ff93'}],
    [{source: 'qmar-v4-doc', lines: [429, 433], hash: '2d822a53c5935644'}],
    [{source: 'qmar-v4-doc', lines: [434, 438], hash: '7f272de787d4775f'}],
  ]),
  products: [
    product('ascend-950pr-950dt', true, [{source: 'qmar-v4-doc', lines: [9, 9], hash: '6fd174b7160123d8'}]),
    product('atlas-a3', false, [{source: 'qmar-v4-doc', lines: [10, 10], hash: '286eed5ed92a977b'}]),
    product(
      'atlas-a2',
      true,
      [
        {source: 'qmar-v4-doc', lines: [11, 11], hash: '0205f108f9fa3dfa'},
        {source: 'qmar-v4-doc', lines: [19, 19], hash: '190b6f24738e9f03'},
        {source: 'qmar-v4-doc', lines: [472, 526], hash: '5b967b3d8efe4eb3'},
      ],
      {
        note: {
          'zh-Hans': '在 Atlas A2 上只支持 int8 输入（数据类型组合表），相对前一版本无新增特性。',
          en: 'On Atlas A2 only int8 inputs are supported (the dtype-combination table), with no new features over the previous version.',
        },
      },
    ),
    product('atlas-200i-500-a2', false, [{source: 'qmar-v4-doc', lines: [12, 12], hash: '9fda097d2cd0973b'}]),
    product('atlas-inference', false, [{source: 'qmar-v4-doc', lines: [13, 13], hash: '1b309cdfb0b4a3c5'}]),
    product('atlas-training', false, [{source: 'qmar-v4-doc', lines: [14, 14], hash: '19e9e529d78b8f1c'}]),
  ],
  firstRelease: {
    release: '9.0.0',
    text: {
      'zh-Hans':
        '首个包含该接口的发布为 9.0.0（标签 v9.0.0 中有头文件与文档）。8.5.0 标签中两者都没有：文档曾在 8.5.0 发布线的 beta 标签中出现，发布前被删除（提交 69c90523a，2026-01-16）。',
      en: 'The first release with this API is 9.0.0 (header and doc are in tag v9.0.0). Tag v8.5.0 has neither: the doc was in a beta tag of the 8.5.0 line and was removed before the release (commit 69c90523a, 2026-01-16).',
    },
    provenance: ['doc', 'impl'],
    sources: [
      {source: 'qmar-v4-header-9-0-0', lines: [52, 57], hash: '78606920e6bf15a5'},
      {source: 'qmar-v4-doc-9-0-0', lines: [18, 20], hash: 'fedcd79a4cd67bba'},
    ],
  },
  facts: [
    {
      id: 'adds-fp8-perblock',
      kind: 'adds',
      relatesTo: 'aclnnQuantMatmulAllReduceV3',
      text: {
        'zh-Hans':
          '兼容 V1、V2、V3 的功能。Atlas A2：无新增特性。Ascend 950PR/950DT：新增 perblock、pertile、mx（mxfp）量化方式，x1、x2 新增 FLOAT8_E4M3FN、FLOAT8_E5M2、HIFLOAT8、FLOAT4_E2M1 类型。',
        en: 'Covers the features of V1, V2 and V3. Atlas A2: nothing new. Ascend 950PR/950DT: adds perblock, pertile and mx (mxfp) quantization, and FLOAT8_E4M3FN, FLOAT8_E5M2, HIFLOAT8 and FLOAT4_E2M1 for x1 and x2.',
      },
      provenance: ['doc'],
      sources: [{source: 'qmar-v4-doc', lines: [18, 20], hash: 'fedcd79a4cd67bba'}],
    },
    {
      id: 'x2scale-name',
      kind: 'note',
      text: {
        'zh-Hans':
          '来源不一致：文档的原型与参数表把第 6 个参数写作 `x2ScaleOptional`，头文件写作 `x2Scale`；文档约束与参数校验代码都要求它不为空（为空时返回 161001）。C 调用按位置传参，名字不同不影响调用，但它不是可选参数。',
        en: 'The sources disagree: the doc prototype and parameter table call the sixth parameter `x2ScaleOptional`, the header calls it `x2Scale`; the doc constraints and the parameter check both require it to be non-null (161001 when null). C passes arguments by position, so the name does not matter to a caller, but the parameter is not optional.',
      },
      provenance: ['doc', 'impl'],
      sources: [
        {source: 'qmar-v4-doc', lines: [146, 146], hash: '2ec131849add682e'},
        {source: 'qmar-v4-doc', lines: [385, 388], hash: '730ae66240b2e14b'},
        {source: 'qmar-v4-doc', lines: [453, 453], hash: '4bb3aa173dd40bdc'},
        {source: 'qmar-v4-header', lines: [54, 54], hash: '6880619090b32bde'},
        {source: 'qmar-v4-api', lines: [59, 66], hash: '7840530e15c9cf10'},
      ],
    },
    {
      id: 'low-bit-only-when-communication-bound',
      kind: 'note',
      text: {
        'zh-Hans':
          'INT8 低比特通信（int8 输入且传入两个通信量化系数）与 FP8 低比特通信（FLOAT8 输入且 `commQuantMode` 为 1）只在通信瓶颈时有收益；计算瓶颈时文档建议都不开启。',
        en: 'INT8 low-bit communication (int8 inputs with both communication scales) and FP8 low-bit communication (FLOAT8 inputs with `commQuantMode` 1) pay off only when communication is the bottleneck; otherwise the doc advises leaving both off.',
      },
      provenance: ['doc'],
      sources: [{source: 'qmar-v4-doc', lines: [460, 460], hash: 'd423ea8ce0bc1b10'}],
    },
  ],
} satisfies ApiSpecInput;

export default spec;
