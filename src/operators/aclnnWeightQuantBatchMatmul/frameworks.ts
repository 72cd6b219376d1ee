/**
 * aclnnWeightQuantBatchMatmul — framework mapping (the `frameworks` field of the spec): torch_npu's
 * `torch_npu.npu_weight_quant_batchmatmul` never calls this (V1) API; this records which APIs it
 * calls instead and how, read from Ascend/op-plugin at the pinned master commit (sources.ts `tnpu-*`).
 * How to edit:
 * - Condition ids and argument names are public anchors (`#framework-torch-npu-when-<id>`,
 *   `#framework-torch-npu-param-<arg>`): never rename one, add a new one.
 * - Every row cites the op-plugin lines it rests on; paraphrase, never copy upstream text.
 * - Where the visible code does not decide, say "undetermined".
 */
import type {Citation, OperatorSpecInput} from '../schema';

/** The three APIs the function calls: their first-phase prototypes name the parameters below. */
const headers: Citation[] = [
  {source: 'wqbmm-v2-header', lines: [38, 42], hash: 'd7ca7659c1fa10b6'},
  {source: 'wqbmm-v3-header', lines: [24, 28], hash: '400525015f9f7337'},
  {source: 'wqbmm-nz-header', lines: [38, 42], hash: '17f28b394fade67b'},
];

const frameworks: NonNullable<OperatorSpecInput['frameworks']> = [
  {
    id: 'torch-npu',
    framework: 'torch_npu',
    function: 'torch_npu.npu_weight_quant_batchmatmul',
    signature:
      'npu_weight_quant_batchmatmul(Tensor x, Tensor weight, Tensor antiquant_scale, Tensor? antiquant_offset=None, Tensor? quant_scale=None, Tensor? quant_offset=None, Tensor? bias=None, int antiquant_group_size=0, int inner_precise=0, int? weight_dtype=None) -> Tensor',
    reachesThisOperator: false,
    targetApis: ['aclnnWeightQuantBatchMatmulV2', 'aclnnWeightQuantBatchMatmulV3', 'aclnnWeightQuantBatchMatmulNz'],
    summary: {
      'zh-Hans':
        'torch_npu 从不调用本接口（aclnnWeightQuantBatchMatmul）：`torch_npu.npu_weight_quant_batchmatmul` 的 aclnn 调用只有 aclnnWeightQuantBatchMatmulNz、aclnnWeightQuantBatchMatmulV2（float32 的 `quant_scale` 先经 aclnnTransQuantParamV2 转换）和 aclnnWeightQuantBatchMatmulV3。下表给出它走哪个接口、以及 Python 参数如何对应到这些接口的参数；三个接口的参数名相同，只有 V3 多一个 `innerPrecise`。从本接口迁移到 torch_npu 时，请对照 V2/V3 的参数，而不是本页的参数。',
      en: 'torch_npu never calls this API (aclnnWeightQuantBatchMatmul): the only aclnn calls of `torch_npu.npu_weight_quant_batchmatmul` are aclnnWeightQuantBatchMatmulNz, aclnnWeightQuantBatchMatmulV2 (a float32 `quant_scale` is first converted with aclnnTransQuantParamV2) and aclnnWeightQuantBatchMatmulV3. The tables give which API it calls and how the Python arguments map to their parameters; the three APIs name their parameters alike, V3 adds `innerPrecise`. When moving from this API to torch_npu, compare with the V2/V3 parameters, not with the parameters on this page.',
    },
    provenance: ['impl'],
    sources: [
      {source: 'tnpu-functions-yaml', lines: [7089, 7092], hash: 'ef09dd464ce4babb'},
      {source: 'tnpu-wqbmm', lines: [23, 33], hash: 'f63872607d62a79e'},
      {source: 'tnpu-wqbmm', lines: [107, 175], hash: 'a15dde1ab155e27c'},
      ...headers,
    ],
    conditionLogic: 'first-match',
    conditions: [
      {
        id: 'nz-weight-ascend950',
        api: 'aclnnWeightQuantBatchMatmulNz',
        text: {
          'zh-Hans':
            '`weight` 的 NPU 存储格式为 FRACTAL_NZ（或 FRACTAL_NZ_C0_2），且 torch_npu 报告的 SoC 版本不低于 Ascend950。若已安装的 CANN 中找不到 aclnnWeightQuantBatchMatmulNz，函数报错。该路径中 float32 的 `quant_scale` 不做转换。低于 Ascend950 的 SoC 上，NZ 格式的 `weight` 继续按下面的条件选择接口。',
          en: "`weight`'s NPU storage format is FRACTAL_NZ (or FRACTAL_NZ_C0_2) and the SoC version torch_npu reports is Ascend950 or later. If the installed CANN has no aclnnWeightQuantBatchMatmulNz, the function raises an error. On this path a float32 `quant_scale` is not converted. On SoCs before Ascend950 an NZ `weight` goes on to the conditions below.",
        },
        provenance: ['impl'],
        sources: [{source: 'tnpu-wqbmm', lines: [109, 129], hash: 'b7ca6450d78517bd'}],
      },
      {
        id: 'float32-quant-scale',
        api: 'aclnnWeightQuantBatchMatmulV2',
        text: {
          'zh-Hans':
            '否则，`quant_scale` 不为 None 且为 float32：函数先调用 aclnnTransQuantParamV2，把 `quant_scale`（与 `quant_offset`）转换成一个同 shape 的 int64 Tensor，再以它调用 aclnnWeightQuantBatchMatmulV2。此时 `inner_precise` 不起作用。',
          en: 'Otherwise, if `quant_scale` is given as float32: the function first calls aclnnTransQuantParamV2 to turn `quant_scale` (with `quant_offset`) into an int64 tensor of the same shape, then calls aclnnWeightQuantBatchMatmulV2 with it. `inner_precise` has no effect then.',
        },
        provenance: ['impl'],
        sources: [{source: 'tnpu-wqbmm', lines: [130, 146], hash: 'dedb441f86bf9e6a'}],
      },
      {
        id: 'inner-precise-1',
        api: 'aclnnWeightQuantBatchMatmulV3',
        text: {
          'zh-Hans': '否则，`inner_precise` 为 1（高性能模式）：调用 aclnnWeightQuantBatchMatmulV3。',
          en: 'Otherwise, if `inner_precise` is 1 (high-performance mode): aclnnWeightQuantBatchMatmulV3 is called.',
        },
        provenance: ['impl'],
        sources: [{source: 'tnpu-wqbmm', lines: [147, 159], hash: 'bb9c970d94a02397'}],
      },
      {
        id: 'default',
        api: 'aclnnWeightQuantBatchMatmulV2',
        text: {
          'zh-Hans': '其他情况（默认 `inner_precise=0`）：调用 aclnnWeightQuantBatchMatmulV2。',
          en: 'In every other case (the default `inner_precise=0`): aclnnWeightQuantBatchMatmulV2 is called.',
        },
        provenance: ['impl'],
        sources: [{source: 'tnpu-wqbmm', lines: [160, 171], hash: '99750b2e2158a4be'}],
      },
    ],
    parameters: [
      {
        arg: 'x',
        target: 'x',
        mapping: {
          'zh-Hans': '各路径都原样传递，dtype 取自身。函数要求至少二维，且其最后一维（k）与 `weight` 的 k 相等。',
          en: 'Passed as is on every path, with its own dtype. The function requires at least 2 dims and its last dim (k) to equal the k of `weight`.',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-wqbmm', lines: [119, 121], hash: '8809e0b05d8bfd60'},
          {source: 'tnpu-wqbmm', lines: [136, 138], hash: '70321d5f8d77fce0'},
          {source: 'tnpu-wqbmm', lines: [148, 150], hash: 'b8de620cac305471'},
          {source: 'tnpu-wqbmm', lines: [161, 163], hash: '70321d5f8d77fce0'},
          {source: 'tnpu-wqbmm', lines: [37, 41], hash: '9f824d6b45623d79'},
          {source: 'tnpu-wqbmm', lines: [51, 61], hash: 'e64f2a5e4aabb3f6'},
          ...headers,
        ],
      },
      {
        arg: 'weight',
        target: 'weight',
        mapping: {
          'zh-Hans':
            '按 `weight_dtype` 包装后传递（见该行），非基础格式时带上 NPU 存储格式（如 FRACTAL_NZ）。int32 或 float32 的 `weight` 在计算 k、n 时按每个元素 8 个值计（int4 打包）：转置的 `weight` 用于 k，非转置的用于 n。',
          en: 'Passed through the `weight_dtype` wrapper (see that row), with its NPU storage format when it is not a base format (e.g. FRACTAL_NZ). An int32 or float32 `weight` counts as 8 values per element when k and n are computed (int4 packing): for k when `weight` is transposed, for n when it is not.',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-wqbmm', lines: [107, 107], hash: 'c11a0fe14dd15a4e'},
          {source: 'tnpu-wqbmm', lines: [122, 122], hash: 'c484a197f4f23a34'},
          {source: 'tnpu-op-api-common', lines: [1134, 1140], hash: 'c2925eddacfdd4d8'},
          {source: 'tnpu-wqbmm', lines: [51, 54], hash: '429c6f8f041ba53c'},
          {source: 'tnpu-wqbmm', lines: [65, 69], hash: 'f4c1ae598f040f92'},
          ...headers,
        ],
      },
      {
        arg: 'antiquant_scale',
        target: 'antiquantScale',
        mapping: {
          'zh-Hans':
            '必选 Tensor，各路径都原样传递，dtype 取自身。（本接口的 `antiquantScale` 是 float 标量，两者不能直接对应。）',
          en: "A required tensor, passed as is on every path with its own dtype. (This API's `antiquantScale` is a float scalar; the two do not correspond directly.)",
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-wqbmm', lines: [123, 123], hash: '0d515d4f73072668'},
          {source: 'tnpu-wqbmm', lines: [140, 140], hash: '0d515d4f73072668'},
          {source: 'wqbmm-header', lines: [29, 34], hash: 'c8bb6ba20f5ee2f0'},
          ...headers,
        ],
      },
      {
        arg: 'antiquant_offset',
        target: 'antiquantOffsetOptional',
        mapping: {
          'zh-Hans': '原样传递；为 None 时换成空的 Tensor 句柄，转换后传入空指针。',
          en: 'Passed as is; None becomes an empty tensor handle, which is passed as a null pointer.',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-wqbmm', lines: [81, 81], hash: '7875edb4fdb608fb'},
          {source: 'tnpu-wqbmm', lines: [124, 124], hash: '9279f5334b55cf61'},
          {source: 'tnpu-op-api-common', lines: [889, 891], hash: '58b2e71dbb400937'},
          {source: 'tnpu-op-api-common', lines: [1297, 1300], hash: 'f386abd15bc75dc5'},
          ...headers,
        ],
      },
      {
        arg: 'quant_scale',
        target: 'quantScaleOptional',
        mapping: {
          'zh-Hans':
            'float32 且不走 Nz 路径时，传入 aclnnTransQuantParamV2 转换后的 int64 Tensor；其他 dtype（例如预先用 `torch_npu.npu_trans_quant_param` 得到的 int64）以及 Nz 路径都原样传递；为 None 时传入空指针。传入它时输出为 int8。',
          en: 'When float32 and not on the Nz path, the int64 tensor aclnnTransQuantParamV2 produced is passed; other dtypes (e.g. an int64 made beforehand with `torch_npu.npu_trans_quant_param`) and the Nz path pass it as is; None is passed as a null pointer. When it is given the output is int8.',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-wqbmm', lines: [82, 82], hash: 'da2de9cc92ecf9d1'},
          {source: 'tnpu-wqbmm', lines: [125, 125], hash: 'ad936e5f5d879aae'},
          {source: 'tnpu-wqbmm', lines: [130, 142], hash: 'a9df852e9c16d51e'},
          {source: 'tnpu-wqbmm', lines: [154, 154], hash: 'ad936e5f5d879aae'},
          {source: 'tnpu-wqbmm', lines: [103, 105], hash: 'c8fd37b36d9f7142'},
          ...headers,
        ],
      },
      {
        arg: 'quant_offset',
        target: 'quantOffsetOptional',
        mapping: {
          'zh-Hans':
            '原样传递；为 None 时传入空指针。float32 `quant_scale` 的路径中，它既参与 aclnnTransQuantParamV2 的转换，又原样传给 V2。只传它而不传 `quant_scale` 时函数报错。',
          en: 'Passed as is; None is passed as a null pointer. On the float32 `quant_scale` path it is both an input of the aclnnTransQuantParamV2 conversion and passed unchanged to V2. Giving it without `quant_scale` raises an error.',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-wqbmm', lines: [83, 83], hash: '597f20cfcbce4d14'},
          {source: 'tnpu-wqbmm', lines: [135, 135], hash: '0f87b9cdbb5596e9'},
          {source: 'tnpu-wqbmm', lines: [143, 143], hash: '12b8d613ad5960f6'},
          {source: 'tnpu-wqbmm', lines: [93, 96], hash: 'bb8aee73d667bafa'},
          ...headers,
        ],
      },
      {
        arg: 'bias',
        target: 'biasOptional',
        mapping: {
          'zh-Hans': '原样传递；为 None 时传入空指针。',
          en: 'Passed as is; None is passed as a null pointer.',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-wqbmm', lines: [84, 84], hash: '7b7f4415ac3302ef'},
          {source: 'tnpu-wqbmm', lines: [127, 127], hash: 'f225fd8a752c8558'},
          {source: 'tnpu-op-api-common', lines: [889, 891], hash: '58b2e71dbb400937'},
          ...headers,
        ],
      },
      {
        arg: 'antiquant_group_size',
        target: 'antiquantGroupSize',
        mapping: {
          'zh-Hans': '转换为 int 后传入；函数要求它为 0，或是 32 的倍数且在 32 到 k−1 之间。',
          en: 'Converted to int and passed; the function requires 0, or a multiple of 32 between 32 and k − 1.',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-wqbmm', lines: [85, 92], hash: 'eca32dbb00209439'},
          {source: 'tnpu-wqbmm', lines: [128, 128], hash: '80accc4b3342b24b'},
          ...headers,
        ],
      },
      {
        arg: 'inner_precise',
        target: 'innerPrecise',
        mapping: {
          'zh-Hans':
            '只传给 V3（此时值为 1）；V2 与 Nz 没有这个参数。函数要求它为 0 或 1；它只在前两个条件都不成立时决定走 V3 还是 V2。',
          en: 'Passed to V3 only (with the value 1); V2 and Nz have no such parameter. The function requires 0 or 1; it only picks V3 or V2 when neither of the first two conditions holds.',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-wqbmm', lines: [97, 101], hash: 'd9724dac2c6c71a3'},
          {source: 'tnpu-wqbmm', lines: [147, 159], hash: 'bb9c970d94a02397'},
          {source: 'wqbmm-v3-header', lines: [24, 28], hash: '400525015f9f7337'},
        ],
      },
      {
        arg: 'weight_dtype',
        target: 'weight',
        mapping: {
          'zh-Hans':
            '不单独传递：它决定 `weight` 的 aclTensor 使用哪个 aclDataType。为 None 时用 `weight` 自身的 dtype；传入时改用它对应的类型，且该类型的元素字节数必须与 `weight` 的相同，否则报错。',
          en: "Not passed on its own: it sets the aclDataType of the `weight` aclTensor. With None, `weight`'s own dtype is used; when given, its type is used instead, and its element size must equal `weight`'s or the function raises an error.",
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-wqbmm', lines: [107, 107], hash: 'c11a0fe14dd15a4e'},
          {source: 'tnpu-op-api-common-header', lines: [814, 835], hash: 'cddb60a9d37c9b04'},
        ],
      },
      {
        role: 'return',
        target: 'y',
        mapping: {
          'zh-Hans':
            '函数自行申请输出 Tensor 并将其返回：dtype 在传入 `quant_scale` 时为 int8，否则与 `x` 相同；shape 的最后两维为 `x` 的 m 与 `weight` 的 n，批维取 `x` 与 `weight` 中维数较多者（维数相同时要求批维相等）。',
          en: "The function allocates the output tensor itself and returns it: its dtype is int8 when `quant_scale` is given and `x`'s dtype otherwise; its last two dims are `x`'s m and `weight`'s n, and its batch dims come from whichever of `x` and `weight` has more dims (with equal ranks the batch dims must match).",
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-wqbmm', lines: [62, 80], hash: 'b8e5fc98a23381c8'},
          {source: 'tnpu-wqbmm', lines: [103, 105], hash: 'c8fd37b36d9f7142'},
          {source: 'tnpu-wqbmm', lines: [129, 129], hash: 'd42b47dc75df17a8'},
          ...headers,
        ],
      },
    ],
    notes: [
      {
        text: {
          'zh-Hans':
            'torch_npu 文档给出的函数原型没有 `weight_dtype`，op-plugin 的声明有。本表按声明（op_plugin_functions.yaml）列出。',
          en: 'The prototype in the torch_npu docs has no `weight_dtype`; the op-plugin declaration has it. This table follows the declaration (op_plugin_functions.yaml).',
        },
        provenance: ['doc', 'impl'],
        sources: [
          {source: 'tnpu-wqbmm-doc', lines: [36, 36], hash: '304f2124d876121d'},
          {source: 'tnpu-functions-yaml', lines: [7089, 7089], hash: '4d502e9775b4d0a4'},
        ],
      },
      {
        text: {
          'zh-Hans':
            '本接口的 `diagonalMatrix`、`deqOffset`、`deqScale`、`addOffset`、`mulScale`、`transposeX1`、`transposeX2` 以及标量 `antiquantScale`、`antiquantOffset` 在 Python 函数中没有对应参数（转置由 Tensor 视图表达）。因此，本接口的调用不能逐参数改写为 `torch_npu.npu_weight_quant_batchmatmul`；这是本站对两份声明的比较。',
          en: "This API's `diagonalMatrix`, `deqOffset`, `deqScale`, `addOffset`, `mulScale`, `transposeX1`, `transposeX2` and the scalars `antiquantScale` and `antiquantOffset` have no counterpart among the Python arguments (transposition is expressed by the tensor view). A call of this API therefore cannot be rewritten argument by argument as `torch_npu.npu_weight_quant_batchmatmul`; this is the site's comparison of the two declarations.",
        },
        provenance: ['inferred'],
        sources: [
          {source: 'wqbmm-header', lines: [29, 34], hash: 'c8bb6ba20f5ee2f0'},
          {source: 'tnpu-functions-yaml', lines: [7089, 7089], hash: '4d502e9775b4d0a4'},
          {source: 'tnpu-wqbmm', lines: [34, 34], hash: '7b8949737e8ff519'},
        ],
      },
    ],
  },
];

export default frameworks;
