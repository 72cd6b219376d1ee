/**
 * aclnnTransQuantParamV2 — companion API spec (ApiSpecSchema, ../schema.ts). Data only.
 * Read from ops-nn `quant/trans_quant_param_v2/docs/aclnnTransQuantParamV2.md` (source `tqp-v2-doc`).
 * Paraphrased, never copied; every row cites its lines (`npm run sources:cite`).
 */
import type {ApiSpecInput} from '../schema';
import {executeParameters, product, workspaceOutputs} from './common';

const spec = {
  id: 'aclnnTransQuantParamV2',
  kind: 'companion',
  family: null,
  header: 'aclnnop/aclnn_trans_quant_param_v2.h',
  summary: {
    'zh-Hans': '在 Device 上把 FLOAT32 的量化缩放系数 `scale`（及可选的 `offset`）编码为硬件所需的 UINT64 / INT64 字。',
    en: 'Encodes FLOAT32 quantization scales `scale` (and optional offsets `offset`) on the device into the UINT64 / INT64 words the hardware expects.',
  },
  description: {
    'zh-Hans':
      '两段式接口：输入为 FLOAT32 的 `scale` 张量与可选的 `offset` 张量，输出 `out` 为 UINT64 或 INT64 张量，每个元素保留 `scale` 位模式的高 19 位并置位第 46 位；有 `offset` 时再把取整并截断到 [-256, 255] 的偏移写入第 37–45 位。量化矩阵乘类算子要求以这种编码传入 FLOAT32 系数。',
    en: 'A two-phase API: it takes a FLOAT32 `scale` tensor and an optional `offset` tensor and writes a UINT64 or INT64 tensor `out` whose elements keep the top 19 bits of the bit pattern of `scale` and have bit 46 set; with `offset`, the offset, rounded and clamped to [-256, 255], goes into bits 37–45. Quantized matmul operators expect FLOAT32 scales in this encoding.',
  },
  prototypes: [
    {
      name: 'aclnnTransQuantParamV2GetWorkspaceSize',
      declaration: [
        'aclnnStatus aclnnTransQuantParamV2GetWorkspaceSize(',
        '    const aclTensor *scale, const aclTensor *offset, const aclTensor *out,',
        '    uint64_t *workspaceSize, aclOpExecutor **executor)',
      ].join('\n'),
    },
    {
      name: 'aclnnTransQuantParamV2',
      declaration: [
        'aclnnStatus aclnnTransQuantParamV2(',
        '    void *workspace, uint64_t workspaceSize, aclOpExecutor *executor,',
        '    const aclrtStream stream)',
      ].join('\n'),
    },
  ],
  parameters: [
    {
      name: 'scale',
      cType: 'const aclTensor *',
      direction: 'in',
      meaning: {
        'zh-Hans': '待编码的量化缩放系数（公式中的 `scale`）。',
        en: 'The quantization scales to encode (`scale` in the formula).',
      },
      rules: [
        {
          'zh-Hans': '不支持空 Tensor；调用方需保证其中没有非数值或无穷大的值。',
          en: 'Empty tensors are not supported; the caller must ensure it holds no not-a-number or infinite values.',
        },
        {
          'zh-Hans':
            '作为 matmul 类算子的输入时 shape 为 (1,)、(n,) 或 (1, n)，n 与右矩阵 `x2` 的 n 一致；无 `offset` 时 `out` 的 shape 与 `scale` 相同。',
          en: 'As input of a matmul operator its shape is (1,), (n,) or (1, n), with n the n of the right matrix `x2`; without `offset`, `out` has the shape of `scale`.',
        },
      ],
      dtypes: ['FLOAT32'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–2', en: '1–2'},
      nonContiguous: 'unsupported',
      provenance: ['doc'],
      sources: [
        {source: 'tqp-v2-doc', lines: [100, 109], hash: '0b3dcf833194851e'},
        {source: 'tqp-v2-doc', lines: [241, 248], hash: 'a483469559c46d52'},
      ],
    },
    {
      name: 'offset',
      cType: 'const aclTensor *',
      direction: 'in',
      optional: true,
      meaning: {
        'zh-Hans': '可选的量化偏移（公式中的 `offset`）；不需要时传空指针。',
        en: 'Optional quantization offsets (`offset` in the formula); pass a null pointer when not needed.',
      },
      rules: [
        {
          'zh-Hans': '不支持空 Tensor；调用方需保证其中没有非数值或无穷大的值。',
          en: 'Empty tensors are not supported; the caller must ensure it holds no not-a-number or infinite values.',
        },
        {
          'zh-Hans': '传入 `offset` 时仅用于 matmul 类算子：shape 为 (1,)、(n,) 或 (1, n)。',
          en: 'With `offset` the result is for matmul operators only: shapes (1,), (n,) or (1, n).',
        },
      ],
      dtypes: ['FLOAT32'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–2', en: '1–2'},
      nonContiguous: 'unsupported',
      provenance: ['doc'],
      sources: [
        {source: 'tqp-v2-doc', lines: [110, 119], hash: '3a65953898dab0d3'},
        {source: 'tqp-v2-doc', lines: [241, 248], hash: 'a483469559c46d52'},
      ],
    },
    {
      name: 'out',
      cType: 'const aclTensor *',
      direction: 'out',
      meaning: {
        'zh-Hans': '编码结果（公式中的 `out`），由调用方预先在 Device 上分配。',
        en: 'The encoded result (`out` in the formula), allocated on the device by the caller.',
      },
      rules: [
        {'zh-Hans': '不支持空 Tensor。', en: 'Empty tensors are not supported.'},
        {
          'zh-Hans':
            '有 `offset` 时：`scale` 为一维则 `out` 为一维，长度取 `scale` 与 `offset` 长度的较大者；`scale` 为二维则 `out` 与 `scale` 的 shape 完全相同。',
          en: 'With `offset`: for a 1-D `scale`, `out` is 1-D with the larger of the lengths of `scale` and `offset`; for a 2-D `scale`, `out` has exactly the shape of `scale`.',
        },
      ],
      dtypes: ['UINT64', 'INT64'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–2', en: '1–2'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [
        {source: 'tqp-v2-doc', lines: [120, 129], hash: '33f583ab5395aee0'},
        {source: 'tqp-v2-doc', lines: [241, 248], hash: 'a483469559c46d52'},
      ],
    },
    ...workspaceOutputs(
      [{source: 'tqp-v2-doc', lines: [130, 139], hash: '662fde44f58eb9fe'}],
      [{source: 'tqp-v2-doc', lines: [140, 149], hash: 'e33441362171c057'}],
    ),
  ],
  executeParameters: executeParameters('aclnnTransQuantParamV2GetWorkspaceSize', [
    [{source: 'tqp-v2-doc', lines: [206, 210], hash: '9248fe50738bc00a'}],
    [{source: 'tqp-v2-doc', lines: [211, 215], hash: '4c6b5fc100d074fb'}],
    [{source: 'tqp-v2-doc', lines: [216, 220], hash: '2d822a53c5935644'}],
    [{source: 'tqp-v2-doc', lines: [221, 225], hash: 'c862d61792d060b9'}],
  ]),
  products: [
    product('ascend-950pr-950dt', true, [{source: 'tqp-v2-doc', lines: [8, 8], hash: '86b3c3130086e271'}]),
    product('atlas-a3', true, [{source: 'tqp-v2-doc', lines: [11, 11], hash: '3af087123457e4cb'}]),
    product('atlas-a2', true, [{source: 'tqp-v2-doc', lines: [14, 14], hash: '25c06939e4f55a18'}]),
    product('atlas-200i-500-a2', false, [{source: 'tqp-v2-doc', lines: [17, 17], hash: 'd971e8f882f00a28'}]),
    product('atlas-inference', true, [{source: 'tqp-v2-doc', lines: [20, 20], hash: '3904cf2a76ea46b6'}]),
    product('atlas-training', false, [{source: 'tqp-v2-doc', lines: [23, 23], hash: '2592db9be7fedb61'}]),
  ],
  firstRelease: null,
  facts: [
    {
      id: 'encoding',
      kind: 'produces',
      text: {
        'zh-Hans':
          '`out` 的每个 64 位字从 0 开始：取 `scale` 的 FLOAT32 位模式与 `0xFFFFE000` 相与（保留高 19 位）放入低 32 位，并把第 46 位置 1；若传入 `offset`，先四舍五入取整并截断到 [-256, 255]，再取其低 9 位写入第 37–45 位。',
        en: 'Each 64-bit word of `out` starts at 0: the FLOAT32 bit pattern of `scale` ANDed with `0xFFFFE000` (its top 19 bits) goes into the low 32 bits and bit 46 is set; with `offset`, the offset is rounded, clamped to [-256, 255], and its low 9 bits are written to bits 37–45.',
      },
      provenance: ['doc'],
      sources: [{source: 'tqp-v2-doc', lines: [28, 51], hash: '2147cc967527510b'}],
    },
    {
      id: 'matmul-only',
      kind: 'note',
      text: {
        'zh-Hans':
          '文档说明该接口可与 matmul 类算子（如 `aclnnQuantMatmulV4`）配套使用；在 Atlas 推理系列、Atlas A2、Atlas A3 上不能与 grouped matmul 类算子配套使用。',
        en: 'The docs pair it with matmul operators (e.g. `aclnnQuantMatmulV4`); on Atlas inference, Atlas A2 and Atlas A3 products it is not for grouped matmul operators.',
      },
      provenance: ['doc'],
      sources: [
        {source: 'tqp-v2-doc', lines: [236, 236], hash: '5b34cb9535e9f861'},
        {source: 'tqp-v2-doc', lines: [239, 239], hash: '9ca25f1b7c395169'},
      ],
    },
    {
      id: 'qmar-dequant-scale',
      kind: 'usage',
      relatesTo: 'aclnnQuantMatmulAllReduceV2',
      text: {
        'zh-Hans':
          '`aclnnQuantMatmulAllReduceV2`：输出为 FLOAT16 且不传 `pertokenScaleOptional` 时，FLOAT32 的 `dequantScale` 需先经本接口转换为 INT64 或 UINT64 再传入。',
        en: '`aclnnQuantMatmulAllReduceV2`: when the output is FLOAT16 and `pertokenScaleOptional` is null, a FLOAT32 `dequantScale` must first be converted to INT64 or UINT64 with this API.',
      },
      provenance: ['doc'],
      sources: [{source: 'qmar-v2-doc', lines: [137, 137], hash: 'ba98feb8cdf22480'}],
    },
    {
      id: 'wqbmm-v3-antiquant-scale',
      kind: 'usage',
      relatesTo: 'aclnnWeightQuantBatchMatmulV3',
      text: {
        'zh-Hans':
          '`aclnnWeightQuantBatchMatmulV3`：UINT64 / INT64 的 `antiquantScale` 先用 `aclnnCast` 把 FLOAT16 转为 FLOAT32，再经本接口转换得到。',
        en: '`aclnnWeightQuantBatchMatmulV3`: a UINT64 / INT64 `antiquantScale` is made by converting FLOAT16 to FLOAT32 with `aclnnCast` and then with this API.',
      },
      provenance: ['doc'],
      sources: [{source: 'wqbmm-v3-doc', lines: [131, 146], hash: 'e4d2131d957281a2'}],
    },
    {
      id: 'deterministic',
      kind: 'note',
      text: {'zh-Hans': '默认为确定性实现。', en: 'Deterministic by default.'},
      provenance: ['doc'],
      sources: [{source: 'tqp-v2-doc', lines: [249, 250], hash: 'a6075cb57b0bcf36'}],
    },
  ],
} satisfies ApiSpecInput;

export default spec;
