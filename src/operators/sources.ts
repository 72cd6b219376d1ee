/**
 * The source registry: every upstream document or code file a fact on this site rests on, pinned
 * to a commit, plus the two scraped seed pages. Facts cite these by id with a line range and a
 * fingerprint (`sources: [{source, lines: [from, to], hash}]`, schema.ts `CitationSchema`).
 *
 * How to edit:
 * - Ids are public (they appear in the JSON spec export): never rename one; add a new one.
 * - To cite a new file, add a source here (repository, path, the commit you read, the release line
 *   that commit is on, the commit date), then print a citation with its fingerprint:
 *   `npm run --silent sources:cite -- --repos DIR <source-id> <from> <to>`.
 * - Never copy upstream text into this project: a citation stores line numbers and a hash only.
 * - `npm run sources:verify -- --repos DIR` re-checks every fingerprint at its pinned commit and
 *   reports which cited lines changed at the newest commit of each release line.
 */
import type * as z from 'zod';
import type {RepositorySchema, SourceSchema} from './schema';

/** Master of ops-transformer as read for this site (2026-07-24). */
export const OpsTransformerMaster = '25fb6b92890d33582f2a377aa5f9c975301a73a3';
/** Master of ops-nn as read for this site (2026-08-22). */
export const OpsNnMaster = 'e5c3fa9327ea95ba26d06227e746923580d10921';
/** Master of op-plugin as read for this site (2026-08-21). */
export const OpPluginMaster = '517f2e7d0f202f38b76310706cb977ca2388ad21';

const repositories = [
  {
    id: 'seeds',
    name: 'CANN 8.0.RC2 original pages (scraped)',
    description: {
      'zh-Hans': '本站所替代的两个原始厂商页面（CANN 8.0.RC2，抓取副本，表格丢失）。行号指抓取文件中的行。',
      en: 'The two original vendor pages this site replaces (CANN 8.0.RC2, scraped copies whose tables were lost). Line numbers refer to the scraped files.',
    },
    lineUrl: null,
    cloneNames: ['seeds'],
    releaseLines: [],
  },
  {
    id: 'ops-transformer',
    name: 'cannmirror/ops-transformer',
    description: {
      'zh-Hans':
        'CANN 的 transformer 类算子仓（hicann/ops-transformer）的完整历史镜像，含各发布分支；aclnnQuantMatmulAllReduceV2 的文档、op_api 与 tiling 代码位于 `mc2/matmul_all_reduce/`。',
      en: 'A full-history mirror of the CANN transformer operators repository (hicann/ops-transformer), with its release branches; the docs, op_api and tiling code of aclnnQuantMatmulAllReduceV2 are under `mc2/matmul_all_reduce/`.',
    },
    lineUrl: 'https://github.com/cannmirror/ops-transformer/blob/{commit}/{path}#L{from}-L{to}',
    cloneNames: [
      'cannmirror+ops-transformer/repo',
      'cannmirror+ops-transformer',
      'ops-transformer',
      'ops-transformer.git',
    ],
    releaseLines: ['8.5.0', '9.0.0', '9.1.0', 'master'],
  },
  {
    id: 'ops-nn',
    name: 'hicann/ops-nn',
    description: {
      'zh-Hans':
        'CANN 的神经网络类算子仓；aclnnWeightQuantBatchMatmul 位于 `matmul/weight_quant_batch_matmul/`，aclnnTransQuantParam 系列位于 `quant/`。',
      en: 'The CANN neural-network operators repository; aclnnWeightQuantBatchMatmul is under `matmul/weight_quant_batch_matmul/`, the aclnnTransQuantParam family under `quant/`.',
    },
    lineUrl: 'https://github.com/hicann/ops-nn/blob/{commit}/{path}#L{from}-L{to}',
    cloneNames: ['hicann+ops-nn/repo', 'hicann+ops-nn', 'ops-nn', 'ops-nn.git'],
    releaseLines: ['8.5.0', '9.0.0', '9.1.0', 'master'],
  },
  {
    id: 'op-plugin',
    name: 'Ascend/op-plugin',
    description: {
      'zh-Hans': 'torch_npu 的算子适配仓（Python 接口到 aclnn 接口的映射）。',
      en: 'The operator adapter repository of torch_npu (how Python calls map to aclnn APIs).',
    },
    lineUrl: 'https://github.com/Ascend/op-plugin/blob/{commit}/{path}#L{from}-L{to}',
    cloneNames: ['Ascend+op-plugin/repo', 'Ascend+op-plugin', 'op-plugin', 'op-plugin.git'],
    releaseLines: ['master'],
  },
] satisfies z.input<typeof RepositorySchema>[];

const T = {repo: 'ops-transformer', commit: OpsTransformerMaster, release: 'master', date: '2026-07-24'} as const;
const N = {repo: 'ops-nn', commit: OpsNnMaster, release: 'master', date: '2026-08-22'} as const;
const P = {repo: 'op-plugin', commit: OpPluginMaster, release: 'master', date: '2026-08-21'} as const;
const QMAR_DIR = 'mc2/matmul_all_reduce';
const WQBMM_DIR = 'matmul/weight_quant_batch_matmul';

const sources = [
  // ---- the seed pages ----------------------------------------------------------------------
  {
    id: 'seed-qmar',
    repo: 'seeds',
    path: '000_b82b71d8bf83a140.txt',
    kind: 'seed',
    commit: null,
    release: '8.0.RC2',
    date: null,
    title: 'aclnnQuantMatmulAllReduceV2 original page (8.0.RC2)',
  },
  {
    id: 'seed-wqbmm',
    repo: 'seeds',
    path: '002_874cfb34414c9773.txt',
    kind: 'seed',
    commit: null,
    release: '8.0.RC2',
    date: null,
    title: 'aclnnWeightQuantBatchMatmul original page (8.0.RC2)',
  },
  // ---- ops-transformer: QuantMatmulAllReduce ------------------------------------------------
  {
    ...T,
    id: 'qmar-v2-doc',
    path: `${QMAR_DIR}/docs/aclnnQuantMatmulAllReduceV2.md`,
    kind: 'doc',
    title: 'aclnnQuantMatmulAllReduceV2.md',
  },
  {
    ...T,
    id: 'qmar-v1-doc',
    path: `${QMAR_DIR}/docs/aclnnQuantMatmulAllReduce.md`,
    kind: 'doc',
    title: 'aclnnQuantMatmulAllReduce.md',
  },
  {
    ...T,
    id: 'qmar-v3-doc',
    path: `${QMAR_DIR}/docs/aclnnQuantMatmulAllReduceV3.md`,
    kind: 'doc',
    title: 'aclnnQuantMatmulAllReduceV3.md',
  },
  {
    ...T,
    id: 'qmar-v4-doc',
    path: `${QMAR_DIR}/docs/aclnnQuantMatmulAllReduceV4.md`,
    kind: 'doc',
    title: 'aclnnQuantMatmulAllReduceV4.md',
  },
  {
    ...T,
    id: 'qmar-v5-doc',
    path: `${QMAR_DIR}/docs/aclnnQuantMatmulAllReduceV5.md`,
    kind: 'doc',
    title: 'aclnnQuantMatmulAllReduceV5.md',
  },
  {
    ...T,
    id: 'qmar-v2-api',
    path: `${QMAR_DIR}/op_api/aclnn_quant_matmul_all_reduce_v2.cpp`,
    kind: 'code',
    title: 'aclnn_quant_matmul_all_reduce_v2.cpp',
  },
  {
    ...T,
    id: 'qmar-v2-header',
    path: `${QMAR_DIR}/op_api/aclnn_quant_matmul_all_reduce_v2.h`,
    kind: 'code',
    title: 'aclnn_quant_matmul_all_reduce_v2.h',
  },
  {
    ...T,
    id: 'qmar-v1-api',
    path: `${QMAR_DIR}/op_api/aclnn_quant_matmul_all_reduce.cpp`,
    kind: 'code',
    title: 'aclnn_quant_matmul_all_reduce.cpp',
  },
  {
    ...T,
    id: 'mar-util',
    path: `${QMAR_DIR}/op_api/matmul_all_reduce_util.cpp`,
    kind: 'code',
    title: 'matmul_all_reduce_util.cpp',
  },
  {
    ...T,
    id: 'mar-util-header',
    path: `${QMAR_DIR}/op_api/matmul_all_reduce_util.h`,
    kind: 'code',
    title: 'matmul_all_reduce_util.h',
  },
  {...T, id: 'mc2-aclnn-util', path: 'mc2/common/op_api/mc2_aclnn_util.cpp', kind: 'code', title: 'mc2_aclnn_util.cpp'},
  {
    ...T,
    id: 'mar-tiling',
    path: `${QMAR_DIR}/op_host/op_tiling/matmul_all_reduce_tiling.cpp`,
    kind: 'code',
    title: 'matmul_all_reduce_tiling.cpp',
  },
  {
    ...T,
    id: 'mar-tiling-base',
    path: `${QMAR_DIR}/op_host/op_tiling/matmul_all_reduce_tiling_base.cpp`,
    kind: 'code',
    title: 'matmul_all_reduce_tiling_base.cpp',
  },
  {
    ...T,
    id: 'qmar-tiling-910',
    path: `${QMAR_DIR}/op_host/op_tiling/arch22/quant_matmul_all_reduce_tiling.cpp`,
    kind: 'code',
    title: 'arch22/quant_matmul_all_reduce_tiling.cpp',
  },
  {
    ...T,
    id: 'qmar-tiling-950',
    path: `${QMAR_DIR}/op_host/op_tiling/arch35/quant_matmul_all_reduce_tiling_950.cpp`,
    kind: 'code',
    title: 'arch35/quant_matmul_all_reduce_tiling_950.cpp',
  },
  {
    ...T,
    id: 'mar-infershape',
    path: `${QMAR_DIR}/op_host/matmul_all_reduce_infershape.cpp`,
    kind: 'code',
    title: 'matmul_all_reduce_infershape.cpp',
  },
  {
    ...T,
    id: 'mar-def',
    path: `${QMAR_DIR}/op_host/matmul_all_reduce_def.cpp`,
    kind: 'code',
    title: 'matmul_all_reduce_def.cpp',
  },
  {
    ...T,
    id: 'return-codes-doc',
    path: 'docs/zh/context/aclnn_return_code.md',
    kind: 'doc',
    title: 'aclnn_return_code.md',
  },
  // ---- ops-nn: WeightQuantBatchMatmul and TransQuantParam ------------------------------------
  {
    ...N,
    id: 'wqbmm-doc',
    path: `${WQBMM_DIR}/docs/aclnnWeightQuantBatchMatmul.md`,
    kind: 'doc',
    title: 'aclnnWeightQuantBatchMatmul.md',
  },
  {
    ...N,
    id: 'wqbmm-api',
    path: `${WQBMM_DIR}/op_host/op_api/aclnn_weight_quant_batch_matmul.cpp`,
    kind: 'code',
    title: 'aclnn_weight_quant_batch_matmul.cpp',
  },
  {
    ...N,
    id: 'wqbmm-header',
    path: `${WQBMM_DIR}/op_host/op_api/aclnn_weight_quant_batch_matmul.h`,
    kind: 'code',
    title: 'aclnn_weight_quant_batch_matmul.h',
  },
  {
    ...N,
    id: 'wqbmm-l0',
    path: `${WQBMM_DIR}/op_host/op_api/weightQuantBatchmatmul.cpp`,
    kind: 'code',
    title: 'weightQuantBatchmatmul.cpp',
  },
  {
    ...N,
    id: 'wqbmm-example',
    path: `${WQBMM_DIR}/examples/test_aclnn_weight_quant_batch_mat_mul.cpp`,
    kind: 'doc',
    title: 'test_aclnn_weight_quant_batch_mat_mul.cpp (doc sample)',
  },
  {
    ...N,
    id: 'tqp-doc',
    path: 'quant/trans_quant_param/docs/aclnnTransQuantParam.md',
    kind: 'doc',
    title: 'aclnnTransQuantParam.md',
  },
  {
    ...N,
    id: 'tqp-api',
    path: 'quant/trans_quant_param/op_host/op_api/aclnn_trans_quant_param.cpp',
    kind: 'code',
    title: 'aclnn_trans_quant_param.cpp',
  },
  {
    ...N,
    id: 'tqp-util',
    path: 'quant/trans_quant_param/op_host/op_api/quant_util.cpp',
    kind: 'code',
    title: 'quant_util.cpp',
  },
  {
    ...N,
    id: 'tqp-v2-doc',
    path: 'quant/trans_quant_param_v2/docs/aclnnTransQuantParamV2.md',
    kind: 'doc',
    title: 'aclnnTransQuantParamV2.md',
  },
  {
    ...N,
    id: 'tqp-v3-doc',
    path: 'quant/trans_quant_param_v2/docs/aclnnTransQuantParamV3.md',
    kind: 'doc',
    title: 'aclnnTransQuantParamV3.md',
  },
  {
    ...N,
    id: 'nn-return-codes-doc',
    path: 'docs/zh/context/aclnn_return_code.md',
    kind: 'doc',
    title: 'aclnn_return_code.md (ops-nn)',
  },
  // ---- added by the QMAR editor (append below this line) -----------------------------------
  {
    id: 'qmar-v2-doc-2025-12',
    repo: 'ops-transformer',
    path: `${QMAR_DIR}/docs/aclnnQuantMatmulAllReduceV2.md`,
    kind: 'doc',
    commit: '8c34a8737948e57ecee7ea311a7589b37d7138a6',
    release: 'master',
    date: '2025-12-29',
    title: 'aclnnQuantMatmulAllReduceV2.md (December 2025)',
  },
  {
    id: 'qmar-v2-doc-8-5-0',
    repo: 'ops-transformer',
    path: `${QMAR_DIR}/docs/aclnnQuantMatmulAllReduceV2.md`,
    kind: 'doc',
    commit: '8fff8f9279086404073e2b38e51474792cae9e7b',
    release: '8.5.0',
    date: '2026-04-18',
    title: 'aclnnQuantMatmulAllReduceV2.md (release branch 8.5.0)',
  },
  // ---- added by the WQBMM editor (append below this line) ----------------------------------
  {
    ...N,
    id: 'wqbmm-matmul-util',
    path: 'matmul/common/op_host/op_api/matmul_util.h',
    kind: 'code',
    title: 'matmul_util.h (deprecation warning macro)',
  },
  {
    ...N,
    id: 'wqbmm-op-api-def',
    path: 'common/inc/op_api/op_api_def_nn.h',
    kind: 'code',
    title: 'op_api_def_nn.h (maximum rank)',
  },
  {
    id: 'wqbmm-api-before-null-fix',
    repo: 'ops-nn',
    path: `${WQBMM_DIR}/op_host/op_api/aclnn_weight_quant_batch_matmul.cpp`,
    kind: 'code',
    commit: 'a45b46f4818c7c7bddadb0b652891e1f121b4337',
    release: 'master',
    date: '2026-08-11',
    title: 'aclnn_weight_quant_batch_matmul.cpp (before the null-x1 fix 4c8b12ff9)',
  },
  {
    id: 'wqbmm-api-9-1-0',
    repo: 'ops-nn',
    path: `${WQBMM_DIR}/op_host/op_api/aclnn_weight_quant_batch_matmul.cpp`,
    kind: 'code',
    commit: '90ec49278c31e1f3e0a26b935d0c602982a15f76',
    release: '9.1.0',
    date: '2026-08-21',
    title: 'aclnn_weight_quant_batch_matmul.cpp (release branch 9.1.0, without the null-x1 fix)',
  },
  {
    id: 'wqbmm-doc-2025-12',
    repo: 'ops-nn',
    path: `${WQBMM_DIR}/docs/aclnnWeightQuantBatchMatmul.md`,
    kind: 'doc',
    commit: 'a3aba02b9e6800034a47ee75dbe9afb5325cc939',
    release: 'master',
    date: '2025-12-25',
    title: 'aclnnWeightQuantBatchMatmul.md (first published, December 2025)',
  },
  {
    id: 'wqbmm-doc-2026-03',
    repo: 'ops-nn',
    path: `${WQBMM_DIR}/docs/aclnnWeightQuantBatchMatmul.md`,
    kind: 'doc',
    commit: '34cddc5cd8984723a1fe8ab12672aed369c645fd',
    release: 'master',
    date: '2026-03-02',
    title: 'aclnnWeightQuantBatchMatmul.md (March 2026: V3 as the only replacement)',
  },
  // ---- added by the errata editor (append below this line) ---------------------------------
  {
    id: 'qmar-v2-doc-850',
    repo: 'ops-transformer',
    path: `${QMAR_DIR}/docs/aclnnQuantMatmulAllReduceV2.md`,
    kind: 'doc',
    commit: '8fff8f9279086404073e2b38e51474792cae9e7b',
    release: '8.5.0',
    date: '2026-04-18',
    title: 'aclnnQuantMatmulAllReduceV2.md (release branch 8.5.0)',
  },
  {
    id: 'mar-util-850',
    repo: 'ops-transformer',
    path: `${QMAR_DIR}/op_api/matmul_all_reduce_util.cpp`,
    kind: 'code',
    commit: '8fff8f9279086404073e2b38e51474792cae9e7b',
    release: '8.5.0',
    date: '2026-04-18',
    title: 'matmul_all_reduce_util.cpp (release branch 8.5.0)',
  },
  {
    ...T,
    id: 'mar-kernel-a2-base',
    path: `${QMAR_DIR}/op_kernel/arch22/matmul_all_reduce_base.h`,
    kind: 'code',
    title: 'arch22/matmul_all_reduce_base.h (Atlas A2 kernel)',
  },
  {...N, id: 'nn-op-api-def', path: 'common/inc/op_api/op_api_def_nn.h', kind: 'code', title: 'op_api_def_nn.h'},
  // ---- added by the framework-mapping editor (append below this line) ------------------------
  {
    ...P,
    id: 'tnpu-functions-yaml',
    path: 'op_plugin/config/op_plugin_functions.yaml',
    kind: 'code',
    title: 'op_plugin_functions.yaml (torch_npu function declarations)',
  },
  {
    ...P,
    id: 'tnpu-mm-all-reduce-base',
    path: 'op_plugin/ops/opapi/MatmulAllReduceBaseKernelNpuOpApi.cpp',
    kind: 'code',
    title: 'MatmulAllReduceBaseKernelNpuOpApi.cpp (torch_npu.npu_mm_all_reduce_base)',
  },
  {
    ...P,
    id: 'tnpu-wqbmm',
    path: 'op_plugin/ops/opapi/WeightQuantBatchMatmulV2KernelNpuOpApi.cpp',
    kind: 'code',
    title: 'WeightQuantBatchMatmulV2KernelNpuOpApi.cpp (torch_npu.npu_weight_quant_batchmatmul)',
  },
  {
    ...P,
    id: 'tnpu-op-api-common',
    path: 'op_plugin/utils/op_api_common.cpp',
    kind: 'code',
    title: 'op_api_common.cpp (tensor conversion for aclnn calls)',
  },
  {
    ...P,
    id: 'tnpu-op-api-common-header',
    path: 'op_plugin/utils/op_api_common.h',
    kind: 'code',
    title: 'op_api_common.h (dtype wrappers for aclnn calls)',
  },
  {
    ...P,
    id: 'tnpu-mm-all-reduce-base-doc',
    path: 'docs/zh/custom_APIs/torch_npu/torch_npu-npu_mm_all_reduce_base.md',
    kind: 'doc',
    title: 'torch_npu-npu_mm_all_reduce_base.md',
  },
  {
    ...P,
    id: 'tnpu-wqbmm-doc',
    path: 'docs/zh/custom_APIs/torch_npu/torch_npu-npu_weight_quant_batchmatmul.md',
    kind: 'doc',
    title: 'torch_npu-npu_weight_quant_batchmatmul.md',
  },
  {
    ...N,
    id: 'wqbmm-v2-header',
    path: 'matmul/weight_quant_batch_matmul_v2/op_host/op_api/aclnn_weight_quant_batch_matmul_v2.h',
    kind: 'code',
    title: 'aclnn_weight_quant_batch_matmul_v2.h',
  },
  {
    ...N,
    id: 'wqbmm-v3-header',
    path: 'matmul/weight_quant_batch_matmul_v2/op_host/op_api/aclnn_weight_quant_batch_matmul_v3.h',
    kind: 'code',
    title: 'aclnn_weight_quant_batch_matmul_v3.h',
  },
  {
    ...N,
    id: 'wqbmm-nz-header',
    path: 'matmul/weight_quant_batch_matmul_v2/op_host/op_api/aclnn_weight_quant_batch_matmul_nz.h',
    kind: 'code',
    title: 'aclnn_weight_quant_batch_matmul_nz.h',
  },
] satisfies z.input<typeof SourceSchema>[];

export default {repositories, sources};
