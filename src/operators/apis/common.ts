/**
 * Shared building blocks for the related-API specs (`ApiSpecSchema`, schema.ts): the product names
 * the vendor docs use, and the four standard parameters of a phase-2 (execute) call. Data helpers
 * only: every row still carries its own citations.
 */
import type {ApiSpecInput, Citation, L10n, Provenance} from '../schema';

type ParameterInput = ApiSpecInput['parameters'][number];
type ProductInput = ApiSpecInput['products'][number];

/** Product ids (public anchors `#product-<id>`) and their names, as on the operator pages. */
export const ProductNames = {
  'atlas-a2': {
    'zh-Hans': 'Atlas A2 训练系列产品/Atlas A2 推理系列产品',
    en: 'Atlas A2 training series / Atlas A2 inference series',
  },
  'atlas-a3': {
    'zh-Hans': 'Atlas A3 训练系列产品/Atlas A3 推理系列产品',
    en: 'Atlas A3 training series / Atlas A3 inference series',
  },
  'ascend-950pr-950dt': {'zh-Hans': 'Ascend 950PR/Ascend 950DT', en: 'Ascend 950PR / Ascend 950DT'},
  'atlas-200i-500-a2': {'zh-Hans': 'Atlas 200I/500 A2 推理产品', en: 'Atlas 200I/500 A2 inference products'},
  'atlas-inference': {'zh-Hans': 'Atlas 推理系列产品', en: 'Atlas inference series'},
  'atlas-training': {'zh-Hans': 'Atlas 训练系列产品', en: 'Atlas training series'},
} as const satisfies Record<string, L10n>;
export type ProductId = keyof typeof ProductNames;

/** One product row with the shared name. */
export function product(
  id: ProductId,
  supported: boolean,
  sources: Citation[],
  options: {provenance?: Provenance[]; note?: L10n} = {},
): ProductInput {
  return {
    id,
    name: ProductNames[id],
    supported,
    provenance: options.provenance ?? ['doc'],
    sources,
    ...(options.note ? {note: options.note} : {}),
  };
}

/**
 * The four parameters of a phase-2 call `aclnnX(void *workspace, uint64_t workspaceSize,
 * aclOpExecutor *executor, const aclrtStream stream)`, each citing the doc row that describes it
 * (`cites`: workspace, workspaceSize, executor, stream). `streamCType` must equal the prototype's.
 */
export function executeParameters(
  firstPhase: string,
  cites: [Citation[], Citation[], Citation[], Citation[]],
  streamCType = 'const aclrtStream',
): ParameterInput[] {
  return [
    {
      name: 'workspace',
      cType: 'void *',
      direction: 'in',
      meaning: {
        'zh-Hans': '在 Device 侧申请的 workspace 内存地址。',
        en: 'The address of the workspace memory allocated on the device.',
      },
      valueType: 'void*',
      provenance: ['doc'],
      sources: cites[0],
    },
    {
      name: 'workspaceSize',
      cType: 'uint64_t',
      direction: 'in',
      meaning: {
        'zh-Hans': `在 Device 侧申请的 workspace 大小，由第一段接口 \`${firstPhase}\` 获取。`,
        en: `The size of the device workspace, as returned by the first-phase call \`${firstPhase}\`.`,
      },
      valueType: 'uint64_t',
      provenance: ['doc'],
      sources: cites[1],
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
      provenance: ['doc'],
      sources: cites[2],
    },
    {
      name: 'stream',
      cType: streamCType,
      direction: 'in',
      meaning: {
        'zh-Hans': '指定执行任务的 Stream。',
        en: 'The stream on which the task runs.',
      },
      valueType: 'aclrtStream',
      provenance: ['doc'],
      sources: cites[3],
    },
  ];
}

/** The two output parameters that end every phase-1 prototype. */
export function workspaceOutputs(sizeCites: Citation[], executorCites: Citation[]): ParameterInput[] {
  return [
    {
      name: 'workspaceSize',
      cType: 'uint64_t *',
      direction: 'out',
      meaning: {
        'zh-Hans': '返回需要在 Device 侧申请的 workspace 大小。',
        en: 'Returns the size of the workspace to allocate on the device.',
      },
      valueType: 'uint64_t*',
      provenance: ['doc'],
      sources: sizeCites,
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
      provenance: ['doc'],
      sources: executorCites,
    },
  ];
}
