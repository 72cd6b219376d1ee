/**
 * aclnnTransQuantParamV3 — companion API spec (ApiSpecSchema, ../schema.ts). Data only.
 * Read from ops-nn `quant/trans_quant_param_v2/docs/aclnnTransQuantParamV3.md` (source `tqp-v3-doc`).
 */
import type {ApiSpecInput} from '../schema';
import {executeParameters, product, workspaceOutputs} from './common';

const spec = {
  id: 'aclnnTransQuantParamV3',
  kind: 'companion',
  family: null,
  header: 'aclnnop/aclnn_trans_quant_param_v3.h',
  summary: {
    'zh-Hans':
      '与 `aclnnTransQuantParamV2` 相同的 Device 侧编码，另加 `roundMode`：可选择把 FLOAT32 缩放系数舍入（而非截断）到高 19 位。',
    en: 'The same device-side encoding as `aclnnTransQuantParamV2`, plus `roundMode`: the FLOAT32 scale can be rounded (instead of truncated) to its top 19 bits.',
  },
  description: {
    'zh-Hans':
      '两段式接口。输入、输出与 `aclnnTransQuantParamV2` 相同（FLOAT32 的 `scale`、可选的 `offset`，UINT64 / INT64 的 `out`），多一个 INT64 标量 `roundMode`：0 与 V2 行为一致，1 先把 `scale` 按位舍入到高 19 位再截取，以提高精度。',
    en: 'A two-phase API. Inputs and output are those of `aclnnTransQuantParamV2` (FLOAT32 `scale`, optional `offset`, UINT64 / INT64 `out`), plus the INT64 scalar `roundMode`: 0 behaves like V2, 1 first rounds the bit pattern of `scale` to its top 19 bits before keeping them, for better precision.',
  },
  prototypes: [
    {
      name: 'aclnnTransQuantParamV3GetWorkspaceSize',
      declaration: [
        'aclnnStatus aclnnTransQuantParamV3GetWorkspaceSize(',
        '    const aclTensor *scale, const aclTensor *offset, int64_t roundMode, const aclTensor *out,',
        '    uint64_t *workspaceSize, aclOpExecutor **executor)',
      ].join('\n'),
    },
    {
      name: 'aclnnTransQuantParamV3',
      declaration: [
        'aclnnStatus aclnnTransQuantParamV3(',
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
          'zh-Hans': 'shape 为 (t,)（t = 1 或 n）或 (1, n)，n 与 matmul 右矩阵的 n 一致。',
          en: 'Shape (t,) with t = 1 or n, or (1, n), with n the n of the matmul right matrix.',
        },
      ],
      dtypes: ['FLOAT32'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–2', en: '1–2'},
      nonContiguous: 'unsupported',
      provenance: ['doc'],
      sources: [{source: 'tqp-v3-doc', lines: [108, 117], hash: '4cee02d0cfef040e'}],
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
        {'zh-Hans': 'shape 为 (t,)（t = 1 或 n）或 (1, n)。', en: 'Shape (t,) with t = 1 or n, or (1, n).'},
      ],
      dtypes: ['FLOAT32'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–2', en: '1–2'},
      nonContiguous: 'unsupported',
      provenance: ['doc'],
      sources: [{source: 'tqp-v3-doc', lines: [118, 127], hash: '06bcccf338ab918c'}],
    },
    {
      name: 'roundMode',
      cType: 'int64_t',
      direction: 'in',
      meaning: {
        'zh-Hans': '把 FLOAT32 缩放系数填入 19 位时的舍入模式（公式中的 `roundMode`）。',
        en: 'How the FLOAT32 scale is reduced to 19 bits (`roundMode` in the formula).',
      },
      rules: [
        {
          'zh-Hans': '仅支持 0（与 V2 相同，直接截断）和 1（先舍入，精度更高）。',
          en: 'Only 0 (as V2: truncate) and 1 (round first, more precise) are accepted.',
        },
      ],
      valueType: 'int64_t',
      provenance: ['doc'],
      sources: [{source: 'tqp-v3-doc', lines: [128, 137], hash: 'd1f9f93256447e91'}],
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
            '`scale` 为一维时 `out` 为一维，长度取 `scale` 与 `offset`（若有）长度的较大者；`scale` 为二维时 `out` 与 `scale` 的 shape 完全相同。',
          en: 'For a 1-D `scale`, `out` is 1-D with the larger of the lengths of `scale` and `offset` (if given); for a 2-D `scale`, `out` has exactly the shape of `scale`.',
        },
      ],
      dtypes: ['UINT64', 'INT64'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–2', en: '1–2'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [{source: 'tqp-v3-doc', lines: [138, 147], hash: '60ab0537dfcd04af'}],
    },
    ...workspaceOutputs(
      [{source: 'tqp-v3-doc', lines: [148, 157], hash: '662fde44f58eb9fe'}],
      [{source: 'tqp-v3-doc', lines: [158, 167], hash: 'e33441362171c057'}],
    ),
  ],
  executeParameters: executeParameters('aclnnTransQuantParamV3GetWorkspaceSize', [
    [{source: 'tqp-v3-doc', lines: [224, 228], hash: '9248fe50738bc00a'}],
    [{source: 'tqp-v3-doc', lines: [229, 233], hash: '72285a113018a56f'}],
    [{source: 'tqp-v3-doc', lines: [234, 238], hash: '2d822a53c5935644'}],
    [{source: 'tqp-v3-doc', lines: [239, 243], hash: 'c862d61792d060b9'}],
  ]),
  products: [
    product('ascend-950pr-950dt', true, [{source: 'tqp-v3-doc', lines: [8, 8], hash: '86b3c3130086e271'}]),
    product('atlas-a3', true, [{source: 'tqp-v3-doc', lines: [11, 11], hash: '3af087123457e4cb'}]),
    product('atlas-a2', true, [{source: 'tqp-v3-doc', lines: [14, 14], hash: '25c06939e4f55a18'}]),
    product('atlas-200i-500-a2', false, [{source: 'tqp-v3-doc', lines: [17, 17], hash: 'd971e8f882f00a28'}]),
    product('atlas-inference', true, [{source: 'tqp-v3-doc', lines: [20, 20], hash: '3904cf2a76ea46b6'}]),
    product('atlas-training', false, [{source: 'tqp-v3-doc', lines: [23, 23], hash: '2592db9be7fedb61'}]),
  ],
  firstRelease: null,
  facts: [
    {
      id: 'round-mode',
      kind: 'adds',
      relatesTo: 'aclnnTransQuantParamV2',
      text: {
        'zh-Hans': '相对 `aclnnTransQuantParamV2` 新增输入 `roundMode`，用于选择 FLOAT32 到 19 位转换时的取值方式。',
        en: 'Adds the input `roundMode` over `aclnnTransQuantParamV2`, selecting how values are converted from FLOAT32 to 19 bits.',
      },
      provenance: ['doc'],
      sources: [{source: 'tqp-v3-doc', lines: [28, 28], hash: '201e81500d188891'}],
    },
    {
      id: 'encoding',
      kind: 'produces',
      text: {
        'zh-Hans':
          '`roundMode` 为 1 时先把 `scale` 按位舍入到高 19 位（为 0 时不处理）；随后与 V2 相同：与 `0xFFFFE000` 相与放入低 32 位并置位第 46 位，有 `offset` 时把取整并截断到 [-256, 255] 的偏移的低 9 位写入第 37–45 位。',
        en: 'With `roundMode` 1, `scale` is first rounded bitwise to its top 19 bits (0: left as is); then as in V2: ANDed with `0xFFFFE000` into the low 32 bits with bit 46 set, and with `offset`, the low 9 bits of the offset, rounded and clamped to [-256, 255], written to bits 37–45.',
      },
      provenance: ['doc'],
      sources: [{source: 'tqp-v3-doc', lines: [31, 58], hash: '7aefdc723d436256'}],
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
        {source: 'tqp-v3-doc', lines: [254, 254], hash: '5b34cb9535e9f861'},
        {source: 'tqp-v3-doc', lines: [257, 257], hash: '9ca25f1b7c395169'},
      ],
    },
    {
      id: 'deterministic',
      kind: 'note',
      text: {'zh-Hans': '默认为确定性实现。', en: 'Deterministic by default.'},
      provenance: ['doc'],
      sources: [{source: 'tqp-v3-doc', lines: [267, 268], hash: '1270ab700234d6a1'}],
    },
  ],
} satisfies ApiSpecInput;

export default spec;
