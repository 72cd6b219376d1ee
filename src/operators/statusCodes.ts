/**
 * The aclnnStatus codes shared by every aclnn API (reference operators.md §1).
 * Rendered by <StatusCodeTable /> on /concepts/return-codes, one row per code, anchored
 * `#status-<code>`. Names are only those the sources state; the other internal codes carry
 * the family name `ACLNN_ERR_INNER_*`.
 */
import type * as z from 'zod';
import type {StatusCodeSchema} from './schema';

const statusCodes = [
  {
    name: 'ACLNN_SUCCESS',
    code: 0,
    meaning: {'zh-Hans': '成功。', en: 'Success.'},
  },
  {
    name: 'ACLNN_ERR_PARAM_NULLPTR',
    code: 161001,
    meaning: {
      'zh-Hans': '参数校验失败：传入了不允许为空的空指针。',
      en: 'Parameter check failed: a null pointer was passed where none is allowed.',
    },
  },
  {
    name: 'ACLNN_ERR_PARAM_INVALID',
    code: 161002,
    meaning: {
      'zh-Hans': '参数校验失败：例如数据类型、shape 或属性取值不在支持范围内。',
      en: 'Parameter check failed: for example an unsupported dtype, shape or attribute value.',
    },
  },
  {
    name: 'ACLNN_ERR_RUNTIME_ERROR',
    code: 361001,
    meaning: {
      'zh-Hans': '接口内部调用 NPU runtime 的接口失败。',
      en: 'A call the API makes to the NPU runtime failed.',
    },
  },
  {
    name: 'ACLNN_ERR_INNER_*',
    code: 561000,
    meaning: {
      'zh-Hans': '接口内部错误（通用）。',
      en: 'Internal error inside the API (generic).',
    },
  },
  {
    name: 'ACLNN_ERR_INNER_*',
    code: 561001,
    meaning: {
      'zh-Hans': '内部错误：输出 shape 推导失败。',
      en: 'Internal error: output shape inference failed.',
    },
  },
  {
    name: 'ACLNN_ERR_INNER_TILING_ERROR',
    code: 561002,
    meaning: {
      'zh-Hans': '内部错误：tiling 失败。',
      en: 'Internal error: tiling failed.',
    },
  },
  {
    name: 'ACLNN_ERR_INNER_*',
    code: 561003,
    meaning: {
      'zh-Hans': '内部错误：找不到算子 kernel，例如未安装算子二进制包。',
      en: 'Internal error: the operator kernel was not found, for example because the operator binary package is not installed.',
    },
  },
  {
    name: 'ACLNN_ERR_INNER_*',
    code: 561101,
    meaning: {
      'zh-Hans': '内部错误：创建执行器失败。',
      en: 'Internal error: creating the executor failed.',
    },
  },
  {
    name: 'ACLNN_ERR_INNER_NULLPTR',
    code: 561103,
    meaning: {
      'zh-Hans': '内部错误：接口内部出现空指针。',
      en: 'Internal error: a null pointer occurred inside the API.',
    },
  },
  {
    name: 'ACLNN_ERR_INNER_*',
    code: 561107,
    meaning: {
      'zh-Hans': '内部错误：未设置环境变量 `ASCEND_OPP_PATH`。',
      en: 'Internal error: the environment variable `ASCEND_OPP_PATH` is not set.',
    },
  },
  {
    name: 'ACLNN_ERR_INNER_*',
    code: 561112,
    meaning: {
      'zh-Hans': '内部错误：找不到算子 kernel 包。',
      en: 'Internal error: the operator kernel package was not found.',
    },
  },
] satisfies z.input<typeof StatusCodeSchema>[];

export default statusCodes;
