/**
 * aclnnWeightQuantBatchMatmulV2 — family member (ApiSpecSchema, ../schema.ts). Data only.
 * Read from ops-nn `matmul/weight_quant_batch_matmul_v2/docs/aclnnWeightQuantBatchMatmulV2.md`
 * (source `wqbmm-v2-doc`). Paraphrased, cited; the superscript footnotes of the doc's dtype column
 * (types a product line does not support) are stated as rules.
 */
import type {ApiSpecInput, Citation} from '../schema';
import {executeParameters, product, workspaceOutputs} from './common';
import * as W from './wqbmmRows';

const notA2A3 = {
  'zh-Hans':
    'Atlas A2 / A3 不支持 FLOAT8_E4M3FN、HIFLOAT8、FLOAT32、FLOAT4_E2M1、FLOAT8_E8M0 与 BFLOAT16 bias（文档数据类型列角标 2）。',
  en: "Atlas A2 / A3 do not accept FLOAT8_E4M3FN, HIFLOAT8, FLOAT32, FLOAT4_E2M1, FLOAT8_E8M0 or a BFLOAT16 bias (footnote 2 of the doc's dtype column).",
};
const not950 = {
  'zh-Hans':
    'Ascend 950PR/950DT 不支持 UINT64 / INT64 的 `antiquantScale`、INT32 的 `antiquantOffsetOptional`、输出量化参数与 INT8 的 `y`（角标 1）。',
  en: 'Ascend 950PR/950DT do not accept a UINT64 / INT64 `antiquantScale`, an INT32 `antiquantOffsetOptional`, the output-quantization parameters or an INT8 `y` (footnote 1).',
};
const foot: Citation = {source: 'wqbmm-v2-doc', lines: [224, 241], hash: 'd23c9c4f4e690f14'};

const spec = {
  id: 'aclnnWeightQuantBatchMatmulV2',
  kind: 'family-member',
  family: 'weight-quant-batch-matmul',
  header: 'aclnnop/aclnn_weight_quant_batch_matmul_v2.h',
  summary: {
    'zh-Hans':
      '伪量化矩阵乘：FLOAT16 / BFLOAT16 激活乘以低比特权重（INT8、INT4 等），权重按张量形式的 `antiquantScale` / `antiquantOffsetOptional` 反量化，可选输出量化。',
    en: 'Weight-only quantized matmul: FLOAT16 / BFLOAT16 activations times low-bit weights (INT8, INT4, …), dequantized with tensor `antiquantScale` / `antiquantOffsetOptional`, with optional output quantization.',
  },
  description: {
    'zh-Hans':
      '计算 y = x @ ANTIQUANT(weight) + bias，其中 ANTIQUANT(weight) = (weight + antiquantOffset) × antiquantScale；传入 `quantScaleOptional` 时再对结果做输出量化。反量化参数以张量传入，支持 per-tensor、per-channel、per-group 等模式（per-group 由 `antiquantGroupSize` 指定组大小）。',
    en: 'Computes y = x @ ANTIQUANT(weight) + bias with ANTIQUANT(weight) = (weight + antiquantOffset) × antiquantScale; with `quantScaleOptional` the result is quantized on output. The dequantization parameters are tensors, for the per-tensor, per-channel and per-group modes (the group size of per-group is `antiquantGroupSize`).',
  },
  prototypes: [
    {
      name: 'aclnnWeightQuantBatchMatmulV2GetWorkspaceSize',
      declaration: [
        'aclnnStatus aclnnWeightQuantBatchMatmulV2GetWorkspaceSize(',
        '    const aclTensor *x, const aclTensor *weight, const aclTensor *antiquantScale,',
        '    const aclTensor *antiquantOffsetOptional, const aclTensor *quantScaleOptional,',
        '    const aclTensor *quantOffsetOptional, const aclTensor *biasOptional, int antiquantGroupSize,',
        '    const aclTensor *y, uint64_t *workspaceSize, aclOpExecutor **executor)',
      ].join('\n'),
    },
    {
      name: 'aclnnWeightQuantBatchMatmulV2',
      declaration:
        'aclnnStatus aclnnWeightQuantBatchMatmulV2(void *workspace, uint64_t workspaceSize, aclOpExecutor *executor,\n    aclrtStream stream)',
    },
  ],
  parameters: [
    W.xRow([{source: 'wqbmm-v2-doc', lines: [111, 120], hash: '58eaf5c5909d0e74'}], {
      dtypes: ['FLOAT16', 'BFLOAT16'],
      formats: ['ND'],
      dims: W.matrixDims('(m, k)'),
      nonContiguous: 'transpose-only',
    }),
    W.weightRow([{source: 'wqbmm-v2-doc', lines: [121, 130], hash: '9495c9682d5b0dd0'}, foot], {
      dtypes: ['INT8', 'INT4', 'FLOAT8_E4M3FN', 'HIFLOAT8', 'INT32', 'FLOAT32', 'FLOAT4_E2M1'],
      formats: ['ND', 'FRACTAL_NZ'],
      dims: W.matrixDims('(k, n)'),
      nonContiguous: 'transpose-only',
      rules: [notA2A3],
    }),
    W.antiquantScaleRow([{source: 'wqbmm-v2-doc', lines: [131, 140], hash: 'daa8a7b09868c9b5'}, foot], {
      dtypes: ['FLOAT16', 'BFLOAT16', 'FLOAT8_E8M0', 'UINT64', 'INT64'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–2', en: '1–2'},
      nonContiguous: 'transpose-only',
      rules: [not950, notA2A3],
    }),
    W.antiquantOffsetRow([{source: 'wqbmm-v2-doc', lines: [141, 150], hash: 'f63aa82a4b6abd85'}, foot], {
      dtypes: ['FLOAT16', 'BFLOAT16', 'INT32'],
      formats: ['ND'],
      dims: {'zh-Hans': '与 `antiquantScale` 相同', en: 'as `antiquantScale`'},
      nonContiguous: 'transpose-only',
    }),
    W.quantScaleRow([{source: 'wqbmm-v2-doc', lines: [151, 160], hash: 'f306af01bda6664a'}, foot], {
      dtypes: ['UINT64'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–2', en: '1–2'},
      nonContiguous: 'unsupported',
    }),
    W.quantOffsetRow([{source: 'wqbmm-v2-doc', lines: [161, 170], hash: '8279a5d1ec9256da'}, foot], {
      dtypes: ['FLOAT32'],
      formats: ['ND'],
      dims: {'zh-Hans': '与 `quantScaleOptional` 相同', en: 'as `quantScaleOptional`'},
      nonContiguous: 'unspecified',
    }),
    W.biasRow([{source: 'wqbmm-v2-doc', lines: [171, 180], hash: '5cd199b29695ada1'}, foot], {
      dtypes: ['FLOAT16', 'FLOAT32', 'BFLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–2', en: '1–2'},
      nonContiguous: 'unspecified',
    }),
    W.groupSizeRow(
      [{source: 'wqbmm-v2-doc', lines: [181, 190], hash: '4e29a8bd3d75f752'}],
      [
        {
          'zh-Hans': '非 per-group / MX 模式传 0；per-group 模式取 [32, k-1] 内 32 的倍数；MX 模式只能为 32。',
          en: '0 outside the per-group and MX modes; per-group: a multiple of 32 in [32, k-1]; MX: 32 only.',
        },
      ],
    ),
    W.yRow([{source: 'wqbmm-v2-doc', lines: [191, 200], hash: 'fac5601b55d9158a'}, foot], {
      dtypes: ['FLOAT16', 'BFLOAT16', 'INT8'],
      formats: ['ND'],
      dims: {'zh-Hans': '2', en: '2'},
      nonContiguous: 'unspecified',
    }),
    ...workspaceOutputs(
      [{source: 'wqbmm-v2-doc', lines: [201, 210], hash: 'db22d283b4e7b474'}],
      [{source: 'wqbmm-v2-doc', lines: [211, 220], hash: 'ffbc419611c818e1'}],
    ),
  ],
  executeParameters: executeParameters(
    'aclnnWeightQuantBatchMatmulV2GetWorkspaceSize',
    [
      [{source: 'wqbmm-v2-doc', lines: [330, 334], hash: '9248fe50738bc00a'}],
      [{source: 'wqbmm-v2-doc', lines: [335, 339], hash: '38d2d7ed0c3f4e0a'}],
      [{source: 'wqbmm-v2-doc', lines: [340, 344], hash: '2d822a53c5935644'}],
      [{source: 'wqbmm-v2-doc', lines: [345, 349], hash: 'c862d61792d060b9'}],
    ],
    'aclrtStream',
  ),
  products: [
    product('ascend-950pr-950dt', true, [{source: 'wqbmm-v2-doc', lines: [8, 8], hash: '86b3c3130086e271'}]),
    product('atlas-a3', true, [{source: 'wqbmm-v2-doc', lines: [11, 11], hash: '3af087123457e4cb'}]),
    product('atlas-a2', true, [{source: 'wqbmm-v2-doc', lines: [14, 14], hash: '25c06939e4f55a18'}]),
    product('atlas-200i-500-a2', false, [{source: 'wqbmm-v2-doc', lines: [17, 17], hash: 'd971e8f882f00a28'}]),
    product('atlas-inference', true, [{source: 'wqbmm-v2-doc', lines: [20, 20], hash: '3904cf2a76ea46b6'}]),
    product('atlas-training', false, [{source: 'wqbmm-v2-doc', lines: [23, 23], hash: '2592db9be7fedb61'}]),
  ],
  firstRelease: null,
  facts: [
    {
      id: 'over-v1',
      kind: 'adds',
      relatesTo: 'aclnnWeightQuantBatchMatmul',
      text: {
        'zh-Hans':
          '与 V1（`aclnnWeightQuantBatchMatmul`）的原型相比：反量化参数 `antiquantScale` / `antiquantOffsetOptional` 由 float 标量变为张量（可 per-channel、per-group，新增 `antiquantGroupSize`），新增输出量化参数 `quantScaleOptional` / `quantOffsetOptional`；去掉了 V1 的 `diagonalMatrix`、`deqOffset`、`deqScale`、`addOffset`、`mulScale` 与 `transposeX1` / `transposeX2`（转置改由非连续的转置视图表达）。',
        en: "Compared with the prototype of V1 (`aclnnWeightQuantBatchMatmul`): the dequantization parameters `antiquantScale` / `antiquantOffsetOptional` become tensors instead of float scalars (per-channel and per-group possible, with the new `antiquantGroupSize`), and the output-quantization parameters `quantScaleOptional` / `quantOffsetOptional` are new; V1's `diagonalMatrix`, `deqOffset`, `deqScale`, `addOffset`, `mulScale` and `transposeX1` / `transposeX2` are gone (a transpose is expressed as a non-contiguous transposed view).",
      },
      provenance: ['doc'],
      sources: [
        {source: 'wqbmm-v2-doc', lines: [61, 72], hash: '7e65c4c357e89e18'},
        {source: 'wqbmm-v2-doc', lines: [111, 130], hash: '3b9c073fda69b5a3'},
        {source: 'wqbmm-doc', lines: [40, 55], hash: '597fa776655cb849'},
      ],
    },
    {
      id: 'formula',
      kind: 'produces',
      text: {
        'zh-Hans':
          'y = x @ ANTIQUANT(weight) + bias，ANTIQUANT(weight) = (weight + antiquantOffset) × antiquantScale；需要输出量化时 y = (x @ ANTIQUANT(weight) + bias) × quantScale + quantOffset。',
        en: 'y = x @ ANTIQUANT(weight) + bias with ANTIQUANT(weight) = (weight + antiquantOffset) × antiquantScale; with output quantization y = (x @ ANTIQUANT(weight) + bias) × quantScale + quantOffset.',
      },
      provenance: ['doc'],
      sources: [{source: 'wqbmm-v2-doc', lines: [31, 54], hash: '4a0d0d4171c5c171'}],
    },
    {
      id: 'quant-scale-from-tqp',
      kind: 'note',
      relatesTo: 'aclnnTransQuantParam',
      text: {
        'zh-Hans': '`quantScaleOptional` 由 `quantScale` 与 `quantOffset` 经 `aclnnTransQuantParam` 转换得到。',
        en: '`quantScaleOptional` is `quantScale` and `quantOffset` converted with `aclnnTransQuantParam`.',
      },
      provenance: ['doc'],
      sources: [{source: 'wqbmm-v2-doc', lines: [151, 160], hash: 'f306af01bda6664a'}],
    },
    {
      id: 'nz-weight',
      kind: 'note',
      relatesTo: 'aclnnTransMatmulWeight',
      text: {
        'zh-Hans':
          'Atlas 推理系列产品上，FRACTAL_NZ 格式的 `weight` 需配合 `aclnnCalculateMatmulWeightSizeV2` 与 `aclnnTransMatmulWeight` 从 ND 转换得到。',
        en: 'On Atlas inference products a FRACTAL_NZ `weight` is converted from ND with `aclnnCalculateMatmulWeightSizeV2` and `aclnnTransMatmulWeight`.',
      },
      provenance: ['doc'],
      sources: [{source: 'wqbmm-v2-doc', lines: [409, 409], hash: '2a481a61ec287a28'}],
    },
  ],
} satisfies ApiSpecInput;

export default spec;
