/**
 * Rules of aclnnQuantMatmulAllReduceV2: one per constraint id of its spec, keyed by id.
 *
 * Shapes: `shape` is the view shape. x1 is (m, k) or (b, s, k); x2's view is (k, n) whether it is
 * transposed or FRACTAL_NZ (its stored shape goes in `storage_shape`). The open-source code
 * treats x2 as NZ when its storage format is FRACTAL_NZ and its stored shape is 4-D
 * (matmul_all_reduce_util.cpp, QuantMatmulAllReduceIsWeightNZFormat; erratum I6): `nzByCode`.
 *
 * Implementation reactions come from the spec's implementation rules and reference §5 (errata
 * I1–I9), checked against ops-transformer master (25fb6b928): the op_api
 * (mc2/matmul_all_reduce/op_api/aclnn_quant_matmul_all_reduce_v2.cpp, matmul_all_reduce_util.cpp),
 * the infer-shape function and the tiling (op_host/op_tiling/arch22/quant_matmul_all_reduce_tiling.cpp,
 * matmul_all_reduce_tiling_base.cpp and the vendored mc2/3rd/quant_batch_matmul_v3 tiling) are all
 * public, so an accepted call is decided by visible code. The exception is a strided x1: the op_api
 * does not look at its layout and what the framework behind the generated aclnnInner API does with
 * it is not public (UNDETERMINED). Everywhere else the checker assumes the code agrees with the
 * documented rule.
 */
import type {L10n, OperatorSpec} from '../../operators/schema';
import {quote} from '../callDescription';
import type {CallDescription, TensorDescription} from './types';
import {
  hasZero,
  isStrided,
  joinL10n,
  mergeParts,
  note,
  product,
  sameShape,
  shapeStr,
  t,
  tensorOf,
  violation,
  type Finding,
  type Part,
  type Reaction,
  type Rule,
} from './rule';

export const QmarId = 'aclnnQuantMatmulAllReduceV2';

/** Quantities derived once per call. Undefined when the tensors they come from are null or malformed. */
export interface QmarCtx {
  spec: OperatorSpec;
  x1: TensorDescription | null;
  x2: TensorDescription | null;
  bias: TensorDescription | null;
  x3: TensorDescription | null;
  scale: TensorDescription | null;
  pertoken: TensorDescription | null;
  output: TensorDescription | null;
  /** x1's last dim. */
  k1?: number;
  /** x1's dims except the last (x1 rank ≥ 2). */
  lead?: number[];
  /** m: the product of `lead` (b*s for a 3-D x1). */
  m?: bigint;
  /** From x2's 2-D view (k, n). */
  k2?: number;
  n?: number;
  /** x2's stored shape: storage_shape, else the view (swapped when transposed). */
  x2Stored?: number[];
  /** The code treats x2 as FRACTAL_NZ: its stored shape is 4-D. */
  nzByCode: boolean;
  /** (m, n) or (b, s, n), when x1 is 2-D/3-D and n is known. */
  expectedOut?: number[];
}

/** Derive the context of a QMAR call. */
export function qmarContext(call: CallDescription, spec: OperatorSpec): QmarCtx {
  const x1 = tensorOf(call, 'x1');
  const x2 = tensorOf(call, 'x2');
  const ctx: QmarCtx = {
    spec,
    x1,
    x2,
    bias: tensorOf(call, 'biasOptional'),
    x3: tensorOf(call, 'x3Optional'),
    scale: tensorOf(call, 'dequantScale'),
    pertoken: tensorOf(call, 'pertokenScaleOptional'),
    output: tensorOf(call, 'output'),
    nzByCode: false,
  };
  if (x1 && x1.shape.length >= 2) {
    ctx.k1 = x1.shape[x1.shape.length - 1];
    ctx.lead = x1.shape.slice(0, -1);
    ctx.m = product(ctx.lead);
  }
  if (x2) {
    if (x2.shape.length === 2) {
      [ctx.k2, ctx.n] = x2.shape;
    }
    ctx.x2Stored = x2.storage_shape ?? (x2.transposed && x2.shape.length === 2 ? [x2.shape[1], x2.shape[0]] : x2.shape);
    ctx.nzByCode = x2.format === 'FRACTAL_NZ' && ctx.x2Stored.length === 4;
  }
  if (ctx.lead && (ctx.lead.length === 1 || ctx.lead.length === 2) && ctx.n !== undefined) {
    ctx.expectedOut = [...ctx.lead, ctx.n];
  }
  return ctx;
}

// ---- reactions (reference §5) --------------------------------------------------------------------

const ParamCheckLimit = 65535;
const MMax = 2147483647n;

function pass(note: L10n): Reaction {
  return {kind: 'pass', note};
}
function tiling(note: L10n): Reaction {
  return {kind: 'reject', code: 561002, stage: 'tiling', note};
}
const same: Reaction = {kind: 'same'};

const NzSkip = pass(
  t(
    'x2 的存储格式为 FRACTAL_NZ 且存储 shape 为四维，开源代码按 NZ 处理，参数校验跳过其余 shape 检查；Tiling 只核对 biasOptional（一维、n 个元素）、dequantScale（1 个或 n 个元素）和 pertokenScaleOptional（m 个元素），因此该 shape 错误不会被第一段接口拒绝（勘误 I6）。',
    'x2 has storage format FRACTAL_NZ and a 4-D stored shape, so the open-source code treats it as NZ and its parameter check skips the remaining shape checks; tiling only verifies biasOptional (1-D, n elements), dequantScale (1 or n elements) and pertokenScaleOptional (m elements), so phase 1 does not reject this shape error (erratum I6).',
  ),
);
/** A bias that is not 1-D with an NZ x2: the tiling's bias check (1-D, n) rejects it. */
const NzBiasRankTiling: Reaction = {
  kind: 'reject',
  code: 561002,
  stage: 'tiling',
  note: t(
    'x2 为 FRACTAL_NZ（四维存储）时参数校验跳过 shape 检查，但 Tiling 要求 biasOptional 为一维、长度为 n，返回 561002。',
    'With a FRACTAL_NZ x2 (4-D storage) the parameter check skips the shape checks, but tiling requires biasOptional to be 1-D of length n and returns 561002.',
  ),
};
/** A strided x1: not checked by the op_api; the non-public framework decides (see the file comment). */
const X1LayoutHidden: Reaction = {
  kind: 'undetermined',
  stage: 'framework',
  note: t(
    '开源参数校验不检查 x1 是否转置或连续（勘误 I7），并固定以 transposeX1 = false 调用生成的 aclnnInnerMatmulAllReduceGetWorkspaceSize；该接口由框架生成（头文件 aclnnInner_matmul_all_reduce.h 不在仓库中），x1 在算子定义中没有声明 IgnoreContiguous，框架如何把非连续的 x1 交给 shape 推导和 Tiling 无法从公开代码得知',
    'The open-source parameter check does not check whether x1 is transposed or contiguous (erratum I7) and always calls the generated aclnnInnerMatmulAllReduceGetWorkspaceSize with transposeX1 = false; that API is generated by the framework (its header aclnnInner_matmul_all_reduce.h is not in the repository) and x1 is not declared IgnoreContiguous in the op definition, so how the framework hands a non-contiguous x1 to shape inference and tiling cannot be read from public code',
  ),
};
const LimitsPass = pass(
  t(
    '开源参数校验不检查该上限，超限在 Tiling 阶段被拒绝，返回 561002（勘误 I3）。',
    'The open-source parameter check does not test this limit; tiling rejects it with 561002 (erratum I3).',
  ),
);
const EmptyKPass = pass(
  t(
    'k = 0 时开源参数校验不报错，随后 Tiling 阶段返回 561002（勘误 I4）。',
    'With k = 0 the open-source parameter check passes and tiling then returns 561002 (erratum I4).',
  ),
);

// ---- helpers ---------------------------------------------------------------------------------------

function param(spec: OperatorSpec, name: string) {
  const p = spec.parameters.find((q) => q.name === name);
  if (!p) throw new Error(`${spec.id}: no parameter ${name}`);
  return p;
}

/** The x2 dim the 65535 limit applies to: k when x2 is transposed, n otherwise. */
function x2LastDim(ctx: QmarCtx): number | undefined {
  return ctx.x2?.transposed ? ctx.k2 : ctx.n;
}

function kIsZero(ctx: QmarCtx): boolean {
  return ctx.k1 === 0 || ctx.k2 === 0;
}

function count(tensor: TensorDescription): bigint {
  return product(tensor.shape);
}

// ---- rules -----------------------------------------------------------------------------------------

type QRule = Rule<QmarCtx>;

const notNull: QRule = {
  id: 'not-null',
  stage: 'null',
  documented: 'spec',
  check(call, ctx) {
    const missing = (['x1', 'x2', 'dequantScale', 'output'] as const).filter((name) => tensorOf(call, name) === null);
    if (missing.length === 0) return null;
    const list = missing.join('、');
    return violation(
      missing,
      t(
        `${list} 为空指针；x1、x2、dequantScale 和 output 必须传入。`,
        `${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is a'} null pointer${missing.length > 1 ? 's' : ''}; x1, x2, dequantScale and output must be given.`,
      ),
      same,
    );
  },
};

const dtypeFormat: QRule = {
  id: 'dtype-format',
  stage: 'dtype',
  documented: 'spec',
  check(call, ctx) {
    const parts: Part[] = [];
    for (const name of ['x1', 'x2', 'biasOptional', 'x3Optional', 'dequantScale', 'pertokenScaleOptional', 'output']) {
      const tensor = tensorOf(call, name);
      if (!tensor) continue;
      const p = param(ctx.spec, name);
      if (!p.dtypes.includes(tensor.dtype)) {
        const list = p.dtypes.join(', ');
        parts.push({
          param: name,
          message: t(
            `${name} 的数据类型为 ${tensor.dtype}，不在支持范围内（支持 ${list}）；请改为 ${p.dtypes.join(' 或 ')}`,
            `${name} has dtype ${tensor.dtype}, which is not supported (supported: ${list}); use ${p.dtypes.join(' or ')}`,
          ),
          reaction: same,
        });
      }
      if (!p.formats.includes(tensor.format)) {
        parts.push({
          param: name,
          message: t(
            `${name} 的数据格式为 ${tensor.format}，不在支持范围内（支持 ${p.formats.join(', ')}）；请改为 ND`,
            `${name} has format ${tensor.format}, which is not supported (supported: ${p.formats.join(', ')}); use ND`,
          ),
          reaction: same,
        });
      }
    }
    return mergeParts(parts);
  },
};

const fp16Dequant: QRule = {
  id: 'fp16-dequant',
  stage: 'dtype',
  documented: 'spec',
  check(_call, {output, scale, pertoken}) {
    if (!output || !scale || output.dtype !== 'FLOAT16') return null;
    if (!pertoken && scale.dtype !== 'INT64' && scale.dtype !== 'UINT64') {
      const msg = t(
        `output 为 FLOAT16 且未传入 pertokenScaleOptional 时，dequantScale 须为 INT64 或 UINT64，当前为 ${scale.dtype}；请先用 aclnnTransQuantParamV2（或本站的 dequantScale 编码工具）把 FLOAT32 系数编码为 UINT64 再传入`,
        `With a FLOAT16 output and no pertokenScaleOptional, dequantScale must be INT64 or UINT64, but it is ${scale.dtype}; encode the FLOAT32 scales to UINT64 first with aclnnTransQuantParamV2 (or this site's dequantScale encoder)`,
      );
      const reaction =
        scale.dtype === 'FLOAT32'
          ? pass(
              t(
                '开源参数校验在此也接受 FLOAT32 的 dequantScale，该组合随后在 Tiling 阶段被拒绝，返回 561002（勘误 E4、I1）。',
                'The open-source parameter check also accepts a FLOAT32 dequantScale here; tiling then rejects the combination with 561002 (errata E4, I1).',
              ),
            )
          : same;
      return violation(['output', 'dequantScale', 'pertokenScaleOptional'], msg, reaction);
    }
    if (pertoken && scale.dtype !== 'FLOAT32') {
      return violation(
        ['output', 'dequantScale', 'pertokenScaleOptional'],
        t(
          `output 为 FLOAT16 且传入了 pertokenScaleOptional 时，dequantScale 须为 FLOAT32，当前为 ${scale.dtype}；请直接传入 FLOAT32 系数（无需编码）`,
          `With a FLOAT16 output and a pertokenScaleOptional, dequantScale must be FLOAT32, but it is ${scale.dtype}; pass the FLOAT32 scales as they are (no encoding)`,
        ),
        same,
      );
    }
    return null;
  },
};

const bf16Dequant: QRule = {
  id: 'bf16-dequant',
  stage: 'dtype',
  documented: 'spec',
  check(_call, {output, scale}) {
    if (!output || !scale || output.dtype !== 'BFLOAT16' || scale.dtype === 'BFLOAT16') return null;
    return violation(
      ['output', 'dequantScale'],
      t(
        `output 为 BFLOAT16 时，dequantScale 须为 BFLOAT16，当前为 ${scale.dtype}；请直接传入 BFLOAT16 的 dequantScale`,
        `With a BFLOAT16 output, dequantScale must be BFLOAT16, but it is ${scale.dtype}; pass a BFLOAT16 dequantScale as is`,
      ),
      same,
    );
  },
};

const x3DtypeMatch: QRule = {
  id: 'x3-dtype-match',
  stage: 'dtype',
  documented: null,
  check(_call, {x3, output}) {
    if (!x3 || !output || x3.dtype === output.dtype) return null;
    return violation(
      ['x3Optional', 'output'],
      t(
        `x3Optional 的数据类型 ${x3.dtype} 与 output 的 ${output.dtype} 不同；开源参数校验要求二者相同，请把 x3Optional 改为 ${output.dtype}`,
        `x3Optional has dtype ${x3.dtype} but output is ${output.dtype}; the open-source parameter check requires them to match, so make x3Optional ${output.dtype}`,
      ),
      {
        kind: 'reject',
        code: 161002,
        stage: 'parameter check',
        note: t(
          '文档只列出 x3Optional 可用的数据类型，没有要求与 output 一致；开源参数校验要求二者相同，不同时返回 161002（勘误 I5）。',
          'The docs only list the dtypes of x3Optional and do not require it to match output; the open-source parameter check does, and returns 161002 when they differ (erratum I5).',
        ),
      },
    );
  },
};

const fp16PertokenScaleDtype: QRule = {
  id: 'fp16-pertoken-scale-dtype',
  stage: 'dtype',
  documented: null,
  check(_call, {output, scale, pertoken}) {
    if (!output || !scale || !pertoken || output.dtype !== 'FLOAT16' || scale.dtype === pertoken.dtype) return null;
    return violation(
      ['output', 'dequantScale', 'pertokenScaleOptional'],
      t(
        `output 为 FLOAT16 且传入 pertokenScaleOptional（${pertoken.dtype}）时，开源参数校验要求 dequantScale 与其数据类型相同，当前 dequantScale 为 ${scale.dtype}；请把二者都设为 FLOAT32`,
        `With a FLOAT16 output and a pertokenScaleOptional (${pertoken.dtype}), the open-source parameter check requires dequantScale to have the same dtype, but it is ${scale.dtype}; make both FLOAT32`,
      ),
    );
  },
};

const bf16Pair: QRule = {
  id: 'bf16-pair',
  stage: 'dtype',
  documented: null,
  check(_call, {output, scale}) {
    if (!output || !scale) return null;
    const outBf = output.dtype === 'BFLOAT16';
    const scaleBf = scale.dtype === 'BFLOAT16';
    if (outBf === scaleBf) return null;
    return violation(
      ['output', 'dequantScale'],
      t(
        `output 为 ${output.dtype}、dequantScale 为 ${scale.dtype}：开源参数校验要求二者只要有一个为 BFLOAT16 就都须为 BFLOAT16；请同时使用 BFLOAT16，或都不使用`,
        `output is ${output.dtype} and dequantScale is ${scale.dtype}: the open-source parameter check requires both to be BFLOAT16 as soon as one is; make both BFLOAT16 or neither`,
      ),
    );
  },
};

const fp16Fp32ScaleInTiling: QRule = {
  id: 'fp16-fp32-scale-in-tiling',
  stage: 'dtype',
  documented: null,
  check(_call, {output, scale, pertoken}) {
    if (!output || !scale || pertoken || output.dtype !== 'FLOAT16' || scale.dtype !== 'FLOAT32') return null;
    return violation(
      ['output', 'dequantScale', 'pertokenScaleOptional'],
      t(
        'output 为 FLOAT16、未传入 pertokenScaleOptional 且 dequantScale 为 FLOAT32：开源参数校验放过该组合，Tiling 阶段拒绝并返回 561002；请把 dequantScale 编码为 UINT64，或传入 pertokenScaleOptional',
        'FLOAT16 output, no pertokenScaleOptional and a FLOAT32 dequantScale: the open-source parameter check lets this through and tiling rejects it with 561002; encode dequantScale as UINT64, or pass a pertokenScaleOptional',
      ),
      tiling(
        t(
          '开源参数校验接受该组合，Tiling 阶段拒绝，第一段接口返回 ACLNN_ERR_INNER_TILING_ERROR（561002），而不是文档对应的 161002（勘误 I1、E4）。',
          'The open-source parameter check accepts this combination and tiling rejects it, so phase 1 returns ACLNN_ERR_INNER_TILING_ERROR (561002) instead of the documented 161002 (errata I1, E4).',
        ),
      ),
    );
  },
};

const reduceOpValue: QRule = {
  id: 'reduce-op-value',
  stage: 'attr',
  documented: 'spec',
  check(call) {
    const value = call.attrs.reduceOp;
    if (value === 'sum') return null;
    const shown = typeof value === 'string' ? quote(value) : String(value);
    const caseHint =
      typeof value === 'string' && value.trim().toLowerCase() === 'sum'
        ? t('（比较区分大小写，且不忽略空白）', ' (the comparison is case-sensitive and does not ignore spaces)')
        : t('', '');
    return violation(
      ['reduceOp'],
      t(
        `reduceOp = ${shown}，仅支持 "sum"${caseHint['zh-Hans']}；请传入小写的 "sum"`,
        `reduceOp = ${shown}, but only "sum" is supported${caseHint.en}; pass "sum" in lower case`,
      ),
      same,
    );
  },
};

const streamModeValue: QRule = {
  id: 'stream-mode-value',
  stage: 'attr',
  documented: 'spec',
  check(call) {
    const value = call.attrs.streamMode;
    if (value === 1) return null;
    return violation(
      ['streamMode'],
      t(
        `streamMode = ${String(value)}，仅支持 1；请传入 1`,
        `streamMode = ${String(value)}, but only 1 is supported; pass 1`,
      ),
      same,
    );
  },
};

const commTurnValue: QRule = {
  id: 'comm-turn-value',
  stage: 'attr',
  // Inferred: the documented parameter rule allows only 0; a parameter value outside the
  // supported range is ACLNN_ERR_PARAM_INVALID (161002) by the common status table. The spec's
  // status 561002 is what the code returns (tiling), carried by the reaction below.
  documented: 161002,
  check(call) {
    const value = call.attrs.commTurn;
    if (value === 0) return null;
    return violation(
      ['commTurn'],
      t(
        `commTurn = ${String(value)}，仅支持 0；请传入 0`,
        `commTurn = ${String(value)}, but only 0 is supported; pass 0`,
      ),
      tiling(
        t(
          '开源参数校验不检查 commTurn，非 0 取值在 Tiling 阶段被拒绝，返回 561002（勘误 I2）。',
          'The open-source parameter check ignores commTurn; tiling rejects a non-zero value with 561002 (erratum I2).',
        ),
      ),
    );
  },
};

const x1Rank: QRule = {
  id: 'x1-rank',
  stage: 'shape',
  documented: 'spec',
  check(_call, ctx) {
    const {x1} = ctx;
    if (!x1) return null;
    const parts: Part[] = [];
    const s = shapeStr(x1.shape);
    if (x1.shape.length !== 2 && x1.shape.length !== 3) {
      parts.push({
        param: 'x1',
        message: t(
          `x1 的 shape 为 ${s}（${x1.shape.length} 维），须为二维 (m, k) 或三维 (b, s, k)`,
          `x1 has shape ${s} (${x1.shape.length}-D); it must be 2-D (m, k) or 3-D (b, s, k)`,
        ),
        reaction: same,
      });
    }
    if (hasZero(x1.shape)) {
      const kOnly = ctx.k1 === 0 && !hasZero(ctx.lead ?? []);
      parts.push({
        param: 'x1',
        message: t(
          `x1 的 shape ${s} 含 0，不支持空Tensor；请使各维都大于 0`,
          `x1 has shape ${s} with a zero dim; empty tensors are not supported, make every dim > 0`,
        ),
        reaction: kOnly ? EmptyKPass : same,
      });
    }
    if (isStrided(x1)) {
      parts.push({
        param: 'x1',
        message: t(
          'x1 为转置视图或非连续Tensor，不受支持；请传入连续、未转置的 x1',
          'x1 is a transposed view or a non-contiguous tensor, which is not supported; pass a contiguous, untransposed x1',
        ),
        reaction: X1LayoutHidden,
      });
    }
    return mergeParts(parts);
  },
};

const x2Rank: QRule = {
  id: 'x2-rank',
  stage: 'shape',
  documented: 'spec',
  check(_call, ctx) {
    const {x2} = ctx;
    if (!x2) return null;
    const parts: Part[] = [];
    const s = shapeStr(x2.shape);
    if (x2.shape.length !== 2) {
      parts.push({
        param: 'x2',
        message: t(
          `x2 的 shape（视图）为 ${s}（${x2.shape.length} 维），须为二维 (k, n)；FRACTAL_NZ 的四维存储 shape 请写在 storage_shape 中`,
          `x2 has (view) shape ${s} (${x2.shape.length}-D); it must be 2-D (k, n); put the 4-D stored shape of a FRACTAL_NZ weight in storage_shape`,
        ),
        reaction: same,
      });
    }
    if (x2.format === 'FRACTAL_NZ' && x2.storage_shape?.length !== 4) {
      const got = x2.storage_shape ? shapeStr(x2.storage_shape) : null;
      parts.push({
        param: 'x2',
        message: t(
          `x2 为 FRACTAL_NZ 格式，但${got ? ` storage_shape ${got} 不是四维` : '未给出四维的 storage_shape'}；FRACTAL_NZ 当前只支持四维存储，请在 storage_shape 中给出转换后的四维存储 shape`,
          `x2 is FRACTAL_NZ but ${got ? `its storage_shape ${got} is not 4-D` : 'no 4-D storage_shape is given'}; FRACTAL_NZ only supports 4-D storage in this version, give the 4-D stored shape after conversion in storage_shape`,
        ),
        reaction: same,
      });
    }
    if (x2.format === 'ND' && x2.storage_shape && x2.storage_shape.length !== 2) {
      parts.push({
        param: 'x2',
        message: t(
          `x2 为 ND 格式，但 storage_shape ${shapeStr(x2.storage_shape)} 不是二维；ND 格式的 x2 当前只支持二维`,
          `x2 is ND but its storage_shape ${shapeStr(x2.storage_shape)} is not 2-D; an ND x2 must be 2-D in this version`,
        ),
        reaction: same,
      });
    }
    if (hasZero(x2.shape)) {
      parts.push({
        param: 'x2',
        message: t(
          `x2 的 shape ${s} 含 0，不支持空Tensor；请使各维都大于 0`,
          `x2 has shape ${s} with a zero dim; empty tensors are not supported, make every dim > 0`,
        ),
        reaction: ctx.k2 === 0 && ctx.n !== 0 ? EmptyKPass : same,
      });
    }
    if (ctx.k1 !== undefined && ctx.k2 !== undefined && ctx.k1 !== ctx.k2) {
      parts.push({
        param: 'x1',
        message: t(
          `x1 的 k = ${ctx.k1}（最后一维）与 x2 的 k = ${ctx.k2}（逻辑 shape (k, n) 的第一维）不相等；请使二者相等`,
          `x1 has k = ${ctx.k1} (its last dim) but x2 has k = ${ctx.k2} (the first dim of its logical shape (k, n)); make them equal`,
        ),
        reaction: ctx.nzByCode ? NzSkip : same,
      });
    }
    return mergeParts(parts);
  },
};

const empty: QRule = {
  id: 'empty',
  stage: 'shape',
  documented: 'spec',
  check(_call, ctx) {
    const names: string[] = [];
    if (ctx.x1 && hasZero(ctx.x1.shape)) names.push('x1');
    if (ctx.x2 && (hasZero(ctx.x2.shape) || hasZero(ctx.x2Stored ?? []))) names.push('x2');
    if (ctx.output && hasZero(ctx.output.shape)) names.push('output');
    if (names.length === 0) return null;
    const shapes = names.map(
      (n) => `${n} ${shapeStr((n === 'x1' ? ctx.x1 : n === 'x2' ? ctx.x2 : ctx.output)!.shape)}`,
    );
    const reaction = names.includes('output') ? same : kIsZero(ctx) ? EmptyKPass : same;
    return violation(
      names,
      t(
        `不支持空Tensor：${shapes.join('、')} 含为 0 的维度；请使各维都大于 0`,
        `Empty tensors are not supported: ${shapes.join(', ')} ${names.length > 1 ? 'have' : 'has'} a zero dim; make every dim > 0`,
      ),
      reaction,
    );
  },
};

const outputNotEmpty: QRule = {
  id: 'output-not-empty',
  stage: 'shape',
  documented: null,
  check(_call, {output}) {
    if (!output || !hasZero(output.shape)) return null;
    return violation(
      ['output'],
      t(
        `output 的 shape ${shapeStr(output.shape)} 含 0；开源参数校验拒绝空的 output，返回 161002（该检查自 ops-transformer 提交 6b31281b8（2026-01-28）起存在）`,
        `output has shape ${shapeStr(output.shape)} with a zero dim; the open-source parameter check rejects an empty output with 161002 (a check present since ops-transformer commit 6b31281b8, 2026-01-28)`,
      ),
    );
  },
};

const emptyKInTiling: QRule = {
  id: 'empty-k-in-tiling',
  stage: 'shape',
  documented: null,
  check(_call, ctx) {
    if (!ctx.x1 || !ctx.x2 || !kIsZero(ctx)) return null;
    return violation(
      ['x1', 'x2'],
      t(
        'k = 0：开源参数校验放过沿 k 轴为空的输入，Tiling 阶段拒绝并返回 561002；请使 k > 0',
        'k = 0: the open-source parameter check lets inputs that are empty along k through, and tiling rejects them with 561002; make k > 0',
      ),
      tiling(
        t(
          'k = 0 时开源参数校验通过，Tiling 阶段返回 561002（勘误 I4）；只有 output 含 0 维时参数校验才返回 161002。',
          'With k = 0 the open-source parameter check passes and tiling returns 561002 (erratum I4); only an output with a zero dim is rejected by the parameter check (161002).',
        ),
      ),
    );
  },
};

const mMax: QRule = {
  id: 'm-max',
  stage: 'shape',
  documented: 'spec',
  check(_call, ctx) {
    if (ctx.m === undefined || ctx.m <= MMax) return null;
    return violation(
      ['x1'],
      t(
        `m = ${ctx.m}（x1 除最后一维外各维的乘积）超过 2147483647；请减小 m，例如把 x1 按行拆分到多次调用`,
        `m = ${ctx.m} (the product of x1's dims except the last) exceeds 2147483647; reduce m, e.g. split the rows of x1 over several calls`,
      ),
      LimitsPass,
    );
  },
};

function lastDimParts(ctx: QmarCtx, reaction: Reaction): Part[] {
  const parts: Part[] = [];
  if (ctx.k1 !== undefined && ctx.k1 > ParamCheckLimit) {
    parts.push({
      param: 'x1',
      message: t(
        `x1 的最后一维 k = ${ctx.k1} 超过 65535；请减小 k（例如沿 k 拆分后累加）`,
        `The last dim of x1, k = ${ctx.k1}, exceeds 65535; reduce k (e.g. split along k and accumulate)`,
      ),
      reaction,
    });
  }
  const last = x2LastDim(ctx);
  if (last !== undefined && last > ParamCheckLimit) {
    const transposed = ctx.x2?.transposed === true;
    parts.push({
      param: 'x2',
      message: transposed
        ? t(
            `x2 为转置视图，其最后一维 k = ${last} 超过 65535；请减小 k`,
            `x2 is a transposed view and its last dim k = ${last} exceeds 65535; reduce k`,
          )
        : t(
            `x2 的最后一维 n = ${last} 超过 65535；请减小 n，或以转置视图传入 x2（此时最后一维为 k）`,
            `The last dim of x2, n = ${last}, exceeds 65535; reduce n, or pass x2 as a transposed view (its last dim is then k)`,
          ),
      reaction,
    });
  }
  return parts;
}

const lastDimMax: QRule = {
  id: 'last-dim-max',
  stage: 'shape',
  documented: 'spec',
  check(_call, ctx) {
    return mergeParts(lastDimParts(ctx, LimitsPass));
  },
};

const limitsInTiling: QRule = {
  id: 'limits-in-tiling',
  stage: 'shape',
  documented: null,
  check(_call, ctx) {
    const over: string[] = [];
    const params: string[] = [];
    if (ctx.k1 !== undefined && ctx.k1 > ParamCheckLimit) {
      over.push(`k = ${ctx.k1} > 65535`);
      params.push('x1');
    }
    const last = x2LastDim(ctx);
    if (last !== undefined && last > ParamCheckLimit) {
      over.push(`${ctx.x2?.transposed ? 'k' : 'n'} = ${last} > 65535 (x2)`);
      params.push('x2');
    }
    if (ctx.m !== undefined && ctx.m > MMax) {
      over.push(`m = ${ctx.m} > 2147483647`);
      if (!params.includes('x1')) params.push('x1');
    }
    if (over.length === 0) return null;
    return violation(
      params,
      t(
        `开源参数校验不检查这些上限，由 Tiling 阶段拒绝并返回 561002：${over.join('，')}`,
        `The open-source parameter check does not test these limits; tiling rejects them with 561002: ${over.join(', ')}`,
      ),
      tiling(
        t(
          'k、x2 最后一维不超过 65535 与 m 不超过 2147483647 这几项上限只在 Tiling 阶段检查，超限时第一段接口返回 ACLNN_ERR_INNER_TILING_ERROR（561002），而不是文档对应的 161002（勘误 I3）。',
          'The limits k ≤ 65535, last dim of x2 ≤ 65535 and m ≤ 2147483647 are only enforced in tiling, so phase 1 returns ACLNN_ERR_INNER_TILING_ERROR (561002) instead of the documented 161002 (erratum I3).',
        ),
      ),
    );
  },
};

const outputShape: QRule = {
  id: 'output-shape',
  stage: 'shape',
  documented: 'spec',
  check(_call, ctx) {
    const {output, expectedOut, x1, x2} = ctx;
    if (!output || !expectedOut || !x1 || !x2 || sameShape(output.shape, expectedOut)) return null;
    return violation(
      ['output', 'x1'],
      t(
        `output 的 shape 为 ${shapeStr(output.shape)}，按 x1 ${shapeStr(x1.shape)} 与 x2 ${shapeStr(x2.shape)} 应为 ${shapeStr(expectedOut)}`,
        `output has shape ${shapeStr(output.shape)}; for x1 ${shapeStr(x1.shape)} and x2 ${shapeStr(x2.shape)} it must be ${shapeStr(expectedOut)}`,
      ),
      ctx.nzByCode ? NzSkip : same,
    );
  },
};

const x3Shape: QRule = {
  id: 'x3-shape',
  stage: 'shape',
  documented: 'spec',
  check(_call, ctx) {
    const {x3} = ctx;
    const reference = ctx.output?.shape ?? ctx.expectedOut;
    if (!x3 || !reference || sameShape(x3.shape, reference)) return null;
    return violation(
      ['x3Optional', 'output'],
      t(
        `x3Optional 的 shape ${shapeStr(x3.shape)} 与 output 的 shape ${shapeStr(reference)} 不同；请使二者相同`,
        `x3Optional has shape ${shapeStr(x3.shape)} but output is ${shapeStr(reference)}; make them the same`,
      ),
      ctx.nzByCode ? NzSkip : same,
    );
  },
};

const biasShape: QRule = {
  id: 'bias-shape',
  stage: 'shape',
  documented: 'spec',
  check(_call, ctx) {
    const {bias, n} = ctx;
    if (!bias || n === undefined || sameShape(bias.shape, [n])) return null;
    return violation(
      ['biasOptional'],
      t(
        `biasOptional 的 shape 为 ${shapeStr(bias.shape)}，须为一维 (n) = (${n})`,
        `biasOptional has shape ${shapeStr(bias.shape)}; it must be 1-D (n) = (${n})`,
      ),
      ctx.nzByCode ? (bias.shape.length !== 1 ? NzBiasRankTiling : NzSkip) : same,
    );
  },
};

const dequantScaleShape: QRule = {
  id: 'dequant-scale-shape',
  stage: 'shape',
  // The documented dequantScale rule ((1), (n) or (1, n)) has no documented-group constraint of its
  // own; this implementation rule states the same shapes, and the error table files shape errors under 161002.
  documented: 'spec',
  check(_call, ctx) {
    const {scale, n} = ctx;
    if (!scale || n === undefined) return null;
    const s = scale.shape;
    if (sameShape(s, [1]) || sameShape(s, [n]) || sameShape(s, [1, n])) return null;
    return violation(
      ['dequantScale', 'x2'],
      t(
        `dequantScale 的 shape 为 ${shapeStr(s)}，只能是 (1)（pertensor）、(n) = (${n}) 或 (1, n) = (1, ${n})（perchannel）`,
        `dequantScale has shape ${shapeStr(s)}; it must be (1) (pertensor), (n) = (${n}) or (1, n) = (1, ${n}) (perchannel)`,
      ),
      ctx.nzByCode ? NzSkip : same,
    );
  },
};

function pertokenOk(pertoken: TensorDescription, m: bigint): boolean {
  return pertoken.shape.length === 1 && BigInt(pertoken.shape[0]) === m;
}

const pertokenShape: QRule = {
  id: 'pertoken-shape',
  stage: 'shape',
  documented: 'spec',
  check(_call, ctx) {
    const {pertoken, m, lead} = ctx;
    if (!pertoken || m === undefined || !lead || lead.length > 2 || pertokenOk(pertoken, m)) return null;
    const expected = lead.length === 2 ? `(b*s) = (${m})` : `(m) = (${m})`;
    return violation(
      ['pertokenScaleOptional', 'x1'],
      t(
        `pertokenScaleOptional 的 shape 为 ${shapeStr(pertoken.shape)}，按 x1 ${shapeStr(ctx.x1!.shape)} 应为 ${expected}`,
        `pertokenScaleOptional has shape ${shapeStr(pertoken.shape)}; for x1 ${shapeStr(ctx.x1!.shape)} it must be ${expected}`,
      ),
      ctx.nzByCode ? NzSkip : same,
    );
  },
};

const pertokenRank: QRule = {
  id: 'pertoken-rank',
  stage: 'shape',
  documented: null,
  check(_call, ctx) {
    // The parameter check skips its shape checks for an NZ x2 (I6): this code rule does not run then.
    const {pertoken, m} = ctx;
    if (ctx.nzByCode || !pertoken || m === undefined || pertokenOk(pertoken, m)) return null;
    return violation(
      ['pertokenScaleOptional', 'x1'],
      t(
        `开源参数校验要求 pertokenScaleOptional 为一维、长度为 ${m}（x1 除最后一维外各维的乘积），当前 shape 为 ${shapeStr(pertoken.shape)}`,
        `The open-source parameter check requires pertokenScaleOptional to be 1-D of length ${m} (the product of x1's dims except the last); its shape is ${shapeStr(pertoken.shape)}`,
      ),
    );
  },
};

const nzShapeChecksSkipped: QRule = {
  id: 'nz-shape-checks-skipped',
  stage: 'shape',
  documented: null,
  check(_call, ctx) {
    if (!ctx.nzByCode) return null;
    const problems: L10n[] = [];
    const params = ['x2'];
    const {n, bias, scale, pertoken, m} = ctx;
    if (n !== undefined && bias && count(bias) !== BigInt(n)) {
      params.push('biasOptional');
      problems.push(
        t(
          `biasOptional 有 ${count(bias)} 个元素，应为 n = ${n}`,
          `biasOptional has ${count(bias)} elements, not n = ${n}`,
        ),
      );
    }
    if (n !== undefined && scale && count(scale) !== 1n && count(scale) !== BigInt(n)) {
      params.push('dequantScale');
      problems.push(
        t(
          `dequantScale 有 ${count(scale)} 个元素，应为 1 或 n = ${n}`,
          `dequantScale has ${count(scale)} elements, not 1 or n = ${n}`,
        ),
      );
    }
    if (m !== undefined && pertoken && count(pertoken) !== m) {
      params.push('pertokenScaleOptional');
      problems.push(
        t(
          `pertokenScaleOptional 有 ${count(pertoken)} 个元素，应为 ${m}`,
          `pertokenScaleOptional has ${count(pertoken)} elements, not ${m}`,
        ),
      );
    }
    const intro = t(
      `x2 的存储 shape ${shapeStr(ctx.x2Stored!)} 为四维，开源代码按 FRACTAL_NZ 处理，参数校验跳过其余 shape 检查，Tiling 只核对元素个数`,
      `x2 has the 4-D stored shape ${shapeStr(ctx.x2Stored!)}, so the open-source code treats it as FRACTAL_NZ: the parameter check skips the remaining shape checks and tiling only verifies element counts`,
    );
    if (problems.length === 0) {
      return note(['x2'], joinL10n([intro, t('当前各元素个数符合要求', 'the element counts of this call match')]));
    }
    return violation(
      params,
      joinL10n([intro, ...problems, t('Tiling 阶段会返回 561002', 'tiling returns 561002')]),
      tiling(
        t(
          'x2 为 FRACTAL_NZ（四维存储）时参数校验跳过 shape 检查，Tiling 发现元素个数不符，返回 561002（勘误 I6）。',
          'With a FRACTAL_NZ x2 (4-D storage) the parameter check skips the shape checks and tiling finds the element count mismatch, returning 561002 (erratum I6).',
        ),
      ),
    );
  },
};

/**
 * The code skips its x2 contiguity check for empty matmuls: matmul_all_reduce_util.cpp:61-79 lets
 * the call through when x1's dim at index (x2's rank − 1) or either dim of x2's view is 0 (with a
 * 2-D x1 that dim is k; with a 3-D x1 it is s, so m = b·s is 0). Together: m, k or n is 0.
 */
function emptyMatmul(ctx: QmarCtx): boolean {
  return ctx.m === 0n || kIsZero(ctx) || ctx.n === 0;
}

const ContiguityCheck = t(
  '自 ops-transformer 提交 eb57bb071（2026-04-03）起，A2 上的开源参数校验对既非连续、也不是最后两维转置的 x2 返回 ACLNN_ERR_PARAM_INVALID（161002）；m、k 或 n 为 0 时跳过该检查。',
  'Since ops-transformer commit eb57bb071 (2026-04-03), the open-source parameter check on A2 returns ACLNN_ERR_PARAM_INVALID (161002) for an x2 that is neither contiguous nor a transpose of the last two axes; it skips this check when m, k or n is 0.',
);

const x2TransposeOnly: QRule = {
  id: 'x2-transpose-only',
  stage: 'shape',
  documented: 'spec',
  check(_call, ctx) {
    const {x2, n, k2} = ctx;
    if (!x2 || emptyMatmul(ctx)) return null;
    if (x2.contiguous === false && x2.transposed !== true) {
      return violation(
        ['x2'],
        t(
          'x2 为非连续Tensor，但不是对最后两维转置得到的视图；请传入连续 Tensor，或仅交换最后两维的转置视图',
          'x2 is non-contiguous but not a view that transposes the last two axes; pass a contiguous tensor or a pure transpose of the last two axes',
        ),
        {kind: 'reject', code: 161002, stage: 'parameter check', note: ContiguityCheck},
      );
    }
    if (x2.transposed && x2.format === 'ND' && x2.storage_shape && n !== undefined && k2 !== undefined) {
      if (!sameShape(x2.storage_shape, [n, k2])) {
        return violation(
          ['x2'],
          t(
            `x2 标记为转置视图，但 storage_shape ${shapeStr(x2.storage_shape)} 不是视图 shape ${shapeStr(x2.shape)} 交换最后两维后的 ${shapeStr([n, k2])}；只支持最后两维的转置`,
            `x2 is marked as a transposed view but its storage_shape ${shapeStr(x2.storage_shape)} is not its view shape ${shapeStr(x2.shape)} with the last two axes swapped, ${shapeStr([n, k2])}; only a transpose of the last two axes is supported`,
          ),
          {kind: 'reject', code: 161002, stage: 'parameter check', note: ContiguityCheck},
        );
      }
    }
    return null;
  },
};

/** An 'info' rule: never fails a call by itself; it adds the spec's statement as a note. */
function infoRule(
  id: string,
  params: (call: CallDescription) => string[],
  extra?: (call: CallDescription) => L10n | null,
): QRule {
  return {
    id,
    stage: 'info',
    documented: null,
    check(call, ctx) {
      const c = ctx.spec.constraints.find((x) => x.id === id)!;
      const parts = [c.statement];
      if (c.note) parts.push(c.note);
      const e = extra?.(call);
      if (e) parts.push(e);
      return note(params(call), joinL10n(parts));
    },
  };
}

// Why these never fail a call: they concern the deployment (determinism switch, decode/prefill
// scenario, networking and rank count, one communication domain per model), none of which a call
// description carries; the phase-1 check cannot see them either. They are reported as notes.
const determinism = infoRule('determinism', () => []);
const mc2Scenario = infoRule('mc2-scenario', () => []);
const topology = infoRule('topology', () => []);
const singleDomain = infoRule(
  'single-domain',
  () => ['group'],
  (call) =>
    typeof call.attrs.group === 'string'
      ? t(`本次调用的 group = ${quote(call.attrs.group)}`, `This call uses group = ${quote(call.attrs.group)}`)
      : null,
);

/** Every QMAR rule, keyed by constraint id, in evaluation order (stage order, then the order below). */
export const qmarRules: Record<string, Rule<QmarCtx>> = Object.fromEntries(
  [
    notNull,
    dtypeFormat,
    fp16Dequant,
    bf16Dequant,
    x3DtypeMatch,
    fp16PertokenScaleDtype,
    bf16Pair,
    fp16Fp32ScaleInTiling,
    reduceOpValue,
    streamModeValue,
    commTurnValue,
    x1Rank,
    x2Rank,
    empty,
    outputNotEmpty,
    emptyKInTiling,
    mMax,
    lastDimMax,
    limitsInTiling,
    outputShape,
    x3Shape,
    biasShape,
    dequantScaleShape,
    pertokenShape,
    pertokenRank,
    nzShapeChecksSkipped,
    // Last of the shape stage: the code checks x2's contiguity after the shapes (reference §5).
    x2TransposeOnly,
    determinism,
    mc2Scenario,
    topology,
    singleDomain,
  ].map((rule) => [rule.id, rule]),
);

/** QMAR's inferred output: (m, n) or (b, s, n), dtype of `output`. */
export function qmarOutput(ctx: QmarCtx): {shape: number[]; dtype: string} | undefined {
  if (!ctx.expectedOut || !ctx.output) return undefined;
  return {shape: ctx.expectedOut, dtype: ctx.output.dtype};
}

export type {Finding};
