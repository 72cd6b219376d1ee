/**
 * Errata and implementation differences (reference operators.md §4 "E" and §5 "I").
 * Rendered by <ErrataList /> on /errata, one entry per item, anchored `#erratum-<id>`.
 * Ids are public URL fragments: never rename one.
 *
 * Every column cites its lines (`sources`): `documented` the seed page (plus the later doc where a
 * lost seed table was restored from it), `laterDocs` the vendor docs, `implementation` the code. A
 * column that states an absence cites the lines where the statement or check would be. Where the
 * code changed, the column names the commit (short sha, date) and cites the lines before and
 * after. Never paste upstream text here: paraphrase and cite (`npm run sources:cite`).
 */
import type * as z from 'zod';
import type {ErratumSchema} from './schema';

const QMAR = 'aclnnQuantMatmulAllReduceV2';
const WQBMM = 'aclnnWeightQuantBatchMatmul';

const errata = [
  // ---------------------------------------------------------------------------------------
  // §4: errata and version notes
  // ---------------------------------------------------------------------------------------
  {
    id: 'e1-pertoken-not-pertensor',
    label: 'E1',
    operators: [QMAR],
    title: {
      'zh-Hans': 'V2 新增的是 pertoken 量化，而不是 pertensor',
      en: 'V2 adds pertoken quantization, not pertensor',
    },
    documented: {
      'zh-Hans': '原始文档称 V2 在 aclnnQuantMatmulAllReduce 的基础上新增了 pertensor 量化方式。',
      en: 'The original page says that V2 extends aclnnQuantMatmulAllReduce with pertensor quantization.',
    },
    laterDocs: {
      'zh-Hans': '后续文档改为新增 pertoken 量化，即可选输入 `pertokenScaleOptional` 及公式情形 2。',
      en: 'The later docs say the addition is pertoken quantization, i.e. the optional `pertokenScaleOptional` input and formula case 2.',
    },
    implementation: {
      'zh-Hans': '开源校验代码处理的新增输入是 `pertokenScaleOptional`，要求其为一维且长度等于 x1 各前导维之积。',
      en: 'The open-source check handles the added `pertokenScaleOptional` input and requires it to be 1-D with a length equal to the product of the leading dims of x1.',
    },
    evidence: {
      'zh-Hans': '原始文档自身的公式情形 2 引入的正是 `pertokenScaleOptional`，与“新增 pertensor”的说法矛盾。',
      en: 'Formula case 2 of the original page itself introduces `pertokenScaleOptional`, which contradicts its "adds pertensor" sentence.',
    },
    sources: {
      documented: [
        {source: 'seed-qmar', lines: [17, 17], hash: 'b5b51716a8457e34'},
        {source: 'seed-qmar', lines: [25, 26], hash: 'bd6d6e9758225ef1'},
      ],
      laterDocs: [
        {source: 'qmar-v2-doc', lines: [20, 20], hash: '65c041c38c587c76'},
        {source: 'qmar-v2-doc', lines: [32, 36], hash: '6663efcde5568659'},
      ],
      implementation: [
        {source: 'qmar-v2-api', lines: [40, 41], hash: '6fe6680622086f6a'},
        {source: 'mar-util', lines: [366, 386], hash: 'c07b7f809583144c'},
      ],
    },
  },
  {
    id: 'e2-determinism-switch',
    label: 'E2',
    operators: [QMAR],
    title: {
      'zh-Hans': '开启确定性计算的方式随版本变化',
      en: 'The way to enable deterministic computation changed between releases',
    },
    documented: {
      'zh-Hans': '原始文档规定算子默认非确定性，可通过 `aclrtCtxSetSysParamOpt` 开启确定性计算。',
      en: 'The original page states that the operator is non-deterministic by default and that `aclrtCtxSetSysParamOpt` enables deterministic computation.',
    },
    laterDocs: {
      'zh-Hans':
        '2025 年 12 月的文档（以及 8.5.0 发布分支的文档）仍写 `aclrtCtxSetSysParamOpt`。自 2026 年 2 月（17beabaea，2026-02-05）起，文档改为分产品说明：Atlas A2 训练系列产品/Atlas A2 推理系列产品默认非确定性，设置环境变量 `HCCL_DETERMINISTIC=true` 开启确定性计算；Ascend 950PR/950DT 默认即为确定性实现。',
      en: 'The December 2025 docs (and the docs of the 8.5.0 release branch) still name `aclrtCtxSetSysParamOpt`. Since February 2026 (17beabaea, 2026-02-05) the docs split the rule by product: on the Atlas A2 training/inference series the operator is non-deterministic by default and the environment variable `HCCL_DETERMINISTIC=true` enables deterministic computation; on Ascend 950PR/950DT it is deterministic by default.',
    },
    implementation: {
      'zh-Hans':
        '该算子的 Host 侧代码不读取任何确定性设置；Atlas A2 的 kernel 读取 HCCL 通信上下文中的确定性标志，标志置位时不把矩阵乘结果直接写入通信窗口。该标志如何由 `HCCL_DETERMINISTIC` 或其他设置得出，不在这些源码中（未确定）。',
      en: 'The host-side code of the operator reads no determinism setting; the Atlas A2 kernel reads the determinism flag of the HCCL communication context and, when the flag is set, does not write the matmul result straight into the communication window. How that flag follows from `HCCL_DETERMINISTIC` or any other setting is not in these sources (undetermined).',
    },
    evidence: {
      'zh-Hans':
        '属于版本差异：原始文档对应 CANN 8.0.RC2 时期的版本；环境变量方式以及 950PR/950DT 默认确定性出自 2026 年 2 月之后的文档。',
      en: 'This is a version difference: the original page covers the CANN 8.0.RC2-era releases; the environment variable and the deterministic default on 950PR/950DT come from the docs since February 2026.',
    },
    sources: {
      documented: [{source: 'seed-qmar', lines: [60, 62], hash: '86c12adfafed872e'}],
      laterDocs: [
        {source: 'qmar-v2-doc', lines: [315, 317], hash: '92a2ae05206cf777'},
        {source: 'qmar-v2-doc-2025-12', lines: [294, 295], hash: 'a50f1096bcfd0393'},
        {source: 'qmar-v2-doc-850', lines: [299, 300], hash: 'a50f1096bcfd0393'},
      ],
      implementation: [
        {source: 'qmar-v2-api', lines: [37, 55], hash: '1ac9fd83f2987bb9'},
        {source: 'mar-kernel-a2-base', lines: [52, 58], hash: 'b1828ee7e6314b6a'},
      ],
    },
  },
  {
    id: 'e3-dims-column',
    label: 'E3',
    operators: [QMAR],
    title: {
      'zh-Hans': '后续文档参数表的“维度”列与规则说明不一致',
      en: 'The dims column of the later parameter table contradicts the rules',
    },
    documented: {
      'zh-Hans':
        '参数规则规定 dequantScale 为 (1)、(n) 或 (1, n)（原始文档参数表已丢失，此项据后续文档的使用说明恢复），pertokenScaleOptional 为 (m) 或 (b*s)，x3Optional 与 output 同 shape（可为三维）。',
      en: 'The parameter rules give dequantScale as (1), (n) or (1, n) (the original parameter table was lost; this item is restored from the usage cell of the later docs), pertokenScaleOptional as (m) or (b*s), and x3Optional the shape of output, which can be 3-D.',
    },
    laterDocs: {
      'zh-Hans': '后续文档参数表的维度列对 dequantScale、pertokenScaleOptional、x3Optional 均写为 2。',
      en: 'The dims column of the later parameter table gives 2 for dequantScale, pertokenScaleOptional and x3Optional alike.',
    },
    implementation: {
      'zh-Hans':
        '开源校验要求 dequantScale 为一维或二维且恰为 (1)、(n) 或 (1, n)，pertokenScaleOptional 为一维，与规则说明一致。',
      en: 'The open-source check requires dequantScale to be 1-D or 2-D and exactly (1), (n) or (1, n), and pertokenScaleOptional to be 1-D, in line with the rules.',
    },
    evidence: {
      'zh-Hans': '同一张表中维度列与规则列互相矛盾，而规则列与开源校验相符；本站按规则说明给出维度。',
      en: 'Within the same table the dims column contradicts the rules column, which matches the open-source check; this site states the dims from the rules.',
    },
    sources: {
      documented: [
        {source: 'seed-qmar', lines: [69, 69], hash: 'cdc8b3885e412901'},
        {source: 'seed-qmar', lines: [81, 81], hash: 'b9b0a26585795e6c'},
        {source: 'qmar-v2-doc', lines: [137, 137], hash: 'ba98feb8cdf22480'},
      ],
      laterDocs: [
        {source: 'qmar-v2-doc', lines: [124, 131], hash: 'fda05dade1def125'},
        {source: 'qmar-v2-doc', lines: [134, 141], hash: '69a6b6a0b08f5642'},
        {source: 'qmar-v2-doc', lines: [144, 151], hash: 'e49a1d1bdcee0d5f'},
      ],
      implementation: [
        {source: 'mar-util', lines: [366, 386], hash: 'c07b7f809583144c'},
        {source: 'mar-util', lines: [388, 405], hash: '3166bc7d421544b6'},
      ],
    },
  },
  {
    id: 'e4-fp16-float32-dequant-scale',
    label: 'E4',
    operators: [QMAR],
    title: {
      'zh-Hans': 'FLOAT16 输出且无 pertoken 时，参数校验也放行 FLOAT32 的 dequantScale',
      en: 'With FLOAT16 output and no pertoken scale, the parameter check also lets a FLOAT32 dequantScale through',
    },
    documented: {
      'zh-Hans':
        'output 为 FLOAT16 且 pertokenScaleOptional 为空时，dequantScale 须为 INT64 或 UINT64（先用 TransQuantParamV2 转换）。',
      en: 'When output is FLOAT16 and pertokenScaleOptional is null, dequantScale must be INT64 or UINT64, converted first with TransQuantParamV2.',
    },
    laterDocs: {
      'zh-Hans': '与原始文档一致。',
      en: 'Same as the original page.',
    },
    implementation: {
      'zh-Hans': '开源参数校验在这一组合下也接受 FLOAT32 的 dequantScale。',
      en: 'The open-source parameter check also accepts a FLOAT32 dequantScale in this combination.',
    },
    evidence: {
      'zh-Hans': '该组合通过参数校验的 dtype 检查，不返回 161002，随后在 tiling 阶段被拒绝（见 I1）。',
      en: 'The combination passes the dtype check of the parameter check without 161002 and is rejected later in tiling (see I1).',
    },
    sources: {
      documented: [{source: 'seed-qmar', lines: [77, 77], hash: '9efc939acf8066ad'}],
      laterDocs: [
        {source: 'qmar-v2-doc', lines: [137, 137], hash: 'ba98feb8cdf22480'},
        {source: 'qmar-v2-doc', lines: [325, 325], hash: '8c69b4aa3bd88a73'},
      ],
      implementation: [
        {source: 'mar-util', lines: [41, 42], hash: 'dd36f822ad32796d'},
        {source: 'mar-util', lines: [294, 305], hash: '02113d25e9c965b9'},
      ],
    },
  },
  {
    id: 'e5-m-equals-64',
    label: 'E5',
    operators: [WQBMM],
    title: {
      'zh-Hans': 'm = 64 时使用哪组反量化参数',
      en: 'Which dequantization parameters apply when m = 64',
    },
    documented: {
      'zh-Hans':
        '原始文档称 m > 64 时 diagonalMatrix、deqOffset、deqScale 不参与计算，m < 64 时 addOffset、mulScale 不参与计算，m = 64 的情形没有说明。',
      en: 'The original page says diagonalMatrix, deqOffset and deqScale are unused when m > 64 and addOffset and mulScale are unused when m < 64, which leaves m = 64 open.',
    },
    laterDocs: {
      'zh-Hans':
        '后续文档的参数表沿用 m > 64 与 m < 64 的写法；其错误码表规定 m < 64 时 diagonalMatrix、deqOffset 或 deqScale 为空指针返回 161001，同样没有说明 m = 64。代码在 m ≤ 64 时已走 diagonalMatrix 路径，m = 64 的冲突正体现在这张错误码表上。',
      en: 'The later parameter table keeps the m > 64 and m < 64 wording, and the later error table gives 161001 for a null diagonalMatrix, deqOffset or deqScale when m < 64, again saying nothing about m = 64. The code already takes the diagonalMatrix path at m ≤ 64, so the m = 64 conflict shows exactly in that error table.',
    },
    implementation: {
      'zh-Hans':
        '开源代码在 m ≤ 64 时走 diagonalMatrix 路径，m > 64 时走 addOffset/mulScale 路径（m 为 x1 的行数，transposeX1 时取 x1 的最后一维）。',
      en: 'The open-source code takes the diagonalMatrix path for m ≤ 64 and the addOffset/mulScale path for m > 64, where m is the row count of x1 (its last dim when transposeX1 is set).',
    },
    evidence: {
      'zh-Hans': 'm = 64 时若 diagonalMatrix、deqOffset 或 deqScale 为空，参数校验返回 161002。',
      en: 'With m = 64, a null diagonalMatrix, deqOffset or deqScale makes the parameter check return 161002.',
    },
    sources: {
      documented: [
        {source: 'seed-wqbmm', lines: [20, 20], hash: 'd858ee13d858cc7f'},
        {source: 'seed-wqbmm', lines: [22, 22], hash: '16d22e19e1ea630d'},
        {source: 'seed-wqbmm', lines: [24, 24], hash: 'a7e3be932689774a'},
        {source: 'seed-wqbmm', lines: [26, 26], hash: '73a0e9761d2b5ffe'},
        {source: 'seed-wqbmm', lines: [28, 28], hash: '0a813f1356c919bd'},
      ],
      laterDocs: [
        {source: 'wqbmm-doc', lines: [116, 116], hash: 'da2f83ee2d564d89'},
        {source: 'wqbmm-doc', lines: [126, 126], hash: '147f9e2eb7685b34'},
        {source: 'wqbmm-doc', lines: [136, 136], hash: '147f9e2eb7685b34'},
        {source: 'wqbmm-doc', lines: [146, 146], hash: 'd4f8d229389ba900'},
        {source: 'wqbmm-doc', lines: [156, 156], hash: 'd4f8d229389ba900'},
        {source: 'wqbmm-doc', lines: [262, 266], hash: '8dd4e0c8a0604c56'},
      ],
      implementation: [
        {source: 'wqbmm-api', lines: [49, 52], hash: 'ad699af29bafc2d4'},
        {source: 'wqbmm-api', lines: [399, 409], hash: '6f9a516ec520c405'},
      ],
    },
  },
  {
    id: 'e6-out-int8',
    label: 'E6',
    operators: [WQBMM],
    title: {
      'zh-Hans': 'out 实际只支持 FLOAT16',
      en: 'out only accepts FLOAT16 in practice',
    },
    documented: {
      'zh-Hans': 'out 的数据类型支持 FLOAT16 和 INT8。',
      en: 'out supports the FLOAT16 and INT8 data types.',
    },
    laterDocs: {
      'zh-Hans': '后续文档的参数表仍列出 out 支持 FLOAT16 和 INT8。',
      en: 'The later parameter table still lists FLOAT16 and INT8 for out.',
    },
    implementation: {
      'zh-Hans': '开源参数校验只接受 FLOAT16 的 out。',
      en: 'The open-source parameter check accepts only a FLOAT16 out.',
    },
    evidence: {
      'zh-Hans': 'out 为 INT8 时第一段接口的 dtype 检查失败，返回 161002。',
      en: 'An INT8 out fails the dtype check of phase 1, which returns 161002.',
    },
    sources: {
      documented: [{source: 'seed-wqbmm', lines: [36, 38], hash: '903f6006fa761fdb'}],
      laterDocs: [{source: 'wqbmm-doc', lines: [212, 221], hash: 'a6eaa019009603fc'}],
      implementation: [
        {source: 'wqbmm-api', lines: [48, 48], hash: '56420a3b9aa33f46'},
        {source: 'wqbmm-api', lines: [99, 99], hash: '9f7f33e0281afd8f'},
        {source: 'wqbmm-api', lines: [373, 376], hash: '021984b247d9fde2'},
      ],
    },
  },
  {
    id: 'e7-missing-formula-replacement',
    label: 'E7',
    operators: [WQBMM],
    title: {
      'zh-Hans': '原始文档缺少公式，替代接口的名称随版本变化',
      en: 'The original page lacks the formula, and the named replacement API changed between releases',
    },
    documented: {
      'zh-Hans': '原始文档的计算公式缺失；弃用说明中替代接口的名称在抓取时丢失（抓取副本中只剩无法显示的链接占位）。',
      en: 'The formula is missing from the original page, and the name of the replacement API in its deprecation notice was lost in scraping (only an unrendered link placeholder is left in the scraped copy).',
    },
    laterDocs: {
      'zh-Hans':
        '后续文档给出公式 `result = self @ mat2 + bias`。2025 年 12 月的文档把 aclnnWeightQuantBatchMatmulV2 和 aclnnWeightQuantBatchMatmulV3 都列为替代接口；自 2026 年 3 月（34cddc5cd，2026-03-02）起只列 aclnnWeightQuantBatchMatmulV3。两者都只说后续版本会废弃，没有给出日期。',
      en: 'The later docs give the formula `result = self @ mat2 + bias`. The December 2025 doc names both aclnnWeightQuantBatchMatmulV2 and aclnnWeightQuantBatchMatmulV3 as replacements; since March 2026 (34cddc5cd, 2026-03-02) it names aclnnWeightQuantBatchMatmulV3 alone. Both only say that a later version will deprecate the API, without a date.',
    },
    implementation: {
      'zh-Hans':
        '自 2026 年 3 月（34cddc5cd，2026-03-02）起，头文件把两个函数标为 deprecated，首次调用时也输出一次运行时告警；两处都说明该接口计划在 2026 年 12 月之后的某次版本更新中废弃，由 V3 替代。代码没有给出移除日期。',
      en: 'Since March 2026 (34cddc5cd, 2026-03-02) the header marks both functions deprecated and the first call logs a one-time run-time warning; both say the API is scheduled to be deprecated in a version update after December 2026 and replaced by V3. The code gives no removal date.',
    },
    evidence: {
      'zh-Hans': '原始页面“计算公式”之后没有内容，弃用说明中的链接文字也在抓取时丢失。',
      en: 'Nothing follows the formula heading on the original page, and the link text of the deprecation notice was lost in scraping.',
    },
    sources: {
      documented: [
        {source: 'seed-wqbmm', lines: [2, 2], hash: '1bc81e825fb5228c'},
        {source: 'seed-wqbmm', lines: [11, 12], hash: '2b2a6a2195372807'},
      ],
      laterDocs: [
        {source: 'wqbmm-doc', lines: [3, 3], hash: '2b453015405c1703'},
        {source: 'wqbmm-doc', lines: [31, 33], hash: 'dc91ba4f2360d994'},
        {source: 'wqbmm-doc-2025-12', lines: [3, 3], hash: 'df100dec409ee798'},
        {source: 'wqbmm-doc-2026-03', lines: [3, 3], hash: '2b453015405c1703'},
      ],
      implementation: [
        {source: 'wqbmm-header', lines: [24, 27], hash: '991c51bce2b911c8'},
        {source: 'wqbmm-header', lines: [39, 42], hash: '18e57700a287ad2a'},
        {source: 'wqbmm-api', lines: [363, 364], hash: 'daf9c19025bfa615'},
        {source: 'wqbmm-api', lines: [429, 429], hash: 'bedd4dc8876519d4'},
        {source: 'wqbmm-matmul-util', lines: [16, 27], hash: '389785a500c0eca5'},
      ],
    },
  },
  {
    id: 'e8-later-products',
    label: 'E8',
    operators: [QMAR, WQBMM],
    title: {
      'zh-Hans': '后续版本新增的产品',
      en: 'Products added by later releases',
    },
    documented: {
      'zh-Hans':
        '原始文档中两个算子只涉及 Atlas A2 系列产品：aclnnQuantMatmulAllReduceV2 的产品表已丢失，页面说明中只出现 Atlas A2 训练系列产品/Atlas A2 推理系列产品；WeightQuantBatchMatmul 为 Atlas A2 训练系列产品与 Atlas 800I A2 推理产品。',
      en: 'In the seeds both operators concern only the Atlas A2 line: the product table of aclnnQuantMatmulAllReduceV2 was lost and its notes name only the Atlas A2 training/inference series; WeightQuantBatchMatmul lists the Atlas A2 training series and Atlas 800I A2 inference.',
    },
    laterDocs: {
      'zh-Hans':
        '后续版本为 WeightQuantBatchMatmul 增加 Atlas A3，为 QuantMatmulAllReduceV2 增加 Ascend 950PR/950DT（支持 1、2、4、8、16、32 或 64 卡，x2 仅支持 ND）；QuantMatmulAllReduceV2 不支持 Atlas A3。',
      en: 'Later releases add Atlas A3 for WeightQuantBatchMatmul and Ascend 950PR/950DT for QuantMatmulAllReduceV2 (1, 2, 4, 8, 16, 32 or 64 ranks, ND-only x2); QuantMatmulAllReduceV2 does not support Atlas A3.',
    },
    implementation: {
      'zh-Hans':
        'QuantMatmulAllReduceV2 的 Host 侧代码对 Ascend 950 架构另有分支（例如第二段接口在该架构上改用 AICPU 通信服务）；WeightQuantBatchMatmul 的参数校验不区分产品。',
      en: 'The host code of QuantMatmulAllReduceV2 has separate branches for the Ascend 950 architecture (for example, phase 2 switches to the AICPU communication server there); the parameter check of WeightQuantBatchMatmul does not distinguish products.',
    },
    evidence: {
      'zh-Hans': '属于版本差异：本站按原始文档所对应版本给出产品支持，新增产品只作为版本说明列出。',
      en: 'This is a version difference: the site lists product support for the original page-era release and mentions the added products as version notes only.',
    },
    sources: {
      documented: [
        {source: 'seed-qmar', lines: [9, 11], hash: 'cf044a79368f6632'},
        {source: 'seed-qmar', lines: [40, 40], hash: 'e985309cce554005'},
        {source: 'seed-qmar', lines: [85, 85], hash: '7eaf46ffc128882a'},
        {source: 'seed-wqbmm', lines: [3, 4], hash: '2aae6f218ad6ed9e'},
      ],
      laterDocs: [
        {source: 'qmar-v2-doc', lines: [7, 14], hash: '813c2e61cdb8f9f3'},
        {source: 'qmar-v2-doc', lines: [230, 232], hash: '5b24d195bf14aaaf'},
        {source: 'qmar-v2-doc', lines: [328, 330], hash: '7955a963cb9fb30c'},
        {source: 'wqbmm-doc', lines: [7, 15], hash: '13ca16493e8ba861'},
      ],
      implementation: [
        {source: 'qmar-v2-api', lines: [62, 69], hash: 'ac5d9d718e3be67d'},
        {source: 'wqbmm-api', lines: [237, 254], hash: 'd9fe374c3e1f6726'},
      ],
    },
  },
  // ---------------------------------------------------------------------------------------
  // §5: aclnnQuantMatmulAllReduceV2, where the open-source code differs
  // ---------------------------------------------------------------------------------------
  {
    id: 'i1-fp32-scale-rejected-in-tiling',
    label: 'I1',
    operators: [QMAR],
    title: {
      'zh-Hans': 'FLOAT16 输出、无 pertoken 时的 FLOAT32 dequantScale 在 tiling 阶段才被拒绝',
      en: 'A FLOAT32 dequantScale with FLOAT16 output and no pertoken scale is only rejected in tiling',
    },
    documented: {
      'zh-Hans':
        '这一组合要求 dequantScale 为 INT64 或 UINT64，不满足属于 dtype 错误，返回 161002（原始文档错误码表已丢失，返回码据后续文档恢复）。',
      en: 'This combination requires an INT64 or UINT64 dequantScale, and anything else is a dtype error that returns 161002 (the original error table was lost; the code is restored from the later docs).',
    },
    laterDocs: {
      'zh-Hans': '与原始文档一致。',
      en: 'Same as the original page.',
    },
    implementation: {
      'zh-Hans': 'FLOAT32 的 dequantScale 通过参数校验，随后由第一段接口内的 Host 侧 tiling 拒绝。',
      en: 'A FLOAT32 dequantScale passes the parameter check and is then rejected by the host tiling step inside phase 1.',
    },
    evidence: {
      'zh-Hans': '第一段接口返回 ACLNN_ERR_INNER_TILING_ERROR(561002)，而不是 161002。',
      en: 'Phase 1 returns ACLNN_ERR_INNER_TILING_ERROR (561002) instead of 161002.',
    },
    sources: {
      documented: [
        {source: 'seed-qmar', lines: [77, 77], hash: '9efc939acf8066ad'},
        {source: 'seed-qmar', lines: [45, 47], hash: '299994333a43647e'},
        {source: 'qmar-v2-doc', lines: [258, 260], hash: '717c7126caa60ab1'},
      ],
      laterDocs: [
        {source: 'qmar-v2-doc', lines: [325, 325], hash: '8c69b4aa3bd88a73'},
        {source: 'qmar-v2-doc', lines: [258, 260], hash: '717c7126caa60ab1'},
      ],
      implementation: [
        {source: 'mar-util', lines: [294, 305], hash: '02113d25e9c965b9'},
        {source: 'qmar-tiling-910', lines: [192, 198], hash: 'cdb0758312b564aa'},
      ],
    },
  },
  {
    id: 'i2-commturn-tiling',
    label: 'I2',
    operators: [QMAR],
    title: {
      'zh-Hans': 'commTurn 不在参数校验中检查',
      en: 'commTurn is not checked by the parameter check',
    },
    documented: {
      'zh-Hans': 'commTurn 仅支持 0（原始文档参数表已丢失，此规则据后续文档恢复）。',
      en: 'commTurn supports only 0 (the original page parameter table was lost; the rule is restored from the later docs).',
    },
    laterDocs: {
      'zh-Hans': '参数表规定仅支持 0，错误码表只列出 streamMode 越界，没有提到 commTurn。',
      en: 'The parameter table allows only 0, and the error table lists streamMode out of range but does not mention commTurn.',
    },
    implementation: {
      'zh-Hans': '参数校验不检查 commTurn（该参数根本不传给参数校验函数），非 0 的取值由 tiling 拒绝。',
      en: 'The parameter check ignores commTurn (it is not even passed to the check function), and tiling rejects any non-zero value.',
    },
    evidence: {
      'zh-Hans': 'commTurn ≠ 0 时第一段接口在 tiling 阶段返回 561002。',
      en: 'With commTurn ≠ 0, phase 1 returns 561002 from tiling.',
    },
    sources: {
      documented: [
        {source: 'seed-qmar', lines: [37, 39], hash: '960764329d4fe14e'},
        {source: 'qmar-v2-doc', lines: [174, 182], hash: '23d62cad60a33ea0'},
      ],
      laterDocs: [
        {source: 'qmar-v2-doc', lines: [174, 182], hash: '23d62cad60a33ea0'},
        {source: 'qmar-v2-doc', lines: [257, 267], hash: '2a4fdd644dbecb18'},
      ],
      implementation: [
        {source: 'qmar-v2-api', lines: [40, 41], hash: '6fe6680622086f6a'},
        {source: 'mar-tiling-base', lines: [717, 722], hash: '4455e42dba47fa53'},
      ],
    },
  },
  {
    id: 'i3-limits-in-tiling',
    label: 'I3',
    operators: [QMAR],
    title: {
      'zh-Hans': 'k、n 与 m 的上限只在 tiling 阶段检查',
      en: 'The limits on k, n and m are only enforced in tiling',
    },
    documented: {
      'zh-Hans': 'm 不超过 2147483647，x1 与 x2 的最后一维（k，以及 x2 非转置时的 n）均不超过 65535。',
      en: 'm is at most 2147483647, and the last dims of x1 and x2 (k, and n when x2 is not transposed) are each at most 65535.',
    },
    laterDocs: {
      'zh-Hans': '后续文档保留同样的上限，错误码表把违反 shape 约束归为 161002。',
      en: 'The later docs keep the same limits, and their error table files shape violations under 161002.',
    },
    implementation: {
      'zh-Hans': '参数校验不检查这些上限，超限由 tiling 拒绝。',
      en: 'The parameter check does not test these limits, and tiling rejects values beyond them.',
    },
    evidence: {
      'zh-Hans': 'k > 65535、x2 最后一维 > 65535 或 m > 2147483647 时，第一段接口在 tiling 阶段返回 561002。',
      en: 'For k > 65535, a last dim of x2 > 65535 or m > 2147483647, phase 1 returns 561002 from tiling.',
    },
    sources: {
      documented: [{source: 'seed-qmar', lines: [67, 67], hash: 'f50806a2bc0f3f44'}],
      laterDocs: [
        {source: 'qmar-v2-doc', lines: [320, 320], hash: 'af0e47de94ff55e7'},
        {source: 'qmar-v2-doc', lines: [265, 266], hash: 'c4fa16c36273a341'},
      ],
      implementation: [
        {source: 'mar-util', lines: [430, 445], hash: 'bd4df39e1809647d'},
        {source: 'qmar-tiling-910', lines: [151, 171], hash: 'e80420b43a74ad58'},
      ],
    },
  },
  {
    id: 'i4-empty-k',
    label: 'I4',
    operators: [QMAR],
    title: {
      'zh-Hans': '空 Tensor：k = 0 与空 output 的返回码不同',
      en: 'Empty tensors: k = 0 and an empty output return different codes',
    },
    documented: {
      'zh-Hans':
        'x1 与 x2 不能为空 Tensor，违反时属于 shape 错误(161002)（原始文档错误码表已丢失，返回码据后续文档恢复）。',
      en: 'x1 and x2 must not be empty tensors, and a violation is a shape error (161002) (the original error table was lost; the code is restored from the later docs).',
    },
    laterDocs: {
      'zh-Hans': '明确不支持空 Tensor。',
      en: 'Empty tensors are explicitly unsupported.',
    },
    implementation: {
      'zh-Hans':
        'k = 0 的输入通过参数校验后被 tiling 拒绝。任一维为 0 的 output 自 2026 年 1 月（6b31281b8，2026-01-28）起由参数校验拒绝；此前的代码（例如 8.5.0 发布分支）没有这项检查，空 output 同样要到 tiling 才被拒绝。x2 为 FRACTAL_NZ 时参数校验在这项检查之前就已返回（见 I6）。',
      en: 'An input with k = 0 passes the parameter check and is rejected by tiling. An output with a zero dim is rejected by the parameter check since January 2026 (6b31281b8, 2026-01-28); earlier code (for example the 8.5.0 release branch) has no such check, so an empty output is likewise only rejected in tiling. With a FRACTAL_NZ x2 the parameter check returns before reaching this check (see I6).',
    },
    evidence: {
      'zh-Hans':
        'k = 0 时在 tiling 阶段返回 561002；output 含 0 维时，当前代码在参数校验阶段返回 161002，2026 年 1 月之前的代码在 tiling 阶段返回 561002。',
      en: 'k = 0 returns 561002 (tiling); an output with a zero dim returns 161002 (parameter check) in the current code, and 561002 (tiling) in code from before January 2026.',
    },
    sources: {
      documented: [
        {source: 'seed-qmar', lines: [65, 65], hash: '6526bb624af17195'},
        {source: 'seed-qmar', lines: [45, 47], hash: '299994333a43647e'},
        {source: 'qmar-v2-doc', lines: [265, 266], hash: 'c4fa16c36273a341'},
      ],
      laterDocs: [
        {source: 'qmar-v2-doc', lines: [319, 319], hash: 'b454463cf1d91bb8'},
        {source: 'qmar-v2-doc', lines: [332, 333], hash: '339a1f38fae5c7fc'},
      ],
      implementation: [
        {source: 'mar-util', lines: [447, 452], hash: '956867d08fc8c818'},
        {source: 'mar-tiling-base', lines: [833, 835], hash: '9c1ad8945f81a2a0'},
        {source: 'mar-util-850', lines: [373, 378], hash: 'c2f8aef20a399602'},
      ],
    },
  },
  {
    id: 'i5-x3-dtype-match',
    label: 'I5',
    operators: [QMAR],
    title: {
      'zh-Hans': 'x3Optional 必须与 output 数据类型相同',
      en: 'x3Optional must have the same dtype as output',
    },
    documented: {
      'zh-Hans':
        '约束只要求 x3Optional 与 output 的 shape 相同；其数据类型只列出 FLOAT16 和 BFLOAT16（原始文档参数表已丢失，数据类型据后续文档恢复）。',
      en: 'The constraints only require x3Optional to have the shape of output, and for its dtype only FLOAT16 and BFLOAT16 are listed (the original parameter table was lost; the dtypes are restored from the later docs).',
    },
    laterDocs: {
      'zh-Hans': '列出 x3Optional 支持的数据类型，但没有写明须与 output 一致。',
      en: 'They list the dtypes of x3Optional but never state that it must match output.',
    },
    implementation: {
      'zh-Hans': '传入 x3Optional 时，参数校验要求其数据类型与 output 相同。',
      en: 'When x3Optional is given, the parameter check requires its dtype to equal that of output.',
    },
    evidence: {
      'zh-Hans': '例如 output 为 FLOAT16 而 x3Optional 为 BFLOAT16 时，dtype 检查返回 161002。',
      en: 'For example, a FLOAT16 output with a BFLOAT16 x3Optional fails the dtype check with 161002.',
    },
    sources: {
      documented: [
        {source: 'seed-qmar', lines: [69, 69], hash: 'cdc8b3885e412901'},
        {source: 'seed-qmar', lines: [75, 75], hash: '36e6b21f5339e1e5'},
        {source: 'qmar-v2-doc', lines: [128, 128], hash: '7a6fd11f7c68912f'},
      ],
      laterDocs: [
        {source: 'qmar-v2-doc', lines: [124, 131], hash: 'fda05dade1def125'},
        {source: 'qmar-v2-doc', lines: [260, 260], hash: '28c0a2142ed72d85'},
      ],
      implementation: [{source: 'mar-util', lines: [287, 291], hash: 'd7fe2f495f8b1f1d'}],
    },
  },
  {
    id: 'i6-nz-skips-shape-checks',
    label: 'I6',
    operators: [QMAR],
    title: {
      'zh-Hans': 'x2 为 FRACTAL_NZ 时参数校验跳过 shape 检查',
      en: 'With a FRACTAL_NZ x2 the parameter check skips the shape checks',
    },
    documented: {
      'zh-Hans': '文档中的 shape 约束（bias、dequantScale、pertokenScaleOptional 等）不区分 x2 的数据格式。',
      en: 'The documented shape constraints (bias, dequantScale, pertokenScaleOptional and so on) do not depend on the format of x2.',
    },
    laterDocs: {
      'zh-Hans':
        '后续文档沿用相同的 shape 约束，同样不区分 x2 的数据格式；Atlas A2 的说明只写明 FRACTAL_NZ 格式的 x2 为四维输入。',
      en: 'The later docs repeat the same shape constraints, again without making them depend on the format of x2; their Atlas A2 note only says that a FRACTAL_NZ x2 is a 4-D input.',
    },
    implementation: {
      'zh-Hans':
        '只有存储格式为 FRACTAL_NZ 且存储 shape 为四维的 x2 才被识别为 NZ；此时参数校验在检查 x1 的维数之后直接返回，跳过其余 shape 检查。tiling 仍要求 bias 为一维且长度为 n，dequantScale 为一维的 [1] 或共 n 个元素（至多三维），pertoken scale 至多一维且元素个数为 m。',
      en: 'An x2 is recognised as NZ only when its storage format is FRACTAL_NZ and its storage shape is 4-D; the parameter check then returns right after checking the rank of x1, skipping all other shape checks. Tiling still requires a 1-D bias of length n, a dequantScale that is a 1-D [1] or has n elements (at most 3-D), and a pertoken scale of at most one dim with m elements.',
    },
    evidence: {
      'zh-Hans': 'shape 为 (n, 1) 的 dequantScale 在 NZ 格式的 x2 下被接受，而 ND 格式下参数校验返回 161002。',
      en: 'A dequantScale of shape (n, 1) is accepted with an NZ x2, while with an ND x2 the parameter check returns 161002.',
    },
    sources: {
      documented: [
        {source: 'seed-qmar', lines: [40, 40], hash: 'e985309cce554005'},
        {source: 'seed-qmar', lines: [69, 69], hash: 'cdc8b3885e412901'},
        {source: 'seed-qmar', lines: [81, 81], hash: 'b9b0a26585795e6c'},
      ],
      laterDocs: [
        {source: 'qmar-v2-doc', lines: [226, 228], hash: '035392cd9c61a28c'},
        {source: 'qmar-v2-doc', lines: [319, 327], hash: '7d26030aebcfbdc5'},
      ],
      implementation: [
        {source: 'mar-util', lines: [328, 341], hash: '9dd29eb1df2798a3'},
        {source: 'mar-util', lines: [407, 415], hash: '791148a0b9c1703b'},
        {source: 'qmar-tiling-910', lines: [35, 38], hash: '20624306972e05ac'},
        {source: 'mar-tiling-base', lines: [663, 677], hash: 'eb66dc95c5ab8027'},
        {source: 'mar-tiling-base', lines: [1228, 1250], hash: 'ed2f310e7758870c'},
        {source: 'mar-tiling-base', lines: [1310, 1320], hash: 'f05e83b730258f99'},
      ],
    },
  },
  {
    id: 'i7-x1-layout-unchecked',
    label: 'I7',
    operators: [QMAR],
    title: {
      'zh-Hans': 'x1 的转置与非连续情况不做检查',
      en: 'Transposed or non-contiguous x1 is not checked',
    },
    documented: {
      'zh-Hans': 'x1 不支持转置，也不支持非连续 Tensor（原始文档参数表已丢失，此规则据后续文档恢复）。',
      en: 'x1 must not be transposed and must not be a non-contiguous tensor (the original page parameter table was lost; the rule is restored from the later docs).',
    },
    laterDocs: {
      'zh-Hans': '此规则即出自后续文档的参数表。',
      en: 'This rule comes from the parameter table of the later docs themselves.',
    },
    implementation: {
      'zh-Hans':
        '自 2026 年 4 月（eb57bb071，2026-04-03）起，参数校验的最后一步只在 Atlas A2 上检查 x2 的连续性，从不检查 x1；此前的代码（例如 8.5.0 发布分支）对 x1、x2 都不做连续性检查。',
      en: 'Since April 2026 (eb57bb071, 2026-04-03) the last step of the parameter check tests the contiguity of x2 on Atlas A2 only and never tests x1; earlier code (for example the 8.5.0 release branch) tests the contiguity of neither.',
    },
    evidence: {
      'zh-Hans': '转置或非连续的 x1 在第一段接口不会触发 161002。',
      en: 'A transposed or non-contiguous x1 does not trigger 161002 in phase 1.',
    },
    sources: {
      documented: [
        {source: 'seed-qmar', lines: [37, 39], hash: '960764329d4fe14e'},
        {source: 'qmar-v2-doc', lines: [97, 97], hash: '976058b103e167c2'},
        {source: 'qmar-v2-doc', lines: [101, 101], hash: '9e8c14587bec8806'},
      ],
      laterDocs: [{source: 'qmar-v2-doc', lines: [94, 101], hash: '4f62b9c864e47cb7'}],
      implementation: [
        {source: 'mar-util', lines: [256, 260], hash: 'd0c2d39b7302d74e'},
        {source: 'mar-util', lines: [81, 91], hash: '05a4d2110dee1a1c'},
        {source: 'mar-util-850', lines: [197, 219], hash: 'f4dff8af0339eb90'},
      ],
    },
  },
  {
    id: 'i8-reduce-op-case',
    label: 'I8',
    operators: [QMAR],
    title: {
      'zh-Hans': 'reduceOp 区分大小写',
      en: 'reduceOp is case-sensitive',
    },
    documented: {
      'zh-Hans': 'reduceOp 仅支持 "sum"（原始文档参数表已丢失，此规则据后续文档恢复）。',
      en: 'reduceOp supports only "sum" (the original parameter table was lost; the rule is restored from the later docs).',
    },
    laterDocs: {
      'zh-Hans': '错误码表列出 streamMode 越界返回 161002，但没有单列 reduceOp。',
      en: 'The error table lists an out-of-range streamMode under 161002 but has no entry for reduceOp.',
    },
    implementation: {
      'zh-Hans': '参数校验把 reduceOp 与 "sum" 逐字符比较（区分大小写），其他取值与 streamMode ≠ 1 一样被拒绝。',
      en: 'The parameter check compares reduceOp with "sum" case-sensitively and rejects any other value, just as it rejects streamMode ≠ 1.',
    },
    evidence: {
      'zh-Hans': 'reduceOp 为 "SUM" 等非 "sum" 取值时，参数校验返回 161002。',
      en: 'A reduceOp such as "SUM", or any other value than "sum", makes the parameter check return 161002.',
    },
    sources: {
      documented: [
        {source: 'seed-qmar', lines: [37, 39], hash: '960764329d4fe14e'},
        {source: 'qmar-v2-doc', lines: [167, 167], hash: '92a30e587f02cd1b'},
      ],
      laterDocs: [
        {source: 'qmar-v2-doc', lines: [164, 172], hash: 'e330fe0ae666e9de'},
        {source: 'qmar-v2-doc', lines: [257, 264], hash: '1af295334c860614'},
      ],
      implementation: [
        {source: 'mar-util', lines: [169, 181], hash: '23261bde45a7c4d1'},
        {source: 'mar-util', lines: [249, 250], hash: '48cf063dc09c1783'},
      ],
    },
  },
  {
    id: 'i9-x2-noncontiguous-tables',
    label: 'I9',
    operators: [QMAR],
    title: {
      'zh-Hans': '后续文档对 x2 非连续支持的标注互相矛盾',
      en: 'The later docs disagree with themselves on non-contiguous x2',
    },
    documented: {
      'zh-Hans': '原始文档的 Atlas A2 说明规定，非连续的 x2 仅支持转置场景。',
      en: 'The Atlas A2 note of the original page allows a non-contiguous x2 only as a transpose.',
    },
    laterDocs: {
      'zh-Hans':
        '后续文档参数表中 x2 的“非连续 Tensor”一栏，在较早版本（例如 8.5.0 发布分支）中为“√”，自 2026 年 2 月（17beabaea，2026-02-05）起为“×”；而同一页 x2 的使用说明和 Atlas A2 说明都允许最后两维转置所得的非连续 x2。',
      en: 'In the later parameter table, the non-contiguous column of x2 reads "√" in earlier versions (for example the 8.5.0 release branch) and "×" since February 2026 (17beabaea, 2026-02-05), while the usage cell of x2 and the Atlas A2 note on the same page allow a non-contiguous x2 that transposes the last two dims.',
    },
    implementation: {
      'zh-Hans':
        '自 2026 年 4 月（eb57bb071，2026-04-03）起，参数校验在检查顺序的最后一步（仅 Atlas A2）单独检查 x2：非连续时只接受最后两维的转置；8.5.0 发布分支的代码没有这一步。',
      en: 'Since April 2026 (eb57bb071, 2026-04-03) the parameter check tests x2 separately as the last step of its check order (Atlas A2 only): a non-contiguous x2 must be a transpose of the last two dims; the code of the 8.5.0 release branch has no such step.',
    },
    evidence: {
      'zh-Hans': '参数表的标注随版本变化，且与同页的使用说明冲突；本站按原始文档和使用说明记为“仅支持转置”。',
      en: 'The table mark changed between versions and conflicts with the usage note on the same page, so this site records the original page note and the usage cell: transpose views only.',
    },
    sources: {
      documented: [{source: 'seed-qmar', lines: [40, 40], hash: 'e985309cce554005'}],
      laterDocs: [
        {source: 'qmar-v2-doc', lines: [104, 111], hash: '3cc6ca38f734e754'},
        {source: 'qmar-v2-doc', lines: [226, 228], hash: '035392cd9c61a28c'},
        {source: 'qmar-v2-doc-850', lines: [96, 103], hash: '769c53e20af13939'},
      ],
      implementation: [
        {source: 'mar-util', lines: [81, 91], hash: '05a4d2110dee1a1c'},
        {source: 'mar-util', lines: [256, 260], hash: 'd0c2d39b7302d74e'},
        {source: 'mar-util-850', lines: [197, 219], hash: 'f4dff8af0339eb90'},
      ],
    },
  },
  // ---------------------------------------------------------------------------------------
  // §5: aclnnWeightQuantBatchMatmul, where the open-source code differs
  // ---------------------------------------------------------------------------------------
  {
    id: 'i10-wqbmm-null-161002',
    label: 'I10',
    operators: [WQBMM],
    title: {
      'zh-Hans': '空指针返回 161002 而非 161001',
      en: 'Null pointers return 161002, not 161001',
    },
    documented: {
      'zh-Hans':
        'x1 或 x2 为空指针，或 m 较小时 diagonalMatrix、deqOffset、deqScale 为空指针，返回 161001（原始文档错误码表已丢失，据后续文档恢复）。',
      en: 'A null x1 or x2, or for small m a null diagonalMatrix, deqOffset or deqScale, returns 161001 (the original page error table was lost; restored from the later docs).',
    },
    laterDocs: {
      'zh-Hans': '此规则即出自后续文档的错误码表（其中“m 较小”写作 m < 64）。',
      en: 'This rule comes from the error table of the later docs themselves (which writes small m as m < 64).',
    },
    implementation: {
      'zh-Hans':
        '第一段接口把参数校验的所有失败（包括空指针）统一返回为 ACLNN_ERR_PARAM_INVALID。x1 为空指针时返回 161002，只适用于 2026 年 8 月的修复（4c8b12ff9，2026-08-11）之后：此前的空指针检查先通过 x1 读取 shape，再检查 x1 是否为空，x1 为空指针时进程崩溃。',
      en: 'Phase 1 turns every failure of the parameter check, null pointers included, into ACLNN_ERR_PARAM_INVALID. A null x1 returns 161002 only after the August 2026 fix (4c8b12ff9, 2026-08-11): before it, the null check read the shape through x1 before testing x1 for null, so a null x1 crashed the process.',
    },
    evidence: {
      'zh-Hans': '修复后的代码在 x1 为空指针时返回 161002，而不是 161001；修复前的代码会崩溃。',
      en: 'With the fix, a null x1 makes phase 1 return 161002 rather than 161001; before the fix it crashes.',
    },
    sources: {
      documented: [
        {source: 'seed-wqbmm', lines: [41, 43], hash: '35c1650f53e15e6c'},
        {source: 'wqbmm-doc', lines: [262, 266], hash: '8dd4e0c8a0604c56'},
      ],
      laterDocs: [{source: 'wqbmm-doc', lines: [262, 266], hash: '8dd4e0c8a0604c56'}],
      implementation: [
        {source: 'wqbmm-api', lines: [55, 72], hash: '8a21add22a2cf9ed'},
        {source: 'wqbmm-api', lines: [373, 376], hash: '021984b247d9fde2'},
        {source: 'wqbmm-api-before-null-fix', lines: [55, 72], hash: '1f49a3bcc63f9fa5'},
      ],
    },
  },
  {
    id: 'i11-wqbmm-out-checks',
    label: 'I11',
    operators: [WQBMM],
    title: {
      'zh-Hans': 'out 须非空且为 FLOAT16',
      en: 'out must be non-null and FLOAT16',
    },
    documented: {
      'zh-Hans': 'out 支持 FLOAT16 和 INT8，文档没有把 out 为空指针列为错误场景。',
      en: 'out supports FLOAT16 and INT8, and the docs do not list a null out as an error case.',
    },
    laterDocs: {
      'zh-Hans':
        '参数表仍列出 FLOAT16 和 INT8；错误码表的空指针场景只包括 x1、x2 以及 m < 64 时的 diagonalMatrix、deqOffset、deqScale。',
      en: 'The parameter table still lists FLOAT16 and INT8, and the null-pointer row of the error table covers only x1, x2 and, for m < 64, diagonalMatrix, deqOffset and deqScale.',
    },
    implementation: {
      'zh-Hans': '参数校验要求 out 非空，且数据类型只能是 FLOAT16。',
      en: 'The parameter check requires out to be non-null and of dtype FLOAT16 only.',
    },
    evidence: {
      'zh-Hans': 'out 为空指针或为 INT8 时，第一段接口均返回 161002。',
      en: 'A null out and an INT8 out both make phase 1 return 161002.',
    },
    sources: {
      documented: [
        {source: 'seed-wqbmm', lines: [36, 38], hash: '903f6006fa761fdb'},
        {source: 'seed-wqbmm', lines: [41, 43], hash: '35c1650f53e15e6c'},
        {source: 'wqbmm-doc', lines: [262, 266], hash: '8dd4e0c8a0604c56'},
      ],
      laterDocs: [
        {source: 'wqbmm-doc', lines: [212, 221], hash: 'a6eaa019009603fc'},
        {source: 'wqbmm-doc', lines: [262, 266], hash: '8dd4e0c8a0604c56'},
      ],
      implementation: [
        {source: 'wqbmm-api', lines: [61, 63], hash: '688b6fb0404ea27b'},
        {source: 'wqbmm-api', lines: [99, 99], hash: '9f7f33e0281afd8f'},
        {source: 'wqbmm-api', lines: [373, 376], hash: '021984b247d9fde2'},
      ],
    },
  },
  {
    id: 'i12-wqbmm-path-dtype-checks',
    label: 'I12',
    operators: [WQBMM],
    title: {
      'zh-Hans': '反量化参数的 dtype 只在所走路径上检查',
      en: 'The dtypes of the dequantization inputs are only checked on the path taken',
    },
    documented: {
      'zh-Hans':
        '各输入的数据类型固定（diagonalMatrix 为 INT8，deqOffset 为 INT32，deqScale 为 UINT64，addOffset 与 mulScale 为 FLOAT16），与 m 无关。',
      en: 'Each input has a fixed dtype (diagonalMatrix INT8, deqOffset INT32, deqScale UINT64, addOffset and mulScale FLOAT16), whatever m is.',
    },
    laterDocs: {
      'zh-Hans': '错误码表规定，任一非空 Tensor 的数据类型不支持时返回 161002。',
      en: 'The error table says that an unsupported dtype on any non-null tensor returns 161002.',
    },
    implementation: {
      'zh-Hans':
        'diagonalMatrix、deqOffset、deqScale 的 dtype 只在 m ≤ 64 时检查，addOffset、mulScale 的 dtype 只在 m > 64 时检查。',
      en: 'The dtypes of diagonalMatrix, deqOffset and deqScale are only checked when m ≤ 64, and those of addOffset and mulScale only when m > 64.',
    },
    evidence: {
      'zh-Hans': '例如 m > 64 时传入非 UINT64 的 deqScale，参数校验不返回 161002。',
      en: 'For example, with m > 64 a deqScale that is not UINT64 does not make the parameter check return 161002.',
    },
    sources: {
      documented: [{source: 'seed-wqbmm', lines: [18, 28], hash: 'd546d40bd52acf81'}],
      laterDocs: [{source: 'wqbmm-doc', lines: [267, 271], hash: '8c3bcfe56538d97a'}],
      implementation: [{source: 'wqbmm-api', lines: [87, 98], hash: '7c92bcf69e763d01'}],
    },
  },
  {
    id: 'i13-wqbmm-diagonal-shape',
    label: 'I13',
    operators: [WQBMM],
    title: {
      'zh-Hans': 'diagonalMatrix 的 (32, 32) 只在 m ≤ 64 时检查',
      en: 'The (32, 32) shape of diagonalMatrix is only checked when m ≤ 64',
    },
    documented: {
      'zh-Hans': 'diagonalMatrix 固定为 (32, 32) 的单位矩阵，m > 64 时不参与计算且可以为空。',
      en: 'diagonalMatrix is always a (32, 32) identity matrix; it is unused and may be null when m > 64.',
    },
    laterDocs: {
      'zh-Hans':
        '后续文档重复同一规则：diagonalMatrix 为 (32, 32) 的单位矩阵，m > 64 时不参与计算且可以为空；没有说明其 shape 只在部分 m 下检查。',
      en: 'The later docs repeat the rule: diagonalMatrix is a (32, 32) identity matrix that is unused and may be null when m > 64; they do not say that its shape is only checked for some m.',
    },
    implementation: {
      'zh-Hans': '参数校验只在 m ≤ 64 时要求 diagonalMatrix 恰为 (32, 32)。',
      en: 'The parameter check requires diagonalMatrix to be exactly (32, 32) only when m ≤ 64.',
    },
    evidence: {
      'zh-Hans': 'm ≤ 64 且 diagonalMatrix 不是 (32, 32) 时返回 161002，m > 64 时不检查其 shape。',
      en: 'With m ≤ 64 a diagonalMatrix that is not (32, 32) returns 161002; with m > 64 its shape is not checked.',
    },
    sources: {
      documented: [{source: 'seed-wqbmm', lines: [20, 20], hash: 'd858ee13d858cc7f'}],
      laterDocs: [{source: 'wqbmm-doc', lines: [113, 120], hash: 'd280738949667b02'}],
      implementation: [
        {source: 'wqbmm-api', lines: [134, 134], hash: 'f7c29cd17aa5a86b'},
        {source: 'wqbmm-api', lines: [145, 153], hash: '50b2f6885a21cd98'},
      ],
    },
  },
  {
    id: 'i14-wqbmm-broadcast-shapes',
    label: 'I14',
    operators: [WQBMM],
    title: {
      'zh-Hans': '反量化参数只检查广播维',
      en: 'Only the broadcast dim of the dequantization inputs is checked',
    },
    documented: {
      'zh-Hans':
        'deqOffset、deqScale、addOffset、mulScale 的 shape 为 1、n、(1, 1)、(1, n) 或 (n, 1)，且须与 x2 满足广播关系。',
      en: 'deqOffset, deqScale, addOffset and mulScale have shape 1, n, (1, 1), (1, n) or (n, 1) and must broadcast with x2.',
    },
    laterDocs: {
      'zh-Hans':
        '后续文档重复同一规则：四个参数的 shape 为 1、n、(1, 1)、(1, n) 或 (n, 1)，且须与 x2 满足广播关系（deqOffset 的维度一栏漏写了 1）。',
      en: 'The later docs repeat the rule: the four inputs have shape 1, n, (1, 1), (1, n) or (n, 1) and must broadcast with x2 (the dims column of deqOffset omits the shape 1).',
    },
    implementation: {
      'zh-Hans':
        'deqOffset、deqScale 只检查最后一维为 1 或 n（按未转置处理），addOffset、mulScale 检查最后一维（transposeX2 时为倒数第二维）为 1 或 n，且 transposeX2 时一维的取值只能是 [1]。',
      en: 'For deqOffset and deqScale only the last dim is checked to be 1 or n (as if never transposed); for addOffset and mulScale the last dim (second-to-last with transposeX2) must be 1 or n, and a 1-D one with transposeX2 must be [1].',
    },
    evidence: {
      'zh-Hans':
        '通过上述检查却无法广播的 shape 会交给源码未公开的后续计算步骤；若这些步骤没有返回结果，第一段接口返回 ACLNN_ERR_INNER_NULLPTR(561103)，但这类 shape 是否确实失败，公开代码无法确定（未确定）。',
      en: 'Shapes that pass these checks but cannot broadcast are handed to later computation steps whose source is not public; if such a step returns no tensor, phase 1 returns ACLNN_ERR_INNER_NULLPTR (561103), but whether these shapes actually fail is undetermined from the visible code.',
    },
    sources: {
      documented: [{source: 'seed-wqbmm', lines: [22, 28], hash: '71e2f5fe805b3f22'}],
      laterDocs: [
        {source: 'wqbmm-doc', lines: [126, 129], hash: '8172176f683808ee'},
        {source: 'wqbmm-doc', lines: [136, 139], hash: '3858a347c1b19d07'},
        {source: 'wqbmm-doc', lines: [146, 149], hash: '5e639424b139dcb2'},
        {source: 'wqbmm-doc', lines: [156, 159], hash: '5e639424b139dcb2'},
      ],
      implementation: [
        {source: 'wqbmm-api', lines: [105, 128], hash: '989c713a61d8c053'},
        {source: 'wqbmm-api', lines: [134, 144], hash: '73bb10930c40de1e'},
        {source: 'wqbmm-api', lines: [154, 164], hash: '765222750cb51958'},
        {source: 'wqbmm-api', lines: [404, 410], hash: '0bd58febe60a1288'},
      ],
    },
  },
  {
    id: 'i15-wqbmm-bias-shape',
    label: 'I15',
    operators: [WQBMM],
    title: {
      'zh-Hans': 'bias 的 shape 检查比文档宽松',
      en: 'The bias shape check is looser than documented',
    },
    documented: {
      'zh-Hans': 'bias 为一维，长度为 n，可以为空。',
      en: 'bias is 1-D of length n and may be null.',
    },
    laterDocs: {
      'zh-Hans': '后续文档重复同一规则：bias 为一维，长度为 n，可以为空。',
      en: 'The later docs repeat the rule: bias is 1-D of length n and may be null.',
    },
    implementation: {
      'zh-Hans': '参数校验接受最后一维为 1 或 n 的任意维数的 bias。',
      en: 'The parameter check accepts a bias of any rank whose last dim is 1 or n.',
    },
    evidence: {
      'zh-Hans':
        'shape 为 [1] 的 bias 能通过参数校验；之后源码未公开的计算步骤是否拒绝它、返回哪个返回码，公开代码无法确定（未确定）。',
      en: 'A bias of shape [1] passes the parameter check; whether the later computation steps, whose source is not public, reject it and with which status is undetermined from the visible code.',
    },
    sources: {
      documented: [{source: 'seed-wqbmm', lines: [30, 30], hash: '62fbaa369ca29f59'}],
      laterDocs: [{source: 'wqbmm-doc', lines: [166, 169], hash: '611167d0658b0b35'}],
      implementation: [{source: 'wqbmm-api', lines: [201, 209], hash: '0d6f8a9ddc158f5b'}],
    },
  },
  {
    id: 'i16-wqbmm-batch-dims',
    label: 'I16',
    operators: [WQBMM],
    title: {
      'zh-Hans': 'x1、x2 实际可带 batch 维',
      en: 'x1 and x2 may in fact carry batch dims',
    },
    documented: {
      'zh-Hans': 'x1 与 x2 仅支持二维，不支持 batch 轴。',
      en: 'x1 and x2 are 2-D only, without a batch axis.',
    },
    laterDocs: {
      'zh-Hans': '后续文档重复同一规则：x1 与 x2 仅支持二维，不支持 batch 轴。',
      en: 'The later docs repeat the rule: x1 and x2 are 2-D only, without a batch axis.',
    },
    implementation: {
      'zh-Hans':
        'x1、x2 至少二维、最多 8 维，参数校验要求 out 的前导维与 x1 相同；m > 64 的路径对超过二维的输入执行 batch matmul，m ≤ 64 的路径交给源码未公开的算子，其对 batch 维的处理未确定。',
      en: 'x1 and x2 need at least 2 and at most 8 dims, and the parameter check requires the leading dims of out to equal those of x1; on the m > 64 path, inputs with more than two dims run a batch matmul, while the m ≤ 64 path hands them to an operator whose source is not public, so how it treats batch dims is undetermined.',
    },
    evidence: {
      'zh-Hans': '三维及以上的 x1、x2 不会因维数返回 161002，而 out 前导维与 x1 不一致时返回 161002。',
      en: 'x1 and x2 with three or more dims do not return 161002 for their rank, whereas leading dims of out that differ from those of x1 do.',
    },
    sources: {
      documented: [
        {source: 'seed-wqbmm', lines: [16, 16], hash: '2bdb97f5d64e9b35'},
        {source: 'seed-wqbmm', lines: [18, 18], hash: '36f3eeaaca836c4a'},
      ],
      laterDocs: [
        {source: 'wqbmm-doc', lines: [96, 99], hash: '6173c820ab3a0201'},
        {source: 'wqbmm-doc', lines: [106, 109], hash: 'c0772c20ae12df88'},
      ],
      implementation: [
        {source: 'wqbmm-api', lines: [180, 188], hash: '0972f7bd0819c8a1'},
        {source: 'wqbmm-api', lines: [210, 212], hash: 'b7aa6496c2cb6ba2'},
        {source: 'nn-op-api-def', lines: [16, 16], hash: '96decb7ce8ff9517'},
        {source: 'wqbmm-api', lines: [219, 226], hash: 'd0ab8d2267df5217'},
        {source: 'wqbmm-api', lines: [344, 351], hash: 'd5b2ad2e698c2dd6'},
      ],
    },
  },
  {
    id: 'i17-wqbmm-layout',
    label: 'I17',
    operators: [WQBMM],
    title: {
      'zh-Hans': '非连续与非 ND 格式的输入不会被拒绝',
      en: 'Non-contiguous and non-ND inputs are not rejected',
    },
    documented: {
      'zh-Hans': '输入只支持 ND 格式，x1、x2 不支持非连续 Tensor。',
      en: 'Inputs support the ND format only, and x1 and x2 must not be non-contiguous tensors.',
    },
    laterDocs: {
      'zh-Hans': '后续文档的参数表仍只列出 ND 格式，但“非连续 Tensor”一栏对所有参数都写“-”，不再说明是否支持。',
      en: 'The later parameter table still lists ND as the only format, but its non-contiguous column reads "-" for every parameter, so it no longer says whether such tensors are supported.',
    },
    implementation: {
      'zh-Hans':
        '参数校验既不检查连续性，也不检查数据格式。第一段接口随后为每个输入生成连续、ND 格式的副本，但副本被丢弃，计算仍基于原始 Tensor 构建；源码未公开的后续步骤如何处理非连续或非 ND 的输入，公开代码无法确定（未确定）。',
      en: 'The parameter check tests neither contiguity nor format. Phase 1 then makes a contiguous ND copy of each input, but the copy is discarded and the computation is built from the original tensors; what the later steps, whose source is not public, do with a non-contiguous or non-ND input is undetermined from the visible code.',
    },
    evidence: {
      'zh-Hans': '非连续或非 ND 格式的输入不会使参数校验失败；第一段接口之后是否报错未确定。',
      en: 'Non-contiguous or non-ND inputs do not fail the parameter check; whether phase 1 fails later is undetermined.',
    },
    sources: {
      documented: [{source: 'seed-wqbmm', lines: [14, 18], hash: 'c4f8588a3c1e3e77'}],
      laterDocs: [
        {source: 'wqbmm-doc', lines: [86, 89], hash: 'b7dcbaa2bdb6e055'},
        {source: 'wqbmm-doc', lines: [92, 111], hash: 'fb0859aa5d3b52d7'},
      ],
      implementation: [
        {source: 'wqbmm-api', lines: [237, 254], hash: 'd9fe374c3e1f6726'},
        {source: 'wqbmm-api', lines: [285, 299], hash: '8550620233740b33'},
        {source: 'wqbmm-api', lines: [389, 397], hash: '99f97951e1bdc8af'},
        {source: 'wqbmm-api', lines: [404, 408], hash: '9ad502260563b8bb'},
      ],
    },
  },
  {
    id: 'i18-wqbmm-empty',
    label: 'I18',
    operators: [WQBMM],
    title: {
      'zh-Hans': '空 Tensor 输入直接成功',
      en: 'Empty inputs succeed',
    },
    documented: {
      'zh-Hans': '原始文档的约束为“无”，没有说明空 Tensor 的处理。',
      en: 'The original page lists no constraints and does not say how empty tensors are handled.',
    },
    laterDocs: {
      'zh-Hans': '未说明：后续文档的约束说明只包含确定性说明，没有提到空 Tensor。',
      en: 'Not stated: the constraints section of the later docs covers determinism only and says nothing about empty tensors.',
    },
    implementation: {
      'zh-Hans': '通过参数校验后，x1 或 x2 为空 Tensor 时调用成功，out 填充为 0（有 bias 时再加上 bias）。',
      en: 'After the parameter check, when x1 or x2 is empty the call succeeds and out is filled with zeros, plus bias when one is given.',
    },
    evidence: {
      'zh-Hans': '第一段接口返回 ACLNN_SUCCESS(0)，不报错。',
      en: 'Phase 1 returns ACLNN_SUCCESS (0) rather than an error.',
    },
    sources: {
      documented: [{source: 'seed-wqbmm', lines: [52, 53], hash: 'b5423d28b2d0c27e'}],
      laterDocs: [{source: 'wqbmm-doc', lines: [318, 325], hash: 'fa19a4d3d46cdd8e'}],
      implementation: [
        {source: 'wqbmm-api', lines: [256, 283], hash: 'e5369f2efab277cd'},
        {source: 'wqbmm-api', lines: [378, 388], hash: '40087e30bf22ce8e'},
      ],
    },
  },
] satisfies z.input<typeof ErratumSchema>[];

export default errata;
