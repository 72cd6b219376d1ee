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
 * - Tag every fact with its provenance (`seed` / `doc` / `impl` / `inferred`) and cite the upstream lines it
 *   rests on (`sources`, printed by `npm run sources:cite`; ids in ../sources.ts). Where the docs and the code disagree,
 *   keep the documented rule in the `documented` group, describe the code in the `implementation` group
 *   and link the erratum id (errata.ts) instead of silently picking one.
 * - `parameters` and `executeParameters` stay in prototype order; `cType` is copied from the prototype.
 * - Formulas are KaTeX in strict mode: ASCII only inside TeX (no Chinese, no unicode symbols).
 * - Validate with `OperatorSpecSchema.parse` (the data tests do this).
 */
import type {OperatorSpecInput} from '../schema';
import frameworks from './frameworks';

const spec = {
  id: 'aclnnWeightQuantBatchMatmul',
  cannVersion: 'CANN 8.0.RC2',
  header: 'aclnnop/aclnn_weight_quant_batch_matmul.h',
  summary: {
    'zh-Hans': '伪量化矩阵乘：FLOAT16 的 `x1` 与 INT8 的权重 `x2` 相乘，权重在计算过程中即时反量化。该接口已计划废弃。',
    en: 'Weight-only (pseudo) quantized matmul: FLOAT16 `x1` times INT8 weights `x2`, with the weights dequantized on the fly. This API is scheduled for deprecation.',
  },
  description: {
    'zh-Hans':
      '该算子对 `self @ mat2`（matmul/batchmatmul）中的右矩阵 `mat2` 做伪量化（仅量化权重）：激活 `x1` 保持 FLOAT16，权重 `x2` 以 INT8 存储，计算时先反量化为 FLOAT16 得到 `mat2`，再与 `x1` 做矩阵乘并加上可选的 `bias`。反量化所用的参数取决于 m（`x1` 视图 shape 中的行数）：m > 64 时使用标量 `antiquantScale`、`antiquantOffset` 以及可选的 `addOffset`、`mulScale`；m ≤ 64 时（开源代码的分界；文档的错误码表写的是 m < 64，见勘误 E5）使用单位矩阵 `diagonalMatrix`、`deqOffset` 和 `deqScale`。',
    en: 'The operator applies weight-only ("pseudo") quantization to the right-hand matrix `mat2` of `self @ mat2` (matmul/batchmatmul): the activations `x1` stay FLOAT16, while the weights `x2` are stored as INT8 and dequantized to FLOAT16 during the computation to form `mat2`, which is then multiplied with `x1`; an optional `bias` is added. Which dequantization parameters are used depends on m, the number of rows of the view shape of `x1`: for m > 64 the scalars `antiquantScale` and `antiquantOffset` plus the optional `addOffset` and `mulScale`; for m ≤ 64 (the threshold of the open-source code; the documented error table says m < 64, see erratum E5) the identity matrix `diagonalMatrix`, `deqOffset` and `deqScale`.',
  },
  notices: [
    {
      text: {
        'zh-Hans':
          '原始页面缺少计算公式。本页给出后续文档中的公式；m > 64 路径的细节读自开源 Host 侧代码；m ≤ 64 路径由 Host 侧代码交给一个未开源的 kernel 计算，其细节是本站依据文档参数说明所作的推断，并非厂商文档的表述。',
        en: "The original page lost its formula. This page shows the formula of the later documentation; the details of the m > 64 path are read from the open-source host-side code; the m ≤ 64 path is handed by the host code to a kernel whose source is not public, so its details are this site's inference from the documented parameter descriptions, not a vendor statement.",
      },
      provenance: ['seed', 'doc', 'impl', 'inferred'],
      sources: [
        {source: 'seed-wqbmm', lines: [9, 12], hash: 'aec0030558fe4320'},
        {source: 'wqbmm-doc', lines: [26, 33], hash: 'efa35b67d422d136'},
        {source: 'wqbmm-api', lines: [301, 353], hash: '82118a3198cfdbef'},
        {source: 'wqbmm-api', lines: [398, 410], hash: 'b9aeaa2144ebfa29'},
        {source: 'wqbmm-l0', lines: [33, 41], hash: 'f0aac73a1b8ae532'},
        {source: 'wqbmm-doc', lines: [122, 131], hash: '4c9be132355482cc'},
        {source: 'wqbmm-doc', lines: [132, 141], hash: '11d35fa7222ad3c2'},
      ],
    },
    {
      text: {
        'zh-Hans':
          '原始页面的“约束与限制”一节写的是“无”。本页的约束来自参数说明和后续文档；开源参数校验代码实际执行的检查单独列在“实现”分组中。',
        en: 'The "Constraints" section of the original page says "none". The constraints on this page are collected from the parameter descriptions and the later documentation; the checks the open-source parameter-checking code actually performs are listed separately in the "implementation" group.',
      },
      provenance: ['seed', 'doc', 'impl'],
      sources: [
        {source: 'seed-wqbmm', lines: [52, 53], hash: 'b5423d28b2d0c27e'},
        {source: 'wqbmm-doc', lines: [320, 325], hash: '905e794d1edf47e3'},
        {source: 'wqbmm-api', lines: [237, 254], hash: 'd9fe374c3e1f6726'},
      ],
    },
  ],
  deprecation: {
    replacement: 'aclnnWeightQuantBatchMatmulV3',
    text: {
      'zh-Hans':
        '原始页面说明该接口会在后续版本废弃，但指向替代接口的链接在抓取中丢失，页面上没有留下接口名。2025 年 12 月首次公开的文档同时列出 `aclnnWeightQuantBatchMatmulV2` 和 `aclnnWeightQuantBatchMatmulV3` 作为替代接口；自 2026 年 3 月起，文档、头文件中两个函数的 deprecated 属性以及运行时的一次性废弃告警都只列出 `aclnnWeightQuantBatchMatmulV3`。头文件属性和告警说明本接口计划在 2026 年 12 月之后的某次版本更新中废弃，没有给出移除日期。',
      en: 'The original page says the API will be deprecated in a later release, but the link to its replacement was lost in scraping and no API name survives on the page. The documentation first published in December 2025 names both `aclnnWeightQuantBatchMatmulV2` and `aclnnWeightQuantBatchMatmulV3` as replacements; since March 2026 the documentation, the deprecated attribute on both functions in the header and the one-time run-time deprecation warning name `aclnnWeightQuantBatchMatmulV3` alone. The header attribute and the warning say the API is scheduled to be deprecated in a version update after December 2026; they give no removal date.',
    },
    provenance: ['seed', 'doc', 'impl'],
    sources: [
      {source: 'seed-wqbmm', lines: [2, 2], hash: '1bc81e825fb5228c'},
      {source: 'wqbmm-doc-2025-12', lines: [3, 3], hash: 'df100dec409ee798'},
      {source: 'wqbmm-doc-2026-03', lines: [3, 3], hash: '2b453015405c1703'},
      {source: 'wqbmm-doc', lines: [3, 3], hash: '2b453015405c1703'},
      {source: 'wqbmm-header', lines: [24, 28], hash: '4656a6b6130b5347'},
      {source: 'wqbmm-header', lines: [39, 43], hash: '6525513cdb5bbedf'},
      {source: 'wqbmm-api', lines: [363, 364], hash: 'daf9c19025bfa615'},
      {source: 'wqbmm-api', lines: [429, 429], hash: 'bedd4dc8876519d4'},
      {source: 'wqbmm-matmul-util', lines: [16, 27], hash: '389785a500c0eca5'},
    ],
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
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [4, 4], hash: 'e715d468b47a72bd'},
        {source: 'wqbmm-doc-2025-12', lines: [7, 10], hash: '60878157e12acd5c'},
        {source: 'wqbmm-doc', lines: [13, 15], hash: 'e1ebecfffd34e5ed'},
      ],
      note: {
        'zh-Hans':
          '原始页面写的是 Atlas A2 训练系列产品/Atlas 800I A2 推理产品；2025 年 12 月的文档写为 Atlas A2 训练系列产品/Atlas 800I A2 推理产品/A200I A2 Box 异构组件，当前文档写为 Atlas A2 训练系列产品/Atlas A2 推理系列产品。三者都标为支持。',
        en: 'The original page names Atlas A2 training series / Atlas 800I A2 inference products; the December 2025 documentation names Atlas A2 training series / Atlas 800I A2 inference products / A200I A2 Box heterogeneous components, and the current documentation Atlas A2 training series / Atlas A2 inference series. All three mark it as supported.',
      },
    },
    {
      id: 'atlas-a3',
      name: {
        'zh-Hans': 'Atlas A3 训练系列产品/Atlas A3 推理系列产品',
        en: 'Atlas A3 training series / Atlas A3 inference series',
      },
      supported: true,
      provenance: ['doc'],
      sources: [
        {source: 'wqbmm-doc-2025-12', lines: [7, 10], hash: '60878157e12acd5c'},
        {source: 'wqbmm-doc', lines: [10, 12], hash: '15d8c89bb8bc16ac'},
      ],
      note: {
        'zh-Hans': '原始页面只列出 Atlas A2；Atlas A3 出自后续文档（见勘误 E8）。',
        en: 'The original page lists Atlas A2 only; Atlas A3 comes from the later documentation (see erratum E8).',
      },
    },
    {
      id: 'ascend-950',
      name: {'zh-Hans': 'Ascend 950PR/Ascend 950DT', en: 'Ascend 950PR / Ascend 950DT'},
      supported: false,
      provenance: ['doc'],
      sources: [{source: 'wqbmm-doc', lines: [7, 9], hash: '5a2e5b2c784a615d'}],
    },
    {
      id: 'atlas-200i-500-a2',
      name: {'zh-Hans': 'Atlas 200I/500 A2 推理产品', en: 'Atlas 200I/500 A2 inference products'},
      supported: false,
      provenance: ['doc'],
      sources: [{source: 'wqbmm-doc', lines: [16, 18], hash: '16ba253afcd48e6d'}],
    },
    {
      id: 'atlas-inference',
      name: {'zh-Hans': 'Atlas 推理系列产品', en: 'Atlas inference series'},
      supported: false,
      provenance: ['doc'],
      sources: [{source: 'wqbmm-doc', lines: [19, 21], hash: '7fe9ade38365c0f4'}],
    },
    {
      id: 'atlas-training',
      name: {'zh-Hans': 'Atlas 训练系列产品', en: 'Atlas training series'},
      supported: false,
      provenance: ['doc'],
      sources: [{source: 'wqbmm-doc', lines: [22, 24], hash: 'c2d99f06e24e1909'}],
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
      sources: [
        {source: 'seed-wqbmm', lines: [9, 12], hash: 'aec0030558fe4320'},
        {source: 'wqbmm-doc', lines: [26, 33], hash: 'efa35b67d422d136'},
      ],
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
          'm 为 `x1` 视图 shape 的行数（倒数第二维；`transposeX1` 为 true 时为视图 shape 的最后一维）。m > 64 时，`x2` 先转为 FLOAT32，加上 `antiquantOffset`、乘以 `antiquantScale` 后转为 FLOAT16；仅在传入 `addOffset` 时执行第二行，仅在传入 `mulScale` 时执行第三行，二者按列（n）广播。`bias` 转为 FLOAT16 后加到矩阵乘结果上。`x1`、`x2` 指按 `transposeX1`、`transposeX2` 转置后的逻辑矩阵 (m, k) 和 (k, n)。该路径细节依据开源 Host 侧代码（由基础算子组合而成）整理，文档中没有说明。',
        en: 'm is the number of rows of the view shape of `x1` (its second-to-last dimension; the last dimension of the view shape when `transposeX1` is true). For m > 64, `x2` is converted to FLOAT32, `antiquantOffset` is added, the sum is multiplied by `antiquantScale` and converted to FLOAT16; the second line applies only when `addOffset` is given and the third only when `mulScale` is given, both broadcast per column (n). `bias` is converted to FLOAT16 and added to the product. `x1` and `x2` denote the logical (m, k) and (k, n) matrices after applying `transposeX1` and `transposeX2`. This path detail is derived from the open-source host-side code, which builds it from elementary operators; the documentation does not describe it.',
      },
      provenance: ['impl'],
      sources: [
        {source: 'wqbmm-api', lines: [190, 195], hash: 'fd0b48b3098f2e88'},
        {source: 'wqbmm-api', lines: [398, 410], hash: 'b9aeaa2144ebfa29'},
        {source: 'wqbmm-api', lines: [301, 353], hash: '82118a3198cfdbef'},
        {source: 'wqbmm-api', lines: [417, 419], hash: '74f1d9b2b29e3173'},
      ],
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
          '推断（非厂商表述）：m 为 `x1` 视图 shape 的行数（`transposeX1` 为 true 时为视图 shape 的最后一维）。m ≤ 64 时，开源 Host 侧代码只把 `x1`、`x2`、`bias`、`diagonalMatrix`、`deqOffset`、`deqScale` 原样交给一个源码未公开的 kernel（WeightQuantBatchmatmul），因此本式不是读自代码，而是本站依据文档的参数说明作出的推断：`x2` 在 Cube 单元中与 (32, 32) 的 INT8 单位矩阵 `diagonalMatrix` 相乘（数值不变），在 fixpipe 随路输出时按列加上 INT32 的 `deqOffset`、乘以 `deqScale` 编码的缩放系数，得到 FLOAT16 的权重 W，再与 `x1` 做矩阵乘并加上 `bias`。Host 侧代码在此路径上不使用 `antiquantScale`、`antiquantOffset`、`addOffset`、`mulScale`；文档说明 `deqOffset`、`deqScale` 由这些参数计算得到（见下一公式）。kernel 实际如何计算未确定。',
        en: "Inferred (not a vendor statement): m is the number of rows of the view shape of `x1` (the last dimension of the view shape when `transposeX1` is true). For m ≤ 64 the open-source host code only hands `x1`, `x2`, `bias`, `diagonalMatrix`, `deqOffset` and `deqScale` unchanged to a kernel whose source is not public (WeightQuantBatchmatmul), so this formula is not read from code: it is this site's inference from the documented parameter descriptions. `x2` is passed through the cube unit against the (32, 32) INT8 identity matrix `diagonalMatrix` (which leaves the values unchanged) and dequantized on the way out by the fixpipe: the INT32 `deqOffset` is added per column and the result is multiplied by the scale encoded in `deqScale`, giving FLOAT16 weights W, which are multiplied with `x1` before `bias` is added. The host code does not use `antiquantScale`, `antiquantOffset`, `addOffset` or `mulScale` on this path; the documentation says `deqOffset` and `deqScale` are computed from them (see the next formula). What the kernel actually computes is undetermined.",
      },
      provenance: ['inferred'],
      sources: [
        {source: 'wqbmm-api', lines: [398, 410], hash: 'b9aeaa2144ebfa29'},
        {source: 'wqbmm-l0', lines: [33, 41], hash: 'f0aac73a1b8ae532'},
        {source: 'wqbmm-doc', lines: [112, 121], hash: '890a4dfc47bfe578'},
        {source: 'wqbmm-doc', lines: [122, 131], hash: '4c9be132355482cc'},
        {source: 'wqbmm-doc', lines: [132, 141], hash: '11d35fa7222ad3c2'},
      ],
    },
    {
      id: 'deq-params',
      title: {
        'zh-Hans': 'deqOffset 与 deqScale 的计算（文档说明与文档示例）',
        en: 'How deqOffset and deqScale are derived (documentation and its sample)',
      },
      tex: [
        '\\begin{aligned}',
        '\\mathit{deqOffset} &= \\operatorname{round}\\left(\\frac{\\mathit{addOffset}}{\\mathit{antiquantScale}} - \\mathit{antiquantOffset}\\right) \\\\',
        '\\mathit{deqScale} &= \\operatorname{TransQuantParam}(\\mathit{mulScale} \\times \\mathit{antiquantScale})',
        '\\end{aligned}',
      ].join('\n'),
      description: {
        'zh-Hans':
          '文档说明 `deqOffset` 由 `addOffset`、`antiquantOffset`、`antiquantScale` 计算得到、`deqScale` 由 `aclnnTransQuantParam` 接口计算得到，并让读者参考示例代码。文档示例（调用示例一节及仓库中的同名示例文件）按列计算了第一行的 INT32 `deqOffset`，也计算了 `mulScale` 与 `antiquantScale` 的乘积，但从未调用 `aclnnTransQuantParam`：其 `deqScale` 保持全零，且示例使用 m = 128，走的是不使用这两个参数的 m > 64 路径。因此第二行是本站把文档说明与示例中的乘积结合起来的推断（`aclnnTransQuantParam` 把 FLOAT32 缩放系数按位截取高 19 位存入 UINT64 的低 32 位，并把第 46 位置 1）。注意：第一行中 `antiquantOffset` 的符号与 m > 64 路径中的相反；文档示例使用 `antiquantOffset` = 0，此时两者一致。',
        en: "The documentation says `deqOffset` is computed from `addOffset`, `antiquantOffset` and `antiquantScale`, and `deqScale` by the `aclnnTransQuantParam` API, and refers to the sample for the computation. The documentation sample (the call example section and the example file of the same name in the repository) computes the INT32 `deqOffset` of the first line per column, and it computes the product of `mulScale` and `antiquantScale`, but it never calls `aclnnTransQuantParam`: its `deqScale` stays zero-filled, and it runs with m = 128, i.e. on the m > 64 path, which uses neither parameter. The second line is therefore this site's inference, combining the documented statement with the product the sample computes (`aclnnTransQuantParam` keeps the top 19 bits of the FLOAT32 bit pattern of the scale in the low 32 bits of a UINT64 and sets bit 46). Note that `antiquantOffset` enters the first line with the opposite sign to the m > 64 path; the documentation sample uses `antiquantOffset` = 0, where the two agree.",
      },
      provenance: ['doc', 'inferred'],
      sources: [
        {source: 'wqbmm-doc', lines: [122, 131], hash: '4c9be132355482cc'},
        {source: 'wqbmm-doc', lines: [132, 141], hash: '11d35fa7222ad3c2'},
        {source: 'wqbmm-doc', lines: [403, 410], hash: 'ce07d06b45673f57'},
        {source: 'wqbmm-doc', lines: [455, 469], hash: '7ccbb8fd4cff3fab'},
        {source: 'wqbmm-example', lines: [87, 94], hash: 'ce07d06b45673f57'},
        {source: 'wqbmm-example', lines: [172, 186], hash: 'bbae4fc72b652b17'},
        {source: 'wqbmm-example', lines: [316, 318], hash: '22dd59b90d877e52'},
        {source: 'tqp-doc', lines: [28, 36], hash: '1dc5136cd32504de'},
      ],
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
        'zh-Hans':
          '`x1` 视图 shape（view shape，而非存储 shape）的行数，即倒数第二维；`transposeX1` 为 true 时为视图 shape 的最后一维。决定使用哪条计算路径。',
        en: 'The number of rows of the view shape of `x1` (not its storage shape), i.e. its second-to-last dimension; the last dimension of the view shape when `transposeX1` is true. It selects the computation path.',
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
        'zh-Hans': '调用 `aclnnTransQuantParam`，把 FLOAT32 缩放系数编码为 UINT64（文档示例并未调用它，见上文）。',
        en: 'A call of `aclnnTransQuantParam`, which encodes a FLOAT32 scale as UINT64 (the documentation sample does not call it; see above).',
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
            '其视图 shape 的行数 m（倒数第二维；`transposeX1` 为 true 时为视图 shape 的最后一维）决定计算路径：开源代码在 m ≤ 64 时走 fixpipe 路径，m > 64 时走单算子路径（文档的错误码表以 m < 64 为界，见勘误 E5）。',
          en: 'The row count m of its view shape (the second-to-last dimension; the last dimension of the view shape when `transposeX1` is true) selects the computation path: the open-source code takes the fixpipe path for m ≤ 64 and the single-op path for m > 64 (the documented error table draws the line at m < 64; see erratum E5).',
        },
      ],
      dtypes: ['FLOAT16'],
      formats: ['ND'],
      dims: {'zh-Hans': '2', en: '2'},
      nonContiguous: 'unsupported',
      provenance: ['seed', 'doc', 'impl'],
      sources: [
        {source: 'seed-wqbmm', lines: [14, 16], hash: 'f45cfd3d3c60a0e0'},
        {source: 'wqbmm-doc', lines: [92, 101], hash: '1692e20494a55ba2'},
        {source: 'wqbmm-api', lines: [49, 52], hash: 'ad699af29bafc2d4'},
        {source: 'wqbmm-api', lines: [61, 65], hash: '0d5fd18a5bce79d5'},
      ],
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
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [16, 18], hash: '2bef4276f9186c63'},
        {source: 'wqbmm-doc', lines: [102, 111], hash: '9faa5e2160e4697a'},
      ],
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
          'zh-Hans':
            '文档写明 m > 64 时不参与计算，可以传空指针；文档的错误码表要求 m < 64 时必须传入（m = 64 的情况见勘误 E5）。',
          en: 'Documented as not used and nullable when m > 64; the documented error table requires it when m < 64 (for m = 64 see erratum E5).',
        },
      ],
      dtypes: ['INT8'],
      formats: ['ND'],
      dims: {'zh-Hans': '2', en: '2'},
      nonContiguous: 'unsupported',
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [18, 20], hash: 'aeddeb3ef80f639f'},
        {source: 'wqbmm-doc', lines: [112, 121], hash: '890a4dfc47bfe578'},
        {source: 'wqbmm-doc', lines: [262, 266], hash: '8dd4e0c8a0604c56'},
      ],
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
          'zh-Hans':
            '文档写明 m > 64 时不参与计算，可以传空指针；文档的错误码表要求 m < 64 时必须传入（m = 64 的情况见勘误 E5）。',
          en: 'Documented as not used and nullable when m > 64; the documented error table requires it when m < 64 (for m = 64 see erratum E5).',
        },
      ],
      dtypes: ['INT32'],
      formats: ['ND'],
      dims: {'zh-Hans': '1 或 2', en: '1 or 2'},
      nonContiguous: 'unsupported',
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [20, 22], hash: 'b4587f4e9b9462cf'},
        {source: 'wqbmm-doc', lines: [122, 131], hash: '4c9be132355482cc'},
        {source: 'wqbmm-doc', lines: [262, 266], hash: '8dd4e0c8a0604c56'},
      ],
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
          '对 `x2` 反量化的缩放系数（m ≤ 64 时使用）。文档说明它由 `aclnnTransQuantParam` 接口计算得到并让读者参考示例代码，但文档示例没有调用该接口，其 `deqScale` 保持全零（见公式 deq-params）。',
        en: 'The dequantization scale of `x2` (used when m ≤ 64). The documentation says it is produced by `aclnnTransQuantParam` and refers to the sample, but the documentation sample never calls that API and leaves its `deqScale` zero-filled (see formula deq-params).',
      },
      rules: [
        {
          'zh-Hans': 'shape 支持 1、n、(1, 1)、(1, n) 或 (n, 1)，需与 `x2` 满足 broadcast 关系。',
          en: 'Shape 1, n, (1, 1), (1, n) or (n, 1), broadcastable with `x2`.',
        },
        {
          'zh-Hans':
            '文档写明 m > 64 时不参与计算，可以传空指针；文档的错误码表要求 m < 64 时必须传入（m = 64 的情况见勘误 E5）。',
          en: 'Documented as not used and nullable when m > 64; the documented error table requires it when m < 64 (for m = 64 see erratum E5).',
        },
      ],
      dtypes: ['UINT64'],
      formats: ['ND'],
      dims: {'zh-Hans': '1 或 2', en: '1 or 2'},
      nonContiguous: 'unsupported',
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [22, 24], hash: 'a01f74e7042fd443'},
        {source: 'wqbmm-doc', lines: [132, 141], hash: '11d35fa7222ad3c2'},
        {source: 'wqbmm-doc', lines: [262, 266], hash: '8dd4e0c8a0604c56'},
      ],
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
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [24, 26], hash: '63a1f4e7c2fbccfb'},
        {source: 'wqbmm-doc', lines: [142, 151], hash: '9dfe72091148ba88'},
      ],
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
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [26, 28], hash: '8b02db3e21900426'},
        {source: 'wqbmm-doc', lines: [152, 161], hash: '291d32c017be8cb4'},
      ],
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
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [28, 30], hash: 'e97194d5032d7371'},
        {source: 'wqbmm-doc', lines: [162, 171], hash: '8539efcb334d92ec'},
      ],
      errata: ['i15-wqbmm-bias-shape', 'i17-wqbmm-layout'],
    },
    {
      name: 'transposeX1',
      cType: 'bool',
      direction: 'in',
      meaning: {'zh-Hans': '表示 `x1` 是否转置。', en: 'Whether `x1` is transposed.'},
      rules: [
        {
          'zh-Hans': '为 true 时，m 取 `x1` 视图 shape（而非存储 shape）的最后一维。',
          en: 'When true, m is the last dimension of the view shape (not the storage shape) of `x1`.',
        },
      ],
      valueType: 'bool',
      provenance: ['seed', 'doc', 'impl'],
      sources: [
        {source: 'seed-wqbmm', lines: [30, 30], hash: '62fbaa369ca29f59'},
        {source: 'wqbmm-doc', lines: [172, 181], hash: '1d218ebd416d1049'},
        {source: 'wqbmm-api', lines: [61, 65], hash: '0d5fd18a5bce79d5'},
      ],
    },
    {
      name: 'transposeX2',
      cType: 'bool',
      direction: 'in',
      meaning: {'zh-Hans': '表示 `x2` 是否转置。', en: 'Whether `x2` is transposed.'},
      valueType: 'bool',
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [31, 31], hash: 'de476400a66e9e81'},
        {source: 'wqbmm-doc', lines: [182, 191], hash: '557604127299552d'},
      ],
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
      provenance: ['seed', 'doc', 'impl'],
      sources: [
        {source: 'seed-wqbmm', lines: [32, 34], hash: '9bcd62a0e2dd12f4'},
        {source: 'wqbmm-doc', lines: [192, 201], hash: 'd1b25052b3005904'},
        {source: 'wqbmm-api', lines: [301, 353], hash: '82118a3198cfdbef'},
        {source: 'wqbmm-api', lines: [398, 410], hash: 'b9aeaa2144ebfa29'},
      ],
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
      provenance: ['seed', 'doc', 'impl'],
      sources: [
        {source: 'seed-wqbmm', lines: [34, 36], hash: '57c6684feb693db6'},
        {source: 'wqbmm-doc', lines: [202, 211], hash: 'b4b3a1ed400908c4'},
        {source: 'wqbmm-api', lines: [301, 353], hash: '82118a3198cfdbef'},
        {source: 'wqbmm-api', lines: [398, 410], hash: 'b9aeaa2144ebfa29'},
      ],
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
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [36, 38], hash: '903f6006fa761fdb'},
        {source: 'wqbmm-doc', lines: [212, 221], hash: 'a6eaa019009603fc'},
      ],
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
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [38, 38], hash: '652c45ee52721b9a'},
        {source: 'wqbmm-doc', lines: [222, 231], hash: 'f3154cec2f080c2c'},
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
      valueType: 'aclOpExecutor**',
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [39, 39], hash: 'a5d21432ce9acc96'},
        {source: 'wqbmm-doc', lines: [232, 241], hash: 'b7df7e7d0c591816'},
      ],
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
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [46, 46], hash: '8246d8c8ac7f6571'},
        {source: 'wqbmm-doc', lines: [291, 295], hash: '9248fe50738bc00a'},
      ],
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
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [47, 47], hash: 'ce8c67589bdab330'},
        {source: 'wqbmm-doc', lines: [296, 300], hash: '23d9af0842e4e415'},
      ],
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
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [48, 48], hash: '9b25f1447b5922c8'},
        {source: 'wqbmm-doc', lines: [301, 305], hash: '2d822a53c5935644'},
      ],
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
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [49, 49], hash: '4f9c19c72fd1ea74'},
        {source: 'wqbmm-doc', lines: [306, 310], hash: 'c862d61792d060b9'},
      ],
    },
  ],
  errors: [
    {
      status: 'ACLNN_ERR_PARAM_NULLPTR',
      code: 161001,
      slug: 'null-input',
      when: {
        'zh-Hans':
          '传入的 `x1` 或 `x2` 是空指针；或 m < 64 时 `diagonalMatrix`、`deqOffset`、`deqScale` 中有空指针。（文档规则以 m < 64 为界；开源代码在 m ≤ 64 时即要求这三个输入非空，m = 64 时二者不一致，见勘误 E5。）',
        en: '`x1` or `x2` is a null pointer, or, when m < 64, one of `diagonalMatrix`, `deqOffset` and `deqScale` is null. (The documented rule draws the line at m < 64; the open-source code already requires the three inputs for m ≤ 64, so the two disagree at m = 64; see erratum E5.)',
      },
      params: ['x1', 'x2', 'diagonalMatrix', 'deqOffset', 'deqScale'],
      provenance: ['doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [41, 43], hash: '35c1650f53e15e6c'},
        {source: 'wqbmm-doc', lines: [262, 266], hash: '8dd4e0c8a0604c56'},
        {source: 'wqbmm-api', lines: [49, 52], hash: 'ad699af29bafc2d4'},
        {source: 'wqbmm-api', lines: [55, 72], hash: '8a21add22a2cf9ed'},
      ],
      errata: ['i10-wqbmm-null-161002', 'e5-m-equals-64'],
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
      sources: [
        {source: 'seed-wqbmm', lines: [41, 43], hash: '35c1650f53e15e6c'},
        {source: 'wqbmm-doc', lines: [267, 271], hash: '8c3bcfe56538d97a'},
      ],
      errata: ['i12-wqbmm-path-dtype-checks', 'i11-wqbmm-out-checks'],
    },
  ],
  constraints: [
    // ---- documented: rules the original page states in its parameter descriptions, and later docs ----
    {
      id: 'determinism',
      group: 'documented',
      statement: {
        'zh-Hans':
          '在 Atlas A3 训练系列产品/Atlas A3 推理系列产品和 Atlas A2 训练系列产品/Atlas A2 推理系列产品上，该算子默认采用确定性实现。',
        en: 'On Atlas A3 training series / Atlas A3 inference series and on Atlas A2 training series / Atlas A2 inference series, the operator uses a deterministic implementation by default.',
      },
      provenance: ['doc'],
      sources: [{source: 'wqbmm-doc', lines: [320, 325], hash: '905e794d1edf47e3'}],
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
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [14, 16], hash: 'f45cfd3d3c60a0e0'},
        {source: 'seed-wqbmm', lines: [16, 18], hash: '2bef4276f9186c63'},
        {source: 'wqbmm-doc', lines: [92, 101], hash: '1692e20494a55ba2'},
        {source: 'wqbmm-doc', lines: [102, 111], hash: '9faa5e2160e4697a'},
      ],
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
      sources: [
        {source: 'seed-wqbmm', lines: [14, 16], hash: 'f45cfd3d3c60a0e0'},
        {source: 'wqbmm-api', lines: [190, 195], hash: 'fd0b48b3098f2e88'},
        {source: 'wqbmm-api', lines: [214, 218], hash: 'f5d6c004d22ce02d'},
      ],
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
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [18, 20], hash: 'aeddeb3ef80f639f'},
        {source: 'wqbmm-doc', lines: [112, 121], hash: '890a4dfc47bfe578'},
      ],
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
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [20, 22], hash: 'b4587f4e9b9462cf'},
        {source: 'seed-wqbmm', lines: [22, 24], hash: 'a01f74e7042fd443'},
        {source: 'seed-wqbmm', lines: [24, 26], hash: '63a1f4e7c2fbccfb'},
        {source: 'seed-wqbmm', lines: [26, 28], hash: '8b02db3e21900426'},
        {source: 'wqbmm-doc', lines: [122, 131], hash: '4c9be132355482cc'},
        {source: 'wqbmm-doc', lines: [132, 141], hash: '11d35fa7222ad3c2'},
        {source: 'wqbmm-doc', lines: [142, 151], hash: '9dfe72091148ba88'},
        {source: 'wqbmm-doc', lines: [152, 161], hash: '291d32c017be8cb4'},
      ],
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
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [28, 30], hash: 'e97194d5032d7371'},
        {source: 'wqbmm-doc', lines: [162, 171], hash: '8539efcb334d92ec'},
      ],
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
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [36, 38], hash: '903f6006fa761fdb'},
        {source: 'wqbmm-doc', lines: [212, 221], hash: 'a6eaa019009603fc'},
      ],
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
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [36, 38], hash: '903f6006fa761fdb'},
        {source: 'wqbmm-doc', lines: [212, 221], hash: 'a6eaa019009603fc'},
      ],
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
      provenance: ['seed', 'doc', 'impl'],
      sources: [
        {source: 'seed-wqbmm', lines: [18, 20], hash: 'aeddeb3ef80f639f'},
        {source: 'seed-wqbmm', lines: [20, 22], hash: 'b4587f4e9b9462cf'},
        {source: 'seed-wqbmm', lines: [22, 24], hash: 'a01f74e7042fd443'},
        {source: 'seed-wqbmm', lines: [24, 26], hash: '63a1f4e7c2fbccfb'},
        {source: 'seed-wqbmm', lines: [26, 28], hash: '8b02db3e21900426'},
        {source: 'wqbmm-doc', lines: [112, 121], hash: '890a4dfc47bfe578'},
        {source: 'wqbmm-doc', lines: [142, 151], hash: '9dfe72091148ba88'},
        {source: 'wqbmm-doc', lines: [262, 266], hash: '8dd4e0c8a0604c56'},
        {source: 'wqbmm-api', lines: [49, 52], hash: 'ad699af29bafc2d4'},
      ],
      note: {
        'zh-Hans':
          '文档没有说明 m = 64 时使用哪组参数（其错误码表以 m < 64 为界）；参数校验代码在 m ≤ 64 时走 `diagonalMatrix` 路径。',
        en: 'The documentation leaves open which set is used for m = 64 (its error table draws the line at m < 64); the parameter-checking code takes the `diagonalMatrix` path for m ≤ 64.',
      },
      errata: ['e5-m-equals-64'],
    },
    {
      id: 'not-null',
      group: 'documented',
      statement: {
        'zh-Hans': '`x1`、`x2` 不能为空指针；m < 64 时 `diagonalMatrix`、`deqOffset`、`deqScale` 也不能为空指针。',
        en: '`x1` and `x2` must not be null; when m < 64, `diagonalMatrix`, `deqOffset` and `deqScale` must not be null either.',
      },
      params: ['x1', 'x2', 'diagonalMatrix', 'deqOffset', 'deqScale'],
      provenance: ['doc'],
      sources: [
        {source: 'wqbmm-doc', lines: [262, 266], hash: '8dd4e0c8a0604c56'},
        {source: 'wqbmm-api', lines: [49, 52], hash: 'ad699af29bafc2d4'},
        {source: 'wqbmm-api', lines: [55, 72], hash: '8a21add22a2cf9ed'},
      ],
      status: 161001,
      note: {
        'zh-Hans':
          '这是文档错误码表的规则（m < 64）。开源代码在 m ≤ 64 时就要求这三个输入非空，因此 m = 64 时文档与代码不一致（见勘误 E5）；代码对空指针返回的状态码也不同（见实现约束 impl-not-null）。',
        en: 'This is the rule of the documented error table (m < 64). The open-source code already requires the three inputs for m ≤ 64, so the documentation and the code disagree at m = 64 (see erratum E5); the code also returns a different status for null pointers (see the implementation constraint impl-not-null).',
      },
      errata: ['i10-wqbmm-null-161002', 'e5-m-equals-64'],
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
      sources: [
        {source: 'seed-wqbmm', lines: [14, 16], hash: 'f45cfd3d3c60a0e0'},
        {source: 'seed-wqbmm', lines: [16, 18], hash: '2bef4276f9186c63'},
        {source: 'seed-wqbmm', lines: [18, 20], hash: 'aeddeb3ef80f639f'},
        {source: 'seed-wqbmm', lines: [20, 22], hash: 'b4587f4e9b9462cf'},
        {source: 'seed-wqbmm', lines: [22, 24], hash: 'a01f74e7042fd443'},
        {source: 'seed-wqbmm', lines: [24, 26], hash: '63a1f4e7c2fbccfb'},
        {source: 'seed-wqbmm', lines: [26, 28], hash: '8b02db3e21900426'},
        {source: 'seed-wqbmm', lines: [28, 30], hash: 'e97194d5032d7371'},
        {source: 'seed-wqbmm', lines: [36, 38], hash: '903f6006fa761fdb'},
        {source: 'wqbmm-doc', lines: [267, 271], hash: '8c3bcfe56538d97a'},
      ],
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
      sources: [
        {source: 'seed-wqbmm', lines: [14, 16], hash: 'f45cfd3d3c60a0e0'},
        {source: 'seed-wqbmm', lines: [16, 18], hash: '2bef4276f9186c63'},
        {source: 'seed-wqbmm', lines: [18, 20], hash: 'aeddeb3ef80f639f'},
        {source: 'seed-wqbmm', lines: [28, 30], hash: 'e97194d5032d7371'},
        {source: 'wqbmm-doc', lines: [92, 101], hash: '1692e20494a55ba2'},
      ],
      note: {
        'zh-Hans':
          '原始页面每个输入的说明里都有一句“不支持”后接一个抓取时丢失的链接；本站按该链接通常指向的非连续 Tensor 说明来理解。当前文档参数表的“非连续 Tensor”列对所有参数均为“-”。',
        en: 'In the original page, each input description has a "not supported" sentence followed by a link lost in scraping; this site reads it as the usual link to the non-contiguous tensor notes. The non-contiguous column of the current documentation shows "-" for every parameter.',
      },
      errata: ['i17-wqbmm-layout'],
    },
    // ---- implementation: what the open-source phase-1 parameter check actually verifies ----
    {
      id: 'impl-not-null',
      group: 'implementation',
      statement: {
        'zh-Hans':
          '自提交 4c8b12ff9（2026-08-11）起：先检查 `x1`、`x2`、`out` 不能为空指针，再在 m ≤ 64 时检查 `diagonalMatrix`、`deqOffset`、`deqScale` 不能为空指针。在此之前，代码先读取 `x1` 的 shape 再检查空指针，`x1` 为空指针时会解引用空指针而崩溃，不会返回状态码；本站读取的发布分支 9.1.0（2026-08-21）仍是修复前的代码。',
        en: 'Since commit 4c8b12ff9 (2026-08-11): `x1`, `x2` and `out` are checked first and must not be null; then, when m ≤ 64, `diagonalMatrix`, `deqOffset` and `deqScale` must not be null either. Before that commit the code read the shape of `x1` before any null check, so a null `x1` dereferenced a null pointer and crashed instead of returning a status; the release branch 9.1.0 as read for this site (2026-08-21) still has the code from before the fix.',
      },
      params: ['x1', 'x2', 'out', 'diagonalMatrix', 'deqOffset', 'deqScale'],
      provenance: ['impl'],
      sources: [
        {source: 'wqbmm-api', lines: [55, 72], hash: '8a21add22a2cf9ed'},
        {source: 'wqbmm-api', lines: [237, 254], hash: 'd9fe374c3e1f6726'},
        {source: 'wqbmm-api', lines: [363, 376], hash: '2f512dc51b7278b3'},
        {source: 'wqbmm-api-before-null-fix', lines: [55, 72], hash: '1f49a3bcc63f9fa5'},
        {source: 'wqbmm-api-9-1-0', lines: [57, 73], hash: '8e0ca4d2d40c9047'},
      ],
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
      sources: [
        {source: 'wqbmm-api', lines: [41, 50], hash: '64be3b955da9ab1d'},
        {source: 'wqbmm-api', lines: [74, 101], hash: 'af88ef6367ad81d2'},
      ],
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
      sources: [
        {source: 'wqbmm-api', lines: [41, 50], hash: '64be3b955da9ab1d'},
        {source: 'wqbmm-api', lines: [99, 99], hash: '9f7f33e0281afd8f'},
        {source: 'wqbmm-doc', lines: [212, 221], hash: 'a6eaa019009603fc'},
      ],
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
          '`x1`、`x2` 至少二维，最多为矩阵乘支持的最大维数（8 维）；在单算子路径（m > 64）上，任一输入超过二维时按 batch 矩阵乘计算；`out` 的前导维须与 `x1` 的前导维相同。',
        en: '`x1` and `x2` need at least two dimensions and at most the matmul maximum (8); on the single-op path (m > 64) a batch matmul runs when either input has more than two dimensions; the leading dimensions of `out` must equal those of `x1`.',
      },
      params: ['x1', 'x2', 'out'],
      provenance: ['impl'],
      sources: [
        {source: 'wqbmm-api', lines: [180, 188], hash: '0972f7bd0819c8a1'},
        {source: 'wqbmm-api', lines: [210, 212], hash: 'b7aa6496c2cb6ba2'},
        {source: 'wqbmm-op-api-def', lines: [16, 16], hash: '96decb7ce8ff9517'},
        {source: 'wqbmm-api', lines: [219, 233], hash: '2844fef9d6ff88f8'},
        {source: 'wqbmm-api', lines: [301, 353], hash: '82118a3198cfdbef'},
      ],
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
      sources: [
        {source: 'wqbmm-api', lines: [190, 195], hash: 'fd0b48b3098f2e88'},
        {source: 'wqbmm-api', lines: [214, 218], hash: 'f5d6c004d22ce02d'},
      ],
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
      sources: [{source: 'wqbmm-api', lines: [219, 233], hash: '2844fef9d6ff88f8'}],
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
      sources: [
        {source: 'wqbmm-api', lines: [201, 209], hash: '0d6f8a9ddc158f5b'},
        {source: 'wqbmm-api', lines: [301, 353], hash: '82118a3198cfdbef'},
      ],
      status: 161002,
      note: {
        'zh-Hans':
          '文档要求一维且长度为 n。shape 为 [1] 的 `bias` 能通过该检查；之后由不在本文件中的矩阵乘算子处理，可见的 Host 侧代码不能决定结果（未确定；若后续步骤返回空结果，第一段接口返回 561103 ACLNN_ERR_INNER_NULLPTR，见勘误 I15）。',
        en: 'The documentation requires one dimension of length n. A `bias` of shape [1] passes this check; it is then handled by matmul operators outside this file, so the visible host code does not decide the outcome (undetermined; if a later step returns no result, phase 1 returns 561103 ACLNN_ERR_INNER_NULLPTR, see erratum I15).',
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
      sources: [
        {source: 'wqbmm-api', lines: [134, 153], hash: '4b09bbd0e3e006d4'},
        {source: 'wqbmm-api', lines: [105, 128], hash: '989c713a61d8c053'},
      ],
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
      sources: [{source: 'wqbmm-api', lines: [145, 153], hash: '50b2f6885a21cd98'}],
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
      sources: [
        {source: 'wqbmm-api', lines: [154, 165], hash: 'e1a28fc31edf8111'},
        {source: 'wqbmm-api', lines: [105, 128], hash: '989c713a61d8c053'},
        {source: 'wqbmm-api', lines: [301, 353], hash: '82118a3198cfdbef'},
      ],
      status: 161002,
      note: {
        'zh-Hans':
          '能通过该检查但无法 broadcast 的 shape 随后交给逐元素加法、乘法算子处理，可见的 Host 侧代码不能决定结果（未确定；若这些步骤返回空结果，第一段接口返回 561103 ACLNN_ERR_INNER_NULLPTR，见勘误 I14）。',
        en: 'Shapes that pass this check but cannot broadcast are then handed to the element-wise add and multiply operators, so the visible host code does not decide the outcome (undetermined; if those steps return no result, phase 1 returns 561103 ACLNN_ERR_INNER_NULLPTR, see erratum I14).',
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
      sources: [
        {source: 'wqbmm-api', lines: [378, 388], hash: '40087e30bf22ce8e'},
        {source: 'wqbmm-api', lines: [256, 283], hash: 'e5369f2efab277cd'},
      ],
      errata: ['i18-wqbmm-empty'],
    },
    {
      id: 'layout',
      group: 'implementation',
      statement: {
        'zh-Hans':
          '非连续的输入 Tensor 不会被拒绝，代码也不检查数据格式。预处理步骤虽然为每个输入生成连续、ND 格式的副本，但副本只赋给函数内的局部变量，随即被丢弃，后续计算使用的仍是调用者传入的原 Tensor；非连续或非 ND 输入之后会怎样，可见代码不能决定（未确定）。',
        en: 'Non-contiguous input tensors are not rejected, and the code has no format check. The preprocessing step does produce a contiguous, ND copy of each input, but the copy is only assigned to a local variable of that function and discarded, so the computation goes on with the tensors the caller passed; what then happens to a non-contiguous or non-ND input is not decided by the visible code (undetermined).',
      },
      params: ['x1', 'x2', 'diagonalMatrix', 'deqOffset', 'deqScale', 'addOffset', 'mulScale', 'bias'],
      provenance: ['impl'],
      sources: [
        {source: 'wqbmm-api', lines: [285, 299], hash: '8550620233740b33'},
        {source: 'wqbmm-api', lines: [389, 397], hash: '99f97951e1bdc8af'},
        {source: 'wqbmm-api', lines: [237, 254], hash: 'd9fe374c3e1f6726'},
      ],
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
        '后续文档说明：在 Atlas A3 训练系列产品/Atlas A3 推理系列产品和 Atlas A2 训练系列产品/Atlas A2 推理系列产品上，该算子默认为确定性实现。',
      en: 'According to the later documentation, the operator is deterministic by default on Atlas A3 training series / Atlas A3 inference series and on Atlas A2 training series / Atlas A2 inference series.',
    },
    provenance: ['doc'],
    sources: [
      {source: 'wqbmm-doc', lines: [320, 325], hash: '905e794d1edf47e3'},
      {source: 'seed-wqbmm', lines: [52, 53], hash: 'b5423d28b2d0c27e'},
    ],
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
          '按厂商示例的调用流程，m = 128：FLOAT16 的 `x1`，INT8 的 `x2`，FLOAT16 的 `addOffset`、`mulScale`，`bias` 为空，不转置，`antiquantScale` = 1、`antiquantOffset` = 0，走单算子路径。由于两个函数在头文件中带有 deprecated 属性，示例在调用处用 `#pragma GCC diagnostic` 局部关闭该告警。',
        en: 'Follows the vendor call sequence with m = 128: FLOAT16 `x1`, INT8 `x2`, FLOAT16 `addOffset` and `mulScale`, null `bias`, no transposes, `antiquantScale` = 1 and `antiquantOffset` = 0, so the single-op path runs. Because both functions carry the deprecated attribute in the header, the sample silences that warning locally around the calls with `#pragma GCC diagnostic`.',
      },
    },
    {
      id: 'm-le-64',
      file: 'samples/m-le-64.cpp',
      title: {'zh-Hans': 'm ≤ 64：fixpipe 路径', en: 'm ≤ 64: fixpipe path'},
      description: {
        'zh-Hans':
          'm = 16（小于 64，文档与代码都走 fixpipe 路径）：传入 (32, 32) 的 INT8 单位矩阵 `diagonalMatrix`；`deqOffset` 按文档示例由 `addOffset`、`antiquantScale`、`antiquantOffset` 计算得到；`deqScale` 由本站示例调用 `aclnnTransQuantParam` 对 `mulScale` 与 `antiquantScale` 的乘积编码得到（文档说明如此，但厂商示例没有这一步，见公式 deq-params）。由于两个函数在头文件中带有 deprecated 属性，示例在调用处用 `#pragma GCC diagnostic` 局部关闭该告警。',
        en: "m = 16 (below 64, so the documentation and the code agree on the fixpipe path): a (32, 32) INT8 identity `diagonalMatrix` is passed; `deqOffset` is computed from `addOffset`, `antiquantScale` and `antiquantOffset` as in the documentation sample; `deqScale` is produced by this site's sample with `aclnnTransQuantParam` from the product of `mulScale` and `antiquantScale` (as the documentation says; the vendor sample skips this step, see formula deq-params). Because both functions carry the deprecated attribute in the header, the sample silences that warning locally around the calls with `#pragma GCC diagnostic`.",
      },
    },
  ],
  versionNotes: [
    {
      text: {
        'zh-Hans':
          '后续文档把 Atlas A3 训练系列产品/Atlas A3 推理系列产品列为支持（2025 年 12 月首次公开的文档已列出，见勘误 E8），并把 Ascend 950PR/Ascend 950DT、Atlas 200I/500 A2 推理产品、Atlas 推理系列产品、Atlas 训练系列产品列为不支持；原始页面只列出 Atlas A2 训练系列产品/Atlas 800I A2 推理产品。',
        en: 'Later documentation lists Atlas A3 training series / Atlas A3 inference series as supported (already in the documentation first published in December 2025; see erratum E8), and Ascend 950PR / Ascend 950DT, Atlas 200I/500 A2 inference products, the Atlas inference series and the Atlas training series as not supported; the original page lists only Atlas A2 training series / Atlas 800I A2 inference products.',
      },
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-wqbmm', lines: [4, 4], hash: 'e715d468b47a72bd'},
        {source: 'wqbmm-doc-2025-12', lines: [7, 10], hash: '60878157e12acd5c'},
        {source: 'wqbmm-doc', lines: [7, 9], hash: '5a2e5b2c784a615d'},
        {source: 'wqbmm-doc', lines: [10, 12], hash: '15d8c89bb8bc16ac'},
        {source: 'wqbmm-doc', lines: [16, 18], hash: '16ba253afcd48e6d'},
        {source: 'wqbmm-doc', lines: [19, 21], hash: '7fe9ade38365c0f4'},
        {source: 'wqbmm-doc', lines: [22, 24], hash: 'c2d99f06e24e1909'},
      ],
    },
    {
      text: {
        'zh-Hans':
          '替代接口：2025 年 12 月的文档同时列出 `aclnnWeightQuantBatchMatmulV2` 和 `aclnnWeightQuantBatchMatmulV3`；自 2026 年 3 月（提交 34cddc5cd）起，文档只列出 `aclnnWeightQuantBatchMatmulV3`，头文件为两个函数加上 deprecated 属性，运行时首次调用时输出废弃告警，二者都说明本接口计划在 2026 年 12 月之后的某次版本更新中废弃（见勘误 E7）。原始页面中指向替代接口的链接已丢失。',
        en: "Replacement: the December 2025 documentation names both `aclnnWeightQuantBatchMatmulV2` and `aclnnWeightQuantBatchMatmulV3`; since March 2026 (commit 34cddc5cd) the documentation names `aclnnWeightQuantBatchMatmulV3` alone, the header gives both functions the deprecated attribute and the first call prints a run-time deprecation warning; both say the API is scheduled to be deprecated in a version update after December 2026 (see erratum E7). The original page's link to the replacement is lost.",
      },
      provenance: ['seed', 'doc', 'impl'],
      sources: [
        {source: 'seed-wqbmm', lines: [2, 2], hash: '1bc81e825fb5228c'},
        {source: 'wqbmm-doc-2025-12', lines: [3, 3], hash: 'df100dec409ee798'},
        {source: 'wqbmm-doc-2026-03', lines: [3, 3], hash: '2b453015405c1703'},
        {source: 'wqbmm-header', lines: [24, 28], hash: '4656a6b6130b5347'},
        {source: 'wqbmm-header', lines: [39, 43], hash: '6525513cdb5bbedf'},
        {source: 'wqbmm-api', lines: [363, 364], hash: 'daf9c19025bfa615'},
        {source: 'wqbmm-api', lines: [429, 429], hash: 'bedd4dc8876519d4'},
        {source: 'wqbmm-matmul-util', lines: [16, 27], hash: '389785a500c0eca5'},
      ],
    },
    {
      text: {
        'zh-Hans': '后续文档补充了确定性说明：在 Atlas A2/A3 上默认为确定性实现。',
        en: 'Later documentation adds a determinism statement: deterministic by default on Atlas A2/A3.',
      },
      provenance: ['doc'],
      sources: [{source: 'wqbmm-doc', lines: [320, 325], hash: '905e794d1edf47e3'}],
    },
  ],
  frameworks,
} satisfies OperatorSpecInput;

export default spec;
