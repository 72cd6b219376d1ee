/**
 * The WeightQuantBatchMatmul family (FamilySchema, ../schema.ts): V1 (this site's deprecated
 * aclnnWeightQuantBatchMatmul), V2, V3 and the FRACTAL_NZ variant. The comparison tables are
 * computed from the members' specs; this file holds only what no spec states: the cited decisions
 * and the V1 → V3 parameter mapping. Paraphrased, cited.
 */
import type {Citation, FamilyInput} from '../schema';

const v3Proto: Citation = {source: 'wqbmm-v3-doc', lines: [61, 73], hash: '0c25fd39ee6e61bd'};

const family = {
  id: 'weight-quant-batch-matmul',
  title: {'zh-Hans': 'WeightQuantBatchMatmul 算子族', en: 'The WeightQuantBatchMatmul family'},
  summary: {
    'zh-Hans':
      '伪量化（仅权重量化）矩阵乘的各个版本：V1（已废弃）、V2、V3 与 FRACTAL_NZ 版本，如何选择，以及从 V1 迁移到 V3。',
    en: 'The versions of the weight-only quantized matmul: V1 (deprecated), V2, V3 and the FRACTAL_NZ variant, which one to call, and how to migrate from V1 to V3.',
  },
  members: [
    'aclnnWeightQuantBatchMatmul',
    'aclnnWeightQuantBatchMatmulV2',
    'aclnnWeightQuantBatchMatmulV3',
    'aclnnWeightQuantBatchMatmulNz',
  ],
  decisions: [
    {
      id: 'leaving-v1',
      when: {
        'zh-Hans': '代码仍在调用 `aclnnWeightQuantBatchMatmul`（V1）',
        en: 'Your code still calls `aclnnWeightQuantBatchMatmul` (V1)',
      },
      recommend: 'aclnnWeightQuantBatchMatmulV3',
      because: {
        'zh-Hans': 'V1 的文档与头文件的 deprecated 属性都说明它将被废弃，并指定 V3 作为替代；迁移方法见下文。',
        en: "V1's documentation and the deprecated attribute in its header say it will be deprecated and name V3 as the replacement; see the migration guide below.",
      },
      provenance: ['doc', 'impl'],
      sources: [
        {source: 'wqbmm-doc', lines: [3, 3], hash: '2b453015405c1703'},
        {source: 'wqbmm-header', lines: [24, 28], hash: '4656a6b6130b5347'},
      ],
    },
    {
      id: 'atlas-inference',
      when: {'zh-Hans': '目标是 Atlas 推理系列产品', en: 'You target Atlas inference products'},
      recommend: 'aclnnWeightQuantBatchMatmulV2',
      because: {
        'zh-Hans': 'V2 的文档列出 Atlas 推理系列产品为支持，V3 与 Nz 的文档列为不支持。',
        en: "V2's documentation lists Atlas inference products as supported; the V3 and Nz documentation list them as unsupported.",
      },
      provenance: ['doc'],
      sources: [
        {source: 'wqbmm-v2-doc', lines: [20, 20], hash: '3904cf2a76ea46b6'},
        {source: 'wqbmm-v3-doc', lines: [18, 18], hash: '7cbe5a006e5708ac'},
        {source: 'wqbmm-nz-doc', lines: [18, 18], hash: '7cbe5a006e5708ac'},
      ],
    },
    {
      id: 'a16w4-small-batch',
      when: {
        'zh-Hans': 'A16W4 per-group、batchSize ≤ 16，且看重性能',
        en: 'A16W4 per-group with batchSize ≤ 16, where performance matters',
      },
      recommend: 'aclnnWeightQuantBatchMatmulV3',
      because: {
        'zh-Hans': '只有 V3 有 `innerPrecise`：该场景可设为 1，并把 `weight` 设为 FRACTAL_NZ 格式以提升性能。',
        en: 'Only V3 has `innerPrecise`: in this case it can be 1, with `weight` in FRACTAL_NZ format, for speed.',
      },
      provenance: ['doc'],
      sources: [
        {source: 'wqbmm-v3-doc', lines: [26, 28], hash: '7ace963e8c7ea826'},
        {source: 'wqbmm-v3-doc', lines: [201, 210], hash: 'ff223a4c7168c895'},
      ],
    },
    {
      id: 'nz-on-950',
      when: {
        'zh-Hans': '在 Ascend 950PR/950DT 上，权重已经是 FRACTAL_NZ 格式',
        en: 'On Ascend 950PR/950DT with weights already in FRACTAL_NZ',
      },
      recommend: 'aclnnWeightQuantBatchMatmulNz',
      because: {
        'zh-Hans':
          'Nz 是只接受 FRACTAL_NZ 权重的专用接口，仅支持 Ascend 950PR/950DT，且不做输出量化；需要输出量化时改用 V3（其 `weight` 同样接受 FRACTAL_NZ）。',
        en: 'Nz is the dedicated entry point for FRACTAL_NZ weights, on Ascend 950PR/950DT only, without output quantization; when you need output quantization use V3 (whose `weight` also accepts FRACTAL_NZ).',
      },
      provenance: ['doc'],
      sources: [
        {source: 'wqbmm-nz-doc', lines: [6, 6], hash: '86b3c3130086e271'},
        {source: 'wqbmm-nz-doc', lines: [26, 26], hash: 'd8d6e1d7178c9031'},
        {source: 'wqbmm-nz-doc', lines: [144, 153], hash: '103b9eb725a9d093'},
        {source: 'wqbmm-v3-doc', lines: [121, 130], hash: 'e5e730687c5d718e'},
      ],
    },
    {
      id: 'default',
      when: {
        'zh-Hans': '其他情况（Atlas A2 / A3、Ascend 950 上的新代码）',
        en: 'Anything else (new code on Atlas A2 / A3, Ascend 950)',
      },
      recommend: 'aclnnWeightQuantBatchMatmulV3',
      because: {
        'zh-Hans': 'V3 的参数是 V2 的超集（多一个 `innerPrecise`），也是 V1 文档指定的替代接口。',
        en: "V3's parameters are a superset of V2's (one more, `innerPrecise`), and it is the replacement V1's documentation names.",
      },
      provenance: ['doc'],
      sources: [
        {source: 'wqbmm-v3-doc', lines: [26, 28], hash: '7ace963e8c7ea826'},
        {source: 'wqbmm-doc', lines: [3, 3], hash: '2b453015405c1703'},
      ],
    },
  ],
  migration: {
    from: 'aclnnWeightQuantBatchMatmul',
    to: 'aclnnWeightQuantBatchMatmulV3',
    samples: {before: 'samples/before-v1.cpp', after: 'samples/after-v3.cpp'},
    rows: [
      {
        id: 'x1',
        from: 'x1',
        to: 'x',
        text: {
          'zh-Hans': '同一个左矩阵：V1 为 FLOAT16 二维；V3 还接受 BFLOAT16，同样是二维 (m, k)。',
          en: 'The same left matrix: 2-D FLOAT16 in V1; V3 also accepts BFLOAT16, also 2-D (m, k).',
        },
        provenance: ['doc'],
        sources: [
          {source: 'wqbmm-doc', lines: [92, 101], hash: '1692e20494a55ba2'},
          {source: 'wqbmm-v3-doc', lines: [111, 120], hash: 'c9820bcbaf13715d'},
        ],
      },
      {
        id: 'x2',
        from: 'x2',
        to: 'weight',
        text: {
          'zh-Hans': '同一个 INT8 权重 (k, n)；V3 另接受 INT4 等低比特类型与 FRACTAL_NZ 格式。',
          en: 'The same INT8 weight (k, n); V3 also accepts INT4 and other low-bit types, and the FRACTAL_NZ format.',
        },
        provenance: ['doc'],
        sources: [
          {source: 'wqbmm-doc', lines: [102, 111], hash: '9faa5e2160e4697a'},
          {source: 'wqbmm-v3-doc', lines: [121, 130], hash: 'e5e730687c5d718e'},
        ],
      },
      {
        id: 'diagonal-matrix',
        from: 'diagonalMatrix',
        to: null,
        text: {
          'zh-Hans':
            '无对应参数。V1 的 m ≤ 64（fixpipe）路径所用的 (32, 32) INT8 单位矩阵；V3 的原型中没有随 m 变化的输入，直接删除。',
          en: "No equivalent. The (32, 32) INT8 identity matrix of V1's m ≤ 64 (fixpipe) path; V3's prototype has no m-dependent input: drop it.",
        },
        provenance: ['doc'],
        sources: [{source: 'wqbmm-doc', lines: [112, 121], hash: '890a4dfc47bfe578'}, v3Proto],
      },
      {
        id: 'deq-offset',
        from: 'deqOffset',
        to: null,
        text: {
          'zh-Hans':
            '无对应参数。V1 m ≤ 64 路径的 INT32 偏移（由 `addOffset`、`antiquantOffset`、`antiquantScale` 算出）；在 V3 中改为直接传 `antiquantOffsetOptional`。',
          en: "No equivalent. The INT32 offset of V1's m ≤ 64 path (computed from `addOffset`, `antiquantOffset` and `antiquantScale`); in V3 pass `antiquantOffsetOptional` directly.",
        },
        provenance: ['doc'],
        sources: [{source: 'wqbmm-doc', lines: [122, 131], hash: '4c9be132355482cc'}, v3Proto],
      },
      {
        id: 'deq-scale',
        from: 'deqScale',
        to: null,
        text: {
          'zh-Hans':
            '无对应参数。V1 m ≤ 64 路径的 UINT64 缩放（由 `aclnnTransQuantParam` 编码）；在 V3 中改为直接传 FLOAT16 / BFLOAT16 的 `antiquantScale` 张量，不再需要编码。',
          en: "No equivalent. The UINT64 scale of V1's m ≤ 64 path (encoded with `aclnnTransQuantParam`); in V3 pass a FLOAT16 / BFLOAT16 `antiquantScale` tensor directly, no encoding needed.",
        },
        provenance: ['doc'],
        sources: [
          {source: 'wqbmm-doc', lines: [132, 141], hash: '11d35fa7222ad3c2'},
          {source: 'wqbmm-v3-doc', lines: [131, 146], hash: 'e4d2131d957281a2'},
        ],
      },
      {
        id: 'add-offset',
        from: 'addOffset',
        to: null,
        text: {
          'zh-Hans':
            '`addOffset` 与 `mulScale` 均无对应参数：V1 在反量化后再按列加 `addOffset`、乘 `mulScale`，而 V3 的 ANTIQUANT 只有 (weight + antiquantOffset) × antiquantScale。推断（非厂商表述）：二者可按列折算进 per-channel 参数，antiquantScale′ = antiquantScale × mulScale，antiquantOffset′ = antiquantOffset + addOffset / antiquantScale；V1 在中间结果上按 FLOAT16 舍入，结果可能有末位差异。',
          en: "`addOffset` and `mulScale` have no equivalent: after dequantization V1 adds `addOffset` and multiplies by `mulScale` per column, while V3's ANTIQUANT is only (weight + antiquantOffset) × antiquantScale. Inferred (not a vendor statement): both can be folded per column into per-channel parameters, antiquantScale′ = antiquantScale × mulScale and antiquantOffset′ = antiquantOffset + addOffset / antiquantScale; V1 rounds the intermediate to FLOAT16, so results may differ in the last bit.",
        },
        provenance: ['doc', 'impl', 'inferred'],
        sources: [
          {source: 'wqbmm-doc', lines: [142, 151], hash: '9dfe72091148ba88'},
          {source: 'wqbmm-doc', lines: [152, 161], hash: '291d32c017be8cb4'},
          {source: 'wqbmm-api', lines: [301, 353], hash: '82118a3198cfdbef'},
          {source: 'wqbmm-v3-doc', lines: [37, 39], hash: '67cafacd13652731'},
        ],
      },
      {
        id: 'mul-scale',
        from: 'mulScale',
        to: null,
        text: {
          'zh-Hans': '无对应参数：与 `addOffset` 一样在反量化之后按列生效；折算方法见上一行（推断）。',
          en: 'No equivalent: like `addOffset` it applies per column after dequantization; see the previous row for folding it in (inferred).',
        },
        provenance: ['doc', 'inferred'],
        sources: [
          {source: 'wqbmm-doc', lines: [152, 161], hash: '291d32c017be8cb4'},
          {source: 'wqbmm-v3-doc', lines: [37, 39], hash: '67cafacd13652731'},
        ],
      },
      {
        id: 'bias',
        from: 'bias',
        to: 'biasOptional',
        text: {
          'zh-Hans':
            'V1 的 `bias` 为 FLOAT32（开源代码在计算前把它转为 FLOAT16）；V3 在 `x` 为 FLOAT16 时要求 FLOAT16 的 bias，需在迁移时转换。',
          en: "V1's `bias` is FLOAT32 (the open-source code converts it to FLOAT16 before use); V3 requires a FLOAT16 bias for a FLOAT16 `x`, so convert it when migrating.",
        },
        provenance: ['doc', 'impl'],
        sources: [
          {source: 'wqbmm-doc', lines: [162, 171], hash: '8539efcb334d92ec'},
          {source: 'wqbmm-api', lines: [301, 353], hash: '82118a3198cfdbef'},
          {source: 'wqbmm-v3-doc', lines: [181, 190], hash: '22bb4a5352f64f7d'},
        ],
      },
      {
        id: 'transpose-x1',
        from: 'transposeX1',
        to: null,
        text: {
          'zh-Hans': '无对应参数：V3 的 `x` 接受只做转置的非连续视图，用转置后的 strides 描述张量即可。',
          en: "No parameter: V3's `x` accepts a non-contiguous view that only transposes, so describe the tensor with transposed strides.",
        },
        provenance: ['doc'],
        sources: [
          {source: 'wqbmm-doc', lines: [172, 181], hash: '1d218ebd416d1049'},
          {source: 'wqbmm-v3-doc', lines: [111, 120], hash: 'c9820bcbaf13715d'},
        ],
      },
      {
        id: 'transpose-x2',
        from: 'transposeX2',
        to: null,
        text: {
          'zh-Hans': '无对应参数：V3 的 `weight` 同样接受只做转置的非连续视图。',
          en: "No parameter: V3's `weight` likewise accepts a non-contiguous view that only transposes.",
        },
        provenance: ['doc'],
        sources: [
          {source: 'wqbmm-doc', lines: [182, 191], hash: '557604127299552d'},
          {source: 'wqbmm-v3-doc', lines: [121, 130], hash: 'e5e730687c5d718e'},
        ],
      },
      {
        id: 'antiquant-scale',
        from: 'antiquantScale',
        to: 'antiquantScale',
        text: {
          'zh-Hans':
            'V1 的 float 标量变为张量：per-tensor 时传 shape (1,) 的张量，数据类型与 `x` 相同（FLOAT16 / BFLOAT16）；也可改为 per-channel 的 (n,)。',
          en: "V1's float scalar becomes a tensor: for per-tensor pass a tensor of shape (1,) with the dtype of `x` (FLOAT16 / BFLOAT16); per-channel (n,) is also possible.",
        },
        provenance: ['doc'],
        sources: [
          {source: 'wqbmm-doc', lines: [192, 201], hash: 'd1b25052b3005904'},
          {source: 'wqbmm-v3-doc', lines: [131, 146], hash: 'e4d2131d957281a2'},
        ],
      },
      {
        id: 'antiquant-offset',
        from: 'antiquantOffset',
        to: 'antiquantOffsetOptional',
        text: {
          'zh-Hans':
            'V1 的 float 标量变为可选张量，shape 与 `antiquantScale` 相同、数据类型与 `x` 相同；不需要偏移时传空指针。',
          en: "V1's float scalar becomes an optional tensor with the shape of `antiquantScale` and the dtype of `x`; pass a null pointer when there is no offset.",
        },
        provenance: ['doc'],
        sources: [
          {source: 'wqbmm-doc', lines: [202, 211], hash: 'b4b3a1ed400908c4'},
          {source: 'wqbmm-v3-doc', lines: [147, 156], hash: 'bbba9ea6f92590ae'},
        ],
      },
      {
        id: 'out',
        from: 'out',
        to: 'y',
        text: {
          'zh-Hans': '同一个输出 (m, n)；不做输出量化时 V3 的 `y` 与 `x` 的数据类型相同。',
          en: "The same output (m, n); without output quantization V3's `y` has the dtype of `x`.",
        },
        provenance: ['doc'],
        sources: [
          {source: 'wqbmm-doc', lines: [212, 221], hash: 'a6eaa019009603fc'},
          {source: 'wqbmm-v3-doc', lines: [211, 220], hash: 'a03a6f8300b73fe9'},
        ],
      },
      {
        id: 'group-size',
        from: null,
        to: 'antiquantGroupSize',
        text: {
          'zh-Hans': 'V3 新增：per-tensor / per-channel 时传 0。',
          en: 'New in V3: pass 0 for per-tensor / per-channel.',
        },
        provenance: ['doc'],
        sources: [{source: 'wqbmm-v3-doc', lines: [191, 200], hash: 'a077e3e41af28f6c'}],
      },
      {
        id: 'inner-precise',
        from: null,
        to: 'innerPrecise',
        text: {
          'zh-Hans': 'V3 新增：除 A16W4 per-group 小 batch 场景外建议传 0。',
          en: 'New in V3: pass 0 except for A16W4 per-group with a small batch.',
        },
        provenance: ['doc'],
        sources: [{source: 'wqbmm-v3-doc', lines: [201, 210], hash: 'ff223a4c7168c895'}],
      },
      {
        id: 'quant-scale',
        from: null,
        to: 'quantScaleOptional',
        text: {
          'zh-Hans': 'V3 新增的输出量化参数：V1 没有输出量化，迁移时传空指针。',
          en: 'New in V3, output quantization: V1 has none, so pass a null pointer.',
        },
        provenance: ['doc'],
        sources: [{source: 'wqbmm-v3-doc', lines: [157, 170], hash: '72c78e14e8367d1e'}],
      },
      {
        id: 'quant-offset',
        from: null,
        to: 'quantOffsetOptional',
        text: {
          'zh-Hans': 'V3 新增的输出量化偏移：迁移时传空指针。',
          en: 'New in V3, the output-quantization offset: pass a null pointer.',
        },
        provenance: ['doc'],
        sources: [{source: 'wqbmm-v3-doc', lines: [171, 180], hash: '2d3cf789921df3d3'}],
      },
    ],
  },
} satisfies FamilyInput;

export default family;
