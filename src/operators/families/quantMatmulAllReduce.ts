/**
 * The QuantMatmulAllReduce family (FamilySchema, ../schema.ts): V1 to V5. Data only: the members'
 * prototypes, parameters, products and (for the related-API members) what they add and their first
 * release come from their specs; this file holds what no spec states — what V2 (an operator spec)
 * adds and its first release, which parameters were renamed, and the cited "which one do I call?"
 * decisions. Paraphrase, never copy; cite every item. Ids are public anchors: never rename one.
 */
import type {FamilyInput} from '../schema';

const family = {
  id: 'quant-matmul-all-reduce',
  title: {'zh-Hans': 'QuantMatmulAllReduce 算子族', en: 'The QuantMatmulAllReduce family'},
  summary: {
    'zh-Hans':
      '全量化矩阵乘与 AllReduce 融合算子的五个版本（V1 至 V5）：各版本新增的功能、支持的产品、最早发布版本、原型逐参数差异，以及该调用哪一个。',
    en: 'The five versions (V1 to V5) of the fused fully quantized matmul with all-reduce: what each adds, supported products, first release, the prototypes parameter by parameter, and which one to call.',
  },
  members: [
    'aclnnQuantMatmulAllReduce',
    'aclnnQuantMatmulAllReduceV2',
    'aclnnQuantMatmulAllReduceV3',
    'aclnnQuantMatmulAllReduceV4',
    'aclnnQuantMatmulAllReduceV5',
  ],
  decisions: [
    {
      id: 'int8-pertensor-perchannel',
      when: {
        'zh-Hans': 'int8 输入，只用 pertensor 或 perchannel 反量化系数',
        en: 'int8 inputs with pertensor or perchannel scales only',
      },
      recommend: 'aclnnQuantMatmulAllReduce',
      because: {
        'zh-Hans': 'V1 即支持这两种量化方式。V4、V5 的文档写明兼容 V1 至 V3 的功能，需要后续功能时可以直接换用。',
        en: 'V1 already supports both. The V4 and V5 docs state that they cover the features of V1 to V3, so you can switch when you need more.',
      },
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v1-doc', lines: [20, 20], hash: '65ce52b085d6d8b6'},
        {source: 'qmar-v4-doc', lines: [18, 18], hash: '6055f6e802ead5e4'},
        {source: 'qmar-v5-doc', lines: [18, 18], hash: '7cf1b502d8a0ba1f'},
      ],
    },
    {
      id: 'pertoken',
      when: {'zh-Hans': '需要逐行（pertoken）反量化系数', en: 'You need a row-wise (pertoken) scale'},
      recommend: 'aclnnQuantMatmulAllReduceV2',
      because: {
        'zh-Hans': 'pertoken 量化从 V2 起支持（传 `pertokenScaleOptional`）；后续版本也支持。',
        en: 'pertoken quantization is supported from V2 on (pass `pertokenScaleOptional`); later versions support it too.',
      },
      provenance: ['doc'],
      sources: [{source: 'qmar-v2-doc', lines: [20, 20], hash: '65c041c38c587c76'}],
    },
    {
      id: 'int8-low-bit-communication',
      when: {
        'zh-Hans': '通信是瓶颈，想用 int8 低比特通信',
        en: 'Communication is the bottleneck and you want int8 low-bit communication',
      },
      recommend: 'aclnnQuantMatmulAllReduceV3',
      because: {
        'zh-Hans': 'V3 新增两个通信量化系数（需同时传入）。文档说明计算为瓶颈时没有收益，此时不要传。',
        en: 'V3 adds the two communication scales (pass both). The doc says it does not help when computation is the bottleneck; leave them out then.',
      },
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v3-doc', lines: [20, 20], hash: 'f5ded9a56f5cae63'},
        {source: 'qmar-v3-doc', lines: [371, 371], hash: '99f7f1a9821d2aad'},
      ],
    },
    {
      id: 'fp8-perblock-mx',
      when: {
        'zh-Hans':
          'FLOAT8_E4M3FN、FLOAT8_E5M2、HIFLOAT8 或 FLOAT4_E2M1 输入，perblock、pertile 或 mx 量化，或 FLOAT32 输出',
        en: 'FLOAT8_E4M3FN, FLOAT8_E5M2, HIFLOAT8 or FLOAT4_E2M1 inputs, perblock, pertile or mx quantization, or a FLOAT32 output',
      },
      recommend: 'aclnnQuantMatmulAllReduceV4',
      because: {
        'zh-Hans': 'V4 只在 Ascend 950PR/950DT 上新增这些能力（在 Atlas A2 上没有新增特性），从 9.0.0 起提供。',
        en: 'V4 adds these on Ascend 950PR/950DT only (nothing new on Atlas A2) and ships from 9.0.0.',
      },
      provenance: ['doc', 'impl'],
      sources: [
        {source: 'qmar-v4-doc', lines: [18, 20], hash: 'fedcd79a4cd67bba'},
        {source: 'qmar-v4-doc', lines: [333, 342], hash: '7f04d017ea133d93'},
        {source: 'qmar-v4-header-9-0-0', lines: [52, 57], hash: '78606920e6bf15a5'},
      ],
    },
    {
      id: 'communication-engine',
      when: {
        'zh-Hans': '要选择通信引擎（Ascend 950PR/950DT 上的 CCU）',
        en: 'You want to choose the communication engine (CCU on Ascend 950PR/950DT)',
      },
      recommend: 'aclnnQuantMatmulAllReduceV5',
      because: {
        'zh-Hans': 'V5 新增 `commMode`；Atlas A2 上它只能是 "ai_cpu"，所以在那里不带来新能力。V5 从 9.1.0 起提供。',
        en: 'V5 adds `commMode`; on Atlas A2 it can only be "ai_cpu", so it brings nothing new there. V5 ships from 9.1.0.',
      },
      provenance: ['doc', 'impl'],
      sources: [
        {source: 'qmar-v5-doc', lines: [18, 18], hash: '7cf1b502d8a0ba1f'},
        {source: 'qmar-v5-doc', lines: [344, 347], hash: '07ebebc29a40ec14'},
        {source: 'qmar-v5-header-9-1-0', lines: [53, 58], hash: 'd8cd766eb456ddbb'},
      ],
    },
  ],
  memberNotes: [
    {
      api: 'aclnnQuantMatmulAllReduceV2',
      kind: 'adds',
      text: {
        'zh-Hans':
          '在 V1 的基础上新增 pertoken 量化方式（新输入 `pertokenScaleOptional`）；FLOAT16 输出时 dequantScale 还可以是 FLOAT32。',
        en: 'Extends V1 with pertoken quantization (the new input `pertokenScaleOptional`); with a FLOAT16 output, dequantScale may also be FLOAT32.',
      },
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v2-doc', lines: [20, 20], hash: '65c041c38c587c76'},
        {source: 'qmar-v2-doc', lines: [133, 152], hash: 'b9883f0f06dd82c3'},
      ],
    },
    {
      api: 'aclnnQuantMatmulAllReduceV2',
      kind: 'first-release',
      release: '8.0.RC2',
      text: {
        'zh-Hans': '本站覆盖的最早版本 8.0.RC2 的原始页面已记载该接口；更早的版本是否提供无法确定。',
        en: 'The original page of 8.0.RC2, the earliest release this site covers, documents it; whether earlier releases had it is undetermined.',
      },
      provenance: ['seed'],
      sources: [{source: 'seed-qmar', lines: [7, 7], hash: 'cd4d5a6f6591e3d1'}],
    },
  ],
  correspondences: [
    {
      id: 'bias',
      names: ['bias', 'biasOptional'],
      text: {
        'zh-Hans': 'V1 的 `bias` 从 V2 起写作 `biasOptional`：同一位置、同为公式中的偏置，都可为空。',
        en: '`bias` of V1 is `biasOptional` from V2 on: same position, the same bias of the formula, nullable in both.',
      },
      provenance: ['inferred'],
      sources: [
        {source: 'qmar-v1-doc', lines: [101, 110], hash: '61b70d1c8ccdb878'},
        {source: 'qmar-v2-doc', lines: [113, 122], hash: '8ddd71af76e8d6ca'},
      ],
    },
    {
      id: 'x3',
      names: ['x3', 'x3Optional'],
      text: {
        'zh-Hans': 'V1 的 `x3` 从 V2 起写作 `x3Optional`：同一位置、同为矩阵乘之后相加的张量。',
        en: '`x3` of V1 is `x3Optional` from V2 on: same position, the same tensor added after the matmul.',
      },
      provenance: ['inferred'],
      sources: [
        {source: 'qmar-v1-doc', lines: [111, 120], hash: 'd5a9a96050a8462c'},
        {source: 'qmar-v2-doc', lines: [123, 132], hash: 'cf26e95087d26faf'},
      ],
    },
    {
      id: 'x2-scale',
      names: ['dequantScale', 'x2ScaleOptional'],
      text: {
        'zh-Hans':
          'V1 至 V3 的 `dequantScale` 在 V4、V5 中位于 x1 系数之后，写作 `x2ScaleOptional`（头文件：`x2Scale`）：文档对两者的描述相同（矩阵乘之后的反量化系数），pertensor / perchannel 的 shape 规则也相同。',
        en: '`dequantScale` of V1 to V3 becomes `x2ScaleOptional` in V4 and V5 (header: `x2Scale`), placed after the x1 scale: the docs describe both the same way (the dequantization scale after the matmul), with the same pertensor / perchannel shapes.',
      },
      provenance: ['inferred'],
      sources: [
        {source: 'qmar-v3-doc', lines: [152, 161], hash: '74bfa28a364a53cc'},
        {source: 'qmar-v4-doc', lines: [243, 252], hash: '2fc9e5fc2c3509b4'},
      ],
    },
    {
      id: 'x1-scale',
      names: ['pertokenScaleOptional', 'x1ScaleOptional'],
      text: {
        'zh-Hans':
          'V2、V3 的 `pertokenScaleOptional` 在 V4、V5 中写作 `x1ScaleOptional`，并移到 x2 系数之前：文档对两者的描述相同（pertoken 反量化系数），V4 起它还用于 perblock 和 mx 缩放。',
        en: '`pertokenScaleOptional` of V2 and V3 becomes `x1ScaleOptional` in V4 and V5 and moves before the x2 scale: the docs describe both as the pertoken dequantization scale; from V4 on it also carries perblock and mx scales.',
      },
      provenance: ['inferred'],
      sources: [
        {source: 'qmar-v3-doc', lines: [162, 171], hash: '77b7a95ffe042621'},
        {source: 'qmar-v4-doc', lines: [233, 242], hash: '78ff547b863c45bc'},
      ],
    },
  ],
} satisfies FamilyInput;

export default family;
