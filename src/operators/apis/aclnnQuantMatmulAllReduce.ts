/**
 * aclnnQuantMatmulAllReduce (V1) — family member of aclnnQuantMatmulAllReduceV2 (data only).
 * Transcribed from the public doc and the op_api header in ops-transformer `mc2/matmul_all_reduce/`;
 * every row cites its lines (never copy upstream text: paraphrase, cite). Parameter names are
 * public anchors (`#param-<name>`, `#exec-param-<name>`): never rename one.
 */
import {commTurnRow, streamModeRow} from './qmarRows';
import type {ApiSpecInput} from '../schema';
import {executeParameters, product, workspaceOutputs} from './common';

const spec = {
  id: 'aclnnQuantMatmulAllReduce',
  kind: 'family-member',
  family: 'quant-matmul-all-reduce',
  header: 'aclnnop/aclnn_quant_matmul_all_reduce.h',
  summary: {
    'zh-Hans':
      'QuantMatmulAllReduce 系列的第一版：int8 矩阵乘、反量化、加 x3，再做 AllReduce，支持 pertensor 与 perchannel 量化。',
    en: 'The first version of the QuantMatmulAllReduce family: int8 matmul, dequantization, the addition of x3, then all-reduce; pertensor and perchannel quantization.',
  },
  description: {
    'zh-Hans':
      '对量化后的 int8 输入 x1、x2 做矩阵乘（可加 int32 bias），用 dequantScale 反量化，与 x3 相加，最后在通信域内做 AllReduce 求和。只支持 pertensor 和 perchannel 两种量化方式；aclnnQuantMatmulAllReduceV2 在此基础上增加了 pertoken。',
    en: 'Multiplies the quantized int8 inputs x1 and x2 (optionally plus an int32 bias), dequantizes with dequantScale, adds x3 and finally all-reduces (sum) across the communication domain. Only pertensor and perchannel quantization are supported; aclnnQuantMatmulAllReduceV2 adds pertoken on top of it.',
  },
  prototypes: [
    {
      name: 'aclnnQuantMatmulAllReduceGetWorkspaceSize',
      declaration: `aclnnStatus aclnnQuantMatmulAllReduceGetWorkspaceSize(
    const aclTensor *x1, const aclTensor *x2, const aclTensor *bias, const aclTensor *x3,
    const aclTensor *dequantScale, const char *group, const char *reduceOp, int64_t commTurn,
    int64_t streamMode, const aclTensor *output, uint64_t *workspaceSize, aclOpExecutor **executor)`,
    },
    {
      name: 'aclnnQuantMatmulAllReduce',
      declaration: `aclnnStatus aclnnQuantMatmulAllReduce(
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
      ],
      dtypes: ['INT8'],
      formats: ['ND'],
      dims: {'zh-Hans': '2–3', en: '2–3'},
      nonContiguous: 'unsupported',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v1-doc', lines: [81, 90], hash: '303e04949e2d332a'},
        {source: 'qmar-v1-doc', lines: [297, 297], hash: 'cf555af8956732dc'},
      ],
    },
    {
      name: 'x2',
      cType: 'const aclTensor *',
      direction: 'in',
      meaning: {'zh-Hans': '矩阵乘的右矩阵（公式中的 x2）。', en: 'Right matrix of the matmul (x2 in the formula).'},
      rules: [
        {
          'zh-Hans': '逻辑 shape 为 (k, n)，可转置；ND 下只接受最后两维转置得到的非连续视图。',
          en: 'Logical shape (k, n), may be transposed; in ND only a view transposing the last two axes is accepted as non-contiguous.',
        },
        {
          'zh-Hans':
            'Atlas A2：ND（二维）或 FRACTAL_NZ（四维，用 `aclnnCalculateMatmulWeightSizeV2` 与 `aclnnTransMatmulWeight` 从 ND 转换）；Ascend 950PR/950DT：仅 ND（二维）。',
          en: 'Atlas A2: ND (2-D) or FRACTAL_NZ (4-D, converted from ND with `aclnnCalculateMatmulWeightSizeV2` and `aclnnTransMatmulWeight`); Ascend 950PR/950DT: ND (2-D) only.',
        },
      ],
      dtypes: ['INT8'],
      formats: ['ND', 'FRACTAL_NZ'],
      dims: {'zh-Hans': '2（ND）、4（FRACTAL_NZ 存储）', en: '2 (ND), 4 (FRACTAL_NZ storage)'},
      nonContiguous: 'transpose-only',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v1-doc', lines: [91, 100], hash: '09de05bfcc8a87bd'},
        {source: 'qmar-v1-doc', lines: [204, 210], hash: '5d5b72b335ce99d7'},
      ],
    },
    {
      name: 'bias',
      cType: 'const aclTensor *',
      direction: 'in',
      optional: true,
      meaning: {
        'zh-Hans': 'INT32 偏置，反量化前加到矩阵乘结果上（公式中的 bias）。',
        en: 'INT32 bias added to the matmul result before dequantization (bias in the formula).',
      },
      rules: [
        {
          'zh-Hans':
            '一维；非空时 shape 为 (n)。原型中的名字不带 `Optional` 后缀，但约束把它写作可为空（“非空场景”）。',
          en: '1-D; shape (n) when given. The prototype name has no `Optional` suffix, but the constraints treat it as nullable ("when not null").',
        },
      ],
      dtypes: ['INT32'],
      formats: ['ND'],
      dims: {'zh-Hans': '0–1', en: '0–1'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v1-doc', lines: [101, 110], hash: '61b70d1c8ccdb878'},
        {source: 'qmar-v1-doc', lines: [298, 298], hash: 'f70aff2e4e366d38'},
      ],
    },
    {
      name: 'x3',
      cType: 'const aclTensor *',
      direction: 'in',
      optional: true,
      meaning: {
        'zh-Hans': '反量化之后、AllReduce 之前相加的张量（公式中的 x3）。',
        en: 'Tensor added after dequantization and before the all-reduce (x3 in the formula).',
      },
      rules: [
        {
          'zh-Hans': '非空时 shape 与 output 相同；输出为 BFLOAT16 时 x3 也须为 BFLOAT16。',
          en: 'When given, its shape equals that of output; with a BFLOAT16 output, x3 must be BFLOAT16 too.',
        },
      ],
      dtypes: ['FLOAT16', 'BFLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '2', en: '2'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v1-doc', lines: [111, 120], hash: 'd5a9a96050a8462c'},
        {source: 'qmar-v1-doc', lines: [298, 298], hash: 'f70aff2e4e366d38'},
        {source: 'qmar-v1-doc', lines: [302, 302], hash: 'e26843bcbac8eb97'},
      ],
    },
    {
      name: 'dequantScale',
      cType: 'const aclTensor *',
      direction: 'in',
      meaning: {
        'zh-Hans': '矩阵乘结果的反量化系数（公式中的 dequantScale）。',
        en: 'Dequantization scale of the matmul result (dequantScale in the formula).',
      },
      rules: [
        {
          'zh-Hans': 'pertensor 时 shape 为 (1)，perchannel 时为 (n) 或 (1, n)。',
          en: 'Shape (1) for pertensor, (n) or (1, n) for perchannel.',
        },
        {
          'zh-Hans': '输出 FLOAT16 时用 INT64 或 UINT64；输出 BFLOAT16 时用 BFLOAT16。',
          en: 'INT64 or UINT64 with a FLOAT16 output; BFLOAT16 with a BFLOAT16 output.',
        },
        {
          'zh-Hans': '文档参数表的“维度”列写作 2，与上面的 (1)、(n) shape 不一致（V2 的同一问题见勘误 E3）。',
          en: 'The dims column of the doc table says 2, which contradicts the (1) and (n) shapes above (the same issue on V2 is erratum E3).',
        },
      ],
      dtypes: ['INT64', 'UINT64', 'BFLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–2', en: '1–2'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v1-doc', lines: [121, 130], hash: '9615a8784decaba1'},
        {source: 'qmar-v1-doc', lines: [302, 302], hash: 'e26843bcbac8eb97'},
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
      sources: [{source: 'qmar-v1-doc', lines: [131, 140], hash: 'ed06430a05c1232b'}],
    },
    {
      name: 'reduceOp',
      cType: 'const char *',
      direction: 'in',
      meaning: {'zh-Hans': 'reduce 操作类型。', en: 'The reduce operation.'},
      rules: [{'zh-Hans': '当前仅支持 "sum"。', en: 'Only "sum" is supported.'}],
      valueType: 'char*',
      provenance: ['doc'],
      sources: [{source: 'qmar-v1-doc', lines: [141, 150], hash: 'e5f283dbc7d76937'}],
    },
    commTurnRow([{source: 'qmar-v1-doc', lines: [151, 160], hash: 'a6ebc34440956faa'}]),
    streamModeRow([{source: 'qmar-v1-doc', lines: [161, 170], hash: '19e7889e78cb40a2'}]),
    {
      name: 'output',
      cType: 'const aclTensor *',
      direction: 'out',
      meaning: {
        'zh-Hans': '矩阵乘与 AllReduce 通信的结果（公式中的 output）。',
        en: 'Result of the matmul and the all-reduce (output in the formula).',
      },
      rules: [
        {
          'zh-Hans': '维数与 x1 相同：x1 为 (b, s, k) 时为 (b, s, n)，x1 为 (m, k) 时为 (m, n)。',
          en: 'Same rank as x1: (b, s, n) for x1 (b, s, k), (m, n) for x1 (m, k).',
        },
      ],
      dtypes: ['FLOAT16', 'BFLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '2–3', en: '2–3'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v1-doc', lines: [171, 180], hash: 'd9369d25337d9c70'},
        {source: 'qmar-v1-doc', lines: [299, 299], hash: 'b5b5bdfa8dfdcda8'},
      ],
    },
    ...workspaceOutputs(
      [{source: 'qmar-v1-doc', lines: [181, 190], hash: 'db22d283b4e7b474'}],
      [{source: 'qmar-v1-doc', lines: [191, 200], hash: 'ffbc419611c818e1'}],
    ),
  ],
  executeParameters: executeParameters('aclnnQuantMatmulAllReduceGetWorkspaceSize', [
    [{source: 'qmar-v1-doc', lines: [265, 269], hash: '9248fe50738bc00a'}],
    [{source: 'qmar-v1-doc', lines: [270, 274], hash: '8250cd62959aca2f'}],
    [{source: 'qmar-v1-doc', lines: [275, 279], hash: '2d822a53c5935644'}],
    [{source: 'qmar-v1-doc', lines: [280, 284], hash: '7f272de787d4775f'}],
  ]),
  products: [
    product('ascend-950pr-950dt', true, [{source: 'qmar-v1-doc', lines: [9, 9], hash: '6fd174b7160123d8'}]),
    product('atlas-a3', false, [{source: 'qmar-v1-doc', lines: [10, 10], hash: '286eed5ed92a977b'}]),
    product('atlas-a2', true, [{source: 'qmar-v1-doc', lines: [11, 11], hash: '0205f108f9fa3dfa'}]),
    product('atlas-200i-500-a2', false, [{source: 'qmar-v1-doc', lines: [12, 12], hash: '9fda097d2cd0973b'}]),
    product('atlas-inference', false, [{source: 'qmar-v1-doc', lines: [13, 13], hash: '1b309cdfb0b4a3c5'}]),
    product('atlas-training', false, [{source: 'qmar-v1-doc', lines: [14, 14], hash: '19e9e529d78b8f1c'}]),
  ],
  firstRelease: null,
  facts: [
    {
      id: 'quant-modes',
      kind: 'note',
      text: {
        'zh-Hans': '支持 pertensor 和 perchannel 量化方式（不支持 pertoken）。',
        en: 'Supports pertensor and perchannel quantization (no pertoken).',
      },
      provenance: ['doc'],
      sources: [{source: 'qmar-v1-doc', lines: [20, 20], hash: '65ce52b085d6d8b6'}],
    },
    {
      id: 'release-presence',
      kind: 'note',
      text: {
        'zh-Hans':
          '该接口（头文件与文档）已出现在本站覆盖的最早开源发布 8.5.0（标签 v8.5.0）中；更早的闭源版本是否提供无法从公开源码判断。',
        en: 'The API (header and doc) is already in the earliest open-source release this site covers, 8.5.0 (tag v8.5.0); whether earlier closed-source releases shipped it cannot be told from the public sources.',
      },
      provenance: ['impl'],
      sources: [{source: 'qmar-v1-header-8-5-0', lines: [46, 49], hash: 'db44346cb404607b'}],
    },
    {
      id: 'low-bit-communication-absent',
      kind: 'note',
      relatesTo: 'aclnnQuantMatmulAllReduceV2',
      text: {
        'zh-Hans': '原型中没有 pertoken 系数、通信量化系数和通信引擎参数；需要这些功能时改用后续版本（见系列页）。',
        en: 'The prototype has no pertoken scale, no communication-quantization scales and no communication-engine parameter; use a later version for those (see the family page).',
      },
      provenance: ['impl'],
      sources: [{source: 'qmar-v1-header', lines: [46, 51], hash: '636a5f330e49b225'}],
    },
  ],
} satisfies ApiSpecInput;

export default spec;
