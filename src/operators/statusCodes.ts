/**
 * The aclnnStatus codes shared by every aclnn API (reference operators.md §1).
 * Rendered by <StatusCodeTable /> on /concepts/return-codes, one row per code, anchored
 * `#status-<code>`. Every row is the full return-code table of the upstream return-code page
 * (`return-codes-doc`, ops-transformer; `nn-return-codes-doc`, the identical copy in ops-nn), with
 * the documented enum names and the meanings in this site's words. Never rename or remove a
 * `code` (it is an anchor); 561105 has two documented names (the misspelt one is deprecated), so
 * it is one row with the current name.
 */
import type * as z from 'zod';
import type {StatusCodeSchema} from './schema';

const statusCodes = [
  {
    name: 'ACLNN_SUCCESS',
    code: 0,
    meaning: {'zh-Hans': '成功。', en: 'Success.'},
    sources: [
      {source: 'return-codes-doc', lines: [10, 10], hash: '36a4b5b5e7be9b50'},
      {source: 'nn-return-codes-doc', lines: [10, 10], hash: '36a4b5b5e7be9b50'},
    ],
  },
  {
    name: 'ACLNN_ERR_PARAM_NULLPTR',
    code: 161001,
    meaning: {
      'zh-Hans': '参数校验失败：传入了不允许为空的空指针。',
      en: 'Parameter check failed: a null pointer was passed where none is allowed.',
    },
    sources: [
      {source: 'return-codes-doc', lines: [11, 11], hash: '64fd62e41391480c'},
      {source: 'nn-return-codes-doc', lines: [11, 11], hash: '64fd62e41391480c'},
    ],
  },
  {
    name: 'ACLNN_ERR_PARAM_INVALID',
    code: 161002,
    meaning: {
      'zh-Hans': '参数校验失败：例如数据类型、shape 或属性取值不在支持范围内，或输入的数据类型之间不满足推导关系。',
      en: 'Parameter check failed: for example an unsupported dtype, shape or attribute value, or input dtypes that do not fit the type-deduction rules.',
    },
    sources: [
      {source: 'return-codes-doc', lines: [12, 12], hash: '6357aa5d95838bb2'},
      {source: 'nn-return-codes-doc', lines: [12, 12], hash: '6357aa5d95838bb2'},
    ],
  },
  {
    name: 'ACLNN_ERR_RUNTIME_ERROR',
    code: 361001,
    meaning: {
      'zh-Hans': '接口内部调用 NPU runtime 的接口失败。',
      en: 'A call the API makes to the NPU runtime failed.',
    },
    sources: [
      {source: 'return-codes-doc', lines: [13, 13], hash: '8b14b51e7269ce13'},
      {source: 'nn-return-codes-doc', lines: [13, 13], hash: '8b14b51e7269ce13'},
    ],
  },
  {
    name: 'ACLNN_ERR_INNER',
    code: 561000,
    meaning: {
      'zh-Hans': '内部错误（通用）：接口内部出现异常。',
      en: 'Internal error (generic): something failed inside the API.',
    },
    sources: [
      {source: 'return-codes-doc', lines: [22, 22], hash: 'ad97cdf91490e190'},
      {source: 'nn-return-codes-doc', lines: [22, 22], hash: 'ad97cdf91490e190'},
    ],
  },
  {
    name: 'ACLNN_ERR_INNER_INFERSHAPE_ERROR',
    code: 561001,
    meaning: {'zh-Hans': '内部错误：推导输出 shape 失败。', en: 'Internal error: output shape inference failed.'},
    sources: [
      {source: 'return-codes-doc', lines: [23, 23], hash: '540224887af0ced7'},
      {source: 'nn-return-codes-doc', lines: [23, 23], hash: '540224887af0ced7'},
    ],
  },
  {
    name: 'ACLNN_ERR_INNER_TILING_ERROR',
    code: 561002,
    meaning: {
      'zh-Hans': '内部错误：为 NPU kernel 计算 tiling 时失败。',
      en: 'Internal error: computing the tiling of the NPU kernel failed.',
    },
    sources: [
      {source: 'return-codes-doc', lines: [24, 24], hash: '482f1438b67ad695'},
      {source: 'nn-return-codes-doc', lines: [24, 24], hash: '482f1438b67ad695'},
    ],
  },
  {
    name: 'ACLNN_ERR_INNER_FIND_KERNEL_ERROR',
    code: 561003,
    meaning: {
      'zh-Hans': '内部错误：找不到 NPU kernel，例如未安装算子二进制包。',
      en: 'Internal error: the NPU kernel was not found, for example because the operator binary package is not installed.',
    },
    sources: [
      {source: 'return-codes-doc', lines: [25, 25], hash: 'd8fb4e6696a666e7'},
      {source: 'nn-return-codes-doc', lines: [25, 25], hash: 'd8fb4e6696a666e7'},
    ],
  },
  {
    name: 'ACLNN_ERR_INNER_CREATE_EXECUTOR',
    code: 561101,
    meaning: {
      'zh-Hans': '内部错误：创建 aclOpExecutor 失败，例如因操作系统异常。',
      en: 'Internal error: creating the aclOpExecutor failed, for example because of an operating-system fault.',
    },
    sources: [
      {source: 'return-codes-doc', lines: [26, 26], hash: '41c77e9e7cd91d41'},
      {source: 'nn-return-codes-doc', lines: [26, 26], hash: '41c77e9e7cd91d41'},
    ],
  },
  {
    name: 'ACLNN_ERR_INNER_NOT_TRANS_EXECUTOR',
    code: 561102,
    meaning: {
      'zh-Hans': '内部错误：接口内部没有把执行器的所有权转交出去（未调用 uniqueExecutor 的 ReleaseTo）。',
      en: 'Internal error: the API did not hand over ownership of its executor (uniqueExecutor ReleaseTo was not called).',
    },
    sources: [
      {source: 'return-codes-doc', lines: [27, 27], hash: '8b65f5f8d5b0ca76'},
      {source: 'nn-return-codes-doc', lines: [27, 27], hash: '8b65f5f8d5b0ca76'},
    ],
  },
  {
    name: 'ACLNN_ERR_INNER_NULLPTR',
    code: 561103,
    meaning: {
      'zh-Hans': '内部错误：接口内部出现空指针。',
      en: 'Internal error: a null pointer occurred inside the API.',
    },
    sources: [
      {source: 'return-codes-doc', lines: [28, 28], hash: 'c97d7f4c5c0dcaad'},
      {source: 'nn-return-codes-doc', lines: [28, 28], hash: 'c97d7f4c5c0dcaad'},
    ],
  },
  {
    name: 'ACLNN_ERR_INNER_WRONG_ATTR_INFO_SIZE',
    code: 561104,
    meaning: {
      'zh-Hans': '内部错误：算子属性的个数不正确。',
      en: 'Internal error: the operator has a wrong number of attributes.',
    },
    sources: [
      {source: 'return-codes-doc', lines: [29, 29], hash: '88e7f18eedd32bd3'},
      {source: 'nn-return-codes-doc', lines: [29, 29], hash: '88e7f18eedd32bd3'},
    ],
  },
  {
    name: 'ACLNN_ERR_INNER_KEY_CONFLICT',
    code: 561105,
    meaning: {
      'zh-Hans':
        '内部错误：匹配算子 kernel 所用的 hash key 发生冲突。旧名称 `ACLNN_ERR_INNER_KEY_CONFILICT`（拼写有误）取值相同，文档标为已废弃。',
      en: 'Internal error: the hash key used to match the operator kernel collided. The older name `ACLNN_ERR_INNER_KEY_CONFILICT` (misspelt) has the same value and is marked deprecated in the docs.',
    },
    sources: [
      {source: 'return-codes-doc', lines: [30, 31], hash: '7704f3b4e69c1bc2'},
      {source: 'nn-return-codes-doc', lines: [30, 31], hash: '7704f3b4e69c1bc2'},
    ],
  },
  {
    name: 'ACLNN_ERR_INNER_INVALID_IMPL_MODE',
    code: 561106,
    meaning: {
      'zh-Hans': '内部错误：算子的实现模式参数不正确。',
      en: 'Internal error: the implementation-mode parameter of the operator is invalid.',
    },
    sources: [
      {source: 'return-codes-doc', lines: [32, 32], hash: 'dd0c66249103790d'},
      {source: 'nn-return-codes-doc', lines: [32, 32], hash: 'dd0c66249103790d'},
    ],
  },
  {
    name: 'ACLNN_ERR_INNER_OPP_PATH_NOT_FOUND',
    code: 561107,
    meaning: {
      'zh-Hans': '内部错误：未设置所需的环境变量 `ASCEND_OPP_PATH`。',
      en: 'Internal error: the required environment variable `ASCEND_OPP_PATH` is not set.',
    },
    sources: [
      {source: 'return-codes-doc', lines: [33, 33], hash: 'a643b0603db0d655'},
      {source: 'nn-return-codes-doc', lines: [33, 33], hash: 'a643b0603db0d655'},
    ],
  },
  {
    name: 'ACLNN_ERR_INNER_LOAD_JSON_FAILED',
    code: 561108,
    meaning: {
      'zh-Hans': '内部错误：无法加载算子 kernel 库中的算子信息 json 文件。',
      en: 'Internal error: the operator information json file of the kernel library could not be loaded.',
    },
    sources: [
      {source: 'return-codes-doc', lines: [34, 34], hash: '2eb38417c4486ae3'},
      {source: 'nn-return-codes-doc', lines: [34, 34], hash: '2eb38417c4486ae3'},
    ],
  },
  {
    name: 'ACLNN_ERR_INNER_JSON_VALUE_NOT_FOUND',
    code: 561109,
    meaning: {
      'zh-Hans': '内部错误：无法读取算子信息 json 文件中的某个字段。',
      en: 'Internal error: a field of the operator information json file could not be read.',
    },
    sources: [
      {source: 'return-codes-doc', lines: [35, 35], hash: 'ef5d417c023477a5'},
      {source: 'nn-return-codes-doc', lines: [35, 35], hash: 'ef5d417c023477a5'},
    ],
  },
  {
    name: 'ACLNN_ERR_INNER_JSON_FORMAT_INVALID',
    code: 561110,
    meaning: {
      'zh-Hans': '内部错误：算子信息 json 文件中的 format 取值非法。',
      en: 'Internal error: the operator information json file has an invalid format value.',
    },
    sources: [
      {source: 'return-codes-doc', lines: [36, 36], hash: '321a8a8b37081482'},
      {source: 'nn-return-codes-doc', lines: [36, 36], hash: '321a8a8b37081482'},
    ],
  },
  {
    name: 'ACLNN_ERR_INNER_JSON_DTYPE_INVALID',
    code: 561111,
    meaning: {
      'zh-Hans': '内部错误：算子信息 json 文件中的 dtype 取值非法。',
      en: 'Internal error: the operator information json file has an invalid dtype value.',
    },
    sources: [
      {source: 'return-codes-doc', lines: [37, 37], hash: 'a55888a5d0807f2d'},
      {source: 'nn-return-codes-doc', lines: [37, 37], hash: 'a55888a5d0807f2d'},
    ],
  },
  {
    name: 'ACLNN_ERR_INNER_OPP_KERNEL_PKG_NOT_FOUND',
    code: 561112,
    meaning: {
      'zh-Hans': '内部错误：未能加载算子的二进制 kernel 库。',
      en: 'Internal error: the binary kernel library of the operator could not be loaded.',
    },
    sources: [
      {source: 'return-codes-doc', lines: [38, 38], hash: '97f8ca8021fe467c'},
      {source: 'nn-return-codes-doc', lines: [38, 38], hash: '97f8ca8021fe467c'},
    ],
  },
  {
    name: 'ACLNN_ERR_INNER_OP_FILE_INVALID',
    code: 561113,
    meaning: {
      'zh-Hans': '内部错误：读取算子 json 文件的字段时出错。',
      en: 'Internal error: reading the fields of the operator json file failed.',
    },
    sources: [
      {source: 'return-codes-doc', lines: [39, 39], hash: 'f2a2b8a6fc128f0b'},
      {source: 'nn-return-codes-doc', lines: [39, 39], hash: 'f2a2b8a6fc128f0b'},
    ],
  },
  {
    name: 'ACLNN_ERR_INNER_ATTR_NUM_OUT_OF_BOUND',
    code: 561114,
    meaning: {
      'zh-Hans': '内部错误：算子的属性个数多于算子信息 json 中规定的个数。',
      en: 'Internal error: the operator has more attributes than its information json specifies.',
    },
    sources: [
      {source: 'return-codes-doc', lines: [40, 40], hash: 'ec046b14bd39ada2'},
      {source: 'nn-return-codes-doc', lines: [40, 40], hash: 'ec046b14bd39ada2'},
    ],
  },
  {
    name: 'ACLNN_ERR_INNER_ATTR_LEN_NOT_ENOUGH',
    code: 561115,
    meaning: {
      'zh-Hans': '内部错误：算子的属性个数少于算子信息 json 中规定的个数。',
      en: 'Internal error: the operator has fewer attributes than its information json specifies.',
    },
    sources: [
      {source: 'return-codes-doc', lines: [41, 41], hash: 'b4521c6e270a9ff8'},
      {source: 'nn-return-codes-doc', lines: [41, 41], hash: 'b4521c6e270a9ff8'},
    ],
  },
  {
    name: 'ACLNN_ERR_INNER_INPUT_NUM_IN_JSON_TOO_LARGE',
    code: 561116,
    meaning: {
      'zh-Hans': '内部错误：算子的输入个数超过上限 32。',
      en: 'Internal error: the operator has more inputs than the limit of 32.',
    },
    sources: [
      {source: 'return-codes-doc', lines: [42, 42], hash: '762b56d46929b2f7'},
      {source: 'nn-return-codes-doc', lines: [42, 42], hash: '762b56d46929b2f7'},
    ],
  },
  {
    name: 'ACLNN_ERR_INNER_INPUT_JSON_IS_NULL',
    code: 561117,
    meaning: {
      'zh-Hans': '内部错误：算子信息 json 文件的描述不完整。',
      en: 'Internal error: the description in the operator information json file is incomplete.',
    },
    sources: [
      {source: 'return-codes-doc', lines: [43, 43], hash: 'ec4c17f43be5dba7'},
      {source: 'nn-return-codes-doc', lines: [43, 43], hash: 'ec4c17f43be5dba7'},
    ],
  },
  {
    name: 'ACLNN_ERR_INNER_STATIC_WORKSPACE_INVALID',
    code: 561118,
    meaning: {
      'zh-Hans': '内部错误：解析静态二进制 json 文件中的 workspace 信息时出错。',
      en: 'Internal error: parsing the workspace information of the static binary json file failed.',
    },
    sources: [
      {source: 'return-codes-doc', lines: [44, 44], hash: '5054d8623ea0739d'},
      {source: 'nn-return-codes-doc', lines: [44, 44], hash: '5054d8623ea0739d'},
    ],
  },
  {
    name: 'ACLNN_ERR_INNER_STATIC_BLOCK_DIM_INVALID',
    code: 561119,
    meaning: {
      'zh-Hans': '内部错误：解析静态二进制 json 文件中的核数信息时出错。',
      en: 'Internal error: parsing the core-count information of the static binary json file failed.',
    },
    sources: [
      {source: 'return-codes-doc', lines: [45, 45], hash: '9b4e595ea11a1217'},
      {source: 'nn-return-codes-doc', lines: [45, 45], hash: '9b4e595ea11a1217'},
    ],
  },
] satisfies z.input<typeof StatusCodeSchema>[];

export default statusCodes;
