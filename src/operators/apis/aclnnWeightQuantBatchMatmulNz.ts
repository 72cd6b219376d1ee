/**
 * aclnnWeightQuantBatchMatmulNz — family member (ApiSpecSchema, ../schema.ts). Data only.
 * Read from ops-nn `matmul/weight_quant_batch_matmul_v2/docs/aclnnWeightQuantBatchMatmulNz.md`
 * (source `wqbmm-nz-doc`).
 */
import type {ApiSpecInput} from '../schema';
import {executeParameters, product, workspaceOutputs} from './common';
import * as W from './wqbmmRows';

const spec = {
  id: 'aclnnWeightQuantBatchMatmulNz',
  kind: 'family-member',
  family: 'weight-quant-batch-matmul',
  header: 'aclnnop/aclnn_weight_quant_batch_matmul_nz.h',
  summary: {
    'zh-Hans':
      '伪量化矩阵乘的 FRACTAL_NZ 版本：参数列表与 V2 相同，但右矩阵 `weight` 只能是 FRACTAL_NZ 格式；仅 Ascend 950PR/950DT 支持。',
    en: "The FRACTAL_NZ variant of the weight-only quantized matmul: V2's parameter list, but the right matrix `weight` must be FRACTAL_NZ; Ascend 950PR/950DT only.",
  },
  description: {
    'zh-Hans':
      '计算 y = x @ ANTIQUANT(weight) + bias，ANTIQUANT(weight) = (weight + antiquantOffset) × antiquantScale。`weight` 以 4 维 FRACTAL_NZ 存储；`quantScaleOptional` 与 `quantOffsetOptional` 为预留参数，必须传空指针。',
    en: 'Computes y = x @ ANTIQUANT(weight) + bias with ANTIQUANT(weight) = (weight + antiquantOffset) × antiquantScale. `weight` is stored as 4-D FRACTAL_NZ; `quantScaleOptional` and `quantOffsetOptional` are reserved and must be null.',
  },
  prototypes: [
    {
      name: 'aclnnWeightQuantBatchMatmulNzGetWorkspaceSize',
      declaration: [
        'aclnnStatus aclnnWeightQuantBatchMatmulNzGetWorkspaceSize(',
        '    const aclTensor *x, const aclTensor *weight, const aclTensor *antiquantScale,',
        '    const aclTensor *antiquantOffsetOptional, const aclTensor *quantScaleOptional,',
        '    const aclTensor *quantOffsetOptional, const aclTensor *biasOptional, int antiquantGroupSize,',
        '    const aclTensor *y, uint64_t *workspaceSize, aclOpExecutor **executor)',
      ].join('\n'),
    },
    {
      name: 'aclnnWeightQuantBatchMatmulNz',
      declaration:
        'aclnnStatus aclnnWeightQuantBatchMatmulNz(void *workspace, uint64_t workspaceSize, aclOpExecutor *executor,\n    aclrtStream stream)',
    },
  ],
  parameters: [
    W.xRow([{source: 'wqbmm-nz-doc', lines: [104, 113], hash: 'c29c84cf907005f2'}], {
      dtypes: ['FLOAT16', 'BFLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '2', en: '2'},
      nonContiguous: 'unsupported',
      rules: [{'zh-Hans': '不支持转置。', en: 'No transpose.'}],
    }),
    W.weightRow([{source: 'wqbmm-nz-doc', lines: [114, 123], hash: 'eb52d9ad4547ffd2'}], {
      dtypes: ['INT4', 'FLOAT4_E2M1', 'INT32', 'FLOAT32', 'INT8'],
      formats: ['FRACTAL_NZ'],
      dims: {'zh-Hans': '4（FRACTAL_NZ 存储）', en: '4 (FRACTAL_NZ storage)'},
      nonContiguous: 'supported',
      rules: [{'zh-Hans': '支持转置与非转置。', en: 'Transposed or not.'}],
    }),
    W.antiquantScaleRow([{source: 'wqbmm-nz-doc', lines: [124, 133], hash: '307d99fadaa334cd'}], {
      dtypes: ['FLOAT16', 'BFLOAT16', 'FLOAT8_E8M0'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–2', en: '1–2'},
      nonContiguous: 'supported',
      rules: [{'zh-Hans': '连续性要求与 `weight` 一致。', en: 'Same contiguity as `weight`.'}],
    }),
    W.antiquantOffsetRow([{source: 'wqbmm-nz-doc', lines: [134, 143], hash: 'a2e46b2fc75df9fd'}], {
      dtypes: ['FLOAT16', 'BFLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–2', en: '1–2'},
      nonContiguous: 'supported',
      rules: [{'zh-Hans': '连续性要求与 `weight` 一致。', en: 'Same contiguity as `weight`.'}],
    }),
    W.quantScaleRow([{source: 'wqbmm-nz-doc', lines: [144, 153], hash: '103b9eb725a9d093'}], 'reserved'),
    W.quantOffsetRow([{source: 'wqbmm-nz-doc', lines: [154, 163], hash: '98823d2b524fe50d'}], 'reserved'),
    W.biasRow([{source: 'wqbmm-nz-doc', lines: [164, 173], hash: '600cc6caa930e543'}], {
      dtypes: ['FLOAT16', 'BFLOAT16', 'FLOAT32'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–2', en: '1–2'},
      nonContiguous: 'unsupported',
    }),
    W.groupSizeRow(
      [{source: 'wqbmm-nz-doc', lines: [174, 187], hash: 'bf415281eb423f0d'}],
      [
        {
          'zh-Hans': 'per-group 模式取 [32, k-1] 内 32 的倍数；MX 模式固定为 32；per-channel 模式传 0。',
          en: 'per-group: a multiple of 32 in [32, k-1]; MX: 32; per-channel: 0.',
        },
      ],
    ),
    W.yRow([{source: 'wqbmm-nz-doc', lines: [188, 197], hash: '0b3fd91744d80e7b'}], {
      dtypes: ['FLOAT16', 'BFLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '2', en: '2'},
      nonContiguous: 'unsupported',
    }),
    ...workspaceOutputs(
      [{source: 'wqbmm-nz-doc', lines: [198, 207], hash: 'db22d283b4e7b474'}],
      [{source: 'wqbmm-nz-doc', lines: [208, 217], hash: 'ffbc419611c818e1'}],
    ),
  ],
  executeParameters: executeParameters(
    'aclnnWeightQuantBatchMatmulNzGetWorkspaceSize',
    [
      [{source: 'wqbmm-nz-doc', lines: [276, 280], hash: '9248fe50738bc00a'}],
      [{source: 'wqbmm-nz-doc', lines: [281, 285], hash: '5746d069368df41d'}],
      [{source: 'wqbmm-nz-doc', lines: [286, 290], hash: '2d822a53c5935644'}],
      [{source: 'wqbmm-nz-doc', lines: [291, 295], hash: 'c862d61792d060b9'}],
    ],
    'aclrtStream',
  ),
  products: [
    product('ascend-950pr-950dt', true, [{source: 'wqbmm-nz-doc', lines: [6, 6], hash: '86b3c3130086e271'}]),
    product('atlas-a3', false, [{source: 'wqbmm-nz-doc', lines: [9, 9], hash: '860caaecbe99c8d8'}]),
    product('atlas-a2', false, [{source: 'wqbmm-nz-doc', lines: [12, 12], hash: 'b9f3e8fa0c1cf325'}]),
    product('atlas-200i-500-a2', false, [{source: 'wqbmm-nz-doc', lines: [15, 15], hash: 'd971e8f882f00a28'}]),
    product('atlas-inference', false, [{source: 'wqbmm-nz-doc', lines: [18, 18], hash: '7cbe5a006e5708ac'}]),
    product('atlas-training', false, [{source: 'wqbmm-nz-doc', lines: [21, 21], hash: '2592db9be7fedb61'}]),
  ],
  firstRelease: null,
  facts: [
    {
      id: 'nz-only',
      kind: 'adds',
      relatesTo: 'aclnnWeightQuantBatchMatmulV2',
      text: {
        'zh-Hans':
          '原型与 `aclnnWeightQuantBatchMatmulV2` 的参数列表相同；区别在于只接受 FRACTAL_NZ 格式的右矩阵 `weight`，且输出量化参数为预留参数（必须为空）。',
        en: 'Its prototype has the parameter list of `aclnnWeightQuantBatchMatmulV2`; the difference is that the right matrix `weight` must be FRACTAL_NZ, and the output-quantization parameters are reserved (must be null).',
      },
      provenance: ['doc'],
      sources: [
        {source: 'wqbmm-nz-doc', lines: [26, 26], hash: 'd8d6e1d7178c9031'},
        {source: 'wqbmm-nz-doc', lines: [54, 65], hash: '09b302bd8cc08d61'},
        {source: 'wqbmm-v2-doc', lines: [61, 72], hash: '7e65c4c357e89e18'},
      ],
    },
    {
      id: 'formula',
      kind: 'produces',
      text: {
        'zh-Hans':
          'y = x @ ANTIQUANT(weight) + bias，ANTIQUANT(weight) = (weight + antiquantOffset) × antiquantScale。',
        en: 'y = x @ ANTIQUANT(weight) + bias with ANTIQUANT(weight) = (weight + antiquantOffset) × antiquantScale.',
      },
      provenance: ['doc'],
      sources: [{source: 'wqbmm-nz-doc', lines: [28, 47], hash: '37626d9247506ee5'}],
    },
    {
      id: 'int8-via-trans-matmul-weight',
      kind: 'note',
      relatesTo: 'aclnnTransMatmulWeight',
      text: {
        'zh-Hans': '文档的 FLOAT16 `x` 搭配 INT8 `weight` 示例借助 `aclnnTransMatmulWeight` 把权重转换为 FRACTAL_NZ。',
        en: "The doc's example with a FLOAT16 `x` and an INT8 `weight` converts the weight to FRACTAL_NZ with `aclnnTransMatmulWeight`.",
      },
      provenance: ['doc'],
      sources: [{source: 'wqbmm-nz-doc', lines: [687, 687], hash: '98a4be0c31928ee1'}],
    },
    {
      id: 'deterministic',
      kind: 'note',
      text: {'zh-Hans': '默认为确定性实现。', en: 'Deterministic by default.'},
      provenance: ['doc'],
      sources: [{source: 'wqbmm-nz-doc', lines: [305, 305], hash: '73dd976a77d599b2'}],
    },
  ],
} satisfies ApiSpecInput;

export default spec;
