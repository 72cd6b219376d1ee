/**
 * aclnnCalculateMatmulWeightSizeV2 — companion API spec (ApiSpecSchema, ../schema.ts). Data only.
 * Read from ops-math `conversion/trans_data/` (sources `cmws-v2-doc`, `tmw-header`). Paraphrased, cited.
 */
import type {ApiSpecInput} from '../schema';
import {product} from './common';

const spec = {
  id: 'aclnnCalculateMatmulWeightSizeV2',
  kind: 'companion',
  family: null,
  header: 'aclnnop/aclnn_trans_matmul_weight.h',
  summary: {
    'zh-Hans':
      '计算一个 ND 格式的 matmul 权重转换为 FRACTAL_NZ 后需要多少个元素，用于在 `aclnnTransMatmulWeight` 之前申请足够的 Device 内存。',
    en: 'Computes how many elements an ND matmul weight occupies once converted to FRACTAL_NZ, so that enough device memory is allocated before `aclnnTransMatmulWeight`.',
  },
  description: {
    'zh-Hans':
      '单个 Host 函数（不启动任何 Device 任务）：根据权重 shape 与数据类型，把最后两维分别向上对齐（FLOAT16 / BFLOAT16 均对齐到 16；INT8 为 16 与 32），返回对齐后的元素个数。',
    en: 'A single host function (it launches no device work): from the weight shape and data type it aligns the last two dimensions upwards (FLOAT16 / BFLOAT16: both to 16; INT8: to 16 and 32) and returns the aligned element count.',
  },
  prototypes: [
    {
      name: 'aclnnCalculateMatmulWeightSizeV2',
      declaration:
        'aclnnStatus aclnnCalculateMatmulWeightSizeV2(const aclIntArray *tensorShape, aclDataType dataType,\n    uint64_t *weightTensorSize)',
    },
  ],
  parameters: [
    {
      name: 'tensorShape',
      cType: 'const aclIntArray *',
      direction: 'in',
      meaning: {
        'zh-Hans': '该次 matmul 载入的权重矩阵的 shape（公式中的 Shapesize），INT64 数组。',
        en: 'The shape of the weight matrix the matmul loads (Shapesize in the formula), an INT64 array.',
      },
      rules: [
        {
          'zh-Hans': '2–6 维：(batch…, n, k)，batch 部分可为 0–4 维；不支持空数组。',
          en: '2 to 6 dimensions: (batch…, n, k), with 0 to 4 batch dimensions; an empty array is not accepted.',
        },
      ],
      valueType: 'aclIntArray*',
      provenance: ['doc'],
      sources: [{source: 'cmws-v2-doc', lines: [85, 94], hash: '59b00d077c50a1a5'}],
    },
    {
      name: 'dataType',
      cType: 'aclDataType',
      direction: 'in',
      meaning: {'zh-Hans': '权重的数据类型。', en: 'The data type of the weight.'},
      rules: [{'zh-Hans': '支持 FLOAT16、BFLOAT16、INT8。', en: 'FLOAT16, BFLOAT16 or INT8.'}],
      valueType: 'aclDataType',
      provenance: ['doc'],
      sources: [{source: 'cmws-v2-doc', lines: [95, 104], hash: 'bbf3c07bced18880'}],
    },
    {
      name: 'weightTensorSize',
      cType: 'uint64_t *',
      direction: 'out',
      meaning: {
        'zh-Hans': '返回转换为 FRACTAL_NZ 后所占的元素个数（公式中的 result）；单位是元素，不是字节。',
        en: 'Returns the number of elements the FRACTAL_NZ form occupies (result in the formula); the unit is elements, not bytes.',
      },
      valueType: 'uint64_t*',
      provenance: ['doc'],
      sources: [{source: 'cmws-v2-doc', lines: [105, 114], hash: 'e8db80dc202e2e19'}],
    },
  ],
  products: [
    product('ascend-950pr-950dt', true, [{source: 'cmws-v2-doc', lines: [8, 8], hash: '86b3c3130086e271'}]),
    product('atlas-a3', true, [{source: 'cmws-v2-doc', lines: [11, 11], hash: '3af087123457e4cb'}]),
    product('atlas-a2', true, [{source: 'cmws-v2-doc', lines: [14, 14], hash: '25c06939e4f55a18'}]),
    product('atlas-200i-500-a2', false, [{source: 'cmws-v2-doc', lines: [17, 17], hash: 'd971e8f882f00a28'}]),
    product('atlas-inference', true, [{source: 'cmws-v2-doc', lines: [20, 20], hash: '3904cf2a76ea46b6'}]),
    product('atlas-training', false, [{source: 'cmws-v2-doc', lines: [23, 23], hash: '2592db9be7fedb61'}]),
  ],
  firstRelease: {
    release: '8.0.RC2',
    text: {
      'zh-Hans':
        '8.0.RC2 的原始 aclnnQuantMatmulAllReduceV2 页面已引用该接口；8.0.RC2 是本站覆盖的最早版本，更早的版本不在本站范围内。',
      en: 'The original 8.0.RC2 aclnnQuantMatmulAllReduceV2 page already refers to it; 8.0.RC2 is the earliest release this site covers, earlier ones are out of its scope.',
    },
    provenance: ['seed'],
    sources: [{source: 'seed-qmar', lines: [40, 40], hash: 'e985309cce554005'}],
  },
  facts: [
    {
      id: 'aligned-size',
      kind: 'produces',
      text: {
        'zh-Hans':
          '结果为对齐后最后两维的乘积：FLOAT16 / BFLOAT16 为 Align(d0, 16) × Align(d1, 16)，INT8 为 Align(d0, 16) × Align(d1, 32)。文档举例：FLOAT16 的 (510, 510) 得到 262144（按 512 × 512），INT8 的 (510, 270) 得到 147456（按 512 × 288）。',
        en: "The result is the product of the aligned last two dimensions: Align(d0, 16) × Align(d1, 16) for FLOAT16 / BFLOAT16, Align(d0, 16) × Align(d1, 32) for INT8. The docs' examples: FLOAT16 (510, 510) gives 262144 (as 512 × 512), INT8 (510, 270) gives 147456 (as 512 × 288).",
      },
      provenance: ['doc'],
      sources: [
        {source: 'cmws-v2-doc', lines: [28, 36], hash: '3f285e465e46c01c'},
        {source: 'cmws-v2-doc', lines: [38, 48], hash: '07e94386061f9963'},
      ],
    },
    {
      id: 'consumers',
      kind: 'note',
      text: {
        'zh-Hans':
          '头文件注释列出的使用方：`aclnnMatMul`、`aclnnMm`、`aclnnWeightQuantBatchMatmulV2`、`aclnnWeightQuantBatchMatmulV3`、`aclnnQuantMatmulV3` 的权重。',
        en: 'The header comment lists its users: the weights of `aclnnMatMul`, `aclnnMm`, `aclnnWeightQuantBatchMatmulV2`, `aclnnWeightQuantBatchMatmulV3` and `aclnnQuantMatmulV3`.',
      },
      provenance: ['impl'],
      sources: [{source: 'tmw-header', lines: [20, 32], hash: '4f7fed5e093c0536'}],
    },
    {
      id: 'qmar-nz-weight',
      kind: 'usage',
      relatesTo: 'aclnnQuantMatmulAllReduceV2',
      text: {
        'zh-Hans':
          '`aclnnQuantMatmulAllReduceV2`（Atlas A2）：`x2` 使用 FRACTAL_NZ 格式时，先用本接口得到 NZ 数据的元素个数，再用 `aclnnTransMatmulWeight` 把 ND 数据转换为 NZ。',
        en: '`aclnnQuantMatmulAllReduceV2` (Atlas A2): for an `x2` in FRACTAL_NZ format, get the element count of the NZ data with this API, then convert the ND data with `aclnnTransMatmulWeight`.',
      },
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [40, 40], hash: 'e985309cce554005'},
        {source: 'qmar-v2-doc', lines: [228, 228], hash: '609e94ba79a26a50'},
      ],
    },
    {
      id: 'wqbmm-v2-nz-weight',
      kind: 'usage',
      relatesTo: 'aclnnWeightQuantBatchMatmulV2',
      text: {
        'zh-Hans':
          '`aclnnWeightQuantBatchMatmulV2`（Atlas 推理系列产品）：FRACTAL_NZ 格式的 `weight` 由 `aclnnCalculateMatmulWeightSizeV2` 与 `aclnnTransMatmulWeight` 从 ND 转换得到。',
        en: '`aclnnWeightQuantBatchMatmulV2` (Atlas inference products): a FRACTAL_NZ `weight` is converted from ND with `aclnnCalculateMatmulWeightSizeV2` and `aclnnTransMatmulWeight`.',
      },
      provenance: ['doc'],
      sources: [{source: 'wqbmm-v2-doc', lines: [409, 409], hash: '2a481a61ec287a28'}],
    },
    {
      id: 'deterministic',
      kind: 'note',
      text: {'zh-Hans': '默认为确定性实现。', en: 'Deterministic by default.'},
      provenance: ['doc'],
      sources: [{source: 'cmws-v2-doc', lines: [160, 161], hash: '9af9d1b598d7d814'}],
    },
  ],
} satisfies ApiSpecInput;

export default spec;
