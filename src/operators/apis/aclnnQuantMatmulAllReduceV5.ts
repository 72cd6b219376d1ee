/**
 * aclnnQuantMatmulAllReduceV5 — family member of aclnnQuantMatmulAllReduceV2 (data only).
 * Transcribed from the public doc and the op_api header in ops-transformer `mc2/matmul_all_reduce/`;
 * every row cites its lines (never copy upstream text: paraphrase, cite). Parameter names are
 * public anchors (`#param-<name>`, `#exec-param-<name>`): never rename one. The prototype follows the
 * doc, which names the sixth parameter `x2ScaleOptional` (the header: `x2Scale`).
 */
import {commTurnRow, streamModeRow} from './qmarRows';
import type {ApiSpecInput} from '../schema';
import {executeParameters, product, workspaceOutputs} from './common';

const spec = {
  id: 'aclnnQuantMatmulAllReduceV5',
  kind: 'family-member',
  family: 'quant-matmul-all-reduce',
  header: 'aclnnop/aclnn_quant_matmul_all_reduce_v5.h',
  summary: {
    'zh-Hans': 'V4 的全部功能，外加通信引擎参数 `commMode`：在 Ascend 950PR/950DT 上可选 AICPU 或 CCU 引擎。',
    en: 'Everything of V4 plus the communication-engine parameter `commMode`: AICPU or CCU on Ascend 950PR/950DT.',
  },
  description: {
    'zh-Hans':
      '原型与 aclnnQuantMatmulAllReduceV4 相同，只在 `reduceOp` 之后多了字符串参数 `commMode`，计算公式与 V4 一致。Atlas A2 上只能传 "ai_cpu"；Ascend 950PR/950DT 上可在 "ai_cpu" 与 "ccu" 之间选择。',
    en: 'The prototype of aclnnQuantMatmulAllReduceV4 with one more string parameter, `commMode`, after `reduceOp`; the formulas are those of V4. Atlas A2 accepts only "ai_cpu"; Ascend 950PR/950DT can choose between "ai_cpu" and "ccu".',
  },
  prototypes: [
    {
      name: 'aclnnQuantMatmulAllReduceV5GetWorkspaceSize',
      declaration: `aclnnStatus aclnnQuantMatmulAllReduceV5GetWorkspaceSize(
    const aclTensor *x1, const aclTensor *x2, const aclTensor *biasOptional, const aclTensor *x3Optional,
    const aclTensor *x1ScaleOptional, const aclTensor *x2ScaleOptional, const aclTensor *commQuantScale1Optional,
    const aclTensor *commQuantScale2Optional, const char *group, const char *reduceOp, const char *commMode,
    int64_t commTurn, int64_t streamMode, int64_t groupSize, int64_t commQuantMode, const aclTensor *output,
    uint64_t *workspaceSize, aclOpExecutor **executor)`,
    },
    {
      name: 'aclnnQuantMatmulAllReduceV5',
      declaration: `aclnnStatus aclnnQuantMatmulAllReduceV5(
    void *workspace, uint64_t workspaceSize, aclOpExecutor *executor, const aclrtStream stream)`,
    },
  ],
  parameters: [
    {
      name: 'x1',
      cType: 'const aclTensor *',
      direction: 'in',
      meaning: {'zh-Hans': '矩阵乘的左矩阵（公式中的 x1）。', en: 'Left matrix of the matmul (x1 in the formula).'},
      rules: [
        {'zh-Hans': '二维 (m, k) 或三维 (b, s, k)；不支持转置。', en: '2-D (m, k) or 3-D (b, s, k); no transpose.'},
        {
          'zh-Hans':
            'INT8 以外的类型（FLOAT8_E4M3FN、FLOAT8_E5M2、HIFLOAT8、FLOAT4_E2M1）只在 Ascend 950PR/950DT 上支持。',
          en: 'Types other than INT8 (FLOAT8_E4M3FN, FLOAT8_E5M2, HIFLOAT8, FLOAT4_E2M1) are supported on Ascend 950PR/950DT only.',
        },
      ],
      dtypes: ['INT8', 'FLOAT8_E4M3FN', 'FLOAT8_E5M2', 'HIFLOAT8', 'FLOAT4_E2M1'],
      formats: ['ND'],
      dims: {'zh-Hans': '2–3', en: '2–3'},
      nonContiguous: 'unsupported',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v5-doc', lines: [80, 89], hash: '2d8d72696cd76a52'},
        {source: 'qmar-v5-doc', lines: [377, 431], hash: '5b967b3d8efe4eb3'},
      ],
    },
    {
      name: 'x2',
      cType: 'const aclTensor *',
      direction: 'in',
      meaning: {'zh-Hans': '矩阵乘的右矩阵（公式中的 x2）。', en: 'Right matrix of the matmul (x2 in the formula).'},
      rules: [
        {
          'zh-Hans':
            '二维，可转置；只接受最后两维转置得到的非连续视图。参数表只列出 ND 格式（V1 至 V3 在 Atlas A2 上还接受 FRACTAL_NZ）。',
          en: '2-D, may be transposed; the only non-contiguous view accepted is a transpose of the last two axes. The parameter table lists ND only (V1 to V3 also take FRACTAL_NZ on Atlas A2).',
        },
      ],
      dtypes: ['INT8', 'FLOAT8_E4M3FN', 'FLOAT8_E5M2', 'HIFLOAT8', 'FLOAT4_E2M1'],
      formats: ['ND'],
      dims: {'zh-Hans': '2', en: '2'},
      nonContiguous: 'transpose-only',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v5-doc', lines: [90, 99], hash: 'bed7d2019400e244'},
        {source: 'qmar-v3-doc', lines: [265, 273], hash: '288dcd987f106cb0'},
      ],
    },
    {
      name: 'biasOptional',
      cType: 'const aclTensor *',
      direction: 'in',
      optional: true,
      meaning: {'zh-Hans': '偏置（公式中的 biasOptional）。', en: 'Bias (biasOptional in the formula).'},
      rules: [
        {
          'zh-Hans': '一维；int8 输入时为 INT32，FLOAT8/HIFLOAT8/FLOAT4 输入时为 FLOAT32。',
          en: '1-D; INT32 with int8 inputs, FLOAT32 with FLOAT8/HIFLOAT8/FLOAT4 inputs.',
        },
      ],
      dtypes: ['INT32', 'FLOAT32'],
      formats: ['ND'],
      dims: {'zh-Hans': '1', en: '1'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v5-doc', lines: [100, 109], hash: '0c52ed3065b5fdc4'},
        {source: 'qmar-v5-doc', lines: [433, 489], hash: '67c3d77a023218b9'},
        {source: 'qmar-v5-doc', lines: [491, 537], hash: '7637d63ec19fece4'},
      ],
    },
    {
      name: 'x3Optional',
      cType: 'const aclTensor *',
      direction: 'in',
      optional: true,
      meaning: {
        'zh-Hans': '矩阵乘与反量化之后相加的张量（公式中的 x3Optional）。',
        en: 'Tensor added after the matmul and dequantization (x3Optional in the formula).',
      },
      rules: [
        {
          'zh-Hans': '低比特通信场景下仅支持输出为 BFLOAT16 且必须传入，数据类型与维度和 output 一致。',
          en: 'With low-bit communication it is required, only with a BFLOAT16 output, and must match output in dtype and rank.',
        },
      ],
      dtypes: ['FLOAT16', 'BFLOAT16', 'FLOAT32'],
      formats: ['ND'],
      dims: {'zh-Hans': '2–3', en: '2–3'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [{source: 'qmar-v5-doc', lines: [110, 119], hash: 'e22ccb4c843fb17a'}],
    },
    {
      name: 'x1ScaleOptional',
      cType: 'const aclTensor *',
      direction: 'in',
      optional: true,
      meaning: {
        'zh-Hans':
          'x1 一侧的反量化系数（pertoken、perblock 或 mx 缩放；公式中的 x1ScaleOptional），对应 V2、V3 的 pertokenScaleOptional 位置。',
        en: 'Dequantization scale on the x1 side (pertoken, perblock or mx scaling; x1ScaleOptional in the formula), in the position of pertokenScaleOptional of V2 and V3.',
      },
      rules: [
        {
          'zh-Hans': 'pertoken：x1 为 (b, m, k) 时 shape 为 (b*m)，为 (m, k) 时为 (m)。',
          en: 'pertoken: shape (b*m) for x1 (b, m, k), (m) for x1 (m, k).',
        },
        {
          'zh-Hans': 'perblock：shape 为 [ceilDiv(m, 128), ceilDiv(k, 128)]（三维时前加 b）。',
          en: 'perblock: shape [ceilDiv(m, 128), ceilDiv(k, 128)] (with a leading b when 3-D).',
        },
        {
          'zh-Hans':
            'FLOAT8_E8M0（mx 缩放）：shape 为 [m, ceilDiv(k, 64), 2]；x1 为 FLOAT4_E2M1 时 ceilDiv(k, 32) 须为偶数。',
          en: 'FLOAT8_E8M0 (mx scaling): shape [m, ceilDiv(k, 64), 2]; with an FLOAT4_E2M1 x1, ceilDiv(k, 32) must be even.',
        },
      ],
      dtypes: ['FLOAT32', 'FLOAT8_E8M0'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–3', en: '1–3'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [{source: 'qmar-v5-doc', lines: [120, 129], hash: '78ff547b863c45bc'}],
    },
    {
      name: 'x2ScaleOptional',
      cType: 'const aclTensor *',
      direction: 'in',
      meaning: {
        'zh-Hans': 'x2 一侧的反量化系数（公式中的 x2Scale），对应 V1 至 V3 的 dequantScale 位置。',
        en: 'Dequantization scale on the x2 side (x2Scale in the formula), in the position of dequantScale of V1 to V3.',
      },
      rules: [
        {
          'zh-Hans': '名字带 `Optional`，但文档约束与参数校验代码都要求它不为空指针；头文件中此参数名为 `x2Scale`。',
          en: 'Despite the `Optional` in its name, both the doc constraints and the parameter check require it to be non-null; the header names it `x2Scale`.',
        },
        {
          'zh-Hans':
            'pertensor 时 shape 为 (1)，perchannel 时为 (n) 或 (1, n)；perblock 时为 [ceilDiv(k, 128), ceilDiv(n, 128)]（x2 转置时两维互换）。',
          en: 'Shape (1) for pertensor, (n) or (1, n) for perchannel; [ceilDiv(k, 128), ceilDiv(n, 128)] for perblock (swapped when x2 is transposed).',
        },
        {
          'zh-Hans':
            'int8 输入：输出 BFLOAT16 时为 BFLOAT16；输出 FLOAT16 且有 x1ScaleOptional 时为 FLOAT32；输出 FLOAT16 且无 x1ScaleOptional 时为 INT64/UINT64（先用 `aclnnTransQuantParamV2` 转换）。FLOAT8_E8M0 时仅支持转置，shape 为 [n, ceilDiv(k, 64), 2]。',
          en: 'int8 inputs: BFLOAT16 with a BFLOAT16 output; FLOAT32 with a FLOAT16 output and x1ScaleOptional; INT64/UINT64 with a FLOAT16 output and no x1ScaleOptional (convert first with `aclnnTransQuantParamV2`). FLOAT8_E8M0 only transposed, shape [n, ceilDiv(k, 64), 2].',
        },
      ],
      dtypes: ['INT64', 'UINT64', 'FLOAT32', 'BFLOAT16', 'FLOAT8_E8M0'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–3', en: '1–3'},
      nonContiguous: 'supported',
      provenance: ['doc', 'impl'],
      sources: [
        {source: 'qmar-v5-doc', lines: [130, 139], hash: '2fc9e5fc2c3509b4'},
        {source: 'qmar-v5-doc', lines: [358, 358], hash: '4bb3aa173dd40bdc'},
        {source: 'qmar-v5-header', lines: [55, 55], hash: '6880619090b32bde'},
        {source: 'qmar-v5-api', lines: [61, 66], hash: '653765603899a98a'},
      ],
    },
    {
      name: 'commQuantScale1Optional',
      cType: 'const aclTensor *',
      direction: 'in',
      optional: true,
      meaning: {
        'zh-Hans': '矩阵乘加之后、AllToAll 之前的 perchannel 量化系数（公式中的 commQuantScale1Optional）。',
        en: 'Perchannel quantization scale applied after the matmul-add, before the AllToAll (commQuantScale1Optional in the formula).',
      },
      rules: [
        {
          'zh-Hans': '仅在 int8 输入时支持（int8 低比特通信），其他场景传空；x2 为 (k, n) 时 shape 为 (n) 或 (1, n)。',
          en: 'Supported with int8 inputs only (int8 low-bit communication), null otherwise; shape (n) or (1, n) for x2 (k, n).',
        },
        {
          'zh-Hans': '两个通信量化系数同时为空或同时不为空；都不为空时 shape 相同、类型与 output 相同，且每张卡相同。',
          en: 'The two communication scales are both null or both given; when given, they share a shape, have the dtype of output and are identical on every rank.',
        },
      ],
      dtypes: ['BFLOAT16', 'FLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–2', en: '1–2'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v5-doc', lines: [140, 149], hash: '99b7dbf7d335e3c1'},
        {source: 'qmar-v5-doc', lines: [360, 360], hash: '270050c7b7c8e40f'},
      ],
    },
    {
      name: 'commQuantScale2Optional',
      cType: 'const aclTensor *',
      direction: 'in',
      optional: true,
      meaning: {
        'zh-Hans': 'AllGather 之后的 perchannel 量化系数（公式中的 commQuantScale2Optional）。',
        en: 'Perchannel quantization scale applied after the AllGather (commQuantScale2Optional in the formula).',
      },
      rules: [
        {
          'zh-Hans': '仅在 int8 输入时支持（int8 低比特通信），其他场景传空；x2 为 (k, n) 时 shape 为 (n) 或 (1, n)。',
          en: 'Supported with int8 inputs only (int8 low-bit communication), null otherwise; shape (n) or (1, n) for x2 (k, n).',
        },
        {
          'zh-Hans': '两个通信量化系数同时为空或同时不为空；都不为空时 shape 相同、类型与 output 相同，且每张卡相同。',
          en: 'The two communication scales are both null or both given; when given, they share a shape, have the dtype of output and are identical on every rank.',
        },
      ],
      dtypes: ['BFLOAT16', 'FLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–2', en: '1–2'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v5-doc', lines: [150, 159], hash: 'cddc3230435407b9'},
        {source: 'qmar-v5-doc', lines: [360, 360], hash: '270050c7b7c8e40f'},
      ],
    },
    {
      name: 'group',
      cType: 'const char *',
      direction: 'in',
      meaning: {'zh-Hans': '通信域名称。', en: 'Name of the communication domain.'},
      rules: [{'zh-Hans': '由 `HcclGetCommName` 获取。', en: 'Obtained with `HcclGetCommName`.'}],
      valueType: 'char*',
      provenance: ['doc'],
      sources: [{source: 'qmar-v5-doc', lines: [160, 169], hash: '4c19ab66a3b15657'}],
    },
    {
      name: 'reduceOp',
      cType: 'const char *',
      direction: 'in',
      meaning: {'zh-Hans': 'reduce 操作类型。', en: 'The reduce operation.'},
      rules: [{'zh-Hans': '当前仅支持 "sum"。', en: 'Only "sum" is supported.'}],
      valueType: 'char*',
      provenance: ['doc'],
      sources: [{source: 'qmar-v5-doc', lines: [170, 179], hash: '004eee0a756de524'}],
    },
    {
      name: 'commMode',
      cType: 'const char *',
      direction: 'in',
      meaning: {
        'zh-Hans': '通信引擎：选择由哪种引擎执行通信。',
        en: 'Communication engine: selects which engine runs the communication.',
      },
      rules: [
        {
          'zh-Hans': 'Atlas A2：不支持自选引擎，只能传 "ai_cpu"（AICPU 引擎）。',
          en: 'Atlas A2: no choice of engine; only "ai_cpu" (the AICPU engine) is accepted.',
        },
        {
          'zh-Hans':
            'Ascend 950PR/950DT：可传 "ai_cpu" 或 "ccu"；CCU 只支持单机 UB 域内互联，AICPU 还支持跨机 UB 域内互联。同一条通信链路只能使用一种引擎。',
          en: 'Ascend 950PR/950DT: "ai_cpu" or "ccu"; CCU supports interconnection within the UB domain of one server only, AICPU also across servers. One communication link uses one engine.',
        },
        {
          'zh-Hans': '不合法的取值由参数校验返回 ACLNN_ERR_PARAM_INVALID。',
          en: 'An invalid value is rejected by the parameter check with ACLNN_ERR_PARAM_INVALID.',
        },
      ],
      valueType: 'char*',
      provenance: ['doc', 'impl'],
      sources: [
        {source: 'qmar-v5-doc', lines: [180, 189], hash: '175444907f9cfa43'},
        {source: 'qmar-v5-doc', lines: [344, 347], hash: '07ebebc29a40ec14'},
        {source: 'qmar-v5-api', lines: [218, 219], hash: '627d4563308f2233'},
      ],
    },
    commTurnRow([{source: 'qmar-v5-doc', lines: [190, 199], hash: 'b4b0c96fc0a1c8ca'}]),
    streamModeRow([{source: 'qmar-v5-doc', lines: [200, 209], hash: 'a8a9f1ceea8981df'}]),
    {
      name: 'groupSize',
      cType: 'int64_t',
      direction: 'in',
      meaning: {
        'zh-Hans': '反量化分组大小：x1Scale/x2Scale 的一个元素在 m、n、k 方向上各覆盖多少个输入元素。',
        en: 'Dequantization group size: how many input elements along m, n and k one element of x1Scale/x2Scale covers.',
      },
      rules: [
        {
          'zh-Hans':
            '按 groupSizeK | groupSizeN << 16 | groupSizeM << 32 打包，每个值占 16 位；某个值为 0 时由算子根据 shape 推导。',
          en: 'Packed as groupSizeK | groupSizeN << 16 | groupSizeM << 32, 16 bits each; a value of 0 is inferred by the operator from the shapes.',
        },
        {
          'zh-Hans':
            'perblock 只支持 (128, 128, 128)，mx 量化只支持 (1, 1, 32)；仅当 x1Scale 与 x2Scale 都至少二维时有效，其他场景传 0。',
          en: 'perblock supports only (128, 128, 128), mx quantization only (1, 1, 32); it takes effect only when both x1Scale and x2Scale have at least 2 dimensions, otherwise pass 0.',
        },
      ],
      valueType: 'int64_t',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v5-doc', lines: [210, 219], hash: 'fb9c80171fd52ab6'},
        {source: 'qmar-v5-doc', lines: [368, 370], hash: 'f9c324f4da155ccf'},
      ],
    },
    {
      name: 'commQuantMode',
      cType: 'int64_t',
      direction: 'in',
      meaning: {
        'zh-Hans': '通信量化模式标志（静态或动态量化）。',
        en: 'Communication-quantization mode flag (static or dynamic quantization).',
      },
      rules: [
        {
          'zh-Hans':
            '取 0 或 1；只有 x1、x2 为 FLOAT8_E4M3FN 或 FLOAT8_E5M2 时可取 1，此时走 pertile 量化的 FP8 低比特通信。',
          en: '0 or 1; 1 is allowed only when x1 and x2 are FLOAT8_E4M3FN or FLOAT8_E5M2 and selects FP8 low-bit communication with pertile quantization.',
        },
      ],
      valueType: 'int64_t',
      provenance: ['doc'],
      sources: [{source: 'qmar-v5-doc', lines: [220, 229], hash: '6953fe0b190f45d7'}],
    },
    {
      name: 'output',
      cType: 'const aclTensor *',
      direction: 'out',
      meaning: {
        'zh-Hans': '矩阵乘与通信的结果（公式中的 output）。',
        en: 'Result of the matmul and the communication (output in the formula).',
      },
      rules: [{'zh-Hans': '维数与 x1 相同。', en: 'Same rank as x1.'}],
      dtypes: ['FLOAT16', 'BFLOAT16', 'FLOAT32'],
      formats: ['ND'],
      dims: {'zh-Hans': '2–3', en: '2–3'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [{source: 'qmar-v5-doc', lines: [230, 239], hash: '7f04d017ea133d93'}],
    },
    ...workspaceOutputs(
      [{source: 'qmar-v5-doc', lines: [240, 249], hash: 'db22d283b4e7b474'}],
      [{source: 'qmar-v5-doc', lines: [250, 259], hash: 'ffbc419611c818e1'}],
    ),
  ],
  executeParameters: executeParameters('aclnnQuantMatmulAllReduceV5GetWorkspaceSize', [
    [{source: 'qmar-v5-doc', lines: [316, 320], hash: '9248fe50738bc00a'}],
    [{source: 'qmar-v5-doc', lines: [321, 325], hash: '39817de77ea3e636'}],
    [{source: 'qmar-v5-doc', lines: [326, 330], hash: '2d822a53c5935644'}],
    [{source: 'qmar-v5-doc', lines: [331, 335], hash: '7f272de787d4775f'}],
  ]),
  products: [
    product('ascend-950pr-950dt', true, [{source: 'qmar-v5-doc', lines: [9, 9], hash: '6fd174b7160123d8'}]),
    product('atlas-a3', false, [{source: 'qmar-v5-doc', lines: [10, 10], hash: '286eed5ed92a977b'}]),
    product(
      'atlas-a2',
      true,
      [
        {source: 'qmar-v5-doc', lines: [11, 11], hash: '0205f108f9fa3dfa'},
        {source: 'qmar-v5-doc', lines: [345, 345], hash: '1bfdeb64da95f28d'},
        {source: 'qmar-v5-doc', lines: [377, 431], hash: '5b967b3d8efe4eb3'},
      ],
      {
        note: {
          'zh-Hans': '在 Atlas A2 上只支持 int8 输入（数据类型组合表），`commMode` 只能为 "ai_cpu"。',
          en: 'On Atlas A2 only int8 inputs are supported (the dtype-combination table) and `commMode` must be "ai_cpu".',
        },
      },
    ),
    product('atlas-200i-500-a2', false, [{source: 'qmar-v5-doc', lines: [12, 12], hash: '9fda097d2cd0973b'}]),
    product('atlas-inference', false, [{source: 'qmar-v5-doc', lines: [13, 13], hash: '1b309cdfb0b4a3c5'}]),
    product('atlas-training', false, [{source: 'qmar-v5-doc', lines: [14, 14], hash: '19e9e529d78b8f1c'}]),
  ],
  firstRelease: {
    release: '9.1.0',
    text: {
      'zh-Hans':
        '首个包含该接口的发布为 9.1.0（9.1.0 发布分支中有头文件与文档）。9.0.1 标签中两者都没有；master 上由提交 f6d893ef9（2026-06-06）加入。',
      en: 'The first release with this API is 9.1.0 (header and doc are on the 9.1.0 release branch). Tag v9.0.1 has neither; it was added on master by commit f6d893ef9 (2026-06-06).',
    },
    provenance: ['doc', 'impl'],
    sources: [
      {source: 'qmar-v5-header-9-1-0', lines: [53, 58], hash: 'd8cd766eb456ddbb'},
      {source: 'qmar-v5-doc-9-1-0', lines: [18, 18], hash: '7cf1b502d8a0ba1f'},
    ],
  },
  facts: [
    {
      id: 'adds-comm-mode',
      kind: 'adds',
      relatesTo: 'aclnnQuantMatmulAllReduceV4',
      text: {
        'zh-Hans': '兼容 V1 至 V4 的功能，新增通信引擎参数 `commMode`，可自行选择通信引擎；计算公式与 V4 相同。',
        en: 'Covers the features of V1 to V4 and adds the communication-engine parameter `commMode`, to choose the engine; the formulas are those of V4.',
      },
      provenance: ['doc'],
      sources: [{source: 'qmar-v5-doc', lines: [18, 19], hash: '2d844a889a63b934'}],
    },
    {
      id: 'engines',
      kind: 'note',
      text: {
        'zh-Hans':
          'AICPU 引擎不占用计算核、通信效率高，但静态开销较大，适合大数据量、高带宽的场景；CCU 引擎减少访存带宽与计算核占用，但受片上资源限制、支持的通信域数量有限，适合高带宽、低时延的场景。',
        en: 'The AICPU engine uses no compute cores and communicates efficiently but has a large fixed overhead, so it suits large, high-bandwidth transfers; the CCU engine saves memory bandwidth and compute cores but, limited by on-chip resources, supports few communication domains; it suits high-bandwidth, low-latency communication.',
      },
      provenance: ['doc'],
      sources: [{source: 'qmar-v5-doc', lines: [348, 350], hash: '6d986fda5df39170'}],
    },
    {
      id: 'x2scale-name',
      kind: 'note',
      text: {
        'zh-Hans':
          '来源不一致：与 V4 相同，文档把第 6 个参数写作 `x2ScaleOptional`，头文件写作 `x2Scale`；文档约束与参数校验代码都要求它不为空。',
        en: 'The sources disagree: as in V4, the doc calls the sixth parameter `x2ScaleOptional`, the header `x2Scale`; the doc constraints and the parameter check both require it to be non-null.',
      },
      provenance: ['doc', 'impl'],
      sources: [
        {source: 'qmar-v5-doc', lines: [32, 32], hash: '2ec131849add682e'},
        {source: 'qmar-v5-doc', lines: [358, 358], hash: '4bb3aa173dd40bdc'},
        {source: 'qmar-v5-header', lines: [55, 55], hash: '6880619090b32bde'},
        {source: 'qmar-v5-api', lines: [61, 66], hash: '653765603899a98a'},
      ],
    },
  ],
} satisfies ApiSpecInput;

export default spec;
