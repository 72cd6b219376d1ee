/**
 * aclnnTransMatmulWeight — companion API spec (ApiSpecSchema, ../schema.ts). Data only.
 * Read from ops-math `conversion/trans_data/docs/aclnnTransMatmulWeight.md` (source `tmw-doc`).
 */
import type {ApiSpecInput} from '../schema';
import {executeParameters, product, workspaceOutputs} from './common';

const spec = {
  id: 'aclnnTransMatmulWeight',
  kind: 'companion',
  family: null,
  header: 'aclnnop/aclnn_trans_matmul_weight.h',
  summary: {
    'zh-Hans': '在 Device 上原地把 matmul 的 ND 权重改写为对 matmul 性能更友好的排布（如 FRACTAL_NZ）。',
    en: 'Rewrites a matmul weight in place on the device from ND into the layout that suits the matmul best (such as FRACTAL_NZ).',
  },
  description: {
    'zh-Hans':
      '两段式接口，与 `aclnnCalculateMatmulWeightSizeV2` 配套使用：调用方先按其返回的元素个数申请内存并以 ND 写入权重，再用本接口把同一个张量 `mmWeightRef` 刷新为预处理后的格式。',
    en: 'A two-phase API used together with `aclnnCalculateMatmulWeightSizeV2`: the caller allocates as many elements as that API returns, writes the weight in ND, and this API refreshes the same tensor `mmWeightRef` into the preprocessed format.',
  },
  prototypes: [
    {
      name: 'aclnnTransMatmulWeightGetWorkspaceSize',
      declaration:
        'aclnnStatus aclnnTransMatmulWeightGetWorkspaceSize(aclTensor *mmWeightRef, uint64_t *workspaceSize,\n    aclOpExecutor **executor)',
    },
    {
      name: 'aclnnTransMatmulWeight',
      declaration:
        'aclnnStatus aclnnTransMatmulWeight(void *workspace, uint64_t workspaceSize, aclOpExecutor *executor,\n    aclrtStream stream)',
    },
  ],
  parameters: [
    {
      name: 'mmWeightRef',
      cType: 'aclTensor *',
      direction: 'in',
      meaning: {
        'zh-Hans': '待处理的 matmul 权重张量；调用后同一张量被刷新为预处理后的权重（既是输入也是结果）。',
        en: 'The matmul weight tensor to process; after the call the same tensor holds the preprocessed weight (it is both input and result).',
      },
      rules: [
        {
          'zh-Hans': '格式根据亲和性转换为 ND 或私有格式。Atlas 推理系列与 Atlas 训练系列产品不支持 BFLOAT16。',
          en: 'The format becomes ND or a private format, whichever suits the hardware. Atlas inference and Atlas training products do not accept BFLOAT16.',
        },
      ],
      dtypes: ['FLOAT16', 'BFLOAT16', 'INT8'],
      formats: ['ND'],
      dims: {'zh-Hans': '2–6', en: '2–6'},
      nonContiguous: 'supported',
      provenance: ['doc'],
      sources: [
        {source: 'tmw-doc', lines: [74, 83], hash: '0288205c5076b1e2'},
        {source: 'tmw-doc', lines: [106, 108], hash: '558efad554b5c016'},
      ],
    },
    ...workspaceOutputs(
      [{source: 'tmw-doc', lines: [84, 93], hash: 'f3154cec2f080c2c'}],
      [{source: 'tmw-doc', lines: [94, 103], hash: 'b7df7e7d0c591816'}],
    ),
  ],
  executeParameters: executeParameters(
    'aclnnTransMatmulWeightGetWorkspaceSize',
    [
      [{source: 'tmw-doc', lines: [165, 169], hash: '9248fe50738bc00a'}],
      [{source: 'tmw-doc', lines: [170, 174], hash: 'c5bde48d670428cd'}],
      [{source: 'tmw-doc', lines: [175, 179], hash: '2d822a53c5935644'}],
      [{source: 'tmw-doc', lines: [180, 184], hash: 'c862d61792d060b9'}],
    ],
    'aclrtStream',
  ),
  products: [
    product('ascend-950pr-950dt', true, [{source: 'tmw-doc', lines: [8, 8], hash: '86b3c3130086e271'}]),
    product('atlas-a3', true, [{source: 'tmw-doc', lines: [11, 11], hash: '3af087123457e4cb'}]),
    product('atlas-a2', true, [{source: 'tmw-doc', lines: [14, 14], hash: '25c06939e4f55a18'}]),
    product('atlas-200i-500-a2', false, [{source: 'tmw-doc', lines: [17, 17], hash: 'd971e8f882f00a28'}]),
    product('atlas-inference', true, [{source: 'tmw-doc', lines: [20, 20], hash: '3904cf2a76ea46b6'}]),
    product('atlas-training', false, [{source: 'tmw-doc', lines: [23, 23], hash: '2592db9be7fedb61'}]),
  ],
  firstRelease: {
    release: '8.0.RC2',
    text: {
      'zh-Hans':
        '8.0.RC2 的原始 aclnnQuantMatmulAllReduceV2 页面已引用该接口；8.0.RC2 是本站覆盖的最早版本，更早的版本不在本站范围内。',
      en: 'The original 8.0.RC2 aclnnQuantMatmulAllReduceV2 page already refers to it; 8.0.RC2 is the earliest release this site covers, earlier ones are out of its scope.',
    },
    provenance: ['seed'],
    sources: [{source: 'seed-qmar', lines: [40, 40], hash: 'e985309cce554005'}],
  },
  facts: [
    {
      id: 'affine-weight',
      kind: 'produces',
      text: {
        'zh-Hans':
          '与 `aclnnCalculateMatmulWeightSizeV2` 配套，生成一个对 matmul 计算性能友好的权重张量；支持 FLOAT16、BFLOAT16、INT8。',
        en: 'Together with `aclnnCalculateMatmulWeightSizeV2`, it produces a weight tensor laid out for matmul performance; FLOAT16, BFLOAT16 and INT8 are accepted.',
      },
      provenance: ['doc'],
      sources: [{source: 'tmw-doc', lines: [28, 28], hash: '00a7bfda550da1b1'}],
    },
    {
      id: 'qmar-nz-weight',
      kind: 'usage',
      relatesTo: 'aclnnQuantMatmulAllReduceV2',
      text: {
        'zh-Hans':
          '`aclnnQuantMatmulAllReduceV2`（Atlas A2）：`x2` 使用 FRACTAL_NZ 格式时，用本接口把按 `aclnnCalculateMatmulWeightSizeV2` 申请的 ND 权重转换为 NZ。',
        en: '`aclnnQuantMatmulAllReduceV2` (Atlas A2): for an `x2` in FRACTAL_NZ format, this API converts the ND weight allocated with the size from `aclnnCalculateMatmulWeightSizeV2` into NZ.',
      },
      provenance: ['seed', 'doc'],
      sources: [
        {source: 'seed-qmar', lines: [40, 40], hash: 'e985309cce554005'},
        {source: 'qmar-v2-doc', lines: [228, 228], hash: '609e94ba79a26a50'},
      ],
    },
    {
      id: 'wqbmm-v2-nz-weight',
      kind: 'usage',
      relatesTo: 'aclnnWeightQuantBatchMatmulV2',
      text: {
        'zh-Hans':
          '`aclnnWeightQuantBatchMatmulV2`（Atlas 推理系列产品）：FRACTAL_NZ 格式的 `weight` 由 `aclnnCalculateMatmulWeightSizeV2` 与 `aclnnTransMatmulWeight` 从 ND 转换得到。',
        en: '`aclnnWeightQuantBatchMatmulV2` (Atlas inference products): a FRACTAL_NZ `weight` is converted from ND with `aclnnCalculateMatmulWeightSizeV2` and `aclnnTransMatmulWeight`.',
      },
      provenance: ['doc'],
      sources: [{source: 'wqbmm-v2-doc', lines: [409, 409], hash: '2a481a61ec287a28'}],
    },
    {
      id: 'wqbmm-nz-int8-weight',
      kind: 'usage',
      relatesTo: 'aclnnWeightQuantBatchMatmulNz',
      text: {
        'zh-Hans':
          '`aclnnWeightQuantBatchMatmulNz`：文档中 FLOAT16 `x` 搭配 INT8 `weight` 的示例用本接口把权重转换为 FRACTAL_NZ。',
        en: "`aclnnWeightQuantBatchMatmulNz`: the doc's example with a FLOAT16 `x` and an INT8 `weight` converts the weight to FRACTAL_NZ with this API.",
      },
      provenance: ['doc'],
      sources: [{source: 'wqbmm-nz-doc', lines: [687, 687], hash: '98a4be0c31928ee1'}],
    },
    {
      id: 'no-cache',
      kind: 'note',
      text: {
        'zh-Hans': '默认为确定性实现；不支持缓存（cache）能力。',
        en: 'Deterministic by default; the executor cache is not supported.',
      },
      provenance: ['doc'],
      sources: [
        {source: 'tmw-doc', lines: [194, 195], hash: 'a5e7ee9d4a4d9eda'},
        {source: 'tmw-doc', lines: [197, 197], hash: 'c67498dcce6fc7f5'},
      ],
    },
  ],
} satisfies ApiSpecInput;

export default spec;
