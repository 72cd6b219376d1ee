/**
 * The QuantMatmulAllReduce family (FamilySchema, ./schema.ts): V1 to V5. Data only; the members'
 * prototypes, parameters and products come from their specs. Paraphrase, never copy; cite every
 * item (`npm run --silent sources:cite`). Ids are public anchors: never rename one.
 */
import type {FamilyInput} from './schema';

const family = {
  id: 'quant-matmul-all-reduce',
  title: {'zh-Hans': 'QuantMatmulAllReduce 系列', en: 'The QuantMatmulAllReduce family'},
  members: [
    {api: 'aclnnQuantMatmulAllReduce', label: 'V1'},
    {
      api: 'aclnnQuantMatmulAllReduceV2',
      label: 'V2',
      adds: {
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
      firstRelease: {
        release: '8.0.RC2',
        text: {
          'zh-Hans': '本站覆盖的最早版本 8.0.RC2 的原始页面已记载该接口；更早的版本是否提供无法确定。',
          en: 'The original page of 8.0.RC2, the earliest release this site covers, documents it; whether earlier releases had it is undetermined.',
        },
        provenance: ['seed'],
        sources: [{source: 'seed-qmar', lines: [7, 7], hash: 'cd4d5a6f6591e3d1'}],
      },
    },
    {api: 'aclnnQuantMatmulAllReduceV3', label: 'V3'},
    {api: 'aclnnQuantMatmulAllReduceV4', label: 'V4'},
    {api: 'aclnnQuantMatmulAllReduceV5', label: 'V5'},
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
  decisions: [
    {
      id: 'int8-pertensor-perchannel',
      calls: ['aclnnQuantMatmulAllReduce'],
      text: {
        'zh-Hans':
          'int8 输入，只用 pertensor 或 perchannel 反量化系数：V1 即可。V4、V5 的文档写明兼容 V1 至 V3 的功能，需要后续功能时可以直接换用。',
        en: 'int8 inputs with pertensor or perchannel scales only: V1 is enough. The V4 and V5 docs state that they cover the features of V1 to V3, so you can switch when you need more.',
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
      calls: ['aclnnQuantMatmulAllReduceV2'],
      text: {
        'zh-Hans': '需要逐行（pertoken）反量化系数：至少使用 V2（传 `pertokenScaleOptional`）。',
        en: 'You need a row-wise (pertoken) scale: use V2 or later (pass `pertokenScaleOptional`).',
      },
      provenance: ['doc'],
      sources: [{source: 'qmar-v2-doc', lines: [20, 20], hash: '65c041c38c587c76'}],
    },
    {
      id: 'int8-low-bit-communication',
      calls: ['aclnnQuantMatmulAllReduceV3'],
      text: {
        'zh-Hans':
          '通信是瓶颈、想用 int8 低比特通信：V3（同时传两个通信量化系数）。文档说明计算为瓶颈时没有收益，此时不要传。',
        en: 'Communication is the bottleneck and you want int8 low-bit communication: V3 (pass both communication scales). The doc says it does not help when computation is the bottleneck; leave them out then.',
      },
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v3-doc', lines: [20, 20], hash: 'f5ded9a56f5cae63'},
        {source: 'qmar-v3-doc', lines: [371, 371], hash: '99f7f1a9821d2aad'},
      ],
    },
    {
      id: 'fp8-perblock-mx',
      calls: ['aclnnQuantMatmulAllReduceV4'],
      text: {
        'zh-Hans':
          'FLOAT8_E4M3FN、FLOAT8_E5M2、HIFLOAT8 或 FLOAT4_E2M1 输入，perblock、pertile 或 mx 量化，或 FLOAT32 输出：V4，仅限 Ascend 950PR/950DT（在 Atlas A2 上 V4 没有新增特性）。V4 从 9.0.0 起提供。',
        en: 'FLOAT8_E4M3FN, FLOAT8_E5M2, HIFLOAT8 or FLOAT4_E2M1 inputs, perblock, pertile or mx quantization, or a FLOAT32 output: V4, on Ascend 950PR/950DT only (on Atlas A2 V4 adds nothing). V4 ships from 9.0.0.',
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
      calls: ['aclnnQuantMatmulAllReduceV5'],
      text: {
        'zh-Hans':
          '要选择通信引擎（Ascend 950PR/950DT 上的 CCU）：V5。Atlas A2 上 `commMode` 只能是 "ai_cpu"，V5 在那里不带来新能力。V5 从 9.1.0 起提供。',
        en: 'You want to choose the communication engine (CCU on Ascend 950PR/950DT): V5. On Atlas A2 `commMode` can only be "ai_cpu", so V5 brings nothing new there. V5 ships from 9.1.0.',
      },
      provenance: ['doc', 'impl'],
      sources: [
        {source: 'qmar-v5-doc', lines: [18, 18], hash: '7cf1b502d8a0ba1f'},
        {source: 'qmar-v5-doc', lines: [344, 347], hash: '07ebebc29a40ec14'},
        {source: 'qmar-v5-header-9-1-0', lines: [53, 58], hash: 'd8cd766eb456ddbb'},
      ],
    },
    {
      id: 'not-on-a3',
      calls: [
        'aclnnQuantMatmulAllReduce',
        'aclnnQuantMatmulAllReduceV2',
        'aclnnQuantMatmulAllReduceV3',
        'aclnnQuantMatmulAllReduceV4',
        'aclnnQuantMatmulAllReduceV5',
      ],
      text: {
        'zh-Hans': '在 Atlas A3 上，五个版本的产品支持表都标为不支持，没有可调用的版本。',
        en: 'On Atlas A3, the product tables of all five versions say unsupported: there is no version to call.',
      },
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v1-doc', lines: [10, 10], hash: '286eed5ed92a977b'},
        {source: 'qmar-v2-doc', lines: [10, 10], hash: '286eed5ed92a977b'},
        {source: 'qmar-v3-doc', lines: [10, 10], hash: '286eed5ed92a977b'},
        {source: 'qmar-v4-doc', lines: [10, 10], hash: '286eed5ed92a977b'},
        {source: 'qmar-v5-doc', lines: [10, 10], hash: '286eed5ed92a977b'},
      ],
    },
  ],
} satisfies FamilyInput;

export default family;
