/**
 * aclnnQuantMatmulAllReduceV2 — operator spec (data only, no React).
 * Transcribed from: CANN 8.0.RC2 original page (tables restored) + later public CANN docs + the open-source
 *   host-side parameter-checking code (see the provenance tag on every row: seed / doc / impl).
 * How to edit:
 * - Ids (products, formulas, constraints, error slugs, samples) are public URL anchors: never rename
 *   one, add a new one instead. Parameter names must stay exactly as in the prototypes.
 * - Every human-readable string needs both locales ('zh-Hans' and en); `code` in backticks renders as
 *   inline code, no other markup.
 * - Documented rules go to group 'documented'; what the open-source check really does goes to group
 *   'implementation' or to a note, with a link to the erratum (ids from errata.ts) — never silently
 *   replace a documented rule.
 * - Formulas are KaTeX rendered in strict mode: ASCII only inside `tex`, no Chinese characters.
 * - Validate with OperatorSpecSchema (schema.ts) after any change.
 */
import type {OperatorSpecInput} from '../schema';
import frameworks from './frameworks';

const spec = {
  id: 'aclnnQuantMatmulAllReduceV2',
  cannVersion: 'CANN 8.0.RC2 (original page), completed from later public CANN docs and the open-source host code',
  header: 'aclnnop/aclnn_quant_matmul_all_reduce_v2.h',
  summary: {
    'zh-Hans': '全量化 int8 矩阵乘与 AllReduce 通信融合的算子，支持 pertensor、perchannel 和 pertoken 反量化。',
    en: 'Fused fully quantized int8 matrix multiplication and all-reduce, with pertensor, perchannel and pertoken dequantization.',
  },
  description: {
    'zh-Hans':
      'aclnnQuantMatmulAllReduceV2 在 aclnnQuantMatmulAllReduce 的基础上扩展了 pertoken 反量化能力（新增输入 `pertokenScaleOptional`），共支持 pertensor、perchannel、pertoken 三种量化方式（8.0.RC2 文档原文误写为新增 pertensor，见勘误 E1）。' +
      '算子在一次调用中依次完成：int8 的 x1 与 x2 做矩阵乘（可加 int32 bias），对结果进行 dequant 反量化，有 pertoken 缩放时再逐行乘以 pertoken 系数，然后与 x3 相加，最后在通信域内所有卡之间做 AllReduce 求和。' +
      '计算与通信融合在同一个 MC2 算子中执行。',
    en:
      'aclnnQuantMatmulAllReduceV2 extends aclnnQuantMatmulAllReduce with pertoken dequantization (the new `pertokenScaleOptional` input) and supports pertensor, perchannel and pertoken quantization in total (the 8.0.RC2 page wrongly says the extension is pertensor; see erratum E1). ' +
      'One call performs, in order: an int8 matrix multiplication of x1 and x2 (optionally plus an int32 bias), dequantization of the result, an optional row-wise pertoken scaling, the addition of x3, and finally an all-reduce (sum) across all ranks of the communication domain. ' +
      'Computation and communication are fused in a single MC2 operator.',
  },
  notices: [
    {
      text: {
        'zh-Hans':
          '使用本接口前，请确认驱动固件包与 CANN 包均为配套的 8.0.RC2 或更高的配套版本；版本不配套时可能出现 BUS ERROR 等错误。',
        en: 'Before using this API, make sure the driver/firmware package and the CANN package are a matching pair at version 8.0.RC2 or later; a mismatched pair can fail with errors such as BUS ERROR.',
      },
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [13, 13], hash: '501586c897be6fd7'},
        {source: 'qmar-v2-doc', lines: [16, 16], hash: 'f5b4190222942c5a'},
      ],
    },
  ],
  deprecation: null,
  products: [
    {
      id: 'atlas-a2',
      name: {
        'zh-Hans': 'Atlas A2 训练系列产品/Atlas A2 推理系列产品',
        en: 'Atlas A2 training series / Atlas A2 inference series',
      },
      supported: true,
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [83, 86], hash: '83330456669ad363'},
        {source: 'qmar-v2-doc', lines: [11, 11], hash: '0205f108f9fa3dfa'},
      ],
      note: {
        'zh-Hans': '仅支持 HCCS 链路 all mesh 组网，支持 1、2、4、8 卡。',
        en: 'HCCS all-mesh networking only, with 1, 2, 4 or 8 ranks (cards).',
      },
    },
    {
      id: 'ascend-950pr-950dt',
      name: {'zh-Hans': 'Ascend 950PR/Ascend 950DT', en: 'Ascend 950PR/Ascend 950DT'},
      supported: true,
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v2-doc', lines: [9, 9], hash: '6fd174b7160123d8'},
        {source: 'qmar-v2-doc-8-5-0', lines: [7, 8], hash: '43732532f2519bb7'},
        {source: 'qmar-v2-doc', lines: [328, 330], hash: '7955a963cb9fb30c'},
        {source: 'qmar-v2-doc', lines: [230, 232], hash: '5b24d195bf14aaaf'},
        {source: 'qmar-v2-doc', lines: [315, 317], hash: '92a2ae05206cf777'},
      ],
      note: {
        'zh-Hans':
          '8.0.RC2 原始页面与发布分支 8.5.0 的文档均未列出该产品，由后续文档新增（见勘误 E8）：支持 1、2、4、8、16、32、64 卡；x2 仅支持 ND 格式（二维）；默认确定性实现。',
        en: 'Listed neither on the 8.0.RC2 page nor in the docs of the release branch 8.5.0; added by later docs (see erratum E8): 1, 2, 4, 8, 16, 32 or 64 ranks; x2 in ND format only (2-D); deterministic by default.',
      },
    },
    {
      id: 'atlas-a3',
      name: {
        'zh-Hans': 'Atlas A3 训练系列产品/Atlas A3 推理系列产品',
        en: 'Atlas A3 training series / Atlas A3 inference series',
      },
      supported: false,
      provenance: ['doc'],
      sources: [{source: 'qmar-v2-doc', lines: [10, 10], hash: '286eed5ed92a977b'}],
    },
    {
      id: 'atlas-200i-500-a2',
      name: {'zh-Hans': 'Atlas 200I/500 A2 推理产品', en: 'Atlas 200I/500 A2 inference products'},
      supported: false,
      provenance: ['doc'],
      sources: [{source: 'qmar-v2-doc', lines: [12, 12], hash: '9fda097d2cd0973b'}],
    },
    {
      id: 'atlas-inference',
      name: {'zh-Hans': 'Atlas 推理系列产品', en: 'Atlas inference series'},
      supported: false,
      provenance: ['doc'],
      sources: [{source: 'qmar-v2-doc', lines: [13, 13], hash: '1b309cdfb0b4a3c5'}],
    },
    {
      id: 'atlas-training',
      name: {'zh-Hans': 'Atlas 训练系列产品', en: 'Atlas training series'},
      supported: false,
      provenance: ['doc'],
      sources: [{source: 'qmar-v2-doc', lines: [14, 14], hash: '19e9e529d78b8f1c'}],
    },
  ],
  formulas: [
    {
      id: 'case-1',
      title: {'zh-Hans': '情形1：不带 pertoken 缩放', en: 'Case 1: without pertoken scale'},
      tex: '\\mathit{output} = \\operatorname{AllReduce}\\left(\\mathit{dequantScale} \\cdot \\left(x1_{\\text{int8}} \\mathbin{@} x2_{\\text{int8}} + \\mathit{bias}_{\\text{int32}}\\right) + x3\\right)',
      description: {
        'zh-Hans':
          '`pertokenScaleOptional` 为空时适用：量化后的 x1、x2 先做矩阵乘并加上 bias，再用 dequantScale 反量化，随后与 x3 相加，最后做 AllReduce。bias、x3 未传入时对应项省略。',
        en: 'Applies when `pertokenScaleOptional` is null: the quantized x1 and x2 are multiplied and the bias is added, the result is dequantized with dequantScale, x3 is added, and an all-reduce is performed. A bias or x3 that is not passed drops out of the formula.',
      },
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [23, 24], hash: '0f34920dd6f20eac'},
        {source: 'qmar-v2-doc', lines: [26, 30], hash: 'ac23d68067576221'},
      ],
    },
    {
      id: 'case-2',
      title: {'zh-Hans': '情形2：带 pertoken 缩放', en: 'Case 2: with pertoken scale'},
      // Split over two aligned lines so it fits a laptop-width column without scrolling.
      tex: '\\begin{aligned}\\mathit{output} = \\operatorname{AllReduce}\\big(&\\mathit{dequantScale} \\cdot \\mathit{pertokenScaleOptional} \\\\ &\\cdot \\left(x1_{\\text{int8}} \\mathbin{@} x2_{\\text{int8}} + \\mathit{biasOptional}_{\\text{int32}}\\right) + \\mathit{x3Optional}\\big)\\end{aligned}',
      description: {
        'zh-Hans':
          '传入 `pertokenScaleOptional` 时适用：量化后的 x1、x2 做矩阵乘并加上 bias 后，依次完成 dequant 反量化和 pertoken 逐行缩放，再与 x3 相加，最后做 AllReduce。',
        en: 'Applies when `pertokenScaleOptional` is given: after the matrix multiplication of the quantized x1 and x2 plus the bias, the result is dequantized and scaled row by row with the pertoken scale, x3 is added, and an all-reduce is performed.',
      },
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [25, 26], hash: 'bd6d6e9758225ef1'},
        {source: 'qmar-v2-doc', lines: [32, 36], hash: '6663efcde5568659'},
      ],
    },
  ],
  symbols: [
    {
      tex: 'x1_{\\text{int8}}',
      meaning: {
        'zh-Hans': '输入 `x1`：INT8 左矩阵，shape 为 (m, k) 或 (b, s, k)。',
        en: 'Input `x1`: the INT8 left matrix, of shape (m, k) or (b, s, k).',
      },
    },
    {
      tex: 'x2_{\\text{int8}}',
      meaning: {
        'zh-Hans': '输入 `x2`：INT8 右矩阵（权重），逻辑 shape 为 (k, n)。',
        en: 'Input `x2`: the INT8 right matrix (weight), of logical shape (k, n).',
      },
    },
    {
      // One entry for the one parameter: the vendor formulas call it bias in case 1 and biasOptional in case 2.
      tex: '\\mathit{biasOptional}_{\\text{int32}}',
      meaning: {
        'zh-Hans':
          '参数 `biasOptional`（原文公式在情形1中写作 bias，在情形2中写作 biasOptional）：可选的 INT32 偏置，shape 为 (n)，在反量化之前加到矩阵乘结果上；未传入时该项为 0。',
        en: 'The `biasOptional` parameter (the vendor formulas write bias in case 1 and biasOptional in case 2): the optional INT32 bias, of shape (n), added to the matmul result before dequantization; zero when not passed.',
      },
    },
    {
      tex: '\\mathit{dequantScale}',
      meaning: {
        'zh-Hans': '反量化系数（参数 `dequantScale`）：pertensor 时 shape 为 (1)，perchannel 时为 (n) 或 (1, n)。',
        en: 'The dequantization scale (the `dequantScale` parameter): shape (1) for pertensor, (n) or (1, n) for perchannel.',
      },
    },
    {
      tex: '\\mathit{pertokenScaleOptional}',
      meaning: {
        'zh-Hans':
          'pertoken 缩放系数（参数 `pertokenScaleOptional`），x1 的每一行一个值，shape 为 (m) 或 (b*s)；只出现在情形2中。',
        en: 'The pertoken scale (the `pertokenScaleOptional` parameter), one value per row of x1, of shape (m) or (b*s); used only in case 2.',
      },
    },
    {
      // One entry for the one parameter: x3 in case 1, x3Optional in case 2.
      tex: '\\mathit{x3Optional}',
      meaning: {
        'zh-Hans':
          '参数 `x3Optional`（原文公式在情形1中写作 x3，在情形2中写作 x3Optional）：反量化（及 pertoken 缩放）之后、AllReduce 之前相加的可选张量，shape 与 output 相同；未传入时该项为 0。',
        en: 'The `x3Optional` parameter (the vendor formulas write x3 in case 1 and x3Optional in case 2): the optional tensor added after dequantization (and pertoken scaling) and before the all-reduce, of the same shape as output; zero when not passed.',
      },
    },
    {
      tex: '\\mathit{output}',
      meaning: {
        'zh-Hans': '输出 `output`：FLOAT16 或 BFLOAT16，shape 为 (m, n) 或 (b, s, n)。',
        en: 'The result `output`: FLOAT16 or BFLOAT16, of shape (m, n) or (b, s, n).',
      },
    },
    {
      tex: '\\operatorname{AllReduce}',
      meaning: {
        'zh-Hans': '在 `group` 指定的通信域内对所有卡的同形张量逐元素求和（reduceOp 为 sum），每张卡都得到相同的结果。',
        en: 'Element-wise sum of the same-shaped tensors of all ranks in the communication domain named by `group` (reduceOp sum); every rank receives the same result.',
      },
    },
    {
      tex: '\\mathbin{@}',
      meaning: {'zh-Hans': '矩阵乘法。', en: 'Matrix multiplication.'},
    },
    {
      tex: '\\cdot',
      meaning: {
        'zh-Hans':
          '逐元素相乘，缩放系数按其量化粒度广播：pertensor 作用于全部元素，perchannel 按列（n），pertoken 按行（m）。',
        en: 'Element-wise multiplication, with each scale broadcast by its granularity: pertensor to every element, perchannel per column (n), pertoken per row (m).',
      },
    },
    {
      tex: 'm',
      meaning: {
        'zh-Hans': '二维 x1 的行数（三维时相当于 b*s），即 token 数。',
        en: 'Number of rows of a 2-D x1 (b*s for a 3-D x1), i.e. the number of tokens.',
      },
    },
    {
      tex: 'k',
      meaning: {
        'zh-Hans': '矩阵乘的规约维：x1 的最后一维，等于 x2 的第一维（逻辑 shape）。',
        en: 'The reduction dimension of the matmul: the last dimension of x1, equal to the first dimension of x2 (logical shape).',
      },
    },
    {
      tex: 'n',
      meaning: {
        'zh-Hans': 'x2 的列数，即输出的最后一维。',
        en: 'Number of columns of x2, i.e. the last dimension of the output.',
      },
    },
    {
      tex: 'b',
      meaning: {
        'zh-Hans': '三维 x1 (b, s, k) 的第一维，输出 (b, s, n) 保留该维。',
        en: 'First dimension of a 3-D x1 (b, s, k); kept in the output (b, s, n).',
      },
    },
    {
      tex: 's',
      meaning: {
        'zh-Hans': '三维 x1 (b, s, k) 的第二维，输出 (b, s, n) 保留该维。',
        en: 'Second dimension of a 3-D x1 (b, s, k); kept in the output (b, s, n).',
      },
    },
  ],
  prototypes: {
    getWorkspaceSize: {
      name: 'aclnnQuantMatmulAllReduceV2GetWorkspaceSize',
      declaration: `aclnnStatus aclnnQuantMatmulAllReduceV2GetWorkspaceSize(
    const aclTensor *x1, const aclTensor *x2, const aclTensor *biasOptional,
    const aclTensor *x3Optional, const aclTensor *dequantScale,
    const aclTensor *pertokenScaleOptional, const char *group, const char *reduceOp,
    int64_t commTurn, int64_t streamMode, const aclTensor *output,
    uint64_t *workspaceSize, aclOpExecutor **executor)`,
    },
    execute: {
      name: 'aclnnQuantMatmulAllReduceV2',
      declaration: `aclnnStatus aclnnQuantMatmulAllReduceV2(
    void *workspace, uint64_t workspaceSize, aclOpExecutor *executor, const aclrtStream stream)`,
    },
  },
  parameters: [
    {
      name: 'x1',
      cType: 'const aclTensor *',
      direction: 'in',
      meaning: {
        'zh-Hans': '矩阵乘的左矩阵，对应公式中的 x1。',
        en: 'Left matrix of the matrix multiplication (x1 in the formula).',
      },
      rules: [
        {
          'zh-Hans': '二维时 shape 为 (m, k)，三维时为 (b, s, k)，且不能为空Tensor。',
          en: 'Shape (m, k) when 2-D or (b, s, k) when 3-D; must not be an empty tensor.',
        },
        {
          'zh-Hans': '不支持转置，也不支持非连续Tensor。',
          en: 'Must not be transposed; non-contiguous tensors are not supported.',
        },
        {
          'zh-Hans': 'k 轴需与 x2 的 k 轴相等；m 不超过 2147483647，最后一维 k 不超过 65535。',
          en: 'Its k must equal the k of x2; m must not exceed 2147483647 and the last dimension k must not exceed 65535.',
        },
      ],
      dtypes: ['INT8'],
      formats: ['ND'],
      dims: {'zh-Hans': '2–3', en: '2–3'},
      nonContiguous: 'unsupported',
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [65, 67], hash: 'fed2fe641aa91543'},
        {source: 'qmar-v2-doc', lines: [93, 102], hash: '303e04949e2d332a'},
      ],
      errata: ['i7-x1-layout-unchecked', 'i3-limits-in-tiling', 'i4-empty-k'],
    },
    {
      name: 'x2',
      cType: 'const aclTensor *',
      direction: 'in',
      meaning: {
        'zh-Hans': '矩阵乘的右矩阵（权重），对应公式中的 x2。',
        en: 'Right matrix (weight) of the matrix multiplication (x2 in the formula).',
      },
      rules: [
        {
          'zh-Hans':
            '逻辑 shape 为二维 (k, n)，不能为空Tensor，可以转置也可以不转置；k 轴需满足矩阵乘算子的入参要求，且与 x1 的 k 轴相等。',
          en: 'Logical shape is 2-D (k, n) and must not be empty; it may be transposed or not. k must meet the requirements of the matmul operator and equal the k of x1.',
        },
        {
          'zh-Hans':
            'Atlas A2 训练系列产品/Atlas A2 推理系列产品：数据格式支持 ND（当前版本仅支持二维输入）和 FRACTAL_NZ（当前版本仅支持四维输入）。使用 FRACTAL_NZ 时，先调用 `aclnnCalculateMatmulWeightSizeV2` 获取 NZ 数据所需大小，再调用 `aclnnTransMatmulWeight` 将 ND 数据转换为 NZ 格式。',
          en: 'Atlas A2 training/inference series: the format may be ND (2-D input only in this version) or FRACTAL_NZ (4-D input only in this version). For FRACTAL_NZ, call `aclnnCalculateMatmulWeightSizeV2` for the size of the NZ buffer and `aclnnTransMatmulWeight` to convert the ND data to NZ.',
        },
        {
          'zh-Hans': 'Ascend 950PR/Ascend 950DT（后续文档新增的产品）：数据格式仅支持 ND（当前版本仅支持二维输入）。',
          en: 'Ascend 950PR/Ascend 950DT (a product added by later docs): ND format only (2-D input in the current version).',
        },
        {
          'zh-Hans': '非连续Tensor仅支持转置场景，即对最后两维做转置得到的视图。',
          en: 'A non-contiguous tensor is accepted only as a transpose, i.e. a view that swaps the last two axes.',
        },
        {
          'zh-Hans': '最后一维不超过 65535（转置时为 k，非转置时为 n）。',
          en: 'Its last dimension (k when transposed, n otherwise) must not exceed 65535.',
        },
      ],
      dtypes: ['INT8'],
      formats: ['ND', 'FRACTAL_NZ'],
      dims: {'zh-Hans': '2（ND）、4（FRACTAL_NZ 存储）', en: '2 (ND), 4 (FRACTAL_NZ storage)'},
      nonContiguous: 'transpose-only',
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [40, 40], hash: 'e985309cce554005'},
        {source: 'seed-qmar', lines: [65, 67], hash: 'fed2fe641aa91543'},
        {source: 'qmar-v2-doc', lines: [103, 112], hash: '4f05eeb0e324823e'},
        {source: 'qmar-v2-doc', lines: [226, 232], hash: '30a18ddff5898957'},
      ],
      errata: ['i9-x2-noncontiguous-tables', 'i6-nz-skips-shape-checks', 'i3-limits-in-tiling'],
    },
    {
      name: 'biasOptional',
      cType: 'const aclTensor *',
      direction: 'in',
      optional: true,
      meaning: {
        'zh-Hans': 'INT32 偏置，在反量化之前加到矩阵乘结果上，对应公式中的 bias。',
        en: 'INT32 bias added to the matmul result before dequantization (bias in the formula).',
      },
      rules: [
        {'zh-Hans': '可选参数，不需要时传入空指针。', en: 'Optional; pass a null pointer when not needed.'},
        {'zh-Hans': '传入时为一维，shape 为 (n)。', en: 'When given, it is 1-D with shape (n).'},
      ],
      dtypes: ['INT32'],
      formats: ['ND'],
      dims: {'zh-Hans': '1', en: '1'},
      nonContiguous: 'supported',
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [69, 69], hash: 'cdc8b3885e412901'},
        {source: 'qmar-v2-doc', lines: [113, 122], hash: '8ddd71af76e8d6ca'},
      ],
      errata: ['i6-nz-skips-shape-checks'],
    },
    {
      name: 'x3Optional',
      cType: 'const aclTensor *',
      direction: 'in',
      optional: true,
      meaning: {
        'zh-Hans': '反量化之后、AllReduce 之前相加的张量，对应公式中的 x3。',
        en: 'Tensor added after dequantization and before the all-reduce (x3 in the formula).',
      },
      rules: [
        {'zh-Hans': '可选参数，不需要时传入空指针。', en: 'Optional; pass a null pointer when not needed.'},
        {'zh-Hans': '传入时 shape 与 output 相同。', en: 'When given, its shape equals the shape of output.'},
        {
          'zh-Hans': '数据类型需与 output 相同（参数校验代码对此做强制检查，见勘误 I5）。',
          en: 'Its dtype must be the same as the dtype of output (the parameter check enforces this; see erratum I5).',
        },
      ],
      dtypes: ['FLOAT16', 'BFLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '与 output 相同（2–3）', en: 'same as output (2–3)'},
      nonContiguous: 'supported',
      provenance: ['seed', 'doc', 'impl'],
      sources: [
        {source: 'seed-qmar', lines: [69, 69], hash: 'cdc8b3885e412901'},
        {source: 'qmar-v2-doc', lines: [123, 132], hash: 'cf26e95087d26faf'},
        {source: 'mar-util', lines: [287, 291], hash: 'd7fe2f495f8b1f1d'},
      ],
      errata: ['e3-dims-column', 'i5-x3-dtype-match'],
    },
    {
      name: 'dequantScale',
      cType: 'const aclTensor *',
      direction: 'in',
      meaning: {
        'zh-Hans': '作用于 INT32 矩阵乘结果的反量化系数，对应公式中的 dequantScale。',
        en: 'Dequantization scale applied to the INT32 matmul result (dequantScale in the formula).',
      },
      rules: [
        {
          'zh-Hans': 'pertensor 量化时 shape 为 (1)；perchannel 量化时 shape 为 (n) 或 (1, n)。',
          en: 'Shape (1) for pertensor quantization; (n) or (1, n) for perchannel quantization.',
        },
        {
          'zh-Hans': 'output 为 BFLOAT16 时，直接传入 BFLOAT16 类型的 dequantScale。',
          en: 'When output is BFLOAT16, pass a BFLOAT16 dequantScale as is.',
        },
        {
          'zh-Hans': 'output 为 FLOAT16 且传入了 `pertokenScaleOptional` 时，直接传入 FLOAT32 类型的 dequantScale。',
          en: 'When output is FLOAT16 and `pertokenScaleOptional` is given, pass a FLOAT32 dequantScale as is.',
        },
        {
          'zh-Hans':
            'output 为 FLOAT16 且未传入 `pertokenScaleOptional` 时，需先调用 TransQuantParamV2 对应的 aclnn 接口，将 FLOAT32 系数转换为 INT64 或 UINT64 后再传入。',
          en: 'When output is FLOAT16 and `pertokenScaleOptional` is null, first convert the FLOAT32 scale to INT64 or UINT64 with the TransQuantParamV2 aclnn API and pass the converted tensor.',
        },
      ],
      dtypes: ['INT64', 'UINT64', 'FLOAT32', 'BFLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '1–2', en: '1–2'},
      nonContiguous: 'supported',
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [77, 79], hash: 'bc202a239e9903f8'},
        {source: 'qmar-v2-doc', lines: [133, 142], hash: 'db160332cecda6c9'},
      ],
      errata: [
        'e3-dims-column',
        'e4-fp16-float32-dequant-scale',
        'i1-fp32-scale-rejected-in-tiling',
        'i6-nz-skips-shape-checks',
      ],
    },
    {
      name: 'pertokenScaleOptional',
      cType: 'const aclTensor *',
      direction: 'in',
      optional: true,
      meaning: {
        'zh-Hans': 'pertoken（逐行）缩放系数，x1 的每一行对应一个值，对应公式中的 pertokenScaleOptional。',
        en: 'Pertoken (per-row) scale, one value per row of x1 (pertokenScaleOptional in the formula).',
      },
      rules: [
        {
          'zh-Hans': '可选参数；传入时按情形2计算，传入空指针时按情形1计算。',
          en: 'Optional; when given, case 2 of the formula applies, when null, case 1.',
        },
        {
          'zh-Hans': 'x1 的 shape 为 (m, k) 时，shape 为 (m)；x1 的 shape 为 (b, s, k) 时，shape 为 (b*s)。',
          en: 'Shape (m) when x1 is (m, k); shape (b*s) when x1 is (b, s, k).',
        },
        {
          'zh-Hans': '传入本参数且 output 为 FLOAT16 时，dequantScale 需为 FLOAT32。',
          en: 'When it is given and output is FLOAT16, dequantScale must be FLOAT32.',
        },
      ],
      dtypes: ['FLOAT32'],
      formats: ['ND'],
      dims: {'zh-Hans': '1', en: '1'},
      nonContiguous: 'supported',
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [81, 81], hash: 'b9b0a26585795e6c'},
        {source: 'seed-qmar', lines: [77, 77], hash: '9efc939acf8066ad'},
        {source: 'qmar-v2-doc', lines: [143, 152], hash: '77b7a95ffe042621'},
      ],
      errata: ['e1-pertoken-not-pertensor', 'e3-dims-column', 'i6-nz-skips-shape-checks'],
    },
    {
      name: 'group',
      cType: 'const char *',
      direction: 'in',
      meaning: {'zh-Hans': '通信域名称。', en: 'Name of the communication domain.'},
      rules: [
        {
          'zh-Hans': '通过 `HcclGetCommName` 从 `HcclComm` 通信域句柄获取。',
          en: 'Obtain it from an `HcclComm` handle with `HcclGetCommName`.',
        },
        {
          'zh-Hans': 'Atlas A2 训练系列产品/Atlas A2 推理系列产品：同一模型中的通算融合 MC2 算子只能使用相同的通信域。',
          en: 'Atlas A2 training/inference series: all fused compute-communication (MC2) operators of one model must use the same communication domain.',
        },
      ],
      valueType: 'char*',
      nonContiguous: 'not-applicable',
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [86, 86], hash: 'b9c366f044bc8fd6'},
        {source: 'qmar-v2-doc', lines: [153, 162], hash: 'ed06430a05c1232b'},
        {source: 'qmar-v2-doc', lines: [331, 331], hash: 'e6297bff1551ff4a'},
      ],
    },
    {
      name: 'reduceOp',
      cType: 'const char *',
      direction: 'in',
      meaning: {'zh-Hans': 'AllReduce 的规约操作类型。', en: 'Reduction operation of the all-reduce.'},
      rules: [{'zh-Hans': '当前仅支持 "sum"。', en: 'Only "sum" is supported.'}],
      valueType: 'char*',
      nonContiguous: 'not-applicable',
      provenance: ['doc'],
      sources: [{source: 'qmar-v2-doc', lines: [163, 172], hash: 'e5f283dbc7d76937'}],
      errata: ['i8-reduce-op-case'],
    },
    {
      name: 'commTurn',
      cType: 'int64_t',
      direction: 'in',
      meaning: {
        'zh-Hans': '通信数据切分数，即总数据量与单次通信数据量之比。',
        en: 'Number of communication splits, i.e. the total data size divided by the data size of one communication.',
      },
      rules: [{'zh-Hans': '当前仅支持 0。', en: 'Only 0 is supported.'}],
      valueType: 'int64_t',
      nonContiguous: 'not-applicable',
      provenance: ['doc'],
      sources: [{source: 'qmar-v2-doc', lines: [173, 182], hash: 'a6ebc34440956faa'}],
      errata: ['i2-commturn-tiling'],
    },
    {
      name: 'streamMode',
      cType: 'int64_t',
      direction: 'in',
      meaning: {'zh-Hans': '流模式的枚举值。', en: 'Stream mode enumeration value.'},
      rules: [{'zh-Hans': '当前仅支持 1。', en: 'Only 1 is supported.'}],
      valueType: 'int64_t',
      nonContiguous: 'not-applicable',
      provenance: ['doc'],
      sources: [{source: 'qmar-v2-doc', lines: [183, 192], hash: '19e7889e78cb40a2'}],
    },
    {
      name: 'output',
      cType: 'const aclTensor *',
      direction: 'out',
      meaning: {
        'zh-Hans': '矩阵乘、反量化、相加和 AllReduce 之后的计算结果，对应公式中的 output。',
        en: 'Result after matmul, dequantization, addition and all-reduce (output in the formula).',
      },
      rules: [
        {
          'zh-Hans': '维数与 x1 相同：x1 为 (m, k) 时 shape 为 (m, n)，x1 为 (b, s, k) 时为 (b, s, n)。',
          en: 'Same rank as x1: shape (m, n) when x1 is (m, k), (b, s, n) when x1 is (b, s, k).',
        },
        {
          'zh-Hans':
            '数据类型决定 dequantScale 的类型：BFLOAT16 输出对应 BFLOAT16 的 dequantScale；FLOAT16 输出对应 INT64/UINT64（无 pertoken）或 FLOAT32（有 pertoken）。',
          en: 'Its dtype determines the dtype of dequantScale: BFLOAT16 output needs a BFLOAT16 dequantScale; FLOAT16 output needs INT64/UINT64 (no pertoken) or FLOAT32 (with pertoken).',
        },
        {'zh-Hans': '不支持空Tensor。', en: 'Empty tensors are not supported.'},
      ],
      dtypes: ['FLOAT16', 'BFLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '2–3', en: '2–3'},
      nonContiguous: 'supported',
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [71, 71], hash: '97f64e8788edd823'},
        {source: 'seed-qmar', lines: [77, 77], hash: '9efc939acf8066ad'},
        {source: 'seed-qmar', lines: [79, 79], hash: '4fccea6262d0d1c9'},
        {source: 'qmar-v2-doc', lines: [193, 202], hash: 'd9369d25337d9c70'},
      ],
      errata: ['i4-empty-k'],
    },
    {
      name: 'workspaceSize',
      cType: 'uint64_t *',
      direction: 'out',
      meaning: {
        'zh-Hans': '返回需要在 Device 侧申请的 workspace 大小（字节）。',
        en: 'Returns the size in bytes of the workspace to allocate on the device.',
      },
      rules: [
        {
          'zh-Hans': '大于 0 时，调用方按此大小申请 Device 内存，并在第二段接口中传入。',
          en: 'When it is greater than 0, the caller allocates that much device memory and passes it to the second phase.',
        },
      ],
      valueType: 'uint64_t*',
      nonContiguous: 'not-applicable',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v2-doc', lines: [203, 212], hash: '3d5e16f5480a2226'},
        {source: 'qmar-v2-doc', lines: [40, 40], hash: '885fa94de837c258'},
      ],
    },
    {
      name: 'executor',
      cType: 'aclOpExecutor **',
      direction: 'out',
      meaning: {
        'zh-Hans': '返回 op 执行器，其中包含算子的计算流程。',
        en: 'Returns the op executor, which holds the computation plan of the operator.',
      },
      rules: [
        {
          'zh-Hans': '将得到的执行器传给第二段接口 `aclnnQuantMatmulAllReduceV2`。',
          en: 'Pass the executor to the second phase, `aclnnQuantMatmulAllReduceV2`.',
        },
      ],
      valueType: 'aclOpExecutor**',
      nonContiguous: 'not-applicable',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v2-doc', lines: [213, 222], hash: 'ffbc419611c818e1'},
        {source: 'qmar-v2-doc', lines: [40, 40], hash: '885fa94de837c258'},
      ],
    },
  ],
  executeParameters: [
    {
      name: 'workspace',
      cType: 'void *',
      direction: 'in',
      meaning: {
        'zh-Hans': '在 Device 侧申请的 workspace 内存的地址。',
        en: 'Address of the workspace memory allocated on the device.',
      },
      rules: [
        {
          'zh-Hans': '按第一段接口返回的 workspaceSize 申请（例如使用 `aclrtMalloc`）；大小为 0 时无需申请。',
          en: 'Allocate it with the workspaceSize returned by the first phase (e.g. with `aclrtMalloc`); nothing needs to be allocated when the size is 0.',
        },
      ],
      valueType: 'void*',
      nonContiguous: 'not-applicable',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v2-doc', lines: [287, 291], hash: '97378a285afdc2e3'},
        {source: 'qmar-v2-doc', lines: [532, 534], hash: '4d16df6daf7e8cdb'},
      ],
    },
    {
      name: 'workspaceSize',
      cType: 'uint64_t',
      direction: 'in',
      meaning: {
        'zh-Hans': 'workspace 的大小，取第一段接口 `aclnnQuantMatmulAllReduceV2GetWorkspaceSize` 返回的值。',
        en: 'Size of the workspace, as returned by the first phase `aclnnQuantMatmulAllReduceV2GetWorkspaceSize`.',
      },
      valueType: 'uint64_t',
      nonContiguous: 'not-applicable',
      provenance: ['doc'],
      sources: [{source: 'qmar-v2-doc', lines: [292, 296], hash: '9a60cf47343bd8fe'}],
    },
    {
      name: 'executor',
      cType: 'aclOpExecutor *',
      direction: 'in',
      meaning: {
        'zh-Hans': 'op 执行器，包含算子的计算流程，由第一段接口返回。',
        en: 'The op executor holding the computation plan, returned by the first phase.',
      },
      valueType: 'aclOpExecutor*',
      nonContiguous: 'not-applicable',
      provenance: ['doc'],
      sources: [{source: 'qmar-v2-doc', lines: [297, 301], hash: '2d822a53c5935644'}],
    },
    {
      name: 'stream',
      cType: 'const aclrtStream',
      direction: 'in',
      meaning: {
        'zh-Hans': '执行计算任务的 Stream。',
        en: 'The stream on which the computation is launched.',
      },
      rules: [
        {
          'zh-Hans':
            '接口返回后任务仅下发到该 Stream；读取 output 之前需同步该 Stream（如 `aclrtSynchronizeStream`）。',
          en: 'The call only launches the work on this stream; synchronize the stream (e.g. `aclrtSynchronizeStream`) before reading output.',
        },
      ],
      valueType: 'aclrtStream',
      nonContiguous: 'not-applicable',
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v2-doc', lines: [302, 306], hash: '7f272de787d4775f'},
        {source: 'qmar-v2-doc', lines: [537, 541], hash: '0072a22247e3b2f1'},
      ],
    },
  ],
  errors: [
    {
      status: 'ACLNN_ERR_PARAM_NULLPTR',
      code: 161001,
      slug: 'null-input',
      when: {
        'zh-Hans': '传入的 x1、x2、dequantScale 或 output 为空指针。',
        en: 'x1, x2, dequantScale or output is a null pointer.',
      },
      params: ['x1', 'x2', 'dequantScale', 'output'],
      provenance: ['doc', 'impl'],
      sources: [
        {source: 'qmar-v2-doc', lines: [252, 256], hash: '12c873b467876d4d'},
        {source: 'mar-util', lines: [241, 243], hash: '3a0b628105d35639'},
      ],
    },
    {
      status: 'ACLNN_ERR_PARAM_INVALID',
      code: 161002,
      slug: 'dtype',
      when: {
        'zh-Hans':
          'x1、x2、biasOptional、dequantScale、pertokenScaleOptional、x3Optional 或 output 的数据类型不在支持范围内。',
        en: 'The dtype of x1, x2, biasOptional, dequantScale, pertokenScaleOptional, x3Optional or output is not supported.',
      },
      params: ['x1', 'x2', 'biasOptional', 'dequantScale', 'pertokenScaleOptional', 'x3Optional', 'output'],
      provenance: ['doc', 'impl'],
      sources: [
        {source: 'qmar-v2-doc', lines: [257, 261], hash: 'd29c9aad0b0bf7d6'},
        {source: 'mar-util', lines: [277, 307], hash: 'ea0b4403ee805de5'},
      ],
      errata: ['e4-fp16-float32-dequant-scale', 'i1-fp32-scale-rejected-in-tiling', 'i5-x3-dtype-match'],
    },
    {
      status: 'ACLNN_ERR_PARAM_INVALID',
      code: 161002,
      slug: 'stream-mode',
      when: {'zh-Hans': 'streamMode 的取值不在支持范围内。', en: 'streamMode is out of the supported range.'},
      params: ['streamMode'],
      provenance: ['doc', 'impl'],
      sources: [
        {source: 'qmar-v2-doc', lines: [257, 264], hash: '1af295334c860614'},
        {source: 'mar-util', lines: [176, 179], hash: '6d84921a3e9c5e6b'},
      ],
    },
    {
      status: 'ACLNN_ERR_PARAM_INVALID',
      code: 161002,
      slug: 'shape',
      when: {
        'zh-Hans':
          'x1、x2、biasOptional、dequantScale、pertokenScaleOptional、x3Optional 或 output 的 shape 不满足约束要求。',
        en: 'The shape of x1, x2, biasOptional, dequantScale, pertokenScaleOptional, x3Optional or output violates the constraints.',
      },
      params: ['x1', 'x2', 'biasOptional', 'dequantScale', 'pertokenScaleOptional', 'x3Optional', 'output'],
      provenance: ['doc'],
      sources: [{source: 'qmar-v2-doc', lines: [257, 267], hash: '2a4fdd644dbecb18'}],
      errata: ['i3-limits-in-tiling', 'i4-empty-k', 'i6-nz-skips-shape-checks'],
    },
    {
      phase: 'execute',
      status: 'ACLNN_ERR_INNER',
      code: 561000,
      slug: 'launch-failed',
      when: {
        'zh-Hans':
          '第二段接口 `aclnnQuantMatmulAllReduceV2` 下发任务失败：内部下发调用返回任何非成功状态时，接口一律返回 561000，原始状态码只写入日志。',
        en: 'The second phase `aclnnQuantMatmulAllReduceV2` fails to launch the work: whatever non-success status the internal launch call returns, the API returns 561000; the original status only goes to the log.',
      },
      provenance: ['impl'],
      sources: [
        {source: 'qmar-v2-api', lines: [70, 78], hash: '54b325a82acceada'},
        {source: 'return-codes-doc', lines: [22, 22], hash: 'ad97cdf91490e190'},
      ],
    },
  ],
  constraints: [
    // ---- Documented constraints (seed unless tagged), in the order of the docs. ----
    {
      id: 'determinism',
      group: 'documented',
      statement: {
        'zh-Hans': '默认为非确定性实现，可通过 `aclrtCtxSetSysParamOpt` 开启确定性计算。',
        en: 'The default implementation is non-deterministic; deterministic computation can be enabled with `aclrtCtxSetSysParamOpt`.',
      },
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [60, 62], hash: '86c12adfafed872e'},
        {source: 'qmar-v2-doc', lines: [315, 317], hash: '92a2ae05206cf777'},
        {source: 'qmar-v2-doc-2025-12', lines: [294, 295], hash: 'a50f1096bcfd0393'},
        {source: 'qmar-v2-doc-8-5-0', lines: [299, 300], hash: 'a50f1096bcfd0393'},
      ],
      note: {
        'zh-Hans':
          '当前文档：Atlas A2 训练系列产品/Atlas A2 推理系列产品默认非确定性实现，改为将环境变量 `HCCL_DETERMINISTIC` 设为 true 开启确定性计算；Ascend 950PR/Ascend 950DT 默认即为确定性实现。2025 年 12 月的文档仍写 `aclrtCtxSetSysParamOpt`，文档自提交 17beabaea（2026-02-05）起改为 `HCCL_DETERMINISTIC`；发布分支 8.5.0 的文档仍写 `aclrtCtxSetSysParamOpt`，9.0.0 与 9.1.0 已改。',
        en: 'Current docs: on Atlas A2 training/inference series the default is non-deterministic and deterministic computation is enabled by setting the environment variable `HCCL_DETERMINISTIC` to true instead; Ascend 950PR/Ascend 950DT is deterministic by default. The docs of December 2025 still named `aclrtCtxSetSysParamOpt`; they switched to `HCCL_DETERMINISTIC` in commit 17beabaea (2026-02-05). The docs of the release branch 8.5.0 still name `aclrtCtxSetSysParamOpt`; those of 9.0.0 and 9.1.0 have the change.',
      },
      errata: ['e2-determinism-switch'],
    },
    {
      id: 'mc2-scenario',
      group: 'documented',
      statement: {
        'zh-Hans': '增量（decode）场景不使能 MC2 融合，全量（prefill）场景使能 MC2 融合。',
        en: 'The fused MC2 path is not enabled in the incremental (decode) scenario; it is enabled in the full (prefill) scenario.',
      },
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [63, 63], hash: 'b5c2bd8ad426de90'},
        {source: 'qmar-v2-doc', lines: [318, 318], hash: '2e838f136e815762'},
      ],
    },
    {
      id: 'x1-rank',
      group: 'documented',
      statement: {
        'zh-Hans': 'x1 为二维或三维且不能为空Tensor，shape 为 (m, k) 或 (b, s, k)。',
        en: 'x1 is 2-D or 3-D and not empty, with shape (m, k) or (b, s, k).',
      },
      params: ['x1'],
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [65, 65], hash: '6526bb624af17195'},
        {source: 'qmar-v2-doc', lines: [319, 319], hash: 'b454463cf1d91bb8'},
      ],
      status: 161002,
      errata: ['i4-empty-k', 'i7-x1-layout-unchecked'],
    },
    {
      id: 'x2-rank',
      group: 'documented',
      statement: {
        'zh-Hans':
          'x2 必须为二维且不能为空Tensor，shape 为 (k, n)；k 轴满足矩阵乘算子的入参要求，且 x1 与 x2 的 k 轴相等。',
        en: 'x2 must be 2-D and not empty, with shape (k, n); k meets the requirements of the matmul operator, and the k of x1 equals the k of x2.',
      },
      params: ['x2', 'x1'],
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [65, 65], hash: '6526bb624af17195'},
        {source: 'qmar-v2-doc', lines: [319, 319], hash: 'b454463cf1d91bb8'},
      ],
      status: 161002,
      errata: ['i4-empty-k', 'i6-nz-skips-shape-checks'],
    },
    {
      id: 'm-max',
      group: 'documented',
      statement: {'zh-Hans': 'm 不超过 2147483647。', en: 'm must not exceed 2147483647.'},
      params: ['x1'],
      provenance: ['seed', 'doc', 'impl'],
      sources: [
        {source: 'seed-qmar', lines: [67, 67], hash: 'f50806a2bc0f3f44'},
        {source: 'qmar-v2-doc', lines: [320, 320], hash: 'af0e47de94ff55e7'},
        {source: 'qmar-tiling-910', lines: [151, 173], hash: 'f6889fce4cec2ea9'},
        {source: 'qmar-tiling-950', lines: [554, 576], hash: '519f3cc5fe510aa7'},
        {source: 'return-codes-doc', lines: [24, 24], hash: '482f1438b67ad695'},
      ],
      status: 161002,
      note: {
        'zh-Hans':
          '开源参数校验代码不检查该上限，超限时在第一段接口的 Tiling 阶段失败，返回 561002（ACLNN_ERR_INNER_TILING_ERROR）。',
        en: 'The open-source parameter check does not test this limit; a larger m fails in the tiling step of phase 1 with 561002 (ACLNN_ERR_INNER_TILING_ERROR).',
      },
      errata: ['i3-limits-in-tiling'],
    },
    {
      id: 'last-dim-max',
      group: 'documented',
      statement: {
        'zh-Hans': 'x1 与 x2 的最后一维均不超过 65535：x1 的最后一维为 k，x2 的最后一维在转置时为 k、非转置时为 n。',
        en: 'The last dimensions of x1 and x2 must each not exceed 65535: for x1 it is k, for x2 it is k when transposed and n otherwise.',
      },
      params: ['x1', 'x2'],
      provenance: ['seed', 'doc', 'impl'],
      sources: [
        {source: 'seed-qmar', lines: [67, 67], hash: 'f50806a2bc0f3f44'},
        {source: 'qmar-v2-doc', lines: [320, 320], hash: 'af0e47de94ff55e7'},
        {source: 'qmar-tiling-910', lines: [151, 173], hash: 'f6889fce4cec2ea9'},
        {source: 'qmar-tiling-950', lines: [554, 576], hash: '519f3cc5fe510aa7'},
        {source: 'return-codes-doc', lines: [24, 24], hash: '482f1438b67ad695'},
      ],
      status: 161002,
      note: {
        'zh-Hans':
          '开源参数校验代码不检查该上限，超限时在第一段接口的 Tiling 阶段失败，返回 561002（ACLNN_ERR_INNER_TILING_ERROR）。',
        en: 'The open-source parameter check does not test this limit; a larger dimension fails in the tiling step of phase 1 with 561002 (ACLNN_ERR_INNER_TILING_ERROR).',
      },
      errata: ['i3-limits-in-tiling'],
    },
    {
      id: 'bias-shape',
      group: 'documented',
      statement: {
        'zh-Hans': 'biasOptional 非空时，shape 为 (n)。',
        en: 'When biasOptional is given, its shape is (n).',
      },
      params: ['biasOptional'],
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [69, 69], hash: 'cdc8b3885e412901'},
        {source: 'qmar-v2-doc', lines: [321, 321], hash: '4af5f006365bd972'},
      ],
      status: 161002,
      errata: ['i6-nz-skips-shape-checks'],
    },
    {
      id: 'x3-shape',
      group: 'documented',
      statement: {
        'zh-Hans': 'x3Optional 非空时，shape 与 output 相同。',
        en: 'When x3Optional is given, its shape equals the shape of output.',
      },
      params: ['x3Optional', 'output'],
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [69, 69], hash: 'cdc8b3885e412901'},
        {source: 'qmar-v2-doc', lines: [321, 321], hash: '4af5f006365bd972'},
      ],
      status: 161002,
      errata: ['e3-dims-column', 'i6-nz-skips-shape-checks'],
    },
    {
      id: 'output-shape',
      group: 'documented',
      statement: {
        'zh-Hans':
          'x1 的 shape 为 (b, s, k) 时，output 的 shape 为 (b, s, n)；x1 的 shape 为 (m, k) 时，output 的 shape 为 (m, n)。',
        en: 'When x1 is (b, s, k), output is (b, s, n); when x1 is (m, k), output is (m, n).',
      },
      params: ['x1', 'output'],
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [71, 71], hash: '97f64e8788edd823'},
        {source: 'qmar-v2-doc', lines: [322, 322], hash: 'b5b5bdfa8dfdcda8'},
      ],
      status: 161002,
      errata: ['i6-nz-skips-shape-checks'],
    },
    {
      id: 'not-null',
      group: 'documented',
      statement: {
        'zh-Hans': 'x1、x2、dequantScale 和 output 不能为空指针。',
        en: 'x1, x2, dequantScale and output must not be null pointers.',
      },
      params: ['x1', 'x2', 'dequantScale', 'output'],
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [73, 73], hash: 'e21ca8b77a743fca'},
        {source: 'qmar-v2-doc', lines: [323, 323], hash: '8ebd05178814ad2d'},
      ],
      status: 161001,
    },
    {
      id: 'dtype-format',
      group: 'documented',
      statement: {
        'zh-Hans':
          'x1、x2、dequantScale、output，以及非空时的 biasOptional 和 x3Optional，其数据类型和数据格式都需在支持范围内。',
        en: 'The dtypes and formats of x1, x2, dequantScale, output, and of biasOptional and x3Optional when given, must be among the supported ones.',
      },
      params: ['x1', 'x2', 'dequantScale', 'output', 'biasOptional', 'x3Optional'],
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [75, 75], hash: '36e6b21f5339e1e5'},
        {source: 'qmar-v2-doc', lines: [324, 324], hash: 'fdef1648e312e479'},
      ],
      status: 161002,
      errata: ['i5-x3-dtype-match'],
    },
    {
      id: 'fp16-dequant',
      group: 'documented',
      statement: {
        'zh-Hans':
          'output 为 FLOAT16 时：pertokenScaleOptional 为空，则 dequantScale 为 INT64 或 UINT64；pertokenScaleOptional 非空，则 dequantScale 为 FLOAT32。',
        en: 'When output is FLOAT16: dequantScale is INT64 or UINT64 if pertokenScaleOptional is null, and FLOAT32 if pertokenScaleOptional is given.',
      },
      params: ['output', 'dequantScale', 'pertokenScaleOptional'],
      provenance: ['seed', 'doc', 'impl'],
      sources: [
        {source: 'seed-qmar', lines: [77, 77], hash: '9efc939acf8066ad'},
        {source: 'qmar-v2-doc', lines: [325, 325], hash: '8c69b4aa3bd88a73'},
        {source: 'mar-util', lines: [36, 47], hash: '79c8e481549536af'},
        {source: 'qmar-tiling-910', lines: [176, 208], hash: '6fa8e7241169133c'},
        {source: 'return-codes-doc', lines: [24, 24], hash: '482f1438b67ad695'},
      ],
      status: 161002,
      note: {
        'zh-Hans':
          '开源参数校验代码在无 pertoken 时也接受 FLOAT32 的 dequantScale，该组合随后在 Tiling 阶段被拒绝，返回 561002。',
        en: 'Without pertoken, the open-source parameter check also accepts a FLOAT32 dequantScale; that combination is then rejected in tiling with 561002.',
      },
      errata: ['e4-fp16-float32-dequant-scale', 'i1-fp32-scale-rejected-in-tiling'],
    },
    {
      id: 'bf16-dequant',
      group: 'documented',
      statement: {
        'zh-Hans': 'output 为 BFLOAT16 时，dequantScale 为 BFLOAT16。',
        en: 'When output is BFLOAT16, dequantScale is BFLOAT16.',
      },
      params: ['output', 'dequantScale'],
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [79, 79], hash: '4fccea6262d0d1c9'},
        {source: 'qmar-v2-doc', lines: [326, 326], hash: 'e94c1a920c319a94'},
      ],
      status: 161002,
    },
    {
      id: 'pertoken-shape',
      group: 'documented',
      statement: {
        'zh-Hans':
          'x1 的 shape 为 (b, s, k) 时，pertokenScaleOptional 的 shape 为 (b*s)；x1 的 shape 为 (m, k) 时，为 (m)。',
        en: 'When x1 is (b, s, k), pertokenScaleOptional is (b*s); when x1 is (m, k), it is (m).',
      },
      params: ['x1', 'pertokenScaleOptional'],
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [81, 81], hash: 'b9b0a26585795e6c'},
        {source: 'qmar-v2-doc', lines: [327, 327], hash: '7a2d5e49e74dbc01'},
      ],
      status: 161002,
      errata: ['e3-dims-column', 'i6-nz-skips-shape-checks'],
    },
    {
      id: 'topology',
      group: 'documented',
      statement: {
        'zh-Hans': '仅支持 HCCS 链路 all mesh 组网；Atlas A2 训练系列产品/Atlas A2 推理系列产品支持 1、2、4、8 卡。',
        en: 'Only HCCS all-mesh networking is supported; Atlas A2 training/inference series support 1, 2, 4 or 8 ranks (cards).',
      },
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [83, 85], hash: '303b4522104cc5de'},
        {source: 'qmar-v2-doc', lines: [328, 330], hash: '7955a963cb9fb30c'},
      ],
      note: {
        'zh-Hans': '后续文档新增 Ascend 950PR/Ascend 950DT：支持 1、2、4、8、16、32、64 卡（见勘误 E8）。',
        en: 'Later docs add Ascend 950PR/Ascend 950DT with 1, 2, 4, 8, 16, 32 or 64 ranks (see erratum E8).',
      },
      errata: ['e8-later-products'],
    },
    {
      id: 'single-domain',
      group: 'documented',
      statement: {
        'zh-Hans':
          'Atlas A2 训练系列产品/Atlas A2 推理系列产品：一个模型中的所有通算融合 MC2 算子仅支持使用相同的通信域。',
        en: 'Atlas A2 training/inference series: all fused compute-communication (MC2) operators in one model must use the same communication domain.',
      },
      params: ['group'],
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [86, 86], hash: 'b9c366f044bc8fd6'},
        {source: 'qmar-v2-doc', lines: [331, 331], hash: 'e6297bff1551ff4a'},
      ],
    },
    {
      id: 'empty',
      group: 'documented',
      statement: {'zh-Hans': '不支持空Tensor。', en: 'Empty tensors are not supported.'},
      params: ['x1', 'x2', 'output'],
      provenance: ['doc', 'impl'],
      sources: [
        {source: 'qmar-v2-doc', lines: [332, 333], hash: '339a1f38fae5c7fc'},
        {source: 'mar-util', lines: [447, 452], hash: '956867d08fc8c818'},
        {source: 'mar-tiling-base', lines: [833, 835], hash: '9c1ad8945f81a2a0'},
        {source: 'return-codes-doc', lines: [24, 24], hash: '482f1438b67ad695'},
      ],
      status: 161002,
      note: {
        'zh-Hans':
          '开源代码中，output 含为 0 的维度时在参数校验阶段返回 161002（自提交 6b31281b8（2026-01-28）起；x2 为 FRACTAL_NZ 时不做该检查）；k 为 0 时可通过参数校验，随后在 Tiling 阶段返回 561002。',
        en: 'In the open-source code, an output with a zero dimension is rejected by the parameter check with 161002 (since commit 6b31281b8 (2026-01-28); not checked when x2 is FRACTAL_NZ); k = 0 passes the parameter check and is rejected in tiling with 561002.',
      },
      errata: ['i4-empty-k'],
    },
    // ---- What the open-source phase-1 code actually checks [impl]. ----
    {
      id: 'x3-dtype-match',
      group: 'implementation',
      statement: {
        'zh-Hans': 'x3Optional 非空时，参数校验要求其数据类型与 output 完全相同，否则返回 161002。',
        en: 'When x3Optional is given, the parameter check requires its dtype to equal the dtype of output; otherwise it returns 161002.',
      },
      params: ['x3Optional', 'output'],
      provenance: ['impl'],
      sources: [{source: 'mar-util', lines: [287, 291], hash: 'd7fe2f495f8b1f1d'}],
      status: 161002,
      errata: ['i5-x3-dtype-match'],
    },
    {
      id: 'dequant-scale-shape',
      group: 'implementation',
      statement: {
        'zh-Hans':
          'dequantScale 必须为一维或二维，且 shape 只能是 (1)、(n) 或 (1, n)，其中 n 取自 x2；否则返回 161002。',
        en: 'dequantScale must be 1-D or 2-D and its shape exactly (1), (n) or (1, n), with n taken from x2; otherwise 161002 is returned.',
      },
      params: ['dequantScale', 'x2'],
      provenance: ['impl'],
      sources: [{source: 'mar-util', lines: [388, 405], hash: '3166bc7d421544b6'}],
      status: 161002,
      errata: ['e3-dims-column', 'i6-nz-skips-shape-checks'],
    },
    {
      id: 'pertoken-rank',
      group: 'implementation',
      statement: {
        'zh-Hans':
          'pertokenScaleOptional 非空时必须为一维，长度等于 x1 除最后一维外各维的乘积（m 或 b*s）；否则返回 161002。',
        en: 'When given, pertokenScaleOptional must be 1-D with a length equal to the product of all dimensions of x1 except the last (m or b*s); otherwise 161002 is returned.',
      },
      params: ['pertokenScaleOptional', 'x1'],
      provenance: ['impl'],
      sources: [{source: 'mar-util', lines: [366, 386], hash: 'c07b7f809583144c'}],
      status: 161002,
      errata: ['e3-dims-column', 'i6-nz-skips-shape-checks'],
    },
    {
      id: 'output-not-empty',
      group: 'implementation',
      statement: {
        'zh-Hans': 'output 的任一维为 0 时，参数校验返回 161002。',
        en: 'If any dimension of output is 0, the parameter check returns 161002.',
      },
      params: ['output'],
      provenance: ['impl'],
      sources: [{source: 'mar-util', lines: [447, 452], hash: '956867d08fc8c818'}],
      status: 161002,
      note: {
        'zh-Hans':
          '自提交 6b31281b8（2026-01-28）起；发布分支 9.0.0、9.1.0 含该检查，8.5.0 不含。x2 为 FRACTAL_NZ 时参数校验跳过该检查（见约束 nz-shape-checks-skipped）。',
        en: 'Since commit 6b31281b8 (2026-01-28); the release branches 9.0.0 and 9.1.0 have this check, 8.5.0 does not. With a FRACTAL_NZ x2 the parameter check skips it (see constraint nz-shape-checks-skipped).',
      },
      errata: ['i4-empty-k'],
    },
    {
      id: 'reduce-op-value',
      group: 'implementation',
      statement: {
        'zh-Hans': 'reduceOp 必须严格等于 "sum"（区分大小写，例如 "SUM" 也会被拒绝），否则返回 161002。',
        en: 'reduceOp must be exactly "sum" (case-sensitive, so "SUM" is rejected too); otherwise 161002 is returned.',
      },
      params: ['reduceOp'],
      provenance: ['impl'],
      sources: [{source: 'mar-util', lines: [171, 175], hash: '3f83fd1b5dc7e2fe'}],
      status: 161002,
      errata: ['i8-reduce-op-case'],
    },
    {
      id: 'stream-mode-value',
      group: 'implementation',
      statement: {
        'zh-Hans': 'streamMode 必须等于 1，否则返回 161002。',
        en: 'streamMode must equal 1; otherwise 161002 is returned.',
      },
      params: ['streamMode'],
      provenance: ['impl'],
      sources: [{source: 'mar-util', lines: [176, 179], hash: '6d84921a3e9c5e6b'}],
      status: 161002,
    },
    {
      id: 'comm-turn-value',
      group: 'implementation',
      statement: {
        'zh-Hans': '文档规定 commTurn 仅支持 0，但参数校验不检查该值；非 0 值在 Tiling 阶段被拒绝，返回 561002。',
        en: 'The docs allow only 0 for commTurn, but the parameter check does not test it; a non-zero value is rejected in tiling with 561002.',
      },
      params: ['commTurn'],
      provenance: ['impl', 'inferred'],
      sources: [
        {source: 'mar-util', lines: [168, 181], hash: '205736be757d8615'},
        {source: 'mar-tiling-base', lines: [717, 722], hash: '4455e42dba47fa53'},
        {source: 'return-codes-doc', lines: [24, 24], hash: '482f1438b67ad695'},
      ],
      status: 561002,
      errata: ['i2-commturn-tiling'],
    },
    {
      id: 'fp16-pertoken-scale-dtype',
      group: 'implementation',
      statement: {
        'zh-Hans':
          'output 为 FLOAT16 且传入 pertokenScaleOptional 时，dequantScale 的数据类型必须与 pertokenScaleOptional 相同（即 FLOAT32），否则返回 161002。',
        en: 'When output is FLOAT16 and pertokenScaleOptional is given, dequantScale must have the same dtype as pertokenScaleOptional (FLOAT32); otherwise 161002 is returned.',
      },
      params: ['output', 'dequantScale', 'pertokenScaleOptional'],
      provenance: ['impl'],
      sources: [{source: 'mar-util', lines: [298, 305], hash: 'c3f4db446e7deb07'}],
      status: 161002,
    },
    {
      id: 'bf16-pair',
      group: 'implementation',
      statement: {
        'zh-Hans': 'output 与 dequantScale 只要有一个为 BFLOAT16，两者就必须都是 BFLOAT16，否则返回 161002。',
        en: 'If either output or dequantScale is BFLOAT16, both must be BFLOAT16; otherwise 161002 is returned.',
      },
      params: ['output', 'dequantScale'],
      provenance: ['impl'],
      sources: [{source: 'mar-util', lines: [294, 297], hash: '3d971b1739099f9b'}],
      status: 161002,
    },
    {
      id: 'x2-transpose-only',
      group: 'implementation',
      statement: {
        'zh-Hans':
          'Atlas A2 训练系列产品/Atlas A2 推理系列产品：x2 的连续性检查在参数校验的最后执行（顺序为空指针、数据类型、reduceOp/streamMode、shape、x2 连续性），非连续的 x2 仅在其为最后两维转置的视图时通过，否则代码显式返回 161002（ACLNN_ERR_PARAM_INVALID）。',
        en: 'Atlas A2 training/inference series: the contiguity of x2 is checked last (order: null pointers, dtypes, reduceOp/streamMode, shapes, x2 contiguity); a non-contiguous x2 passes only when it is a view transposing the last two axes, otherwise the code explicitly returns 161002 (ACLNN_ERR_PARAM_INVALID).',
      },
      params: ['x2'],
      provenance: ['impl'],
      sources: [
        {source: 'mar-util', lines: [240, 263], hash: '62ead4b29fc83f23'},
        {source: 'mar-util', lines: [61, 79], hash: '68a538d25b5ee4d9'},
        {source: 'mar-util', lines: [81, 91], hash: '05a4d2110dee1a1c'},
      ],
      status: 161002,
      note: {
        'zh-Hans':
          '代码把 x1 的第二维或 x2 的任一维为 0 视为空张量（代码中称 m、k、n），此时跳过该检查；output 非空时这实际上就是 k 为 0 的情形。自提交 eb57bb071（2026-04-03）起（2026-04-01 的首个版本 9ec1fa8bc 次日被撤回）；发布分支 9.0.0、9.1.0 含该检查，8.5.0 不含。',
        en: 'The code treats a zero in the second dimension of x1 or in either dimension of x2 (called m, k and n in the code) as an empty tensor and then skips this check; with a non-empty output that in practice means k = 0. Since commit eb57bb071 (2026-04-03) (a first version, 9ec1fa8bc of 2026-04-01, was reverted the next day); the release branches 9.0.0 and 9.1.0 have this check, 8.5.0 does not.',
      },
      errata: ['i9-x2-noncontiguous-tables'],
    },
    {
      id: 'nz-shape-checks-skipped',
      group: 'implementation',
      statement: {
        'zh-Hans':
          '代码仅在 x2 的存储格式为 FRACTAL_NZ 且存储 shape 为四维时将其视为 NZ 权重；此时参数校验只检查 x1 为二维或三维，跳过其余全部 shape 检查（包括 output 非空检查）。Tiling 阶段再检查：x2 的存储 shape 为二维或四维；bias 为一维且长度为 n；dequantScale 不超过三维，pertensor（一维且为 1）或元素个数为 n；pertokenScaleOptional 不超过一维且元素个数为 m；不符时返回 561002。因此例如 shape 为 (n, 1) 的 dequantScale 在 NZ 场景下也会被接受。',
        en: 'The code treats x2 as an NZ weight only when its storage format is FRACTAL_NZ and its storage shape is 4-D; the parameter check then only verifies that x1 is 2-D or 3-D and skips all other shape checks (including the non-empty output check). Tiling then checks: the storage shape of x2 is 2-D or 4-D; the bias is 1-D with n elements; dequantScale is at most 3-D and either pertensor (1-D, one element) or n elements; pertokenScaleOptional is at most 1-D with m elements; a mismatch returns 561002. So, for example, a dequantScale of shape (n, 1) is accepted with an NZ x2.',
      },
      params: ['x2', 'biasOptional', 'dequantScale', 'pertokenScaleOptional', 'x3Optional', 'output'],
      provenance: ['impl', 'inferred'],
      sources: [
        {source: 'mar-util', lines: [328, 341], hash: '9dd29eb1df2798a3'},
        {source: 'mar-util', lines: [411, 415], hash: '92362ba3d4f48bcc'},
        {source: 'qmar-tiling-910', lines: [213, 219], hash: '9d43ae042352d14a'},
        {source: 'mar-tiling-base', lines: [660, 680], hash: '8309bbddd29e1a2b'},
        {source: 'mar-tiling-base', lines: [1228, 1251], hash: '10fc19d24acc9ed3'},
        {source: 'mar-tiling-base', lines: [1310, 1322], hash: '4d9cc9d6012d502d'},
        {source: 'return-codes-doc', lines: [24, 24], hash: '482f1438b67ad695'},
      ],
      status: 561002,
      errata: ['i6-nz-skips-shape-checks'],
    },
    {
      id: 'fp16-fp32-scale-in-tiling',
      group: 'implementation',
      statement: {
        'zh-Hans':
          'output 为 FLOAT16、未传入 pertokenScaleOptional 且 dequantScale 为 FLOAT32 时，参数校验通过，随后在 Tiling 阶段被拒绝，返回 561002（文档规则对应 161002）。',
        en: 'With FLOAT16 output, no pertokenScaleOptional and a FLOAT32 dequantScale, the parameter check passes and the call is then rejected in tiling with 561002 (the documented rule implies 161002).',
      },
      params: ['output', 'dequantScale', 'pertokenScaleOptional'],
      provenance: ['impl', 'inferred'],
      sources: [
        {source: 'mar-util', lines: [36, 47], hash: '79c8e481549536af'},
        {source: 'mar-util', lines: [298, 305], hash: 'c3f4db446e7deb07'},
        {source: 'qmar-tiling-910', lines: [176, 208], hash: '6fa8e7241169133c'},
        {source: 'qmar-tiling-950', lines: [579, 611], hash: '648140e371aa519b'},
        {source: 'return-codes-doc', lines: [24, 24], hash: '482f1438b67ad695'},
      ],
      status: 561002,
      errata: ['i1-fp32-scale-rejected-in-tiling', 'e4-fp16-float32-dequant-scale'],
    },
    {
      id: 'limits-in-tiling',
      group: 'implementation',
      statement: {
        'zh-Hans':
          'k 大于 65535、x2 最后一维大于 65535 或 m 大于 2147483647 时，参数校验不报错，由 Tiling 阶段拒绝并返回 561002。',
        en: 'k > 65535, a last dimension of x2 > 65535 or m > 2147483647 is not caught by the parameter check; tiling rejects it with 561002.',
      },
      params: ['x1', 'x2'],
      provenance: ['impl', 'inferred'],
      sources: [
        {source: 'qmar-tiling-910', lines: [151, 173], hash: 'f6889fce4cec2ea9'},
        {source: 'qmar-tiling-950', lines: [554, 576], hash: '519f3cc5fe510aa7'},
        {source: 'return-codes-doc', lines: [24, 24], hash: '482f1438b67ad695'},
      ],
      status: 561002,
      errata: ['i3-limits-in-tiling'],
    },
    {
      id: 'empty-k-in-tiling',
      group: 'implementation',
      statement: {
        'zh-Hans': 'k 为 0（沿 k 轴为空）时参数校验通过，随后在 Tiling 阶段被拒绝，返回 561002。',
        en: 'k = 0 (empty along k) passes the parameter check and is then rejected in tiling with 561002.',
      },
      params: ['x1', 'x2'],
      provenance: ['impl', 'inferred'],
      sources: [
        {source: 'mar-util', lines: [447, 452], hash: '956867d08fc8c818'},
        {source: 'mar-tiling-base', lines: [833, 835], hash: '9c1ad8945f81a2a0'},
        {source: 'return-codes-doc', lines: [24, 24], hash: '482f1438b67ad695'},
      ],
      status: 561002,
      errata: ['i4-empty-k'],
    },
  ],
  determinism: {
    deterministicByDefault: false,
    text: {
      'zh-Hans': '本接口默认采用非确定性实现，可通过 `aclrtCtxSetSysParamOpt` 开启确定性计算。',
      en: 'This API is non-deterministic by default; deterministic computation can be enabled with `aclrtCtxSetSysParamOpt`.',
    },
    provenance: ['seed', 'doc'],
    sources: [
      {source: 'seed-qmar', lines: [60, 62], hash: '86c12adfafed872e'},
      {source: 'qmar-v2-doc', lines: [315, 317], hash: '92a2ae05206cf777'},
      {source: 'qmar-v2-doc-2025-12', lines: [294, 295], hash: 'a50f1096bcfd0393'},
      {source: 'qmar-v2-doc-8-5-0', lines: [299, 300], hash: 'a50f1096bcfd0393'},
    ],
    note: {
      'zh-Hans':
        '当前文档：Atlas A2 训练系列产品/Atlas A2 推理系列产品通过将环境变量 `HCCL_DETERMINISTIC` 设为 true 开启确定性计算；Ascend 950PR/Ascend 950DT 默认即为确定性实现。2025 年 12 月的文档仍写 `aclrtCtxSetSysParamOpt`，自提交 17beabaea（2026-02-05）起改为 `HCCL_DETERMINISTIC`；发布分支 8.5.0 的文档仍写 `aclrtCtxSetSysParamOpt`，9.0.0 与 9.1.0 已改（见勘误 E2）。',
      en: 'Current docs: on Atlas A2 training/inference series, deterministic computation is enabled by setting the environment variable `HCCL_DETERMINISTIC` to true; Ascend 950PR/Ascend 950DT is deterministic by default. The docs of December 2025 still named `aclrtCtxSetSysParamOpt`; since commit 17beabaea (2026-02-05) they name `HCCL_DETERMINISTIC`. The docs of the release branch 8.5.0 still name `aclrtCtxSetSysParamOpt`; those of 9.0.0 and 9.1.0 have the change (see erratum E2).',
    },
    errata: ['e2-determinism-switch'],
  },
  samples: [
    {
      id: 'allreduce-nd',
      file: 'samples/allreduce-nd.cpp',
      title: {'zh-Hans': '两卡 AllReduce（ND 格式权重）', en: 'Two-rank all-reduce (ND weight)'},
      description: {
        'zh-Hans':
          '在 2 张卡上运行，每张卡由一个 Host 线程驱动：主线程完成初始化并用 HCCL 创建通信域，各线程获取通信域名称、构造输入输出 Tensor，依次调用第一段接口获取 workspace 大小和执行器、按需申请 workspace、调用第二段接口下发计算，同步 Stream 后释放 Tensor、内存、Stream 和通信域等资源。x2 使用 ND 格式。',
        en: 'Runs on 2 ranks with one host thread per rank: the main thread initializes and creates the HCCL communicators; each thread gets its communicator name, builds the input and output tensors, calls the first phase for the workspace size and executor, allocates the workspace if needed, launches the second phase, synchronizes the stream and then releases the tensors, memory, stream and communicator. x2 is passed in ND format.',
      },
    },
    {
      id: 'allreduce-nz',
      file: 'samples/allreduce-nz.cpp',
      title: {'zh-Hans': '两卡 AllReduce（FRACTAL_NZ 格式权重）', en: 'Two-rank all-reduce (FRACTAL_NZ weight)'},
      description: {
        'zh-Hans':
          '调用流程与 ND 示例相同（2 卡、每卡一个 Host 线程、HCCL 通信域、两段式调用、workspace 申请、同步与资源释放），区别在于 x2 先用 `aclnnCalculateMatmulWeightSizeV2` 计算 NZ 数据大小，再用 `aclnnTransMatmulWeight` 转换为 FRACTAL_NZ 格式后传入；同时演示公式情形 2：FLOAT32 的 `dequantScale`（n）配合 FLOAT32 的 `pertokenScaleOptional`（m）。',
        en: 'Same flow as the ND sample (2 ranks, one host thread per rank, HCCL communicator, both phases, workspace allocation, synchronization and cleanup), except that x2 is first sized with `aclnnCalculateMatmulWeightSizeV2` and converted to FRACTAL_NZ with `aclnnTransMatmulWeight` before the call. It also shows formula case 2: a FLOAT32 `dequantScale` (n) together with a FLOAT32 `pertokenScaleOptional` (m).',
      },
    },
  ],
  versionNotes: [
    {
      text: {
        'zh-Hans':
          '确定性计算：自提交 17beabaea（2026-02-05）起，文档在 Atlas A2 训练系列产品/Atlas A2 推理系列产品上改为将环境变量 `HCCL_DETERMINISTIC` 设为 true 开启确定性计算（2025 年 12 月的文档及发布分支 8.5.0 的文档仍写 `aclrtCtxSetSysParamOpt`）；Ascend 950PR/Ascend 950DT 默认即为确定性实现（见勘误 E2）。',
        en: 'Deterministic computation: since commit 17beabaea (2026-02-05) the docs enable it on Atlas A2 training/inference series by setting the environment variable `HCCL_DETERMINISTIC` to true (the docs of December 2025 and of the release branch 8.5.0 still name `aclrtCtxSetSysParamOpt`); Ascend 950PR/Ascend 950DT is deterministic by default (see erratum E2).',
      },
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [60, 62], hash: '86c12adfafed872e'},
        {source: 'qmar-v2-doc-2025-12', lines: [294, 295], hash: 'a50f1096bcfd0393'},
        {source: 'qmar-v2-doc-8-5-0', lines: [299, 300], hash: 'a50f1096bcfd0393'},
        {source: 'qmar-v2-doc', lines: [315, 317], hash: '92a2ae05206cf777'},
      ],
    },
    {
      text: {
        'zh-Hans':
          '后续版本新增支持 Ascend 950PR/Ascend 950DT：支持 1、2、4、8、16、32、64 卡，x2 仅支持 ND 格式，默认确定性实现（见勘误 E8）。',
        en: 'Later releases add Ascend 950PR/Ascend 950DT, with 1, 2, 4, 8, 16, 32 or 64 ranks, ND-only x2, and deterministic by default (see erratum E8).',
      },
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v2-doc', lines: [9, 9], hash: '6fd174b7160123d8'},
        {source: 'qmar-v2-doc', lines: [328, 330], hash: '7955a963cb9fb30c'},
        {source: 'qmar-v2-doc', lines: [230, 232], hash: '5b24d195bf14aaaf'},
        {source: 'qmar-v2-doc', lines: [315, 317], hash: '92a2ae05206cf777'},
      ],
    },
    {
      text: {
        'zh-Hans':
          '功能说明：8.0.RC2 文档写作“新增支持 pertensor 量化方式”，后续文档更正为新增 pertoken 量化方式（见勘误 E1）。',
        en: 'Description: the 8.0.RC2 page says the API "adds pertensor quantization"; later docs correct this to pertoken (see erratum E1).',
      },
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [17, 17], hash: 'b5b51716a8457e34'},
        {source: 'qmar-v2-doc', lines: [20, 20], hash: '65c041c38c587c76'},
      ],
    },
    {
      text: {
        'zh-Hans':
          '后续接口：aclnnQuantMatmulAllReduceV3 在 V2 基础上新增低比特通信（新增输入 `commQuantScale1Optional`、`commQuantScale2Optional`，矩阵乘结果经 AllToAll、ReduceSum、AllGather 后再反量化）；aclnnQuantMatmulAllReduceV4 兼容 V1 至 V3 的功能，在 Ascend 950PR/Ascend 950DT 上新增 perblock、pertile、mxfp 量化方式和 FLOAT8_E4M3FN、FLOAT8_E5M2、HIFLOAT8、FLOAT4_E2M1 输入（Atlas A2 无新增特性）；aclnnQuantMatmulAllReduceV5 兼容 V1 至 V4 的功能，新增通信引擎参数 `commMode`。',
        en: 'Later APIs: aclnnQuantMatmulAllReduceV3 extends V2 with low-bit communication (new inputs `commQuantScale1Optional` and `commQuantScale2Optional`; the matmul result goes through AllToAll, ReduceSum and AllGather before dequantization); aclnnQuantMatmulAllReduceV4 covers the features of V1 to V3 and, on Ascend 950PR/Ascend 950DT, adds perblock, pertile and mxfp quantization and FLOAT8_E4M3FN, FLOAT8_E5M2, HIFLOAT8 and FLOAT4_E2M1 inputs (no new features on Atlas A2); aclnnQuantMatmulAllReduceV5 covers the features of V1 to V4 and adds the communication-engine parameter `commMode`.',
      },
      provenance: ['doc'],
      sources: [
        {source: 'qmar-v3-doc', lines: [20, 20], hash: 'f5ded9a56f5cae63'},
        {source: 'qmar-v3-doc', lines: [68, 69], hash: '410c9136feb9941e'},
        {source: 'qmar-v4-doc', lines: [18, 20], hash: 'fedcd79a4cd67bba'},
        {source: 'qmar-v5-doc', lines: [18, 18], hash: '7cf1b502d8a0ba1f'},
        {source: 'qmar-v5-doc', lines: [37, 37], hash: 'b21c77830de1d134'},
      ],
    },
  ],
  frameworks,
} satisfies OperatorSpecInput;

export default spec;
