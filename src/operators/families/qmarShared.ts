/**
 * Rows every member of the QuantMatmulAllReduce family states in the same words (the execute
 * call's four parameters and the six product lines). Each member passes the citations of its own
 * doc, so a row is never cited to another member's page.
 */
import type {ApiSpecInput, Citation} from '../schema';

type Param = ApiSpecInput['parameters'][number];
type Product = ApiSpecInput['products'][number];

/** The four parameters of the execute call, cited to the member's own rows (in prototype order). */
export function qmarExecuteParameters(getWorkspaceSize: string, cites: [Citation, Citation, Citation, Citation]): Param[] {
  return [
    {
      name: 'workspace',
      cType: 'void *',
      direction: 'in',
      meaning: {
        'zh-Hans': '在 Device 侧申请的 workspace 内存地址。',
        en: 'Address of the workspace memory allocated on the device.',
      },
      valueType: 'void*',
      provenance: ['doc'],
      sources: [cites[0]],
    },
    {
      name: 'workspaceSize',
      cType: 'uint64_t',
      direction: 'in',
      meaning: {
        'zh-Hans': `workspace 的大小，取第一段接口 \`${getWorkspaceSize}\` 返回的值。`,
        en: `Size of the workspace, as returned by the first phase \`${getWorkspaceSize}\`.`,
      },
      valueType: 'uint64_t',
      provenance: ['doc'],
      sources: [cites[1]],
    },
    {
      name: 'executor',
      cType: 'aclOpExecutor *',
      direction: 'in',
      meaning: {'zh-Hans': 'op 执行器，包含算子的计算流程。', en: 'The op executor, which holds the computation.'},
      valueType: 'aclOpExecutor*',
      provenance: ['doc'],
      sources: [cites[2]],
    },
    {
      name: 'stream',
      cType: 'const aclrtStream',
      direction: 'in',
      meaning: {'zh-Hans': '执行任务的 stream。', en: 'The stream that runs the task.'},
      valueType: 'aclrtStream',
      provenance: ['doc'],
      sources: [cites[3]],
    },
  ];
}

/** The product-support table, one citation per row, in the order of the upstream table. */
export function qmarProducts(
  cites: [Citation, Citation, Citation, Citation, Citation, Citation],
  supported: {a2: boolean; ascend950: boolean} = {a2: true, ascend950: true},
): Product[] {
  return [
    {
      id: 'ascend-950pr-950dt',
      name: {'zh-Hans': 'Ascend 950PR/Ascend 950DT', en: 'Ascend 950PR/Ascend 950DT'},
      supported: supported.ascend950,
      provenance: ['doc'],
      sources: [cites[0]],
    },
    {
      id: 'atlas-a3',
      name: {
        'zh-Hans': 'Atlas A3 训练系列产品/Atlas A3 推理系列产品',
        en: 'Atlas A3 training series / Atlas A3 inference series',
      },
      supported: false,
      provenance: ['doc'],
      sources: [cites[1]],
    },
    {
      id: 'atlas-a2',
      name: {
        'zh-Hans': 'Atlas A2 训练系列产品/Atlas A2 推理系列产品',
        en: 'Atlas A2 training series / Atlas A2 inference series',
      },
      supported: supported.a2,
      provenance: ['doc'],
      sources: [cites[2]],
    },
    {
      id: 'atlas-200i-500-a2',
      name: {'zh-Hans': 'Atlas 200I/500 A2 推理产品', en: 'Atlas 200I/500 A2 inference products'},
      supported: false,
      provenance: ['doc'],
      sources: [cites[3]],
    },
    {
      id: 'atlas-inference',
      name: {'zh-Hans': 'Atlas 推理系列产品', en: 'Atlas inference series'},
      supported: false,
      provenance: ['doc'],
      sources: [cites[4]],
    },
    {
      id: 'atlas-training',
      name: {'zh-Hans': 'Atlas 训练系列产品', en: 'Atlas training series'},
      supported: false,
      provenance: ['doc'],
      sources: [cites[5]],
    },
  ];
}
