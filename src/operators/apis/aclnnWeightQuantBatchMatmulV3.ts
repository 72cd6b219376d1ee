/**
 * aclnnWeightQuantBatchMatmulV3 — family member (ApiSpecSchema, ../schema.ts), the documented
 * replacement of aclnnWeightQuantBatchMatmul. Data only. Read from ops-nn
 * `matmul/weight_quant_batch_matmul_v2/docs/aclnnWeightQuantBatchMatmulV3.md` (source `wqbmm-v3-doc`).
 */
import type {ApiSpecInput, Citation} from '../schema';
import {executeParameters, product, workspaceOutputs} from './common';
import * as W from './wqbmmRows';

const foot: Citation = {source: 'wqbmm-v3-doc', lines: [244, 255], hash: '190fc50b2a672252'};
const notA2A3 = {
  'zh-Hans':
    'Atlas A2 / A3 不支持 FLOAT8_E4M3FN、HIFLOAT8、FLOAT32、FLOAT4_E2M1、FLOAT8_E8M0 与 BFLOAT16 bias（文档数据类型列角标 2）。',
  en: "Atlas A2 / A3 do not accept FLOAT8_E4M3FN, HIFLOAT8, FLOAT32, FLOAT4_E2M1, FLOAT8_E8M0 or a BFLOAT16 bias (footnote 2 of the doc's dtype column).",
};

const spec = {
  id: 'aclnnWeightQuantBatchMatmulV3',
  kind: 'family-member',
  family: 'weight-quant-batch-matmul',
  header: 'aclnnop/aclnn_weight_quant_batch_matmul_v3.h',
  summary: {
    'zh-Hans':
      '`aclnnWeightQuantBatchMatmulV2` 加上 `innerPrecise`（高精度 / 高性能模式）；是已废弃的 `aclnnWeightQuantBatchMatmul` 的文档指定替代接口。',
    en: '`aclnnWeightQuantBatchMatmulV2` plus `innerPrecise` (high-precision or high-performance mode); the documented replacement of the deprecated `aclnnWeightQuantBatchMatmul`.',
  },
  description: {
    'zh-Hans':
      '计算 y = x @ ANTIQUANT(weight) + bias，ANTIQUANT(weight) = (weight + antiquantOffset) × antiquantScale；传入 `quantScaleOptional` 时对结果做输出量化。参数与 V2 相同，另在 `antiquantGroupSize` 之后增加 `innerPrecise`。',
    en: "Computes y = x @ ANTIQUANT(weight) + bias with ANTIQUANT(weight) = (weight + antiquantOffset) × antiquantScale; with `quantScaleOptional` the result is quantized on output. The parameters are V2's, with `innerPrecise` added after `antiquantGroupSize`.",
  },
  prototypes: [
    {
      name: 'aclnnWeightQuantBatchMatmulV3GetWorkspaceSize',
      declaration: [
        'aclnnStatus aclnnWeightQuantBatchMatmulV3GetWorkspaceSize(',
        '    const aclTensor *x, const aclTensor *weight, const aclTensor *antiquantScale,',
        '    const aclTensor *antiquantOffsetOptional, const aclTensor *quantScaleOptional,',
        '    const aclTensor *quantOffsetOptional, const aclTensor *biasOptional, int antiquantGroupSize,',
        '    int innerPrecise, const aclTensor *y, uint64_t *workspaceSize, aclOpExecutor **executor)',
      ].join('\n'),
    },
    {
      name: 'aclnnWeightQuantBatchMatmulV3',
      declaration:
        'aclnnStatus aclnnWeightQuantBatchMatmulV3(void *workspace, uint64_t workspaceSize, aclOpExecutor *executor,\n    aclrtStream stream)',
    },
  ],
  parameters: [
    W.xRow([{source: 'wqbmm-v3-doc', lines: [111, 120], hash: 'c9820bcbaf13715d'}], {
      dtypes: ['FLOAT16', 'BFLOAT16'],
      formats: ['ND'],
      dims: W.matrixDims('(m, k)'),
      nonContiguous: 'transpose-only',
      rules: [
        {'zh-Hans': 'Reduce 维 k 须与 `weight` 的 k 相等。', en: 'Its reduce dimension k must equal that of `weight`.'},
      ],
    }),
    W.weightRow([{source: 'wqbmm-v3-doc', lines: [121, 130], hash: 'e5e730687c5d718e'}, foot], {
      dtypes: ['INT8', 'INT4', 'INT32', 'FLOAT8_E4M3FN', 'HIFLOAT8', 'FLOAT32', 'FLOAT4_E2M1'],
      formats: ['ND', 'FRACTAL_NZ'],
      dims: W.matrixDims('(k, n)'),
      nonContiguous: 'transpose-only',
      rules: [notA2A3],
    }),
    W.antiquantScaleRow([{source: 'wqbmm-v3-doc', lines: [131, 146], hash: 'e4d2131d957281a2'}, foot], {
      dtypes: ['FLOAT16', 'BFLOAT16', 'UINT64', 'INT64', 'FLOAT8_E8M0'],
      formats: ['ND'],
      dims: {
        'zh-Hans': 'per-tensor：(1,) 或 (1, 1)；per-channel：(1, n) 或 (n,)；per-group：(ceil(k / groupSize), n)',
        en: 'per-tensor: (1,) or (1, 1); per-channel: (1, n) or (n,); per-group: (ceil(k / groupSize), n)',
      },
      nonContiguous: 'transpose-only',
      rules: [
        {
          'zh-Hans': 'FLOAT16 / BFLOAT16 时须与 `x` 的数据类型相同。',
          en: 'As FLOAT16 / BFLOAT16 it must match the dtype of `x`.',
        },
        {
          'zh-Hans':
            'UINT64 / INT64 时：`x` 只能是 FLOAT16 且不转置，`weight` 只能是 INT8（ND，转置），只支持 per-channel，`quantScaleOptional` 与 `quantOffsetOptional` 必须为空，m 在 [1, 96] 内，k 与 n 按 64 对齐；先用 `aclnnCast` 把 FLOAT16 转为 FLOAT32，再用 `aclnnTransQuantParamV2` 转为 UINT64。Ascend 950PR/950DT 不支持这两种类型（角标 1）。',
          en: 'As UINT64 / INT64: `x` must be FLOAT16 and not transposed, `weight` INT8 (ND, transposed), per-channel only, `quantScaleOptional` and `quantOffsetOptional` null, m in [1, 96], k and n multiples of 64; convert FLOAT16 to FLOAT32 with `aclnnCast`, then to UINT64 with `aclnnTransQuantParamV2`. Ascend 950PR/950DT do not accept these two types (footnote 1).',
        },
      ],
    }),
    W.antiquantOffsetRow([{source: 'wqbmm-v3-doc', lines: [147, 156], hash: 'bbba9ea6f92590ae'}, foot], {
      dtypes: ['FLOAT16', 'BFLOAT16', 'INT32'],
      formats: ['ND'],
      dims: {'zh-Hans': '与 `antiquantScale` 相同', en: 'as `antiquantScale`'},
      nonContiguous: 'transpose-only',
      rules: [
        {
          'zh-Hans':
            'INT32 时取值在 [-128, 127]，且 `x` 为 FLOAT16、`weight` 为 INT8、`antiquantScale` 为 UINT64 / INT64。',
          en: 'As INT32 its values lie in [-128, 127], with a FLOAT16 `x`, an INT8 `weight` and a UINT64 / INT64 `antiquantScale`.',
        },
      ],
    }),
    W.quantScaleRow([{source: 'wqbmm-v3-doc', lines: [157, 170], hash: '72c78e14e8367d1e'}, foot], {
      dtypes: ['UINT64'],
      formats: ['ND'],
      dims: {
        'zh-Hans': 'per-tensor：(1,) 或 (1, 1)；per-channel：(1, n) 或 (n,)',
        en: 'per-tensor: (1,) or (1, 1); per-channel: (1, n) or (n,)',
      },
      nonContiguous: 'unspecified',
    }),
    W.quantOffsetRow([{source: 'wqbmm-v3-doc', lines: [171, 180], hash: '2d3cf789921df3d3'}, foot], {
      dtypes: ['FLOAT32'],
      formats: ['ND'],
      dims: {'zh-Hans': '与 `quantScaleOptional` 相同', en: 'as `quantScaleOptional`'},
      nonContiguous: 'unspecified',
    }),
    W.biasRow([{source: 'wqbmm-v3-doc', lines: [181, 190], hash: '22bb4a5352f64f7d'}, foot], {
      dtypes: ['FLOAT32', 'FLOAT16', 'BFLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–2', en: '1–2'},
      nonContiguous: 'unspecified',
      rules: [
        {
          'zh-Hans': '`x` 为 BFLOAT16 时为 BFLOAT16 或 FLOAT32；`x` 为 FLOAT16 时为 FLOAT16。',
          en: 'BFLOAT16 or FLOAT32 for a BFLOAT16 `x`; FLOAT16 for a FLOAT16 `x`.',
        },
      ],
    }),
    W.groupSizeRow(
      [{source: 'wqbmm-v3-doc', lines: [191, 200], hash: 'a077e3e41af28f6c'}],
      [
        {
          'zh-Hans': '非 per-group 模式传 0；per-group 模式取 [32, k-1] 内 32 的倍数。',
          en: '0 outside the per-group mode; per-group: a multiple of 32 in [32, k-1].',
        },
      ],
    ),
    {
      name: 'innerPrecise',
      cType: 'int',
      direction: 'in',
      meaning: {
        'zh-Hans': '计算模式：高精度或高性能（只能为 0 或 1）。',
        en: 'The computation mode: high precision or high performance (0 or 1 only).',
      },
      rules: [
        {
          'zh-Hans':
            'A16W4 per-group 且 batchSize ≤ 16 时可设为 1 并把 `weight` 设为 FRACTAL_NZ 以提升性能；其他场景建议传 0。',
          en: 'For A16W4 per-group with batchSize ≤ 16 it may be 1, with `weight` in FRACTAL_NZ, for speed; elsewhere pass 0.',
        },
      ],
      valueType: 'int',
      provenance: ['doc'],
      sources: [{source: 'wqbmm-v3-doc', lines: [201, 210], hash: 'ff223a4c7168c895'}],
    },
    W.yRow([{source: 'wqbmm-v3-doc', lines: [211, 220], hash: 'a03a6f8300b73fe9'}, foot], {
      dtypes: ['INT8', 'FLOAT16', 'BFLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '2', en: '2'},
      nonContiguous: 'unspecified',
      rules: [
        {
          'zh-Hans': '传入 `quantScaleOptional` 时为 INT8；否则为 FLOAT16 或 BFLOAT16，且与 `x` 相同。',
          en: 'INT8 with `quantScaleOptional`; otherwise FLOAT16 or BFLOAT16, the dtype of `x`.',
        },
      ],
    }),
    ...workspaceOutputs(
      [{source: 'wqbmm-v3-doc', lines: [221, 230], hash: '60ec24acc828bfb7'}],
      [{source: 'wqbmm-v3-doc', lines: [231, 240], hash: '950ee313a4f2f356'}],
    ),
  ],
  executeParameters: executeParameters(
    'aclnnWeightQuantBatchMatmulV3GetWorkspaceSize',
    [
      [{source: 'wqbmm-v3-doc', lines: [342, 346], hash: '9248fe50738bc00a'}],
      [{source: 'wqbmm-v3-doc', lines: [347, 351], hash: '103f3871d9616eee'}],
      [{source: 'wqbmm-v3-doc', lines: [352, 356], hash: '2d822a53c5935644'}],
      [{source: 'wqbmm-v3-doc', lines: [357, 361], hash: 'c862d61792d060b9'}],
    ],
    'aclrtStream',
  ),
  products: [
    product('ascend-950pr-950dt', true, [{source: 'wqbmm-v3-doc', lines: [6, 6], hash: '86b3c3130086e271'}]),
    product('atlas-a3', true, [{source: 'wqbmm-v3-doc', lines: [9, 9], hash: '3af087123457e4cb'}]),
    product('atlas-a2', true, [{source: 'wqbmm-v3-doc', lines: [12, 12], hash: '25c06939e4f55a18'}]),
    product('atlas-200i-500-a2', false, [{source: 'wqbmm-v3-doc', lines: [15, 15], hash: 'd971e8f882f00a28'}]),
    product('atlas-inference', false, [{source: 'wqbmm-v3-doc', lines: [18, 18], hash: '7cbe5a006e5708ac'}]),
    product('atlas-training', false, [{source: 'wqbmm-v3-doc', lines: [21, 21], hash: '2592db9be7fedb61'}]),
  ],
  firstRelease: null,
  facts: [
    {
      id: 'inner-precise',
      kind: 'adds',
      relatesTo: 'aclnnWeightQuantBatchMatmulV2',
      text: {
        'zh-Hans':
          '相对 `aclnnWeightQuantBatchMatmulV2` 新增 `innerPrecise`，用于选择高精度或高性能计算模式；A16W4 per-group 且 batchSize ≤ 16 时可设为 1 提升性能。',
        en: 'Adds `innerPrecise` over `aclnnWeightQuantBatchMatmulV2`, selecting the high-precision or high-performance mode; for A16W4 per-group with batchSize ≤ 16 it can be 1 for speed.',
      },
      provenance: ['doc'],
      sources: [{source: 'wqbmm-v3-doc', lines: [26, 28], hash: '7ace963e8c7ea826'}],
    },
    {
      id: 'formula',
      kind: 'produces',
      text: {
        'zh-Hans':
          'y = x @ ANTIQUANT(weight) + bias，ANTIQUANT(weight) = (weight + antiquantOffset) × antiquantScale；传入 `quantScaleOptional` 时 y = (x @ ANTIQUANT(weight) + bias) × quantScale + quantOffset，否则直接输出。',
        en: 'y = x @ ANTIQUANT(weight) + bias with ANTIQUANT(weight) = (weight + antiquantOffset) × antiquantScale; with `quantScaleOptional`, y = (x @ ANTIQUANT(weight) + bias) × quantScale + quantOffset, otherwise the product is output directly.',
      },
      provenance: ['doc'],
      sources: [{source: 'wqbmm-v3-doc', lines: [31, 54], hash: '6901723788b48d1b'}],
    },
    {
      id: 'replaces-v1',
      kind: 'note',
      relatesTo: 'aclnnWeightQuantBatchMatmul',
      text: {
        'zh-Hans': '`aclnnWeightQuantBatchMatmul` 的文档说明该接口将被废弃，请改用本接口。',
        en: 'The documentation of `aclnnWeightQuantBatchMatmul` says that API will be deprecated and points to this one instead.',
      },
      provenance: ['doc'],
      sources: [{source: 'wqbmm-doc', lines: [3, 3], hash: '2b453015405c1703'}],
    },
    {
      id: 'uint64-scale-from-tqp-v2',
      kind: 'note',
      relatesTo: 'aclnnTransQuantParamV2',
      text: {
        'zh-Hans':
          'UINT64 / INT64 的 `antiquantScale` 由 `aclnnCast`（FLOAT16 → FLOAT32）与 `aclnnTransQuantParamV2`（FLOAT32 → UINT64）得到。',
        en: 'A UINT64 / INT64 `antiquantScale` is produced with `aclnnCast` (FLOAT16 → FLOAT32) followed by `aclnnTransQuantParamV2` (FLOAT32 → UINT64).',
      },
      provenance: ['doc'],
      sources: [{source: 'wqbmm-v3-doc', lines: [131, 146], hash: 'e4d2131d957281a2'}],
    },
  ],
} satisfies ApiSpecInput;

export default spec;
