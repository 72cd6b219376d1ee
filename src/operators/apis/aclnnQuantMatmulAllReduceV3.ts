/**
 * aclnnQuantMatmulAllReduceV3 — family member of aclnnQuantMatmulAllReduceV2 (data only).
 * Transcribed from the public doc and the op_api header in ops-transformer `mc2/matmul_all_reduce/`;
 * every row cites its lines (never copy upstream text: paraphrase, cite). Parameter names are
 * public anchors (`#param-<name>`, `#exec-param-<name>`): never rename one.
 */
import {commTurnRow, streamModeRow} from './qmarRows';
import type {ApiSpecInput} from '../schema';
import {executeParameters, product, workspaceOutputs} from './common';

const spec = {
  id: 'aclnnQuantMatmulAllReduceV3',
  kind: 'family-member',
  family: 'quant-matmul-all-reduce',
  header: 'aclnnop/aclnn_quant_matmul_all_reduce_v3.h',
  summary: {
    'zh-Hans':
      '在 V2 的基础上新增 int8 低比特通信：矩阵乘结果量化为 int8 后经 AllToAll、ReduceSum、AllGather 再反量化。',
    en: 'V2 plus int8 low-bit communication: the matmul result is quantized to int8, then goes through AllToAll, ReduceSum and AllGather before dequantization.',
  },
  description: {
    'zh-Hans':
      '与 aclnnQuantMatmulAllReduceV2 相同的 int8 矩阵乘、反量化（pertensor、perchannel、pertoken）与 x3 相加；另有两个可选的 perchannel 通信量化系数 `commQuantScale1Optional`、`commQuantScale2Optional`。两者都传入时，结果先除以第一个系数量化为 int8 做 AllToAll，求和后按两系数之比重新缩放，再 AllGather，最后乘以第二个系数得到输出，以此代替“先反量化再 AllReduce”的流程。',
    en: 'The same int8 matmul, dequantization (pertensor, perchannel, pertoken) and x3 addition as aclnnQuantMatmulAllReduceV2, plus two optional perchannel communication-quantization scales `commQuantScale1Optional` and `commQuantScale2Optional`. When both are given, the result is divided by the first scale into int8 for an AllToAll, summed and rescaled by the ratio of the two scales, AllGathered, and finally multiplied by the second scale, instead of dequantizing first and then all-reducing.',
  },
  prototypes: [
    {
      name: 'aclnnQuantMatmulAllReduceV3GetWorkspaceSize',
      declaration: `aclnnStatus aclnnQuantMatmulAllReduceV3GetWorkspaceSize(
    const aclTensor *x1, const aclTensor *x2, const aclTensor *biasOptional, const aclTensor *x3Optional,
    const aclTensor *dequantScale, const aclTensor *pertokenScaleOptional, const aclTensor *commQuantScale1Optional,
    const aclTensor *commQuantScale2Optional, const char *group, const char *reduceOp, int64_t commTurn,
    int64_t streamMode, const aclTensor *output, uint64_t *workspaceSize, aclOpExecutor **executor)`,
    },
    {
      name: 'aclnnQuantMatmulAllReduceV3',
      declaration: `aclnnStatus aclnnQuantMatmulAllReduceV3(
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
        {
          'zh-Hans': '二维 (m, k) 或三维 (b, s, k)，不能为空 Tensor；不支持转置。',
          en: '2-D (m, k) or 3-D (b, s, k), not empty; no transpose.',
        },
      ],
      dtypes: ['INT8'],
      formats: ['ND'],
      dims: {'zh-Hans': '2–3', en: '2–3'},
      nonContiguous: 'unsupported',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v3-doc', lines: [112, 121], hash: '303e04949e2d332a'},
        {source: 'qmar-v3-doc', lines: [360, 360], hash: 'b9cba5ac516bb66e'},
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
        {source: 'qmar-v3-doc', lines: [122, 131], hash: '09de05bfcc8a87bd'},
        {source: 'qmar-v3-doc', lines: [265, 273], hash: '288dcd987f106cb0'},
      ],
    },
    {
      name: 'biasOptional',
      cType: 'const aclTensor *',
      direction: 'in',
      optional: true,
      meaning: {
        'zh-Hans': 'INT32 偏置，反量化前加到矩阵乘结果上（公式中的 biasOptional）。',
        en: 'INT32 bias added to the matmul result before dequantization (biasOptional in the formula).',
      },
      rules: [{'zh-Hans': '一维。', en: '1-D.'}],
      dtypes: ['INT32'],
      formats: ['ND'],
      dims: {'zh-Hans': '1', en: '1'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [{source: 'qmar-v3-doc', lines: [132, 141], hash: 'f95ceb367060f944'}],
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
        {'zh-Hans': '维度与 output 相同。', en: 'Same rank as output.'},
        {
          'zh-Hans': '参数表另写明：目前仅支持输出为 BFLOAT16 的场景，且仅支持非空输入。',
          en: 'The parameter table adds: currently only for a BFLOAT16 output, and only as a non-null input.',
        },
      ],
      dtypes: ['FLOAT16', 'BFLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '2', en: '2'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [{source: 'qmar-v3-doc', lines: [142, 151], hash: '316da7c97638924e'}],
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
          'zh-Hans':
            '输出 BFLOAT16：BFLOAT16；输出 FLOAT16 且有 pertoken 系数：FLOAT32；输出 FLOAT16 且无 pertoken 系数：INT64 或 UINT64（先用 `aclnnTransQuantParamV2` 转换）。',
          en: 'BFLOAT16 output: BFLOAT16; FLOAT16 output with a pertoken scale: FLOAT32; FLOAT16 output without one: INT64 or UINT64 (convert first with `aclnnTransQuantParamV2`).',
        },
      ],
      dtypes: ['INT64', 'UINT64', 'FLOAT32', 'BFLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–2', en: '1–2'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v3-doc', lines: [152, 161], hash: '74bfa28a364a53cc'},
        {source: 'qmar-v3-doc', lines: [364, 364], hash: '8fdc43cb2812a58b'},
      ],
    },
    {
      name: 'pertokenScaleOptional',
      cType: 'const aclTensor *',
      direction: 'in',
      optional: true,
      meaning: {
        'zh-Hans': '逐行（pertoken）反量化系数（公式中的 pertokenScaleOptional）。',
        en: 'Row-wise (pertoken) dequantization scale (pertokenScaleOptional in the formula).',
      },
      rules: [
        {
          'zh-Hans': 'x1 为 (b, s, k) 时 shape 为 (b*s)；x1 为 (m, k) 时为 (m)。',
          en: 'Shape (b*s) for x1 (b, s, k); (m) for x1 (m, k).',
        },
      ],
      dtypes: ['FLOAT32'],
      formats: ['ND'],
      dims: {'zh-Hans': '1', en: '1'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v3-doc', lines: [162, 171], hash: '77b7a95ffe042621'},
        {source: 'qmar-v3-doc', lines: [366, 366], hash: '43ebe8e066c38e8b'},
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
        {'zh-Hans': 'x2 为 (k, n) 时 shape 为 (n) 或 (1, n)。', en: 'Shape (n) or (1, n) for x2 (k, n).'},
        {
          'zh-Hans':
            '与 commQuantScale2Optional 要么都为空、要么都不为空；都不为空时两者 shape 相同、数据类型与 output 相同，且每张卡传入相同的值。',
          en: 'Either both it and commQuantScale2Optional are null or neither is; when both are given they have the same shape, the dtype of output, and the same values on every rank.',
        },
      ],
      dtypes: ['BFLOAT16', 'FLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–2', en: '1–2'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v3-doc', lines: [172, 181], hash: '63a1324a5d25d0a5'},
        {source: 'qmar-v3-doc', lines: [365, 365], hash: '270050c7b7c8e40f'},
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
        {'zh-Hans': 'x2 为 (k, n) 时 shape 为 (n) 或 (1, n)。', en: 'Shape (n) or (1, n) for x2 (k, n).'},
        {
          'zh-Hans': '与 commQuantScale1Optional 同时为空或同时不为空（见上一行）。',
          en: 'Null exactly when commQuantScale1Optional is null (see the row above).',
        },
      ],
      dtypes: ['BFLOAT16', 'FLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–2', en: '1–2'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v3-doc', lines: [182, 191], hash: '953ea8d3c9c5cc9f'},
        {source: 'qmar-v3-doc', lines: [365, 365], hash: '270050c7b7c8e40f'},
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
      sources: [{source: 'qmar-v3-doc', lines: [192, 201], hash: 'ed06430a05c1232b'}],
    },
    {
      name: 'reduceOp',
      cType: 'const char *',
      direction: 'in',
      meaning: {'zh-Hans': 'reduce 操作类型。', en: 'The reduce operation.'},
      rules: [{'zh-Hans': '当前仅支持 "sum"。', en: 'Only "sum" is supported.'}],
      valueType: 'char*',
      provenance: ['doc'],
      sources: [{source: 'qmar-v3-doc', lines: [202, 211], hash: '5933b330a32d7cb3'}],
    },
    commTurnRow([{source: 'qmar-v3-doc', lines: [212, 221], hash: 'a6ebc34440956faa'}]),
    streamModeRow([{source: 'qmar-v3-doc', lines: [222, 231], hash: '7a798fd22a0a8513'}]),
    {
      name: 'output',
      cType: 'const aclTensor *',
      direction: 'out',
      meaning: {
        'zh-Hans': '矩阵乘与通信的结果（公式中的 output）。',
        en: 'Result of the matmul and the communication (output in the formula).',
      },
      rules: [{'zh-Hans': '维数与 x1 相同。', en: 'Same rank as x1.'}],
      dtypes: ['FLOAT16', 'BFLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '2–3', en: '2–3'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [{source: 'qmar-v3-doc', lines: [232, 241], hash: 'd9369d25337d9c70'}],
    },
    ...workspaceOutputs(
      [{source: 'qmar-v3-doc', lines: [242, 251], hash: 'db22d283b4e7b474'}],
      [{source: 'qmar-v3-doc', lines: [252, 261], hash: 'ffbc419611c818e1'}],
    ),
  ],
  executeParameters: executeParameters('aclnnQuantMatmulAllReduceV3GetWorkspaceSize', [
    [{source: 'qmar-v3-doc', lines: [328, 332], hash: '9248fe50738bc00a'}],
    [{source: 'qmar-v3-doc', lines: [333, 337], hash: '99e452ff3cb7c9d3'}],
    [{source: 'qmar-v3-doc', lines: [338, 342], hash: '2d822a53c5935644'}],
    [{source: 'qmar-v3-doc', lines: [343, 347], hash: 'c862d61792d060b9'}],
  ]),
  products: [
    product('ascend-950pr-950dt', true, [{source: 'qmar-v3-doc', lines: [9, 9], hash: '6fd174b7160123d8'}]),
    product('atlas-a3', false, [{source: 'qmar-v3-doc', lines: [10, 10], hash: '286eed5ed92a977b'}]),
    product('atlas-a2', true, [{source: 'qmar-v3-doc', lines: [11, 11], hash: '0205f108f9fa3dfa'}]),
    product('atlas-200i-500-a2', false, [{source: 'qmar-v3-doc', lines: [12, 12], hash: '9fda097d2cd0973b'}]),
    product('atlas-inference', false, [{source: 'qmar-v3-doc', lines: [13, 13], hash: '1b309cdfb0b4a3c5'}]),
    product('atlas-training', false, [{source: 'qmar-v3-doc', lines: [14, 14], hash: '19e9e529d78b8f1c'}]),
  ],
  firstRelease: null,
  facts: [
    {
      id: 'adds-low-bit-communication',
      kind: 'adds',
      relatesTo: 'aclnnQuantMatmulAllReduceV2',
      text: {
        'zh-Hans':
          '文档称其为 V2 的功能扩展：新增低比特通信（两个新输入 `commQuantScale1Optional`、`commQuantScale2Optional`），矩阵乘结果依次经 AllToAll、ReduceSum、AllGather 后再反量化，代替先反量化再 AllReduce 的流程。',
        en: 'Documented as an extension of V2: it adds low-bit communication (two new inputs, `commQuantScale1Optional` and `commQuantScale2Optional`); the matmul result goes through AllToAll, ReduceSum and AllGather and is dequantized afterwards, instead of dequantizing before an all-reduce.',
      },
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v3-doc', lines: [20, 20], hash: 'f5ded9a56f5cae63'},
        {source: 'qmar-v3-doc', lines: [38, 54], hash: 'f079a2fecf7477f5'},
      ],
    },
    {
      id: 'low-bit-only-when-communication-bound',
      kind: 'note',
      text: {
        'zh-Hans': 'int8 低比特通信只在通信瓶颈（通信 bound）时有性能收益；计算瓶颈时文档建议不传两个通信量化系数。',
        en: 'int8 low-bit communication pays off only when communication is the bottleneck; when computation is, the doc advises not to pass the two communication-quantization scales.',
      },
      provenance: ['doc'],
      sources: [{source: 'qmar-v3-doc', lines: [371, 371], hash: '99f7f1a9821d2aad'}],
    },
    {
      id: 'release-presence',
      kind: 'note',
      text: {
        'zh-Hans':
          '头文件与文档已出现在本站覆盖的最早开源发布 8.5.0（标签 v8.5.0）中；更早的闭源版本是否提供无法从公开源码判断。',
        en: 'Header and doc are already in the earliest open-source release this site covers, 8.5.0 (tag v8.5.0); whether earlier closed-source releases shipped it cannot be told from the public sources.',
      },
      provenance: ['impl'],
      sources: [{source: 'qmar-v3-header-8-5-0', lines: [50, 54], hash: '806b151271f145d3'}],
    },
  ],
} satisfies ApiSpecInput;

export default spec;
