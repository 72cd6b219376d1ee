/**
 * aclnnQuantMatmulAllReduceV2 — framework mapping (the `frameworks` field of the spec): how
 * torch_npu's `torch_npu.npu_mm_all_reduce_base` reaches this operator, read from Ascend/op-plugin
 * at the pinned master commit (sources.ts `tnpu-*`).
 * How to edit:
 * - Condition ids and argument names are public anchors (`#framework-torch-npu-when-<id>`,
 *   `#framework-torch-npu-param-<arg>`): never rename one, add a new one.
 * - Every row cites the op-plugin lines it rests on; paraphrase, never copy upstream text.
 * - Where the visible code does not decide, say "undetermined".
 */
import type {OperatorSpecInput} from '../schema';

const frameworks: NonNullable<OperatorSpecInput['frameworks']> = [
  {
    id: 'torch-npu',
    framework: 'torch_npu',
    function: 'torch_npu.npu_mm_all_reduce_base',
    signature:
      "npu_mm_all_reduce_base(Tensor x1, Tensor x2, str hcom, *, str reduce_op='sum', Tensor? bias=None, Tensor? antiquant_scale=None, Tensor? antiquant_offset=None, Tensor? x3=None, Tensor? dequant_scale=None, Tensor? pertoken_scale=None, Tensor? comm_quant_scale_1=None, Tensor? comm_quant_scale_2=None, int antiquant_group_size=0, int comm_turn=0, int[]? group_sizes=None, int? y_dtype=None, int? x1_dtype=None, int? x2_dtype=None, int? dequant_scale_dtype=None, int? pertoken_scale_dtype=None, int comm_quant_mode=0, str? comm_mode=None) -> Tensor",
    reachesThisOperator: true,
    targetApis: ['aclnnQuantMatmulAllReduceV2'],
    summary: {
      'zh-Hans':
        'torch_npu 的所有 MatmulAllReduce 类 aclnn 接口共用这一个 Python 函数：它按输入的数据类型和可选参数在十个 aclnn 接口之间选择，只有一个分支调用 aclnnQuantMatmulAllReduceV2（int8 输入、传入 `pertoken_scale`、不带通信量化系数、不指定 `comm_mode`）。选中的接口由 `EXEC_NPU_CMD` 按名称查找，参数按位置依次传给 `aclnnQuantMatmulAllReduceV2GetWorkspaceSize`，其后追加 workspaceSize 与 executor 的地址；workspace 由 torch_npu 申请，第二段接口由同一宏在当前 NPU stream 上调用，Python 用户看不到 workspace 与 stream。',
      en: 'torch_npu routes every MatmulAllReduce-family aclnn API through this one Python function: it picks one of ten aclnn APIs from the input dtypes and the optional arguments, and only one branch calls aclnnQuantMatmulAllReduceV2 (int8 inputs, a `pertoken_scale`, no communication-quantization scales, no `comm_mode`). `EXEC_NPU_CMD` looks the chosen API up by name and passes the arguments by position to `aclnnQuantMatmulAllReduceV2GetWorkspaceSize`, followed by the addresses of workspaceSize and executor; torch_npu allocates the workspace and the same macro runs the second phase on the current NPU stream, so Python users never see the workspace or the stream.',
    },
    provenance: ['impl'],
    sources: [
      {source: 'tnpu-functions-yaml', lines: [6538, 6541], hash: 'ce51a9d0fbbaa7b0'},
      {source: 'tnpu-mm-all-reduce-base', lines: [233, 255], hash: '2e777a854533ad45'},
      {source: 'tnpu-mm-all-reduce-base', lines: [305, 545], hash: '319ffa96592ec4ad'},
      {source: 'tnpu-mm-all-reduce-base', lines: [477, 490], hash: 'ef1f2d547d849aef'},
      {source: 'tnpu-op-api-common-header', lines: [343, 346], hash: '4328fdb7686c5801'},
      {source: 'tnpu-op-api-common-header', lines: [361, 361], hash: 'f4d1c5d271ffbf23'},
      {source: 'tnpu-op-api-common-header', lines: [379, 395], hash: '67f5cd1b3b9b768e'},
      {source: 'qmar-v2-header', lines: [47, 50], hash: 'e2e29d55dc410a70'},
    ],
    conditionLogic: 'all',
    conditions: [
      {
        id: 'integer-inputs',
        api: 'aclnnQuantMatmulAllReduceV2',
        text: {
          'zh-Hans':
            '`x1` 与 `x2` 都是整数类型的 Tensor（不含 bool）。当 torch_npu 的 `c10_npu::IsAclnnOnly()` 为假时，函数先做 `check_params` 检查：两者必须都是 int8，且 `antiquant_scale`、`antiquant_offset` 必须为 None；为真时改做另一组检查（函数名指 A5），该函数定义在 torch_npu 而非 op-plugin 中，哪些设备走哪组检查在此无法确定（undetermined）。浮点输入会走 aclnnMatmulAllReduce 系列或 aclnnWeightQuantMatmulAllReduce 系列。',
          en: "`x1` and `x2` are both integer tensors (bool excluded). When torch_npu's `c10_npu::IsAclnnOnly()` is false, the function first runs `check_params`: both must be int8 and `antiquant_scale` and `antiquant_offset` must be None; when it is true a different set of checks runs (its helper is named after A5). That function is defined in torch_npu, not in op-plugin, so which devices take which checks is undetermined here. Floating-point inputs go to the aclnnMatmulAllReduce or aclnnWeightQuantMatmulAllReduce families instead.",
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [431, 431], hash: 'bad7c93f9c5dda67'},
          {source: 'tnpu-mm-all-reduce-base', lines: [269, 282], hash: 'bc3d02a169bb9eab'},
          {source: 'tnpu-mm-all-reduce-base', lines: [62, 69], hash: 'f06815facb9be45d'},
          {source: 'tnpu-mm-all-reduce-base', lines: [394, 394], hash: '18bb616d8f72ac6f'},
          {source: 'tnpu-mm-all-reduce-base', lines: [508, 508], hash: '5a6e7643b0df4f25'},
        ],
      },
      {
        id: 'no-fp8-fp4-dtype',
        api: 'aclnnQuantMatmulAllReduceV2',
        text: {
          'zh-Hans':
            '`x1_dtype` 不是 HIFLOAT8、FLOAT4_E1M2 或 FLOAT4_E2M1，且 `x2_dtype` 不是 HIFLOAT8（两者都不传即可）。`x1_dtype` 取这些值时调用走 aclnnQuantMatmulAllReduceV4/V5；只有 `x2_dtype` 为 HIFLOAT8 时走 aclnnWeightQuantMatmulAllReduce 系列。`x2_dtype` 为 FLOAT4 类型时不影响分支选择。',
          en: '`x1_dtype` is not HIFLOAT8, FLOAT4_E1M2 or FLOAT4_E2M1, and `x2_dtype` is not HIFLOAT8 (leaving both None is enough). With such an `x1_dtype` the call goes to aclnnQuantMatmulAllReduceV4/V5; with only `x2_dtype` HIFLOAT8 it goes to the aclnnWeightQuantMatmulAllReduce family. A FLOAT4 `x2_dtype` does not change the branch.',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [259, 268], hash: '6e545e4babaff148'},
          {source: 'tnpu-mm-all-reduce-base', lines: [305, 310], hash: '65d2e764c0ebf0d2'},
          {source: 'tnpu-mm-all-reduce-base', lines: [348, 348], hash: 'fe5305f12fa5eea3'},
          {source: 'tnpu-mm-all-reduce-base', lines: [431, 431], hash: 'bad7c93f9c5dda67'},
          {source: 'tnpu-mm-all-reduce-base', lines: [508, 508], hash: '5a6e7643b0df4f25'},
        ],
      },
      {
        id: 'no-comm-mode',
        api: 'aclnnQuantMatmulAllReduceV2',
        text: {
          'zh-Hans': '`comm_mode` 为 None。传入 `comm_mode` 时，int8 输入改走 aclnnQuantMatmulAllReduceV5。',
          en: '`comm_mode` is None. With a `comm_mode`, int8 inputs go to aclnnQuantMatmulAllReduceV5 instead.',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [256, 256], hash: '0a2cbb66fad7cb21'},
          {source: 'tnpu-mm-all-reduce-base', lines: [432, 455], hash: 'e3d62bc20b28c4d1'},
        ],
      },
      {
        id: 'no-comm-quant-scales',
        api: 'aclnnQuantMatmulAllReduceV2',
        text: {
          'zh-Hans':
            '`comm_quant_scale_1` 与 `comm_quant_scale_2` 都为 None。两者都传入时走 aclnnQuantMatmulAllReduceV3；只传其中一个时函数直接报错。',
          en: '`comm_quant_scale_1` and `comm_quant_scale_2` are both None. With both, the call goes to aclnnQuantMatmulAllReduceV3; with only one of them the function raises an error.',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [456, 476], hash: '9453e4ddb5827df5'},
          {source: 'tnpu-mm-all-reduce-base', lines: [145, 150], hash: '0cd37236a7f6bdfc'},
        ],
      },
      {
        id: 'pertoken-scale',
        api: 'aclnnQuantMatmulAllReduceV2',
        text: {
          'zh-Hans':
            '传入了 `pertoken_scale`。未传时调用走 aclnnQuantMatmulAllReduce（第一版，没有 pertoken 参数）。`check_params` 运行时还要求：同时传入 `dequant_scale`，`pertoken_scale` 为一维、长度等于 `x1` 除最后一维外各维之积，且为 float32。',
          en: '`pertoken_scale` is given. Without it the call goes to aclnnQuantMatmulAllReduce (the first version, which has no pertoken input). When `check_params` runs it also requires a `dequant_scale`, and a 1-D float32 `pertoken_scale` whose length is the product of all dims of `x1` but the last.',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [477, 478], hash: 'bbab99aa2ecee754'},
          {source: 'tnpu-mm-all-reduce-base', lines: [491, 503], hash: '32bf5677291c192a'},
          {source: 'tnpu-mm-all-reduce-base', lines: [109, 144], hash: '74134225562d08e6'},
        ],
      },
    ],
    parameters: [
      {
        arg: 'x1',
        target: 'x1',
        mapping: {
          'zh-Hans':
            '原样传递：aclTensor 的数据类型取 Tensor 自身的 dtype（此分支不套用 `x1_dtype`），shape、stride 与偏移取自视图。`check_params` 运行时要求 int8；函数还要求至少二维。',
          en: "Passed as is: the aclTensor takes the tensor's own dtype (this branch does not apply `x1_dtype`) and the view's shape, strides and offset. `check_params`, when it runs, requires int8; the function also requires at least 2 dims.",
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [478, 481], hash: 'c1578b070f00fb2a'},
          {source: 'tnpu-op-api-common', lines: [883, 898], hash: '3d0a79ecb489fc2f'},
          {source: 'tnpu-mm-all-reduce-base', lines: [288, 293], hash: 'd1329971a49c664d'},
        ],
      },
      {
        arg: 'x2',
        target: 'x2',
        mapping: {
          'zh-Hans':
            '原样传递，dtype 取自身（不套用 `x2_dtype`）。若 Tensor 不是基础格式（例如经 `torch_npu.npu_format_cast` 转成的 FRACTAL_NZ），aclTensor 带上其 NPU 存储格式与存储 shape。`check_params` 运行时要求二维 int8，且第一维等于 `x1` 的最后一维。',
          en: 'Passed as is with its own dtype (`x2_dtype` is not applied). A tensor that is not in a base format (e.g. FRACTAL_NZ after `torch_npu.npu_format_cast`) is passed with its NPU storage format and storage shape. `check_params`, when it runs, requires a 2-D int8 tensor whose first dim equals the last dim of `x1`.',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [478, 481], hash: 'c1578b070f00fb2a'},
          {source: 'tnpu-op-api-common', lines: [899, 907], hash: '98e62ab636d85da1'},
          {source: 'tnpu-mm-all-reduce-base', lines: [45, 53], hash: '9c8b7ca34519b22e'},
          {source: 'tnpu-mm-all-reduce-base', lines: [62, 64], hash: '4e698ce2b8e965d0'},
        ],
      },
      {
        arg: 'hcom',
        target: 'group',
        mapping: {
          'zh-Hans': '字符串的字符指针直接作为通信域名称传入。',
          en: "The string's character pointer is passed as the communication domain name.",
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [314, 314], hash: 'a0268fe4dbe6ecda'},
          {source: 'tnpu-mm-all-reduce-base', lines: [486, 486], hash: 'd6e50a5a02e2d2f3'},
        ],
      },
      {
        arg: 'reduce_op',
        target: 'reduceOp',
        mapping: {
          'zh-Hans': '字符指针直接传入；默认值 `sum`。',
          en: 'The character pointer is passed as is; the default is `sum`.',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [313, 313], hash: '74bf6ca78946faaf'},
          {source: 'tnpu-mm-all-reduce-base', lines: [487, 487], hash: '5b82b65e0605bfb2'},
          {source: 'tnpu-functions-yaml', lines: [6538, 6538], hash: '3e4a75a3a62d591f'},
        ],
      },
      {
        arg: 'bias',
        target: 'biasOptional',
        mapping: {
          'zh-Hans': '原样传递，dtype 取自身；为 None 时换成空的 Tensor 句柄，转换后传入空指针。',
          en: 'Passed as is with its own dtype; None becomes an empty tensor handle, which is passed as a null pointer.',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [315, 315], hash: '7b7f4415ac3302ef'},
          {source: 'tnpu-mm-all-reduce-base', lines: [482, 482], hash: 'f225fd8a752c8558'},
          {source: 'tnpu-op-api-common', lines: [889, 891], hash: '58b2e71dbb400937'},
          {source: 'tnpu-op-api-common', lines: [1297, 1300], hash: 'f386abd15bc75dc5'},
        ],
      },
      {
        arg: 'antiquant_scale',
        target: null,
        mapping: {
          'zh-Hans': '不传给本接口；`check_params` 运行时要求它在 int8 输入下为 None。',
          en: 'Not passed to this API; `check_params`, when it runs, requires it to be None for int8 inputs.',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [65, 69], hash: '3b225234d4de68b7'},
          {source: 'tnpu-mm-all-reduce-base', lines: [478, 490], hash: '6bcb25f12d1d07b8'},
        ],
      },
      {
        arg: 'antiquant_offset',
        target: null,
        mapping: {
          'zh-Hans': '不传给本接口；`check_params` 运行时要求它在 int8 输入下为 None。',
          en: 'Not passed to this API; `check_params`, when it runs, requires it to be None for int8 inputs.',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [65, 69], hash: '3b225234d4de68b7'},
          {source: 'tnpu-mm-all-reduce-base', lines: [478, 490], hash: '6bcb25f12d1d07b8'},
        ],
      },
      {
        arg: 'x3',
        target: 'x3Optional',
        mapping: {
          'zh-Hans':
            '原样传递；为 None 时传入空指针。`check_params` 运行时要求其 shape 等于输出 shape、dtype 等于输出 dtype（见返回值一行）。',
          en: 'Passed as is; None is passed as a null pointer. `check_params`, when it runs, requires its shape to equal the output shape and its dtype the output dtype (see the return row).',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [318, 318], hash: '68559fd10fd2eb8f'},
          {source: 'tnpu-mm-all-reduce-base', lines: [483, 483], hash: '8c9d6dfa9c2797c2'},
          {source: 'tnpu-mm-all-reduce-base', lines: [86, 107], hash: '4533969780c899f2'},
          {source: 'tnpu-op-api-common', lines: [889, 891], hash: '58b2e71dbb400937'},
        ],
      },
      {
        arg: 'dequant_scale',
        target: 'dequantScale',
        mapping: {
          'zh-Hans':
            '原样传递，dtype 取自身：此分支传的是 Tensor 本身而不是按 `dequant_scale_dtype` 包装的版本，因此 `dequant_scale_dtype` 不起作用。为 None 时传入空指针（`check_params` 运行时会先拒绝：有 `pertoken_scale` 时必须有 `dequant_scale`）。torch_npu 文档的全量化表中，带 `pertoken_scale` 的组合为 float32 的 `dequant_scale`（输出 float16）或 bfloat16 的 `dequant_scale`（输出 bfloat16）。',
          en: "Passed as is with its own dtype: this branch passes the tensor itself, not the wrapper built with `dequant_scale_dtype`, so `dequant_scale_dtype` has no effect. None is passed as a null pointer (`check_params`, when it runs, rejects it first: a `pertoken_scale` requires a `dequant_scale`). The torch_npu docs' full-quantization table lists, with a `pertoken_scale`, a float32 `dequant_scale` (float16 output) or a bfloat16 one (bfloat16 output).",
        },
        provenance: ['impl', 'doc'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [319, 319], hash: '683287b45fc39948'},
          {source: 'tnpu-mm-all-reduce-base', lines: [339, 345], hash: 'bb680afdcd8c1159'},
          {source: 'tnpu-mm-all-reduce-base', lines: [484, 484], hash: '29b49871a7b279a1'},
          {source: 'tnpu-mm-all-reduce-base', lines: [110, 114], hash: 'adbf9c085240338d'},
          {source: 'tnpu-mm-all-reduce-base-doc', lines: [98, 105], hash: '6b9da5be51df6066'},
        ],
      },
      {
        arg: 'pertoken_scale',
        target: 'pertokenScaleOptional',
        mapping: {
          'zh-Hans':
            '原样传递，dtype 取自身（`pertoken_scale_dtype` 不起作用，理由同上）。此分支只在它不为 None 时进入，因此从不传空指针。',
          en: 'Passed as is with its own dtype (`pertoken_scale_dtype` has no effect, as above). This branch is only taken when it is given, so it is never a null pointer here.',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [320, 320], hash: 'ed43150380d2b3af'},
          {source: 'tnpu-mm-all-reduce-base', lines: [332, 338], hash: '68b04ae09a803e42'},
          {source: 'tnpu-mm-all-reduce-base', lines: [477, 485], hash: 'ad9e800a49000c44'},
        ],
      },
      {
        arg: 'comm_quant_scale_1',
        target: null,
        mapping: {
          'zh-Hans': '不传给本接口：只有它为 None 时才会到达本接口（见条件）。',
          en: 'Not passed to this API: the call reaches this API only when it is None (see the conditions).',
        },
        provenance: ['impl'],
        sources: [{source: 'tnpu-mm-all-reduce-base', lines: [456, 476], hash: '9453e4ddb5827df5'}],
      },
      {
        arg: 'comm_quant_scale_2',
        target: null,
        mapping: {
          'zh-Hans': '不传给本接口：只有它为 None 时才会到达本接口（见条件）。',
          en: 'Not passed to this API: the call reaches this API only when it is None (see the conditions).',
        },
        provenance: ['impl'],
        sources: [{source: 'tnpu-mm-all-reduce-base', lines: [456, 476], hash: '9453e4ddb5827df5'}],
      },
      {
        arg: 'antiquant_group_size',
        target: null,
        mapping: {
          'zh-Hans': '不传给本接口（只用于伪量化分支）。',
          en: 'Not passed to this API (used by the weight-quantization branch only).',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [478, 490], hash: '6bcb25f12d1d07b8'},
          {source: 'tnpu-mm-all-reduce-base', lines: [527, 527], hash: '6cd781b36baf953c'},
        ],
      },
      {
        arg: 'comm_turn',
        target: 'commTurn',
        mapping: {
          'zh-Hans': '整数原样传入；默认值 0。',
          en: 'The integer is passed as is; the default is 0.',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [488, 488], hash: 'a1ca57556f12df1f'},
          {source: 'tnpu-functions-yaml', lines: [6538, 6538], hash: '3e4a75a3a62d591f'},
        ],
      },
      {
        arg: 'group_sizes',
        target: null,
        mapping: {
          'zh-Hans': '不传给本接口；但函数对所有分支都先检查它，无效时报错。',
          en: 'Not passed to this API; the function checks it for every branch and raises an error when it is invalid.',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [284, 286], hash: '55759236f7a974f5'},
          {source: 'tnpu-mm-all-reduce-base', lines: [478, 490], hash: '6bcb25f12d1d07b8'},
        ],
      },
      {
        arg: 'y_dtype',
        target: null,
        mapping: {
          'zh-Hans': '不起作用：只有 fp8/fp4 分支用它决定输出 dtype。',
          en: 'No effect: only the fp8/fp4 branches use it for the output dtype.',
        },
        provenance: ['impl'],
        sources: [{source: 'tnpu-mm-all-reduce-base', lines: [305, 309], hash: '7e8f024bf8fb6b55'}],
      },
      {
        arg: 'x1_dtype',
        target: null,
        mapping: {
          'zh-Hans': '不传给本接口，只参与选择分支（见条件）。',
          en: 'Not passed to this API; it only takes part in choosing the branch (see the conditions).',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [259, 265], hash: 'fa160aa1d1e8bf66'},
          {source: 'tnpu-mm-all-reduce-base', lines: [478, 481], hash: 'c1578b070f00fb2a'},
        ],
      },
      {
        arg: 'x2_dtype',
        target: null,
        mapping: {
          'zh-Hans': '不传给本接口，只参与选择分支（见条件）。',
          en: 'Not passed to this API; it only takes part in choosing the branch (see the conditions).',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [261, 268], hash: 'fcf7662f03def367'},
          {source: 'tnpu-mm-all-reduce-base', lines: [478, 481], hash: 'c1578b070f00fb2a'},
        ],
      },
      {
        arg: 'dequant_scale_dtype',
        target: null,
        mapping: {
          'zh-Hans': '不起作用：它只用于 fp8/fp4 分支传入的包装 Tensor，此分支传的是 `dequant_scale` 本身。',
          en: 'No effect: it only applies to the wrapper the fp8/fp4 branches pass; this branch passes `dequant_scale` itself.',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [342, 345], hash: 'd2d3c238430343ed'},
          {source: 'tnpu-mm-all-reduce-base', lines: [484, 484], hash: '29b49871a7b279a1'},
        ],
      },
      {
        arg: 'pertoken_scale_dtype',
        target: null,
        mapping: {
          'zh-Hans': '不起作用：它只用于 fp8/fp4 分支传入的包装 Tensor，此分支传的是 `pertoken_scale` 本身。',
          en: 'No effect: it only applies to the wrapper the fp8/fp4 branches pass; this branch passes `pertoken_scale` itself.',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [335, 338], hash: '1ff418ce871cbda0'},
          {source: 'tnpu-mm-all-reduce-base', lines: [485, 485], hash: 'eb57a90ad4982170'},
        ],
      },
      {
        arg: 'comm_quant_mode',
        target: null,
        mapping: {
          'zh-Hans': '不传给本接口（只传给 V4、V5）。',
          en: 'Not passed to this API (only to V4 and V5).',
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [478, 490], hash: '6bcb25f12d1d07b8'},
          {source: 'tnpu-mm-all-reduce-base', lines: [437, 454], hash: 'b66d0f9e7b0bb141'},
        ],
      },
      {
        arg: 'comm_mode',
        target: null,
        mapping: {
          'zh-Hans': '不传给本接口：只有它为 None 时才会到达本接口（见条件）。',
          en: 'Not passed to this API: the call reaches this API only when it is None (see the conditions).',
        },
        provenance: ['impl'],
        sources: [{source: 'tnpu-mm-all-reduce-base', lines: [432, 455], hash: 'e3d62bc20b28c4d1'}],
      },
      {
        role: 'constant',
        target: 'streamMode',
        mapping: {
          'zh-Hans':
            '没有对应的 Python 参数：函数总是传入常量 `ACL_STOP_ON_FAILURE`。其数值不在 op-plugin 中；ops-transformer 的 aclnn 代码把同名常量 `NUM_ACL_STOP_ON_FAILURE` 定义为 1，与文档“仅支持 1”一致，故本站推断传入的是 1。',
          en: 'No Python argument: the function always passes the constant `ACL_STOP_ON_FAILURE`. Its value is not in op-plugin; the aclnn code in ops-transformer defines the matching constant `NUM_ACL_STOP_ON_FAILURE` as 1, which agrees with the documented "only 1 is supported", so this site infers that 1 is passed.',
        },
        provenance: ['impl', 'inferred'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [323, 323], hash: 'f61a05972a97eb0a'},
          {source: 'tnpu-mm-all-reduce-base', lines: [489, 489], hash: 'be78d212b23f49ea'},
          {source: 'mar-util-header', lines: [47, 47], hash: 'ea235578cc50d2ed'},
        ],
      },
      {
        role: 'return',
        target: 'output',
        mapping: {
          'zh-Hans':
            '函数自行申请输出 Tensor 并将其返回：shape 为 `x1` 的 shape 把最后一维换成 `x2` 的最后一维；dtype 为 float16，`dequant_scale` 为 bfloat16 时为 bfloat16（此分支不看 `y_dtype`）。',
          en: "The function allocates the output tensor itself and returns it: the shape is `x1`'s shape with the last dim replaced by the last dim of `x2`; the dtype is float16, or bfloat16 when `dequant_scale` is bfloat16 (this branch ignores `y_dtype`).",
        },
        provenance: ['impl'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base', lines: [24, 33], hash: '4ce42302b449d023'},
          {source: 'tnpu-mm-all-reduce-base', lines: [300, 303], hash: '85594ff1b7e61024'},
          {source: 'tnpu-mm-all-reduce-base', lines: [311, 312], hash: '5b2bc7fbf9582764'},
          {source: 'tnpu-mm-all-reduce-base', lines: [490, 490], hash: 'd42b47dc75df17a8'},
        ],
      },
    ],
    notes: [
      {
        text: {
          'zh-Hans':
            'torch_npu 文档给出的函数原型比 op-plugin 的声明短：它没有 `group_sizes`、`y_dtype`、`x1_dtype`、`x2_dtype`、`dequant_scale_dtype`、`pertoken_scale_dtype`、`comm_quant_mode` 和 `comm_mode`，并把 `comm_turn` 写在 `antiquant_group_size` 之前。这些参数都在 `*` 之后，只能以关键字传入，顺序不影响调用。本表按声明（op_plugin_functions.yaml）列出。',
          en: 'The prototype in the torch_npu docs is shorter than the op-plugin declaration: it lacks `group_sizes`, `y_dtype`, `x1_dtype`, `x2_dtype`, `dequant_scale_dtype`, `pertoken_scale_dtype`, `comm_quant_mode` and `comm_mode`, and lists `comm_turn` before `antiquant_group_size`. All of these come after `*`, so they are keyword-only and their order does not matter to callers. This table follows the declaration (op_plugin_functions.yaml).',
        },
        provenance: ['doc', 'impl'],
        sources: [
          {source: 'tnpu-mm-all-reduce-base-doc', lines: [24, 24], hash: 'fcfc25c1b70f17f5'},
          {source: 'tnpu-functions-yaml', lines: [6538, 6538], hash: '3e4a75a3a62d591f'},
        ],
      },
    ],
  },
];

export default frameworks;
