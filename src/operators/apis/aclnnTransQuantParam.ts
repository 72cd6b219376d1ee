/**
 * aclnnTransQuantParam — companion API spec (ApiSpecSchema, ../schema.ts). Data only.
 * Read from ops-nn `quant/trans_quant_param/` (sources `tqp-doc`, `tqp-api`). Paraphrased, cited.
 */
import type {ApiSpecInput} from '../schema';
import {product} from './common';

const spec = {
  id: 'aclnnTransQuantParam',
  kind: 'companion',
  family: null,
  header: 'aclnnop/aclnn_trans_quant_param.h',
  summary: {
    'zh-Hans': '在 Host 上把 FLOAT32 缩放系数（及可选偏移）数组编码为 UINT64 数组；结果数组由接口分配、调用方释放。',
    en: 'Encodes an array of FLOAT32 scales (and optional offsets) into a UINT64 array on the host; the result array is allocated by the API and released by the caller.',
  },
  description: {
    'zh-Hans':
      '单个函数（不是两段式接口，不需要 Stream）：读取 Host 内存中的 `scaleArray` 与可选的 `offsetArray`，分配一个 UINT64 数组并按与 `aclnnTransQuantParamV2` 相同的位布局写入编码结果，通过 `quantParam` 与 `quantParamSize` 返回。',
    en: 'A single function (not a two-phase API, no stream): it reads `scaleArray` and the optional `offsetArray` from host memory, allocates a UINT64 array, writes the encoded words in the same bit layout as `aclnnTransQuantParamV2`, and returns the array through `quantParam` and its length through `quantParamSize`.',
  },
  prototypes: [
    {
      name: 'aclnnTransQuantParam',
      declaration: [
        'aclnnStatus aclnnTransQuantParam(',
        '    const float *scaleArray, uint64_t scaleSize, const float *offsetArray,',
        '    uint64_t offsetSize, uint64_t **quantParam, uint64_t *quantParamSize)',
      ].join('\n'),
    },
  ],
  parameters: [
    {
      name: 'scaleArray',
      cType: 'const float *',
      direction: 'in',
      meaning: {
        'zh-Hans': '指向 Host 上 FLOAT32 缩放系数的指针（公式中的 `scale`）。',
        en: 'Pointer to the FLOAT32 scales in host memory (`scale` in the formula).',
      },
      rules: [
        {
          'zh-Hans': '调用方需保证其中没有非数值或无穷大的值。',
          en: 'The caller must ensure it holds no not-a-number or infinite values.',
        },
      ],
      valueType: 'float*',
      provenance: ['doc'],
      sources: [{source: 'tqp-doc', lines: [90, 99], hash: '4a3d61a5c3f76c14'}],
    },
    {
      name: 'scaleSize',
      cType: 'uint64_t',
      direction: 'in',
      meaning: {'zh-Hans': '`scaleArray` 中的元素个数。', en: 'The number of elements of `scaleArray`.'},
      rules: [
        {
          'zh-Hans': '调用方需保证它等于 `scaleArray` 的实际元素个数；`scaleArray` 非空时须 ≥ 1。',
          en: 'The caller must make it equal the actual number of elements of `scaleArray`; at least 1 when `scaleArray` is not null.',
        },
      ],
      valueType: 'uint64_t',
      provenance: ['doc'],
      sources: [
        {source: 'tqp-doc', lines: [100, 109], hash: 'a562ed43c3be47f4'},
        {source: 'tqp-doc', lines: [172, 198], hash: '6e610f254eef3ff9'},
      ],
    },
    {
      name: 'offsetArray',
      cType: 'const float *',
      direction: 'in',
      optional: true,
      meaning: {
        'zh-Hans': '指向 Host 上 FLOAT32 偏移的指针（公式中的 `offset`）；不需要时传空指针。',
        en: 'Pointer to the FLOAT32 offsets in host memory (`offset` in the formula); null when not needed.',
      },
      rules: [
        {
          'zh-Hans': '调用方需保证其中没有非数值或无穷大的值。',
          en: 'The caller must ensure it holds no not-a-number or infinite values.',
        },
      ],
      valueType: 'float*',
      provenance: ['doc'],
      sources: [{source: 'tqp-doc', lines: [110, 119], hash: '4fc59f8282f71e4d'}],
    },
    {
      name: 'offsetSize',
      cType: 'uint64_t',
      direction: 'in',
      meaning: {'zh-Hans': '`offsetArray` 中的元素个数。', en: 'The number of elements of `offsetArray`.'},
      rules: [
        {
          'zh-Hans': '`offsetArray` 非空时须 ≥ 1；`offsetArray` 为空指针时须为 0。',
          en: 'At least 1 when `offsetArray` is not null; 0 when `offsetArray` is null.',
        },
      ],
      valueType: 'uint64_t',
      provenance: ['doc'],
      sources: [
        {source: 'tqp-doc', lines: [120, 129], hash: 'eb39e7a55fa77eb6'},
        {source: 'tqp-doc', lines: [172, 198], hash: '6e610f254eef3ff9'},
      ],
    },
    {
      name: 'quantParam',
      cType: 'uint64_t **',
      direction: 'out',
      meaning: {
        'zh-Hans': '返回指向编码结果数组的指针（公式中的 `out`）。',
        en: 'Returns a pointer to the array of encoded words (`out` in the formula).',
      },
      rules: [
        {
          'zh-Hans': '数组由接口在 Host 上以 `calloc` 分配，调用方用完后以 `free` 释放（厂商示例即如此）。',
          en: 'The API allocates the array on the host with `calloc`; the caller releases it with `free` when done (as the vendor sample does).',
        },
      ],
      valueType: 'uint64_t**',
      provenance: ['doc', 'impl'],
      sources: [
        {source: 'tqp-doc', lines: [130, 139], hash: '5d4acf15abf4c1c1'},
        {source: 'tqp-api', lines: [71, 79], hash: 'c54a38762509ac6f'},
      ],
    },
    {
      name: 'quantParamSize',
      cType: 'uint64_t *',
      direction: 'out',
      meaning: {'zh-Hans': '返回结果数组的元素个数。', en: 'Returns the number of elements of the result array.'},
      valueType: 'uint64_t*',
      provenance: ['doc'],
      sources: [{source: 'tqp-doc', lines: [140, 149], hash: 'ac2203e8037ac7e4'}],
    },
  ],
  products: [
    product('ascend-950pr-950dt', true, [{source: 'tqp-doc', lines: [8, 8], hash: '86b3c3130086e271'}]),
    product('atlas-a3', true, [{source: 'tqp-doc', lines: [11, 11], hash: '3af087123457e4cb'}]),
    product('atlas-a2', true, [{source: 'tqp-doc', lines: [14, 14], hash: '25c06939e4f55a18'}]),
    product('atlas-200i-500-a2', false, [{source: 'tqp-doc', lines: [17, 17], hash: 'd971e8f882f00a28'}]),
    product('atlas-inference', false, [{source: 'tqp-doc', lines: [20, 20], hash: '7cbe5a006e5708ac'}]),
    product('atlas-training', false, [{source: 'tqp-doc', lines: [23, 23], hash: '2592db9be7fedb61'}]),
  ],
  firstRelease: {
    release: '8.0.RC2',
    text: {
      'zh-Hans':
        '8.0.RC2 的原始 aclnnWeightQuantBatchMatmul 页面已引用该接口；8.0.RC2 是本站覆盖的最早版本，更早的版本不在本站范围内。',
      en: 'The original 8.0.RC2 aclnnWeightQuantBatchMatmul page already refers to it; 8.0.RC2 is the earliest release this site covers, earlier ones are out of its scope.',
    },
    provenance: ['seed'],
    sources: [{source: 'seed-wqbmm', lines: [24, 24], hash: 'a7e3be932689774a'}],
  },
  facts: [
    {
      id: 'encoding',
      kind: 'produces',
      text: {
        'zh-Hans':
          '每个结果字从 0 开始：`scale` 的 FLOAT32 位模式与 `0xFFFFE000` 相与（保留高 19 位）放入低 32 位，并把第 46 位置 1；有偏移时，偏移先四舍五入取整并截断到 [-256, 255]，其低 9 位写入第 37–45 位。',
        en: 'Each result word starts at 0: the FLOAT32 bit pattern of `scale` ANDed with `0xFFFFE000` (its top 19 bits) goes into the low 32 bits and bit 46 is set; with offsets, each offset is rounded, clamped to [-256, 255], and its low 9 bits are written to bits 37–45.',
      },
      provenance: ['doc'],
      sources: [{source: 'tqp-doc', lines: [28, 50], hash: 'baa1750c05993cf5'}],
    },
    {
      id: 'result-length',
      kind: 'produces',
      text: {
        'zh-Hans':
          '开源代码中，结果长度取 `scaleSize` 与 `offsetSize` 的较大者，不为 1 时向上补齐到 16 的倍数（补齐部分为 0），因此 `quantParamSize` 可能大于输入个数。',
        en: 'In the open-source code the result length is the larger of `scaleSize` and `offsetSize`, rounded up to a multiple of 16 unless it is 1 (the padding is zero), so `quantParamSize` can exceed the number of inputs.',
      },
      provenance: ['impl'],
      sources: [{source: 'tqp-api', lines: [71, 79], hash: 'c54a38762509ac6f'}],
    },
    {
      id: 'wqbmm-deq-scale',
      kind: 'usage',
      relatesTo: 'aclnnWeightQuantBatchMatmul',
      text: {
        'zh-Hans':
          '`aclnnWeightQuantBatchMatmul`（m ≤ 64 路径）：文档说明 UINT64 的 `deqScale` 由本接口计算得到；本站的 m ≤ 64 示例用它编码 `mulScale` 与 `antiquantScale` 的乘积。',
        en: "`aclnnWeightQuantBatchMatmul` (m ≤ 64 path): the docs say the UINT64 `deqScale` is computed by this API; this site's m ≤ 64 sample encodes the product of `mulScale` and `antiquantScale` with it.",
      },
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [24, 24], hash: 'a7e3be932689774a'},
        {source: 'wqbmm-doc', lines: [135, 135], hash: '11d24bd9fce26c8d'},
      ],
    },
    {
      id: 'wqbmm-v2-v3-quant-scale',
      kind: 'usage',
      relatesTo: 'aclnnWeightQuantBatchMatmulV3',
      text: {
        'zh-Hans':
          '`aclnnWeightQuantBatchMatmulV2` / `V3`：输出量化参数 `quantScaleOptional` 由 `quantScale` 与 `quantOffset` 经本接口转换得到。',
        en: '`aclnnWeightQuantBatchMatmulV2` / `V3`: the output-quantization parameter `quantScaleOptional` is `quantScale` and `quantOffset` converted with this API.',
      },
      provenance: ['doc'],
      sources: [
        {source: 'wqbmm-v2-doc', lines: [151, 160], hash: 'f306af01bda6664a'},
        {source: 'wqbmm-v3-doc', lines: [157, 170], hash: '72c78e14e8367d1e'},
      ],
    },
    {
      id: 'deterministic',
      kind: 'note',
      text: {'zh-Hans': '默认为确定性实现。', en: 'Deterministic by default.'},
      provenance: ['doc'],
      sources: [{source: 'tqp-doc', lines: [203, 204], hash: '1b64830ea2eb1b7d'}],
    },
  ],
} satisfies ApiSpecInput;

export default spec;
