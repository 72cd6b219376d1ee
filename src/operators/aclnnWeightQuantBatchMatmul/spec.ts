/**
 * aclnnWeightQuantBatchMatmul — operator spec (data only, no React).
 * Transcribed from: the CANN 8.0.RC2-era vendor page (seed 002_874cfb34414c9773, its lost tables and
 * link texts restored from reference/operators.md §3), with later-docs facts tagged `doc` and facts
 * read from the open-source host-side checking code tagged `impl` (reference/operators.md §4, §5).
 *
 * How to edit:
 * - Ids (formulas, products, constraints, errors, samples) and parameter names are public URL anchors
 *   (`#param-<name>`, `#constraint-<id>`, `#error-<code>-<slug>`): never rename one, add a new one instead.
 * - Every string is bilingual (`zh-Hans` and `en`, both non-empty). `` `code` `` is the only markup.
 * - Tag every fact with its provenance (`seed` / `doc` / `impl`). Where the docs and the code disagree,
 *   keep the documented rule in the `documented` group, describe the code in the `implementation` group
 *   and link the erratum id (errata.ts) instead of silently picking one.
 * - `parameters` and `executeParameters` stay in prototype order; `cType` is copied from the prototype.
 * - Formulas are KaTeX in strict mode: ASCII only inside TeX (no Chinese, no unicode symbols).
 * - Validate with `OperatorSpecSchema.parse` (the data tests do this).
 */
import type {OperatorSpecInput} from '../schema';

const spec = {
  id: 'aclnnWeightQuantBatchMatmul',
  cannVersion: 'CANN 8.0.RC2',
  header: 'aclnnop/aclnn_weight_quant_batch_matmul.h',
  summary: {
    'zh-Hans': '伪量化矩阵乘：FLOAT16 的 `x1` 与 INT8 的权重 `x2` 相乘，权重在计算过程中即时反量化。该接口已计划废弃。',
    en: 'Weight-only (pseudo) quantized matmul: FLOAT16 `x1` times INT8 weights `x2`, with the weights dequantized on the fly. This API is scheduled for removal.',
  },
  description: {
    'zh-Hans':
      '该算子对 `self @ mat2`（matmul/batchmatmul）中的右矩阵 `mat2` 做伪量化（仅量化权重）：激活 `x1` 保持 FLOAT16，权重 `x2` 以 INT8 存储，计算时先反量化为 FLOAT16 得到 `mat2`，再与 `x1` 做矩阵乘并加上可选的 `bias`。反量化所用的参数取决于 m（`x1` 的行数）：m > 64 时使用标量 `antiquantScale`、`antiquantOffset` 以及可选的 `addOffset`、`mulScale`；m ≤ 64 时使用单位矩阵 `diagonalMatrix`、`deqOffset` 和 `deqScale`。',
    en: 'The operator applies weight-only ("pseudo") quantization to the right-hand matrix `mat2` of `self @ mat2` (matmul/batchmatmul): the activations `x1` stay FLOAT16, while the weights `x2` are stored as INT8 and dequantized to FLOAT16 during the computation to form `mat2`, which is then multiplied with `x1`; an optional `bias` is added. Which dequantization parameters are used depends on m, the number of rows of `x1`: for m > 64 the scalars `antiquantScale` and `antiquantOffset` plus the optional `addOffset` and `mulScale`; for m ≤ 64 the identity matrix `diagonalMatrix`, `deqOffset` and `deqScale`.',
  },
  notices: [
    {
      text: {
        'zh-Hans':
          '原始页面缺少计算公式。本页给出后续文档中的公式；两条计算路径（m > 64 与 m ≤ 64）的细节依据开源的 Host 侧代码整理，并非厂商文档的表述。',
        en: 'The original page lost its formula. This page shows the formula of the later documentation; the details of the two computation paths (m > 64 and m ≤ 64) are derived from the open-source host-side code, not from vendor documentation.',
      },
      provenance: ['seed', 'doc', 'impl'],
    },
    {
      text: {
        'zh-Hans':
          '原始页面的“约束与限制”一节写的是“无”。本页的约束来自参数说明和后续文档；开源参数校验代码实际执行的检查单独列在“实现”分组中。',
        en: 'The "Constraints" section of the original page says "none". The constraints on this page are collected from the parameter descriptions and the later documentation; the checks the open-source parameter-checking code actually performs are listed separately in the "implementation" group.',
      },
      provenance: ['seed', 'doc', 'impl'],
    },
  ],
  deprecation: {
    replacement: 'aclnnWeightQuantBatchMatmulV2',
    text: {
      'zh-Hans':
        '原始页面说明该接口会在后续版本废弃，并通过一个抓取时丢失的链接指向替代接口 `aclnnWeightQuantBatchMatmulV2`。后续文档以及开源代码在运行时输出的废弃告警给出的替代接口则是 `aclnnWeightQuantBatchMatmulV3`，告警中计划于 2026 年 12 月移除本接口。',
      en: 'The original page says the API will be deprecated in a later release and names its replacement through a link lost in scraping: `aclnnWeightQuantBatchMatmulV2`. Later documentation and the run-time deprecation warning of the open-source code name `aclnnWeightQuantBatchMatmulV3` instead; the warning plans the removal of this API for December 2026.',
    },
    provenance: ['seed', 'doc', 'impl'],
    errata: ['e7-missing-formula-replacement'],
  },
  products: [
    {
      id: 'atlas-a2',
      name: {
        'zh-Hans': 'Atlas A2 训练系列产品/Atlas 800I A2 推理产品',
        en: 'Atlas A2 training series / Atlas 800I A2 inference products',
      },
      supported: true,
      provenance: ['seed'],
    },
  ],
  formulas: [
    {
      id: 'documented',
      title: {'zh-Hans': '计算公式', en: 'Formula'},
      tex: '\\mathit{result} = \\mathit{self} \\mathbin{@} \\mathit{mat2} + \\mathit{bias}',
      description: {
        'zh-Hans':
          '后续文档给出的公式（原始页面的公式在抓取中丢失，见勘误 E7）。`self` 即 `x1`（FLOAT16），`mat2` 由 INT8 的 `x2` 反量化得到，`bias` 可选。',
        en: 'The formula of the later documentation (the original page lost its formula; see erratum E7). `self` is `x1` (FLOAT16), `mat2` is obtained by dequantizing the INT8 `x2`, and `bias` is optional.',
      },
      provenance: ['doc'],
    },
    {
      id: 'path-m-gt-64',
      title: {'zh-Hans': 'm > 64：单算子路径', en: 'm > 64: single-op path'},
      tex: [
        '\\begin{aligned}',
        'W &= \\mathrm{fp16}\\big((\\mathrm{fp32}(x_2) + \\mathit{antiquantOffset}) \\times \\mathit{antiquantScale}\\big) \\\\',
        'W &\\leftarrow W + \\mathit{addOffset} \\\\',
        'W &\\leftarrow W \\times \\mathit{mulScale} \\\\',
        '\\mathit{result} &= x_1 \\mathbin{@} W + \\mathrm{fp16}(\\mathit{bias})',
        '\\end{aligned}',
      ].join('\n'),
      description: {
        'zh-Hans':
          'm 为 `x1` 的行数（`transposeX1` 为 true 时为 `x1` 的最后一维）。m > 64 时，`x2` 先转为 FLOAT32，加上 `antiquantOffset`、乘以 `antiquantScale` 后转为 FLOAT16；仅在传入 `addOffset` 时执行第二行，仅在传入 `mulScale` 时执行第三行，二者按列（n）广播。`bias` 转为 FLOAT16 后加到矩阵乘结果上。`x1`、`x2` 指按 `transposeX1`、`transposeX2` 转置后的逻辑矩阵 (m, k) 和 (k, n)。该路径细节依据开源 Host 侧代码整理，文档中没有说明。',
        en: 'm is the number of rows of `x1` (the last dimension of `x1` when `transposeX1` is true). For m > 64, `x2` is converted to FLOAT32, `antiquantOffset` is added, the sum is multiplied by `antiquantScale` and converted to FLOAT16; the second line applies only when `addOffset` is given and the third only when `mulScale` is given, both broadcast per column (n). `bias` is converted to FLOAT16 and added to the product. `x1` and `x2` denote the logical (m, k) and (k, n) matrices after applying `transposeX1` and `transposeX2`. This path detail is derived from the open-source host-side code; the documentation does not describe it.',
      },
      provenance: ['impl'],
    },
    {
      id: 'path-m-le-64',
      title: {'zh-Hans': 'm ≤ 64：fixpipe 路径', en: 'm ≤ 64: fixpipe path'},
      tex: [
        '\\begin{aligned}',
        'W &= (x_2 + \\mathit{deqOffset}) \\times \\mathit{deqScale} \\\\',
        '\\mathit{result} &= x_1 \\mathbin{@} W + \\mathit{bias}',
        '\\end{aligned}',
      ].join('\n'),
      description: {
        'zh-Hans':
          'm 为 `x1` 的行数（`transposeX1` 为 true 时为 `x1` 的最后一维）。m ≤ 64 时，`x2` 在 Cube 单元中与 (32, 32) 的 INT8 单位矩阵 `diagonalMatrix` 相乘（数值不变），在 fixpipe 随路输出时按列加上 INT32 的 `deqOffset`、乘以 `deqScale` 编码的缩放系数，得到 FLOAT16 的权重 W，再与 `x1` 做矩阵乘并加上 `bias`。此路径不使用 `antiquantScale`、`antiquantOffset`、`addOffset`、`mulScale`，它们的作用需预先折算进 `deqOffset` 和 `deqScale`（见下一公式）。该路径细节依据开源 Host 侧代码整理，文档中没有说明。',
        en: 'm is the number of rows of `x1` (the last dimension of `x1` when `transposeX1` is true). For m ≤ 64, `x2` is passed through the cube unit against the (32, 32) INT8 identity matrix `diagonalMatrix` (which leaves the values unchanged) and is dequantized on the way out by the fixpipe: the INT32 `deqOffset` is added per column and the result is multiplied by the scale encoded in `deqScale`, giving FLOAT16 weights W, which are multiplied with `x1` before `bias` is added. This path does not use `antiquantScale`, `antiquantOffset`, `addOffset` or `mulScale`; their effect must be folded into `deqOffset` and `deqScale` beforehand (see the next formula). This path detail is derived from the open-source host-side code; the documentation does not describe it.',
      },
      provenance: ['impl'],
    },
    {
      id: 'deq-params',
      title: {
        'zh-Hans': '示例代码中 deqOffset 与 deqScale 的计算',
        en: 'How the vendor sample derives deqOffset and deqScale',
      },
      tex: [
        '\\begin{aligned}',
        '\\mathit{deqOffset} &= \\operatorname{round}\\left(\\frac{\\mathit{addOffset}}{\\mathit{antiquantScale}} - \\mathit{antiquantOffset}\\right) \\\\',
        '\\mathit{deqScale} &= \\operatorname{TransQuantParam}(\\mathit{mulScale} \\times \\mathit{antiquantScale})',
        '\\end{aligned}',
      ].join('\n'),
      description: {
        'zh-Hans':
          '厂商示例代码按列由 `addOffset`、`antiquantScale`、`antiquantOffset` 计算 INT32 的 `deqOffset`，并把 `mulScale` 与 `antiquantScale` 的乘积交给 `aclnnTransQuantParam` 编码为 UINT64 的 `deqScale`（低 32 位存放 FLOAT32 缩放系数的位模式，第 46 位为标志位）。注意：此式中 `antiquantOffset` 的符号与 m > 64 路径中的相反，厂商示例使用 `antiquantOffset` = 0，此时两者一致。',
        en: 'The vendor sample computes the INT32 `deqOffset` per column from `addOffset`, `antiquantScale` and `antiquantOffset`, and encodes the product of `mulScale` and `antiquantScale` into the UINT64 `deqScale` with `aclnnTransQuantParam` (the low 32 bits carry the FLOAT32 bit pattern of the scale, bit 46 is a flag). Note that `antiquantOffset` enters this expression with the opposite sign to the m > 64 path; the vendor sample uses `antiquantOffset` = 0, where the two agree.',
      },
      provenance: ['impl'],
    },
  ],
  symbols: [
    {
      tex: '\\mathit{result}',
      meaning: {'zh-Hans': '计算结果，即输出 `out`。', en: 'The result, i.e. the output `out`.'},
    },
    {
      tex: '\\mathit{self}',
      meaning: {'zh-Hans': '左矩阵，即输入 `x1`（FLOAT16）。', en: 'The left matrix, i.e. the input `x1` (FLOAT16).'},
    },
    {
      tex: '\\mathit{mat2}',
      meaning: {
        'zh-Hans': '右矩阵，由 INT8 的 `x2` 反量化得到。',
        en: 'The right matrix, obtained by dequantizing the INT8 `x2`.',
      },
    },
    {tex: '\\mathbin{@}', meaning: {'zh-Hans': '矩阵乘。', en: 'Matrix multiplication.'}},
    {
      tex: '\\mathit{bias}',
      meaning: {
        'zh-Hans': '可选的偏置 `bias`（FLOAT32，长度 n）。',
        en: 'The optional bias `bias` (FLOAT32, length n).',
      },
    },
    {
      tex: 'x_1',
      meaning: {
        'zh-Hans': '输入 `x1`，按 `transposeX1` 转置后的 (m, k) 矩阵。',
        en: 'The input `x1` as the (m, k) matrix after applying `transposeX1`.',
      },
    },
    {
      tex: 'x_2',
      meaning: {
        'zh-Hans': '输入 `x2`（INT8），按 `transposeX2` 转置后的 (k, n) 矩阵。',
        en: 'The input `x2` (INT8) as the (k, n) matrix after applying `transposeX2`.',
      },
    },
    {
      tex: 'W',
      meaning: {
        'zh-Hans': '反量化后的 FLOAT16 权重，即公式中的 `mat2`。',
        en: 'The dequantized FLOAT16 weights, i.e. `mat2` of the formula.',
      },
    },
    {
      tex: 'm',
      meaning: {
        'zh-Hans': '`x1` 的行数；`transposeX1` 为 true 时为 `x1` 的最后一维。决定使用哪条计算路径。',
        en: 'The number of rows of `x1`; the last dimension of `x1` when `transposeX1` is true. It selects the computation path.',
      },
    },
    {
      tex: '\\mathit{antiquantScale}, \\mathit{antiquantOffset}',
      meaning: {
        'zh-Hans': '标量参数 `antiquantScale`、`antiquantOffset`，对 `x2` 反量化的缩放系数和偏移。',
        en: 'The scalar parameters `antiquantScale` and `antiquantOffset`: the scale and offset used to dequantize `x2`.',
      },
    },
    {
      tex: '\\mathit{addOffset}, \\mathit{mulScale}',
      meaning: {
        'zh-Hans': '可选的 FLOAT16 张量 `addOffset`、`mulScale`，按列加到或乘到反量化后的权重上。',
        en: 'The optional FLOAT16 tensors `addOffset` and `mulScale`, added to or multiplied into the dequantized weights per column.',
      },
    },
    {
      tex: '\\mathit{deqOffset}',
      meaning: {
        'zh-Hans': 'INT32 的反量化偏移 `deqOffset`（m ≤ 64 时使用）。',
        en: 'The INT32 dequantization offset `deqOffset` (used when m ≤ 64).',
      },
    },
    {
      tex: '\\mathit{deqScale}',
      meaning: {
        'zh-Hans': 'UINT64 的 `deqScale`，其中编码了反量化缩放系数（m ≤ 64 时使用）。',
        en: 'The UINT64 `deqScale`, which encodes the dequantization scale (used when m ≤ 64).',
      },
    },
    {
      tex: '\\mathrm{fp16}(\\cdot), \\mathrm{fp32}(\\cdot)',
      meaning: {'zh-Hans': '转换为 FLOAT16 / FLOAT32。', en: 'Conversion to FLOAT16 / FLOAT32.'},
    },
    {
      tex: '\\operatorname{round}(\\cdot)',
      meaning: {'zh-Hans': '四舍五入到整数。', en: 'Rounding to the nearest integer.'},
    },
    {
      tex: '\\operatorname{TransQuantParam}(\\cdot)',
      meaning: {
        'zh-Hans': '调用 `aclnnTransQuantParam`，把 FLOAT32 缩放系数编码为 UINT64。',
        en: 'A call of `aclnnTransQuantParam`, which encodes a FLOAT32 scale as UINT64.',
      },
    },
  ],
  prototypes: {
    getWorkspaceSize: {
      name: 'aclnnWeightQuantBatchMatmulGetWorkspaceSize',
      declaration: [
        'aclnnStatus aclnnWeightQuantBatchMatmulGetWorkspaceSize(',
        '    const aclTensor *x1, const aclTensor *x2, const aclTensor *diagonalMatrix,',
        '    const aclTensor *deqOffset, const aclTensor *deqScale, const aclTensor *addOffset,',
        '    const aclTensor *mulScale, const aclTensor *bias, bool transposeX1, bool transposeX2,',
        '    float antiquantScale, float antiquantOffset, aclTensor *out,',
        '    uint64_t *workspaceSize, aclOpExecutor **executor)',
      ].join('\n'),
    },
    execute: {
      name: 'aclnnWeightQuantBatchMatmul',
      declaration: [
        'aclnnStatus aclnnWeightQuantBatchMatmul(',
        '    void *workspace, uint64_t workspaceSize, aclOpExecutor *executor, const aclrtStream stream)',
      ].join('\n'),
    },
  },
  parameters: [
    {
      name: 'x1',
      cType: 'const aclTensor *',
      direction: 'in',
      meaning: {'zh-Hans': '公式中的输入 `self`。', en: 'The input `self` of the formula.'},
      rules: [
        {
          'zh-Hans': '仅支持二维，不支持 batch 轴。',
          en: 'Two-dimensional only; no batch axis.',
        },
        {
          'zh-Hans': '与 `x2` 需满足 broadcast 关系。',
          en: 'Must satisfy the broadcast relation with `x2`.',
        },
        {
          'zh-Hans':
            '其行数 m（`transposeX1` 为 true 时为最后一维）决定计算路径：m ≤ 64 走 fixpipe 路径，m > 64 走单算子路径。',
          en: 'Its row count m (the last dimension when `transposeX1` is true) selects the computation path: the fixpipe path for m ≤ 64, the single-op path for m > 64.',
        },
      ],
      dtypes: ['FLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '2', en: '2'},
      nonContiguous: 'unsupported',
      provenance: ['seed', 'impl'],
      errata: ['i16-wqbmm-batch-dims', 'i17-wqbmm-layout'],
    },
    {
      name: 'x2',
      cType: 'const aclTensor *',
      direction: 'in',
      meaning: {
        'zh-Hans': 'INT8 权重，反量化后得到公式中的输入 `mat2`。',
        en: 'The INT8 weights; dequantizing them yields the input `mat2` of the formula.',
      },
      rules: [
        {
          'zh-Hans': '仅支持二维，不支持 batch 轴。',
          en: 'Two-dimensional only; no batch axis.',
        },
        {
          'zh-Hans': '与 `x1` 需满足 broadcast 关系。',
          en: 'Must satisfy the broadcast relation with `x1`.',
        },
      ],
      dtypes: ['INT8'],
      formats: ['ND'],
      dims: {'zh-Hans': '2', en: '2'},
      nonContiguous: 'unsupported',
      provenance: ['seed'],
      errata: ['i16-wqbmm-batch-dims', 'i17-wqbmm-layout'],
    },
    {
      name: 'diagonalMatrix',
      cType: 'const aclTensor *',
      direction: 'in',
      optional: true,
      meaning: {
        'zh-Hans': '用于对 `x2` 反量化得到 `mat2` 的单位矩阵（m ≤ 64 时使用）。',
        en: 'The identity matrix used to dequantize `x2` into `mat2` (used when m ≤ 64).',
      },
      rules: [
        {
          'zh-Hans': '固定为二维，shape 为 (32, 32)，内容为单位矩阵。',
          en: 'Always two-dimensional with shape (32, 32), holding an identity matrix.',
        },
        {
          'zh-Hans': 'm > 64 时不参与计算，可以传空指针；m ≤ 64 时必须传入。',
          en: 'Not used and may be null when m > 64; required when m ≤ 64.',
        },
      ],
      dtypes: ['INT8'],
      formats: ['ND'],
      dims: {'zh-Hans': '2', en: '2'},
      nonContiguous: 'unsupported',
      provenance: ['seed'],
      errata: [
        'e5-m-equals-64',
        'i13-wqbmm-diagonal-shape',
        'i12-wqbmm-path-dtype-checks',
        'i10-wqbmm-null-161002',
        'i17-wqbmm-layout',
      ],
    },
    {
      name: 'deqOffset',
      cType: 'const aclTensor *',
      direction: 'in',
      optional: true,
      meaning: {
        'zh-Hans':
          '对 `x2` 反量化的偏移（m ≤ 64 时使用），由 `addOffset`、`antiquantOffset`、`antiquantScale` 计算得到，计算方式见示例代码。',
        en: 'The dequantization offset of `x2` (used when m ≤ 64), computed from `addOffset`, `antiquantOffset` and `antiquantScale` as shown in the sample.',
      },
      rules: [
        {
          'zh-Hans': 'shape 支持 1、n、(1, 1)、(1, n) 或 (n, 1)，需与 `x2` 满足 broadcast 关系。',
          en: 'Shape 1, n, (1, 1), (1, n) or (n, 1), broadcastable with `x2`.',
        },
        {
          'zh-Hans': 'm > 64 时不参与计算，可以传空指针；m ≤ 64 时必须传入。',
          en: 'Not used and may be null when m > 64; required when m ≤ 64.',
        },
      ],
      dtypes: ['INT32'],
      formats: ['ND'],
      dims: {'zh-Hans': '1 或 2', en: '1 or 2'},
      nonContiguous: 'unsupported',
      provenance: ['seed'],
      errata: [
        'e5-m-equals-64',
        'i14-wqbmm-broadcast-shapes',
        'i12-wqbmm-path-dtype-checks',
        'i10-wqbmm-null-161002',
        'i17-wqbmm-layout',
      ],
    },
    {
      name: 'deqScale',
      cType: 'const aclTensor *',
      direction: 'in',
      optional: true,
      meaning: {
        'zh-Hans':
          '对 `x2` 反量化的缩放系数（m ≤ 64 时使用），由 `aclnnTransQuantParam` 接口计算得到，计算方式见示例代码。',
        en: 'The dequantization scale of `x2` (used when m ≤ 64), produced by `aclnnTransQuantParam` as shown in the sample.',
      },
      rules: [
        {
          'zh-Hans': 'shape 支持 1、n、(1, 1)、(1, n) 或 (n, 1)，需与 `x2` 满足 broadcast 关系。',
          en: 'Shape 1, n, (1, 1), (1, n) or (n, 1), broadcastable with `x2`.',
        },
        {
          'zh-Hans': 'm > 64 时不参与计算，可以传空指针；m ≤ 64 时必须传入。',
          en: 'Not used and may be null when m > 64; required when m ≤ 64.',
        },
      ],
      dtypes: ['UINT64'],
      formats: ['ND'],
      dims: {'zh-Hans': '1 或 2', en: '1 or 2'},
      nonContiguous: 'unsupported',
      provenance: ['seed'],
      errata: [
        'e5-m-equals-64',
        'i14-wqbmm-broadcast-shapes',
        'i12-wqbmm-path-dtype-checks',
        'i10-wqbmm-null-161002',
        'i17-wqbmm-layout',
      ],
    },
    {
      name: 'addOffset',
      cType: 'const aclTensor *',
      direction: 'in',
      optional: true,
      meaning: {
        'zh-Hans': '加到反量化后 `x2` 上的偏移，参与得到 `mat2`。',
        en: 'An offset added to the dequantized `x2` on the way to `mat2`.',
      },
      rules: [
        {
          'zh-Hans': 'shape 支持 1、n、(1, 1)、(1, n) 或 (n, 1)，需与 `x2` 满足 broadcast 关系。',
          en: 'Shape 1, n, (1, 1), (1, n) or (n, 1), broadcastable with `x2`.',
        },
        {
          'zh-Hans': '文档写明 m < 64 时不参与计算（m = 64 的情况见勘误 E5）；任何情况下都可以传空指针。',
          en: 'Documented as not used when m < 64 (for m = 64 see erratum E5); may be null in every case.',
        },
      ],
      dtypes: ['FLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '1 或 2', en: '1 or 2'},
      nonContiguous: 'unsupported',
      provenance: ['seed'],
      errata: ['e5-m-equals-64', 'i14-wqbmm-broadcast-shapes', 'i12-wqbmm-path-dtype-checks', 'i17-wqbmm-layout'],
    },
    {
      name: 'mulScale',
      cType: 'const aclTensor *',
      direction: 'in',
      optional: true,
      meaning: {
        'zh-Hans': '乘到反量化后 `x2` 上的缩放系数，参与得到 `mat2`。',
        en: 'A scale multiplied into the dequantized `x2` on the way to `mat2`.',
      },
      rules: [
        {
          'zh-Hans': 'shape 支持 1、n、(1, 1)、(1, n) 或 (n, 1)，需与 `x2` 满足 broadcast 关系。',
          en: 'Shape 1, n, (1, 1), (1, n) or (n, 1), broadcastable with `x2`.',
        },
        {
          'zh-Hans': '文档写明 m < 64 时不参与计算（m = 64 的情况见勘误 E5）；任何情况下都可以传空指针。',
          en: 'Documented as not used when m < 64 (for m = 64 see erratum E5); may be null in every case.',
        },
      ],
      dtypes: ['FLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '1 或 2', en: '1 or 2'},
      nonContiguous: 'unsupported',
      provenance: ['seed'],
      errata: ['e5-m-equals-64', 'i14-wqbmm-broadcast-shapes', 'i12-wqbmm-path-dtype-checks', 'i17-wqbmm-layout'],
    },
    {
      name: 'bias',
      cType: 'const aclTensor *',
      direction: 'in',
      optional: true,
      meaning: {'zh-Hans': '公式中的输入 `bias`。', en: 'The input `bias` of the formula.'},
      rules: [
        {
          'zh-Hans': '一维，长度等于 n。',
          en: 'One-dimensional with length n.',
        },
        {
          'zh-Hans': '可以传空指针。',
          en: 'May be null.',
        },
      ],
      dtypes: ['FLOAT32'],
      formats: ['ND'],
      dims: {'zh-Hans': '1', en: '1'},
      nonContiguous: 'unsupported',
      provenance: ['seed'],
      errata: ['i15-wqbmm-bias-shape', 'i17-wqbmm-layout'],
    },
    {
      name: 'transposeX1',
      cType: 'bool',
      direction: 'in',
      meaning: {'zh-Hans': '表示 `x1` 是否转置。', en: 'Whether `x1` is transposed.'},
      rules: [
        {
          'zh-Hans': '为 true 时，m 取 `x1` 的最后一维。',
          en: 'When true, m is the last dimension of `x1`.',
        },
      ],
      valueType: 'bool',
      provenance: ['seed', 'impl'],
    },
    {
      name: 'transposeX2',
      cType: 'bool',
      direction: 'in',
      meaning: {'zh-Hans': '表示 `x2` 是否转置。', en: 'Whether `x2` is transposed.'},
      valueType: 'bool',
      provenance: ['seed'],
      errata: ['i14-wqbmm-broadcast-shapes'],
    },
    {
      name: 'antiquantScale',
      cType: 'float',
      direction: 'in',
      meaning: {
        'zh-Hans': '对 `x2` 反量化得到 `mat2` 所用的标量缩放系数。',
        en: 'The scalar scale used to dequantize `x2` into `mat2`.',
      },
      rules: [
        {
          'zh-Hans': '只在 m > 64 的单算子路径中直接使用；m ≤ 64 时需预先折算进 `deqOffset` 和 `deqScale`。',
          en: 'Used directly only on the single-op path (m > 64); for m ≤ 64 it must be folded into `deqOffset` and `deqScale` beforehand.',
        },
      ],
      valueType: 'float',
      provenance: ['seed', 'impl'],
    },
    {
      name: 'antiquantOffset',
      cType: 'float',
      direction: 'in',
      meaning: {
        'zh-Hans': '对 `x2` 反量化得到 `mat2` 所用的标量偏移。',
        en: 'The scalar offset used to dequantize `x2` into `mat2`.',
      },
      rules: [
        {
          'zh-Hans': '只在 m > 64 的单算子路径中直接使用；m ≤ 64 时需预先折算进 `deqOffset`。',
          en: 'Used directly only on the single-op path (m > 64); for m ≤ 64 it must be folded into `deqOffset` beforehand.',
        },
      ],
      valueType: 'float',
      provenance: ['seed', 'impl'],
    },
    {
      name: 'out',
      cType: 'aclTensor *',
      direction: 'out',
      meaning: {'zh-Hans': '公式中的输出 `result`。', en: 'The output `result` of the formula.'},
      rules: [
        {
          'zh-Hans': '数据类型需为 `x1` 与 `x2` 推导后可转换的类型。',
          en: 'Its dtype must be one that the dtype derived from `x1` and `x2` can be converted to.',
        },
        {
          'zh-Hans': 'shape 为 `x1` 与 `x2` broadcast 之后的 shape，即 (m, n)。',
          en: 'Its shape is the broadcast shape of `x1` and `x2`, i.e. (m, n).',
        },
      ],
      dtypes: ['FLOAT16', 'INT8'],
      formats: ['ND'],
      dims: {'zh-Hans': '2', en: '2'},
      nonContiguous: 'unspecified',
      provenance: ['seed'],
      errata: ['e6-out-int8', 'i11-wqbmm-out-checks'],
    },
    {
      name: 'workspaceSize',
      cType: 'uint64_t *',
      direction: 'out',
      meaning: {
        'zh-Hans': '返回需要在 Device 侧申请的 workspace 大小。',
        en: 'Returns the size of the workspace to allocate on the device.',
      },
      valueType: 'uint64_t*',
      provenance: ['seed'],
    },
    {
      name: 'executor',
      cType: 'aclOpExecutor **',
      direction: 'out',
      meaning: {
        'zh-Hans': '返回 op 执行器，其中包含算子的计算流程。',
        en: 'Returns the op executor, which holds the computation plan of the operator.',
      },
      valueType: 'aclOpExecutor**',
      provenance: ['seed'],
    },
  ],
  executeParameters: [
    {
      name: 'workspace',
      cType: 'void *',
      direction: 'in',
      meaning: {
        'zh-Hans': '在 Device 侧申请的 workspace 内存地址。',
        en: 'The address of the workspace memory allocated on the device.',
      },
      valueType: 'void*',
      provenance: ['seed'],
    },
    {
      name: 'workspaceSize',
      cType: 'uint64_t',
      direction: 'in',
      meaning: {
        'zh-Hans':
          '在 Device 侧申请的 workspace 大小，由第一段接口 `aclnnWeightQuantBatchMatmulGetWorkspaceSize` 获取。',
        en: 'The size of the device workspace, as returned by the first-phase call `aclnnWeightQuantBatchMatmulGetWorkspaceSize`.',
      },
      valueType: 'uint64_t',
      provenance: ['seed'],
    },
    {
      name: 'executor',
      cType: 'aclOpExecutor *',
      direction: 'in',
      meaning: {
        'zh-Hans': 'op 执行器，包含算子的计算流程。',
        en: 'The op executor, which holds the computation plan of the operator.',
      },
      valueType: 'aclOpExecutor*',
      provenance: ['seed'],
    },
    {
      name: 'stream',
      cType: 'const aclrtStream',
      direction: 'in',
      meaning: {
        'zh-Hans': '指定执行任务的 AscendCL Stream 流。',
        en: 'The AscendCL stream on which the task runs.',
      },
      valueType: 'aclrtStream',
      provenance: ['seed'],
    },
  ],
  errors: [
    {
      status: 'ACLNN_ERR_PARAM_NULLPTR',
      code: 161001,
      slug: 'null-input',
      when: {
        'zh-Hans': '传入的 `x1` 或 `x2` 是空指针；或 m ≤ 64 时 `diagonalMatrix`、`deqOffset`、`deqScale` 中有空指针。',
        en: '`x1` or `x2` is a null pointer, or, when m ≤ 64, one of `diagonalMatrix`, `deqOffset` and `deqScale` is null.',
      },
      params: ['x1', 'x2', 'diagonalMatrix', 'deqOffset', 'deqScale'],
      provenance: ['doc'],
      errata: ['i10-wqbmm-null-161002'],
    },
    {
      status: 'ACLNN_ERR_PARAM_INVALID',
      code: 161002,
      slug: 'dtype',
      when: {
        'zh-Hans': '传入的非空 Tensor 的数据类型不在支持范围内。',
        en: 'A non-null tensor has a data type outside the supported range.',
      },
      params: ['x1', 'x2', 'diagonalMatrix', 'deqOffset', 'deqScale', 'addOffset', 'mulScale', 'bias', 'out'],
      provenance: ['doc'],
      errata: ['i12-wqbmm-path-dtype-checks', 'i11-wqbmm-out-checks'],
    },
  ],
  constraints: [
    // ---- documented: rules the original page states in its parameter descriptions, and later docs ----
    {
      id: 'determinism',
      group: 'documented',
      statement: {
        'zh-Hans': '在 Atlas A2 训练系列产品/Atlas 800I A2 推理产品和 Atlas A3 上，该算子默认采用确定性实现。',
        en: 'On Atlas A2 training series / Atlas 800I A2 inference products and on Atlas A3, the operator uses a deterministic implementation by default.',
      },
      provenance: ['doc'],
      note: {
        'zh-Hans': '原始页面的约束一节为“无”，此条来自后续文档。',
        en: 'The constraints section of the original page says "none"; this rule comes from the later documentation.',
      },
      errata: ['e8-later-products'],
    },
    {
      id: 'x-rank-2d',
      group: 'documented',
      statement: {
        'zh-Hans': '`x1` 和 `x2` 仅支持二维，不支持 batch 轴。',
        en: '`x1` and `x2` must be two-dimensional; there is no batch axis.',
      },
      params: ['x1', 'x2'],
      provenance: ['seed'],
      errata: ['i16-wqbmm-batch-dims'],
    },
    {
      id: 'k-match',
      group: 'documented',
      statement: {
        'zh-Hans':
          '`x1` 与 `x2` 需满足矩阵乘的 broadcast 关系：按 `transposeX1`、`transposeX2` 转置后，`x1` 的 k 与 `x2` 的 k 相等。',
        en: '`x1` and `x2` must satisfy the matmul broadcast relation: after applying `transposeX1` and `transposeX2`, the k of `x1` equals the k of `x2`.',
      },
      params: ['x1', 'x2', 'transposeX1', 'transposeX2'],
      provenance: ['seed', 'impl'],
      note: {
        'zh-Hans': '原始页面只写“满足 broadcast 关系”；k 相等的具体含义取自参数校验代码（见实现约束 `k-equal`）。',
        en: 'The original page only says "satisfy the broadcast relation"; the reading as equal k is taken from the parameter-checking code (see the implementation constraint `k-equal`).',
      },
    },
    {
      id: 'diagonal-matrix-identity',
      group: 'documented',
      statement: {
        'zh-Hans': '`diagonalMatrix` 固定为 shape (32, 32) 的 INT8 单位矩阵。',
        en: '`diagonalMatrix` is always a (32, 32) INT8 identity matrix.',
      },
      params: ['diagonalMatrix'],
      provenance: ['seed'],
      errata: ['i13-wqbmm-diagonal-shape'],
    },
    {
      id: 'scale-offset-shape',
      group: 'documented',
      statement: {
        'zh-Hans':
          '`deqOffset`、`deqScale`、`addOffset`、`mulScale` 的 shape 支持 1、n、(1, 1)、(1, n) 或 (n, 1)，且需与 `x2` 满足 broadcast 关系。',
        en: 'The shapes of `deqOffset`, `deqScale`, `addOffset` and `mulScale` are 1, n, (1, 1), (1, n) or (n, 1), and must broadcast with `x2`.',
      },
      params: ['deqOffset', 'deqScale', 'addOffset', 'mulScale', 'x2'],
      provenance: ['seed'],
      errata: ['i14-wqbmm-broadcast-shapes'],
    },
    {
      id: 'bias-shape',
      group: 'documented',
      statement: {
        'zh-Hans': '`bias` 为一维，长度等于 n。',
        en: '`bias` is one-dimensional with length n.',
      },
      params: ['bias'],
      provenance: ['seed'],
      errata: ['i15-wqbmm-bias-shape'],
    },
    {
      id: 'out-dtype',
      group: 'documented',
      statement: {
        'zh-Hans': '`out` 的数据类型为 FLOAT16 或 INT8，且需为 `x1` 与 `x2` 推导后可转换的类型。',
        en: 'The dtype of `out` is FLOAT16 or INT8, and must be one that the dtype derived from `x1` and `x2` can be converted to.',
      },
      params: ['out', 'x1', 'x2'],
      provenance: ['seed'],
      errata: ['e6-out-int8', 'i11-wqbmm-out-checks'],
    },
    {
      id: 'out-shape',
      group: 'documented',
      statement: {
        'zh-Hans': '`out` 的 shape 为 `x1` 与 `x2` broadcast 之后的 shape，即 (m, n)。',
        en: 'The shape of `out` is the broadcast shape of `x1` and `x2`, i.e. (m, n).',
      },
      params: ['out', 'x1', 'x2'],
      provenance: ['seed'],
    },
    {
      id: 'fixpipe-inputs-required',
      group: 'documented',
      statement: {
        'zh-Hans':
          'm > 64 时 `diagonalMatrix`、`deqOffset`、`deqScale` 不参与计算，可以为空；否则必须传入。`addOffset`、`mulScale` 在 m < 64 时不参与计算，任何情况下都可以为空。',
        en: 'When m > 64, `diagonalMatrix`, `deqOffset` and `deqScale` are not used and may be null; otherwise they must be given. `addOffset` and `mulScale` are not used when m < 64 and may be null in every case.',
      },
      params: ['diagonalMatrix', 'deqOffset', 'deqScale', 'addOffset', 'mulScale', 'x1', 'transposeX1'],
      provenance: ['seed'],
      note: {
        'zh-Hans': '文档没有说明 m = 64 时使用哪组参数；参数校验代码在 m ≤ 64 时走 `diagonalMatrix` 路径。',
        en: 'The documentation leaves open which set is used for m = 64; the parameter-checking code takes the `diagonalMatrix` path for m ≤ 64.',
      },
      errata: ['e5-m-equals-64'],
    },
    {
      id: 'not-null',
      group: 'documented',
      statement: {
        'zh-Hans': '`x1`、`x2` 不能为空指针；m ≤ 64 时 `diagonalMatrix`、`deqOffset`、`deqScale` 也不能为空指针。',
        en: '`x1` and `x2` must not be null; when m ≤ 64, `diagonalMatrix`, `deqOffset` and `deqScale` must not be null either.',
      },
      params: ['x1', 'x2', 'diagonalMatrix', 'deqOffset', 'deqScale'],
      provenance: ['doc'],
      status: 161001,
      errata: ['i10-wqbmm-null-161002'],
    },
    {
      id: 'dtype-format',
      group: 'documented',
      statement: {
        'zh-Hans':
          '非空 Tensor 的数据类型须在支持范围内：`x1` FLOAT16，`x2` INT8，`diagonalMatrix` INT8，`deqOffset` INT32，`deqScale` UINT64，`addOffset`、`mulScale` FLOAT16，`bias` FLOAT32，`out` FLOAT16 或 INT8；数据格式均为 ND。',
        en: 'Non-null tensors must have a supported dtype: `x1` FLOAT16, `x2` INT8, `diagonalMatrix` INT8, `deqOffset` INT32, `deqScale` UINT64, `addOffset` and `mulScale` FLOAT16, `bias` FLOAT32, `out` FLOAT16 or INT8; the format is ND throughout.',
      },
      params: ['x1', 'x2', 'diagonalMatrix', 'deqOffset', 'deqScale', 'addOffset', 'mulScale', 'bias', 'out'],
      provenance: ['seed', 'doc'],
      status: 161002,
      errata: ['i12-wqbmm-path-dtype-checks', 'i11-wqbmm-out-checks', 'i17-wqbmm-layout'],
    },
    {
      id: 'contiguous-inputs',
      group: 'documented',
      statement: {
        'zh-Hans': '所有输入 Tensor 都不支持非连续 Tensor。',
        en: 'None of the input tensors may be non-contiguous.',
      },
      params: ['x1', 'x2', 'diagonalMatrix', 'deqOffset', 'deqScale', 'addOffset', 'mulScale', 'bias'],
      provenance: ['seed'],
      errata: ['i17-wqbmm-layout'],
    },
    // ---- implementation: what the open-source phase-1 parameter check actually verifies ----
    {
      id: 'impl-not-null',
      group: 'implementation',
      statement: {
        'zh-Hans':
          '`x1`、`x2`、`out` 不能为空指针；m ≤ 64 时 `diagonalMatrix`、`deqOffset`、`deqScale` 也不能为空指针。',
        en: '`x1`, `x2` and `out` must not be null; when m ≤ 64, `diagonalMatrix`, `deqOffset` and `deqScale` must not be null either.',
      },
      params: ['x1', 'x2', 'out', 'diagonalMatrix', 'deqOffset', 'deqScale'],
      provenance: ['impl'],
      status: 161002,
      note: {
        'zh-Hans':
          '代码对空指针返回 161002（ACLNN_ERR_PARAM_INVALID），而文档写的是 161001；文档也没有要求 `out` 非空。',
        en: 'The code returns 161002 (ACLNN_ERR_PARAM_INVALID) for null pointers, whereas the documentation gives 161001; the documentation does not require a non-null `out` either.',
      },
      errata: ['i10-wqbmm-null-161002', 'i11-wqbmm-out-checks'],
    },
    {
      id: 'impl-dtypes',
      group: 'implementation',
      statement: {
        'zh-Hans':
          '数据类型检查与路径有关：`x1` 须为 FLOAT16，`x2` 须为 INT8，`bias` 须为 FLOAT32；m ≤ 64 时检查 `diagonalMatrix` 为 INT8、`deqOffset` 为 INT32、`deqScale` 为 UINT64；m > 64 时仅在传入时检查 `addOffset`、`mulScale` 为 FLOAT16。',
        en: 'The dtype checks depend on the path: `x1` must be FLOAT16, `x2` INT8 and `bias` FLOAT32; for m ≤ 64 `diagonalMatrix` is checked to be INT8, `deqOffset` INT32 and `deqScale` UINT64; for m > 64 `addOffset` and `mulScale` are checked to be FLOAT16 when given.',
      },
      params: ['x1', 'x2', 'bias', 'diagonalMatrix', 'deqOffset', 'deqScale', 'addOffset', 'mulScale'],
      provenance: ['impl'],
      status: 161002,
      note: {
        'zh-Hans': '未使用路径的参数不做数据类型检查。',
        en: 'The parameters of the path that is not taken are not dtype-checked.',
      },
      errata: ['i12-wqbmm-path-dtype-checks'],
    },
    {
      id: 'out-float16-only',
      group: 'implementation',
      statement: {
        'zh-Hans': '`out` 的数据类型只接受 FLOAT16。',
        en: '`out` is only accepted as FLOAT16.',
      },
      params: ['out'],
      provenance: ['impl'],
      status: 161002,
      note: {
        'zh-Hans': '文档同时列出了 INT8，但代码会拒绝 INT8 的 `out`。',
        en: 'The documentation also lists INT8, but the code rejects an INT8 `out`.',
      },
      errata: ['i11-wqbmm-out-checks', 'e6-out-int8'],
    },
    {
      id: 'dims-range',
      group: 'implementation',
      statement: {
        'zh-Hans':
          '`x1`、`x2` 至少二维，最多为矩阵乘支持的最大维数（8 维）；超过二维时按 batch 矩阵乘计算，`out` 的前导维须与 `x1` 的前导维相同。',
        en: '`x1` and `x2` need at least two dimensions and at most the matmul maximum (8); with more than two dimensions a batch matmul runs, and the leading dimensions of `out` must equal those of `x1`.',
      },
      params: ['x1', 'x2', 'out'],
      provenance: ['impl'],
      status: 161002,
      note: {
        'zh-Hans': '文档规定仅支持二维、不支持 batch 轴。',
        en: 'The documentation allows two dimensions only, with no batch axis.',
      },
      errata: ['i16-wqbmm-batch-dims'],
    },
    {
      id: 'k-equal',
      group: 'implementation',
      statement: {
        'zh-Hans': '考虑 `transposeX1`、`transposeX2` 后，`x1` 的 k 必须等于 `x2` 的 k。',
        en: 'Taking `transposeX1` and `transposeX2` into account, the k of `x1` must equal the k of `x2`.',
      },
      params: ['x1', 'x2', 'transposeX1', 'transposeX2'],
      provenance: ['impl'],
      status: 161002,
    },
    {
      id: 'out-shape-match',
      group: 'implementation',
      statement: {
        'zh-Hans': '`out` 的最后两维必须为 (m, n)，前导维与 `x1` 的前导维相同。',
        en: 'The last two dimensions of `out` must be (m, n), and its leading dimensions must equal those of `x1`.',
      },
      params: ['out', 'x1', 'x2'],
      provenance: ['impl'],
      status: 161002,
    },
    {
      id: 'bias-last-dim',
      group: 'implementation',
      statement: {
        'zh-Hans': '`bias` 可以是任意维数，只检查最后一维为 1 或 n。',
        en: '`bias` may have any rank; only its last dimension is checked to be 1 or n.',
      },
      params: ['bias'],
      provenance: ['impl'],
      status: 161002,
      note: {
        'zh-Hans':
          '文档要求一维且长度为 n。shape 为 [1] 的 `bias` 能通过该检查，但随后在第一段接口内部失败，返回 561103（ACLNN_ERR_INNER_NULLPTR）。',
        en: 'The documentation requires one dimension of length n. A `bias` of shape [1] passes this check but then fails later inside phase 1 with 561103 (ACLNN_ERR_INNER_NULLPTR).',
      },
      errata: ['i15-wqbmm-bias-shape'],
    },
    {
      id: 'deq-last-dim',
      group: 'implementation',
      statement: {
        'zh-Hans': 'm ≤ 64 时，`deqOffset`、`deqScale` 只检查最后一维（一维时即其长度）为 1 或 n，且不考虑转置。',
        en: 'When m ≤ 64, only the last dimension of `deqOffset` and `deqScale` (their length when one-dimensional) is checked to be 1 or n, as if never transposed.',
      },
      params: ['deqOffset', 'deqScale'],
      provenance: ['impl'],
      status: 161002,
      errata: ['i14-wqbmm-broadcast-shapes'],
    },
    {
      id: 'diagonal-shape-32',
      group: 'implementation',
      statement: {
        'zh-Hans': '仅在 m ≤ 64 时检查 `diagonalMatrix` 的 shape 必须恰为 (32, 32)。',
        en: 'Only when m ≤ 64 is the shape of `diagonalMatrix` checked to be exactly (32, 32).',
      },
      params: ['diagonalMatrix'],
      provenance: ['impl'],
      status: 161002,
      note: {
        'zh-Hans': '代码不检查其内容是否为单位矩阵。',
        en: 'The code does not check that its content is an identity matrix.',
      },
      errata: ['i13-wqbmm-diagonal-shape'],
    },
    {
      id: 'add-mul-broadcast-dim',
      group: 'implementation',
      statement: {
        'zh-Hans':
          'm > 64 时，`addOffset`、`mulScale` 的广播维（最后一维；`transposeX2` 为 true 时为倒数第二维）必须为 1 或 n；`transposeX2` 为 true 时，一维的 `addOffset`、`mulScale` 的 shape 必须为 [1]。',
        en: 'When m > 64, the broadcast dimension of `addOffset` and `mulScale` (the last one, or the second-to-last when `transposeX2` is true) must be 1 or n; with `transposeX2` true, a one-dimensional `addOffset` or `mulScale` must have shape [1].',
      },
      params: ['addOffset', 'mulScale', 'transposeX2'],
      provenance: ['impl'],
      status: 161002,
      note: {
        'zh-Hans':
          '能通过该检查但无法 broadcast 的 shape 会在第一段接口内部稍后失败，返回 561103（ACLNN_ERR_INNER_NULLPTR）。',
        en: 'Shapes that pass this check but cannot broadcast fail later inside phase 1 with 561103 (ACLNN_ERR_INNER_NULLPTR).',
      },
      errata: ['i14-wqbmm-broadcast-shapes'],
    },
    {
      id: 'empty-input',
      group: 'implementation',
      statement: {
        'zh-Hans': '`x1` 或 `x2` 为空 Tensor 时调用成功，`out` 被填充为 0（传入 `bias` 时再加上 `bias`）。',
        en: 'When `x1` or `x2` is an empty tensor, the call succeeds and `out` is filled with zeros (plus `bias` when given).',
      },
      params: ['x1', 'x2', 'out', 'bias'],
      provenance: ['impl'],
      errata: ['i18-wqbmm-empty'],
    },
    {
      id: 'layout',
      group: 'implementation',
      statement: {
        'zh-Hans': '非连续的输入 Tensor 会先被转为连续 Tensor，而不是被拒绝；代码不检查数据格式，输入一律按 ND 处理。',
        en: 'Non-contiguous input tensors are made contiguous instead of being rejected; the code has no format check and treats every input as ND.',
      },
      params: ['x1', 'x2', 'diagonalMatrix', 'deqOffset', 'deqScale', 'addOffset', 'mulScale', 'bias'],
      provenance: ['impl'],
      note: {
        'zh-Hans': '文档规定输入不支持非连续 Tensor，格式为 ND。',
        en: 'The documentation says the inputs must be contiguous and in ND format.',
      },
      errata: ['i17-wqbmm-layout'],
    },
  ],
  determinism: {
    deterministicByDefault: true,
    text: {
      'zh-Hans':
        '后续文档说明：在 Atlas A2 训练系列产品/Atlas 800I A2 推理产品和 Atlas A3 上，该算子默认为确定性实现。',
      en: 'According to the later documentation, the operator is deterministic by default on Atlas A2 training series / Atlas 800I A2 inference products and on Atlas A3.',
    },
    provenance: ['doc'],
    note: {
      'zh-Hans': '原始页面没有关于确定性计算的说明。',
      en: 'The original page says nothing about deterministic computation.',
    },
  },
  samples: [
    {
      id: 'm-gt-64',
      file: 'samples/m-gt-64.cpp',
      title: {'zh-Hans': 'm > 64：单算子路径', en: 'm > 64: single-op path'},
      description: {
        'zh-Hans':
          '按厂商示例的调用流程，m = 128：FLOAT16 的 `x1`，INT8 的 `x2`，FLOAT16 的 `addOffset`、`mulScale`，`bias` 为空，不转置，`antiquantScale` = 1、`antiquantOffset` = 0，走单算子路径。',
        en: 'Follows the vendor call sequence with m = 128: FLOAT16 `x1`, INT8 `x2`, FLOAT16 `addOffset` and `mulScale`, null `bias`, no transposes, `antiquantScale` = 1 and `antiquantOffset` = 0, so the single-op path runs.',
      },
    },
    {
      id: 'm-le-64',
      file: 'samples/m-le-64.cpp',
      title: {'zh-Hans': 'm ≤ 64：fixpipe 路径', en: 'm ≤ 64: fixpipe path'},
      description: {
        'zh-Hans':
          'm ≤ 64，走 fixpipe 路径：传入 (32, 32) 的 INT8 单位矩阵 `diagonalMatrix`；`deqOffset` 由 `addOffset`、`antiquantScale`、`antiquantOffset` 计算得到；`deqScale` 由 `aclnnTransQuantParam` 对 `mulScale` 与 `antiquantScale` 的乘积编码得到。',
        en: 'm ≤ 64, so the fixpipe path runs: a (32, 32) INT8 identity `diagonalMatrix` is passed; `deqOffset` is computed from `addOffset`, `antiquantScale` and `antiquantOffset`; `deqScale` is produced by `aclnnTransQuantParam` from the product of `mulScale` and `antiquantScale`.',
      },
    },
  ],
  versionNotes: [
    {
      text: {
        'zh-Hans':
          '后续文档在支持的产品中增加了 Atlas A3（见勘误 E8）；本页对应的版本只支持 Atlas A2 训练系列产品/Atlas 800I A2 推理产品。',
        en: 'Later documentation adds Atlas A3 to the supported products (see erratum E8); the release this page transcribes supports only Atlas A2 training series / Atlas 800I A2 inference products.',
      },
      provenance: ['doc'],
      sources: [],
    },
    {
      text: {
        'zh-Hans':
          '后续文档和开源代码的运行时告警都把替代接口写为 `aclnnWeightQuantBatchMatmulV3`（原始页面指向 V2）；该告警还说明计划于 2026 年 12 月移除本接口（见勘误 E7）。',
        en: 'Later documentation and the run-time warning of the open-source code both name `aclnnWeightQuantBatchMatmulV3` as the replacement (the original page points to V2); the warning also plans the removal of this API for December 2026 (see erratum E7).',
      },
      provenance: ['doc'],
      sources: [],
    },
    {
      text: {
        'zh-Hans': '后续文档补充了确定性说明：在 Atlas A2/A3 上默认为确定性实现。',
        en: 'Later documentation adds a determinism statement: deterministic by default on Atlas A2/A3.',
      },
      provenance: ['doc'],
      sources: [],
    },
  ],
} satisfies OperatorSpecInput;

export default spec;
