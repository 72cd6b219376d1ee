/**
 * Rules of aclnnWeightQuantBatchMatmul: one per constraint id of its spec, keyed by id.
 *
 * Shapes are the view shapes the API receives (`aclTensor` view shapes, not storage shapes);
 * `transposeX1` / `transposeX2` say how to read them: m = the last dim of x1's view shape when
 * transposeX1, else its second-to-last; k and n likewise for x2. m selects the path the code
 * takes: m ≤ 64 the fixpipe path (diagonalMatrix, deqOffset, deqScale), m > 64 the single-op path
 * (antiquantScale/Offset, addOffset, mulScale). The docs' error table requires the fixpipe inputs
 * only for m < 64, so the documented verdict uses m < 64 and m = 64 is a conflict (erratum E5).
 *
 * Visible code: the op_api (aclnn_weight_quant_batch_matmul.cpp) and the l0 wrapper
 * weightQuantBatchmatmul.cpp of ops-nn. A call that passes the op_api's CheckParam is handed to
 * l0 ops whose source is not public (WeightQuantBatchmatmul's shape inference and kernel; Cast,
 * Add, Mul, Muls, Fill are only stubs in ops-nn), so its implementation verdict is UNDETERMINED.
 *
 * The spec's documented constraints for this operator carry no status code except `not-null`
 * (161001) and `dtype-format` (161002): the vendor error table only has those two rows. The other
 * documented rules are given 161002 here (or 161001 for the null-pointer rule), inferred from the
 * common status table (a parameter-check failure other than a null pointer is ACLNN_ERR_PARAM_INVALID).
 * Implementation reactions come from the spec's implementation rules and reference §5 (I10–I18).
 */
import type {L10n, OperatorSpec} from '../../operators/schema';
import type {CallDescription, TensorDescription} from './types';
import {
  broadcastable,
  hasZero,
  isStrided,
  joinL10n,
  mergeParts,
  note,
  sameShape,
  shapeStr,
  t,
  tensorOf,
  violation,
  type Part,
  type Reaction,
  type Rule,
} from './rule';

export const WqbmmId = 'aclnnWeightQuantBatchMatmul';

/** The matmul maximum of dims the code accepts for x1 and x2 (reference §5, I16). */
const MaxDims = 8;
/** m ≤ 64 takes the fixpipe path (the code's split, op_api SelectFixPipe). */
const FixpipeMaxM = 64;
/** The documented error table requires the fixpipe inputs when m < 64 (erratum E5). */
const DocFixpipeBelowM = 64;
const E5Anchor = '/errata#erratum-e5-m-equals-64';

const FixpipeTensors = ['diagonalMatrix', 'deqOffset', 'deqScale'] as const;
const SingleOpTensors = ['addOffset', 'mulScale'] as const;
const ScaleOffsetTensors = ['deqOffset', 'deqScale', 'addOffset', 'mulScale'] as const;
const InputTensors = ['x1', 'x2', 'diagonalMatrix', 'deqOffset', 'deqScale', 'addOffset', 'mulScale', 'bias'] as const;

export type WqbmmPath = 'fixpipe' | 'single-op';

export interface WqbmmCtx {
  spec: OperatorSpec;
  call: CallDescription;
  x1: TensorDescription | null;
  x2: TensorDescription | null;
  bias: TensorDescription | null;
  out: TensorDescription | null;
  transposeX1: boolean;
  transposeX2: boolean;
  /** From x1 (rank ≥ 2): m = last dim when transposeX1, else second-to-last. */
  m?: number;
  k1?: number;
  /** From x2 (rank ≥ 2): k = last dim when transposeX2, else second-to-last; n the other. */
  k2?: number;
  n?: number;
  path?: WqbmmPath;
  /** The documented rule requires the fixpipe inputs (m < 64). */
  docFixpipe?: boolean;
  /** x1's leading (batch) dims + (m, n). */
  expectedOut?: number[];
}

/** Derive the context of a WQBMM call. */
export function wqbmmContext(call: CallDescription, spec: OperatorSpec): WqbmmCtx {
  const x1 = tensorOf(call, 'x1');
  const x2 = tensorOf(call, 'x2');
  const ctx: WqbmmCtx = {
    spec,
    call,
    x1,
    x2,
    bias: tensorOf(call, 'bias'),
    out: tensorOf(call, 'out'),
    transposeX1: call.attrs.transposeX1 === true,
    transposeX2: call.attrs.transposeX2 === true,
  };
  if (x1 && x1.shape.length >= 2) {
    const [a, b] = x1.shape.slice(-2);
    [ctx.m, ctx.k1] = ctx.transposeX1 ? [b, a] : [a, b];
    ctx.path = ctx.m <= FixpipeMaxM ? 'fixpipe' : 'single-op';
    ctx.docFixpipe = ctx.m < DocFixpipeBelowM;
  }
  if (x2 && x2.shape.length >= 2) {
    const [a, b] = x2.shape.slice(-2);
    [ctx.k2, ctx.n] = ctx.transposeX2 ? [b, a] : [a, b];
  }
  if (x1 && ctx.m !== undefined && ctx.n !== undefined) {
    ctx.expectedOut = [...x1.shape.slice(0, -2), ctx.m, ctx.n];
  }
  return ctx;
}

// ---- reactions (reference §5) --------------------------------------------------------------------

const same: Reaction = {kind: 'same'};
function pass(n: L10n): Reaction {
  return {kind: 'pass', note: n};
}
function paramCheck(n: L10n): Reaction {
  return {kind: 'reject', code: 161002, stage: 'parameter check', note: n};
}
/** Passes the visible checks; an l0 op whose code is not public decides (reference: 561103 expected). */
function hiddenL0(n: L10n): Reaction {
  return {kind: 'undetermined', stage: 'l0 op', note: n};
}

const NullNote = t(
  '开源参数校验对所有失败（包括空指针）都返回 ACLNN_ERR_PARAM_INVALID（161002），而文档对空指针写的是 161001（勘误 I10）。',
  'The open-source parameter check returns ACLNN_ERR_PARAM_INVALID (161002) for every failure, null pointers included, whereas the docs give 161001 for null pointers (erratum I10).',
);
const NullX1Note = t(
  'x1 为空指针时返回 161002 只适用于 ops-nn 提交 4c8b12ff9（2026-08-11）及之后的代码：该提交把 x1 的空指针检查移到最前；此前的代码先用 x1 计算 m（解引用空指针），调用会崩溃而不是返回错误码。',
  'The 161002 for a null x1 only holds for ops-nn code from commit 4c8b12ff9 (2026-08-11) on, which moved the null check of x1 first; before it, the check read x1 to compute m first (dereferencing the null pointer), so the call crashes instead of returning a code.',
);
const NullIs161002 = paramCheck(NullNote);
const NullX1Is161002 = paramCheck(joinL10n([NullNote, NullX1Note]));
const OffPathDtype = pass(
  t(
    '开源代码只检查所走路径上的反量化参数的数据类型，未使用路径上的参数不做检查（勘误 I12）。',
    "The open-source code only checks the dtypes of the dequantization inputs of the path taken; the other path's inputs are not checked (erratum I12).",
  ),
);
const LayoutPass = pass(
  t(
    '开源参数校验不检查输入是否连续，也不检查数据格式：它生成的连续 ND 副本被丢弃，后续步骤仍使用原输入，因此参数校验不会因此报错；之后的结果由未公开的步骤决定（勘误 I17）。',
    'The open-source parameter check looks at neither contiguity nor format: the contiguous ND copy it makes is discarded and the later steps use the original inputs, so the parameter check does not reject this; what happens next is decided by steps whose source is not public (erratum I17).',
  ),
);
const UnknownAfterPass = t(
  '开源参数校验接受该 shape；资料未说明之后的行为。',
  'The open-source parameter check accepts this shape; the sources do not say what happens next.',
);
const BroadcastLater = hiddenL0(
  t(
    '该 shape 能通过开源参数校验中只看广播维的检查，但无法与 x2 广播；之后由源码未公开的 l0 算子（fixpipe 路径的 WeightQuantBatchmatmul，单算子路径的 Add/Mul）推导 shape，资料（勘误 I14）预计其失败并返回 ACLNN_ERR_INNER_NULLPTR（561103），但公开代码无法确认。',
    'This shape passes the open-source parameter check, which only looks at the broadcast dim, but cannot broadcast with x2; the shapes are then inferred by l0 ops whose source is not public (WeightQuantBatchmatmul on the fixpipe path, Add/Mul on the single-op path), which the sources (erratum I14) expect to fail with ACLNN_ERR_INNER_NULLPTR (561103), but the public code cannot confirm it.',
  ),
);

// ---- helpers ---------------------------------------------------------------------------------------

function param(spec: OperatorSpec, name: string) {
  const p = spec.parameters.find((q) => q.name === name);
  if (!p) throw new Error(`${spec.id}: no parameter ${name}`);
  return p;
}

function pathText(ctx: WqbmmCtx): L10n {
  const mWhere = ctx.transposeX1
    ? t('x1 的最后一维', "x1's last dim")
    : t('x1 的倒数第二维', "x1's second-to-last dim");
  return ctx.path === 'fixpipe'
    ? t(
        `m = ${ctx.m}（${mWhere['zh-Hans']}）≤ 64，走 fixpipe 路径`,
        `m = ${ctx.m} (${mWhere.en}) ≤ 64, so the fixpipe path runs`,
      )
    : t(
        `m = ${ctx.m}（${mWhere['zh-Hans']}）> 64，走单算子路径`,
        `m = ${ctx.m} (${mWhere.en}) > 64, so the single-op path runs`,
      );
}

function lastDim(shape: readonly number[]): number | undefined {
  return shape.length > 0 ? shape[shape.length - 1] : undefined;
}

/** The deqOffset/deqScale check of the code: last dim 1 or n, as if never transposed (I14). */
function deqCodeOk(shape: readonly number[], n: number): boolean {
  const last = lastDim(shape);
  return last === 1 || last === n;
}

/** The addOffset/mulScale check of the code (I14). */
function addMulCodeOk(shape: readonly number[], n: number, transposeX2: boolean): boolean {
  if (shape.length === 0) return false;
  if (transposeX2) {
    if (shape.length === 1) return shape[0] === 1;
    const d = shape[shape.length - 2];
    return d === 1 || d === n;
  }
  const d = shape[shape.length - 1];
  return d === 1 || d === n;
}

/** The documented shapes of deqOffset/deqScale/addOffset/mulScale: 1, n, (1, 1), (1, n), (n, 1). */
function scaleOffsetShapeOk(shape: readonly number[], n: number): boolean {
  return [[1], [n], [1, 1], [1, n], [n, 1]].some((s) => sameShape(shape, s));
}

// ---- rules -----------------------------------------------------------------------------------------

type WRule = Rule<WqbmmCtx>;

/** Fixpipe inputs the code requires (m ≤ 64) that are null. */
function missingFixpipe(call: CallDescription, ctx: WqbmmCtx): string[] {
  if (ctx.path !== 'fixpipe') return [];
  return FixpipeTensors.filter((name) => tensorOf(call, name) === null);
}

/** Fixpipe inputs the documented error table requires (m < 64) that are null. */
function missingDocFixpipe(call: CallDescription, ctx: WqbmmCtx): string[] {
  return ctx.docFixpipe ? missingFixpipe(call, ctx) : [];
}

/** m = 64 with null fixpipe inputs: the docs accept it (m < 64 rule), the code does not (m ≤ 64). */
const E5Note = t(
  '文档错误码表只在 m < 64 时要求 diagonalMatrix、deqOffset、deqScale 非空，开源代码在 m ≤ 64 时即要求（走 fixpipe 路径），m = 64 时这些输入为空指针会返回 161002（勘误 E5）。',
  'The documented error table requires non-null diagonalMatrix, deqOffset and deqScale only when m < 64; the open-source code requires them whenever m ≤ 64 (the fixpipe path), so with m = 64 null inputs there return 161002 (erratum E5).',
);
const E5Reject: Reaction = {
  kind: 'reject',
  code: 161002,
  stage: 'parameter check',
  note: E5Note,
  anchor: E5Anchor,
};

const notNull: WRule = {
  id: 'not-null',
  stage: 'null',
  documented: 'spec',
  check(call, ctx) {
    const parts: Part[] = [];
    const basic = (['x1', 'x2'] as const).filter((name) => tensorOf(call, name) === null);
    if (basic.length > 0) {
      parts.push({
        param: basic[0],
        message: t(
          `${basic.join('、')} 为空指针；x1 和 x2 必须传入`,
          `${basic.join(' and ')} ${basic.length > 1 ? 'are null pointers' : 'is a null pointer'}; x1 and x2 are required`,
        ),
        reaction: NullIs161002,
      });
    }
    const fix = missingDocFixpipe(call, ctx);
    if (fix.length > 0) {
      const p = pathText(ctx);
      parts.push({
        param: fix[0],
        message: t(
          `${p['zh-Hans']}，${fix.join('、')} 为空指针；m < 64 时 diagonalMatrix、deqOffset、deqScale 必须传入`,
          `${p.en}, but ${fix.join(', ')} ${fix.length > 1 ? 'are' : 'is'} null; diagonalMatrix, deqOffset and deqScale are required when m < 64`,
        ),
        reaction: NullIs161002,
      });
    }
    if (basic.includes('x1')) parts[0].reaction = NullX1Is161002;
    const finding = mergeParts(parts);
    if (finding) finding.parameters = [...basic, ...fix];
    return finding;
  },
};

const fixpipeInputsRequired: WRule = {
  id: 'fixpipe-inputs-required',
  stage: 'null',
  // Inferred: a missing required input is a null pointer, which the error table files under 161001.
  documented: 161001,
  check(call, ctx) {
    if (ctx.path === undefined) return null;
    const p = pathText(ctx);
    const e5 =
      ctx.m === FixpipeMaxM
        ? t(
            '文档错误码表只在 m < 64 时要求 fixpipe 输入，m = 64 时使用哪组参数没有说明；开源代码在 m ≤ 64 时走 fixpipe 路径（勘误 E5）',
            'the documented error table only requires the fixpipe inputs when m < 64 and leaves open which inputs are used for m = 64; the open-source code takes the fixpipe path for m ≤ 64 (erratum E5)',
          )
        : null;
    const fix = missingDocFixpipe(call, ctx);
    const fixCode = missingFixpipe(call, ctx);
    if (fix.length === 0 && fixCode.length > 0) {
      // m = 64: the documented rule (m < 64) is met; the code's m ≤ 64 rule is not (impl-not-null).
      return note(
        fixCode,
        joinL10n([
          t(
            `${p['zh-Hans']}；${fixCode.join('、')} 为空指针，文档允许（只在 m < 64 时要求），开源代码不允许`,
            `${p.en}; ${fixCode.join(', ')} ${fixCode.length > 1 ? 'are' : 'is'} null, which the docs allow (they require these only when m < 64) but the open-source code does not`,
          ),
          e5!,
        ]),
      );
    }
    if (fix.length > 0) {
      const parts = [
        t(
          `${p['zh-Hans']}，diagonalMatrix、deqOffset、deqScale 参与计算，必须传入；${fix.join('、')} 为空指针，请按示例代码由 addOffset、mulScale、antiquantScale、antiquantOffset 计算后传入`,
          `${p.en}, which uses diagonalMatrix, deqOffset and deqScale, but ${fix.join(', ')} ${fix.length > 1 ? 'are' : 'is'} null; compute them from addOffset, mulScale, antiquantScale and antiquantOffset as the sample does`,
        ),
      ];
      if (e5) parts.push(e5);
      return violation(fix, joinL10n(parts), NullIs161002);
    }
    const notes: L10n[] = [];
    const params: string[] = [];
    if (ctx.path === 'single-op') {
      const unused = FixpipeTensors.filter((name) => tensorOf(call, name) !== null);
      if (unused.length > 0) {
        params.push(...unused);
        notes.push(
          t(
            `${p['zh-Hans']}，${unused.join('、')} 不参与计算（可以传空指针）`,
            `${p.en}, so ${unused.join(', ')} ${unused.length > 1 ? 'are' : 'is'} not used (may be null)`,
          ),
        );
      }
    } else {
      const unused = SingleOpTensors.filter((name) => tensorOf(call, name) !== null);
      if (unused.length > 0) {
        params.push(...unused);
        notes.push(
          t(
            `${p['zh-Hans']}，${unused.join('、')} 不参与计算，其作用需预先折算进 deqOffset 和 deqScale`,
            `${p.en}, so ${unused.join(', ')} ${unused.length > 1 ? 'are' : 'is'} not used; fold ${unused.length > 1 ? 'their' : 'its'} effect into deqOffset and deqScale beforehand`,
          ),
        );
      }
    }
    if (e5) notes.push(e5);
    return notes.length > 0 ? note(params, joinL10n(notes)) : null;
  },
};

const implNotNull: WRule = {
  id: 'impl-not-null',
  stage: 'null',
  documented: null,
  check(call, ctx) {
    const missing = [
      ...(['x1', 'x2', 'out'] as const).filter((name) => tensorOf(call, name) === null),
      ...missingFixpipe(call, ctx),
    ];
    if (missing.length === 0) return null;
    const outNote = missing.includes('out')
      ? t(
          '；文档没有要求 out 非空，但开源代码要求（勘误 I11）',
          '; the docs do not require a non-null out, the code does (erratum I11)',
        )
      : t('', '');
    // Null pointers the documented rules do not reject: a null out (I11), or fixpipe inputs at m = 64 (E5).
    const onlyUndocumented = missing.every((name) => name === 'out' || !missingDocFixpipe(call, ctx).includes(name));
    const e5 = ctx.m === FixpipeMaxM && missing.some((name) => (FixpipeTensors as readonly string[]).includes(name));
    const e5Text = e5
      ? t(
          '；m = 64：文档只在 m < 64 时要求 fixpipe 输入（勘误 E5）',
          '; m = 64: the docs require the fixpipe inputs only when m < 64 (erratum E5)',
        )
      : t('', '');
    const reaction: Reaction = missing.includes('x1')
      ? NullX1Is161002
      : missing.includes('out') && missing.length === 1
        ? paramCheck(
            t(
              '文档没有把 out 为空指针列为错误，但开源参数校验要求 out 非空，返回 161002（勘误 I11）。',
              'The docs do not list a null out as an error, but the open-source parameter check requires a non-null out and returns 161002 (erratum I11).',
            ),
          )
        : e5 && onlyUndocumented
          ? E5Reject
          : NullIs161002;
    return violation(
      missing,
      t(
        `开源参数校验发现空指针：${missing.join('、')}，返回 161002${outNote['zh-Hans']}${e5Text['zh-Hans']}`,
        `The open-source parameter check finds null pointers: ${missing.join(', ')}, and returns 161002${outNote.en}${e5Text.en}`,
      ),
      reaction,
    );
  },
};

const dtypeFormat: WRule = {
  id: 'dtype-format',
  stage: 'dtype',
  documented: 'spec',
  check(call, ctx) {
    const parts: Part[] = [];
    for (const name of [...InputTensors, 'out']) {
      const tensor = tensorOf(call, name);
      if (!tensor) continue;
      const p = param(ctx.spec, name);
      if (!p.dtypes.includes(tensor.dtype)) {
        const offPath =
          ((FixpipeTensors as readonly string[]).includes(name) && ctx.path === 'single-op') ||
          ((SingleOpTensors as readonly string[]).includes(name) && ctx.path === 'fixpipe');
        parts.push({
          param: name,
          message: t(
            `${name} 的数据类型为 ${tensor.dtype}，不在支持范围内（支持 ${p.dtypes.join(', ')}）；请改为 ${p.dtypes.join(' 或 ')}`,
            `${name} has dtype ${tensor.dtype}, which is not supported (supported: ${p.dtypes.join(', ')}); use ${p.dtypes.join(' or ')}`,
          ),
          reaction: offPath ? OffPathDtype : same,
        });
      }
      if (!p.formats.includes(tensor.format)) {
        parts.push({
          param: name,
          message: t(
            `${name} 的数据格式为 ${tensor.format}，仅支持 ND；请改为 ND`,
            `${name} has format ${tensor.format}; only ND is supported, use ND`,
          ),
          reaction: name === 'out' ? same : LayoutPass,
        });
      }
    }
    return mergeParts(parts);
  },
};

const outDtype: WRule = {
  id: 'out-dtype',
  stage: 'dtype',
  // Inferred: an unsupported dtype of a non-null tensor is 161002 (error table, dtype row).
  documented: 161002,
  check(_call, {out}) {
    if (!out || out.dtype === 'FLOAT16' || out.dtype === 'INT8') return null;
    return violation(
      ['out'],
      t(
        `out 的数据类型为 ${out.dtype}，文档只支持 FLOAT16 或 INT8；请使用 FLOAT16（开源代码只接受 FLOAT16）`,
        `out has dtype ${out.dtype}; the docs only support FLOAT16 or INT8; use FLOAT16 (the open-source code only accepts FLOAT16)`,
      ),
      same,
    );
  },
};

const implDtypes: WRule = {
  id: 'impl-dtypes',
  stage: 'dtype',
  documented: null,
  check(call, ctx) {
    const expected: [string, string][] = [
      ['x1', 'FLOAT16'],
      ['x2', 'INT8'],
      ['bias', 'FLOAT32'],
    ];
    if (ctx.path === 'fixpipe') {
      expected.push(['diagonalMatrix', 'INT8'], ['deqOffset', 'INT32'], ['deqScale', 'UINT64']);
    } else if (ctx.path === 'single-op') {
      expected.push(['addOffset', 'FLOAT16'], ['mulScale', 'FLOAT16']);
    }
    const bad = expected.filter(([name, dtype]) => {
      const tensor = tensorOf(call, name);
      return tensor !== null && tensor.dtype !== dtype;
    });
    if (bad.length === 0) return null;
    const zh = bad.map(([name, dtype]) => `${name} 为 ${tensorOf(call, name)!.dtype}（应为 ${dtype}）`);
    const en = bad.map(([name, dtype]) => `${name} is ${tensorOf(call, name)!.dtype} (expected ${dtype})`);
    const where = ctx.path ? [pathText(ctx)] : [];
    return violation(
      bad.map(([name]) => name),
      joinL10n([
        ...where,
        t(
          `开源参数校验拒绝以下数据类型：${zh.join('，')}`,
          `the open-source parameter check rejects these dtypes: ${en.join(', ')}`,
        ),
      ]),
    );
  },
};

const outFloat16Only: WRule = {
  id: 'out-float16-only',
  stage: 'dtype',
  documented: null,
  check(_call, {out}) {
    if (!out || out.dtype === 'FLOAT16') return null;
    const int8 = out.dtype === 'INT8';
    return violation(
      ['out'],
      int8
        ? t(
            'out 为 INT8：文档列出了 INT8，但开源参数校验只接受 FLOAT16，返回 161002；请使用 FLOAT16 的 out',
            'out is INT8: the docs list INT8, but the open-source parameter check only accepts FLOAT16 and returns 161002; use a FLOAT16 out',
          )
        : t(
            `out 的数据类型为 ${out.dtype}，开源参数校验只接受 FLOAT16；请使用 FLOAT16 的 out`,
            `out has dtype ${out.dtype}; the open-source parameter check only accepts FLOAT16; use a FLOAT16 out`,
          ),
      paramCheck(
        int8
          ? t(
              '文档允许 INT8 的 out，但开源参数校验只接受 FLOAT16，返回 161002（勘误 E6、I11）。',
              'The docs allow an INT8 out, but the open-source parameter check only accepts FLOAT16 and returns 161002 (errata E6, I11).',
            )
          : t(
              '开源参数校验只接受 FLOAT16 的 out（勘误 I11）。',
              'The open-source parameter check only accepts a FLOAT16 out (erratum I11).',
            ),
      ),
    );
  },
};

const xRank2d: WRule = {
  id: 'x-rank-2d',
  stage: 'shape',
  // Inferred: shape rules of this operator have no documented code; 161002 by the common table.
  documented: 161002,
  check(call) {
    const parts: Part[] = [];
    for (const name of ['x1', 'x2'] as const) {
      const tensor = tensorOf(call, name);
      if (!tensor || tensor.shape.length === 2) continue;
      const r = tensor.shape.length;
      parts.push({
        param: name,
        message: t(
          `${name} 的 shape 为 ${shapeStr(tensor.shape)}（${r} 维），文档只支持二维、不支持 batch 轴；请传入二维 ${name}`,
          `${name} has shape ${shapeStr(tensor.shape)} (${r}-D); the docs allow 2-D only, without a batch axis; pass a 2-D ${name}`,
        ),
        reaction:
          r >= 2 && r <= MaxDims
            ? pass(
                t(
                  '开源代码接受最多 8 维的 x1、x2 并按 batch 矩阵乘计算，参数校验不会因维数报错（勘误 I16）。',
                  'The open-source code accepts x1 and x2 with up to 8 dims and runs a batch matmul; its parameter check does not reject the rank (erratum I16).',
                ),
              )
            : same,
      });
    }
    return mergeParts(parts);
  },
};

const dimsRange: WRule = {
  id: 'dims-range',
  stage: 'shape',
  documented: null,
  check(call) {
    const bad = (['x1', 'x2'] as const).filter((name) => {
      const tensor = tensorOf(call, name);
      return tensor !== null && (tensor.shape.length < 2 || tensor.shape.length > MaxDims);
    });
    if (bad.length === 0) return null;
    const list = bad.map((name) => `${name} ${shapeStr(tensorOf(call, name)!.shape)}`);
    return violation(
      [...bad],
      t(
        `开源参数校验要求 x1、x2 为 2 至 8 维：${list.join('、')} 不满足`,
        `The open-source parameter check requires x1 and x2 to have 2 to 8 dims: ${list.join(', ')} ${bad.length > 1 ? 'do' : 'does'} not`,
      ),
    );
  },
};

function kMessage(ctx: WqbmmCtx): L10n {
  const k1Where = ctx.transposeX1 ? t('倒数第二维', 'second-to-last dim') : t('最后一维', 'last dim');
  const k2Where = ctx.transposeX2 ? t('最后一维', 'last dim') : t('倒数第二维', 'second-to-last dim');
  return t(
    `x1 的 k = ${ctx.k1}（transposeX1 = ${ctx.transposeX1}，取${k1Where['zh-Hans']}）与 x2 的 k = ${ctx.k2}（transposeX2 = ${ctx.transposeX2}，取${k2Where['zh-Hans']}）不相等；请使二者相等或调整 transposeX1/transposeX2`,
    `x1 has k = ${ctx.k1} (transposeX1 = ${ctx.transposeX1}: its ${k1Where.en}) but x2 has k = ${ctx.k2} (transposeX2 = ${ctx.transposeX2}: its ${k2Where.en}); make them equal or fix transposeX1/transposeX2`,
  );
}

const kMatch: WRule = {
  id: 'k-match',
  stage: 'shape',
  // Inferred: see x-rank-2d.
  documented: 161002,
  check(_call, ctx) {
    if (ctx.k1 === undefined || ctx.k2 === undefined || ctx.k1 === ctx.k2) return null;
    return violation(['x1', 'x2', 'transposeX1', 'transposeX2'], kMessage(ctx), same);
  },
};

const kEqual: WRule = {
  id: 'k-equal',
  stage: 'shape',
  documented: null,
  check(_call, ctx) {
    if (ctx.k1 === undefined || ctx.k2 === undefined || ctx.k1 === ctx.k2) return null;
    return violation(['x1', 'x2', 'transposeX1', 'transposeX2'], kMessage(ctx));
  },
};

function outShapeMessage(ctx: WqbmmCtx): L10n {
  return t(
    `out 的 shape 为 ${shapeStr(ctx.out!.shape)}，按 x1 ${shapeStr(ctx.x1!.shape)}、x2 ${shapeStr(ctx.x2!.shape)}（transposeX1 = ${ctx.transposeX1}，transposeX2 = ${ctx.transposeX2}）应为 ${shapeStr(ctx.expectedOut!)}`,
    `out has shape ${shapeStr(ctx.out!.shape)}; for x1 ${shapeStr(ctx.x1!.shape)} and x2 ${shapeStr(ctx.x2!.shape)} (transposeX1 = ${ctx.transposeX1}, transposeX2 = ${ctx.transposeX2}) it must be ${shapeStr(ctx.expectedOut!)}`,
  );
}

function outShapeWrong(ctx: WqbmmCtx): boolean {
  return !!ctx.out && !!ctx.expectedOut && !sameShape(ctx.out.shape, ctx.expectedOut);
}

const outShape: WRule = {
  id: 'out-shape',
  stage: 'shape',
  // Inferred: see x-rank-2d.
  documented: 161002,
  check(_call, ctx) {
    return outShapeWrong(ctx) ? violation(['out', 'x1', 'x2'], outShapeMessage(ctx), same) : null;
  },
};

const outShapeMatch: WRule = {
  id: 'out-shape-match',
  stage: 'shape',
  documented: null,
  check(_call, ctx) {
    return outShapeWrong(ctx) ? violation(['out', 'x1', 'x2'], outShapeMessage(ctx)) : null;
  },
};

const biasShape: WRule = {
  id: 'bias-shape',
  stage: 'shape',
  // Inferred: see x-rank-2d.
  documented: 161002,
  check(_call, {bias, n}) {
    if (!bias || n === undefined || sameShape(bias.shape, [n])) return null;
    const codeOk = deqCodeOk(bias.shape, n);
    const reaction: Reaction = !codeOk
      ? same
      : sameShape(bias.shape, [1])
        ? hiddenL0(
            t(
              'shape 为 [1] 的 bias 能通过开源参数校验（只检查最后一维为 1 或 n）；之后由源码未公开的 l0 算子处理，资料（勘误 I15）预计第一段接口返回 ACLNN_ERR_INNER_NULLPTR（561103），但公开代码无法确认。',
              'A bias of shape [1] passes the open-source parameter check (which only checks that the last dim is 1 or n); it then goes to l0 ops whose source is not public, which the sources (erratum I15) expect to fail phase 1 with ACLNN_ERR_INNER_NULLPTR (561103), but the public code cannot confirm it.',
            ),
          )
        : pass(
            t(
              '开源参数校验只检查 bias 的最后一维为 1 或 n，接受该 shape；资料未说明之后的行为（勘误 I15）。',
              'The open-source parameter check only checks that the last dim of bias is 1 or n and accepts this shape; the sources do not say what happens next (erratum I15).',
            ),
          );
    return violation(
      ['bias'],
      t(
        `bias 的 shape 为 ${shapeStr(bias.shape)}，须为一维 (n) = (${n})`,
        `bias has shape ${shapeStr(bias.shape)}; it must be 1-D (n) = (${n})`,
      ),
      reaction,
    );
  },
};

const biasLastDim: WRule = {
  id: 'bias-last-dim',
  stage: 'shape',
  documented: null,
  check(_call, {bias, n}) {
    if (!bias || n === undefined || deqCodeOk(bias.shape, n)) return null;
    return violation(
      ['bias'],
      t(
        `开源参数校验要求 bias 的最后一维为 1 或 n = ${n}，当前 shape 为 ${shapeStr(bias.shape)}`,
        `The open-source parameter check requires the last dim of bias to be 1 or n = ${n}; its shape is ${shapeStr(bias.shape)}`,
      ),
    );
  },
};

const diagonalMatrixIdentity: WRule = {
  id: 'diagonal-matrix-identity',
  stage: 'shape',
  // Inferred: see x-rank-2d.
  documented: 161002,
  check(call, ctx) {
    const diag = tensorOf(call, 'diagonalMatrix');
    if (!diag || sameShape(diag.shape, [32, 32])) return null;
    return violation(
      ['diagonalMatrix'],
      t(
        `diagonalMatrix 的 shape 为 ${shapeStr(diag.shape)}，须为 (32, 32) 的 INT8 单位矩阵`,
        `diagonalMatrix has shape ${shapeStr(diag.shape)}; it must be the (32, 32) INT8 identity matrix`,
      ),
      ctx.path === 'single-op'
        ? pass(
            t(
              '开源代码只在 m ≤ 64 时检查 diagonalMatrix 的 shape，m > 64 时不检查（勘误 I13）。',
              'The open-source code only checks the shape of diagonalMatrix when m ≤ 64 (erratum I13).',
            ),
          )
        : same,
    );
  },
};

const diagonalShape32: WRule = {
  id: 'diagonal-shape-32',
  stage: 'shape',
  documented: null,
  check(call, ctx) {
    const diag = tensorOf(call, 'diagonalMatrix');
    if (ctx.path !== 'fixpipe' || !diag || sameShape(diag.shape, [32, 32])) return null;
    return violation(
      ['diagonalMatrix'],
      t(
        `${pathText(ctx)['zh-Hans']}，开源参数校验要求 diagonalMatrix 恰为 (32, 32)，当前为 ${shapeStr(diag.shape)}`,
        `${pathText(ctx).en}, where the open-source parameter check requires diagonalMatrix to be exactly (32, 32); it is ${shapeStr(diag.shape)}`,
      ),
    );
  },
};

const scaleOffsetShape: WRule = {
  id: 'scale-offset-shape',
  stage: 'shape',
  // Inferred: see x-rank-2d.
  documented: 161002,
  check(call, ctx) {
    const {n, x2} = ctx;
    if (n === undefined || !x2) return null;
    const parts: Part[] = [];
    for (const name of ScaleOffsetTensors) {
      const tensor = tensorOf(call, name);
      if (!tensor) continue;
      const s = tensor.shape;
      const shapeOk = scaleOffsetShapeOk(s, n);
      const bcOk = broadcastable(s, x2.shape);
      if (shapeOk && bcOk) continue;
      const isDeq = name === 'deqOffset' || name === 'deqScale';
      const onPath = isDeq ? ctx.path === 'fixpipe' : ctx.path === 'single-op';
      let reaction: Reaction;
      if (!onPath) {
        reaction = pass(
          t(
            `开源代码只在${isDeq ? ' m ≤ 64 ' : ' m > 64 '}时检查 ${name} 的 shape，当前路径不检查（勘误 I14）。`,
            `The open-source code only checks the shape of ${name} when m ${isDeq ? '≤' : '>'} 64; it is not checked on this path (erratum I14).`,
          ),
        );
      } else {
        const codeOk = isDeq ? deqCodeOk(s, n) : addMulCodeOk(s, n, ctx.transposeX2);
        reaction = !codeOk ? same : !bcOk ? BroadcastLater : pass(UnknownAfterPass);
      }
      const suggestion = ctx.transposeX2
        ? t(`请使用 (n, 1) = (${n}, 1) 或 (1)`, `use (n, 1) = (${n}, 1) or (1)`)
        : t(`请使用 (n) = (${n})、(1, n) = (1, ${n}) 或 (1)`, `use (n) = (${n}), (1, n) = (1, ${n}) or (1)`);
      const message = !shapeOk
        ? t(
            `${name} 的 shape 为 ${shapeStr(s)}，只能是 (1)、(n) = (${n})、(1, 1)、(1, n) = (1, ${n}) 或 (n, 1) = (${n}, 1)，且须能与 x2 广播；${suggestion['zh-Hans']}`,
            `${name} has shape ${shapeStr(s)}; it must be (1), (n) = (${n}), (1, 1), (1, n) = (1, ${n}) or (n, 1) = (${n}, 1) and broadcast with x2; ${suggestion.en}`,
          )
        : t(
            `${name} 的 shape ${shapeStr(s)} 无法与 x2 ${shapeStr(x2.shape)}（transposeX2 = ${ctx.transposeX2}）广播；${suggestion['zh-Hans']}`,
            `${name} has shape ${shapeStr(s)}, which does not broadcast with x2 ${shapeStr(x2.shape)} (transposeX2 = ${ctx.transposeX2}); ${suggestion.en}`,
          );
      parts.push({
        param: name,
        message,
        reaction,
      });
    }
    return mergeParts(parts);
  },
};

const deqLastDim: WRule = {
  id: 'deq-last-dim',
  stage: 'shape',
  documented: null,
  check(call, ctx) {
    const {n} = ctx;
    if (ctx.path !== 'fixpipe' || n === undefined) return null;
    const bad = (['deqOffset', 'deqScale'] as const).filter((name) => {
      const tensor = tensorOf(call, name);
      return tensor !== null && !deqCodeOk(tensor.shape, n);
    });
    if (bad.length === 0) return null;
    const list = bad.map((name) => `${name} ${shapeStr(tensorOf(call, name)!.shape)}`);
    return violation(
      [...bad],
      t(
        `${pathText(ctx)['zh-Hans']}，开源参数校验要求 deqOffset、deqScale 的最后一维为 1 或 n = ${n}，${list.join('、')} 不满足`,
        `${pathText(ctx).en}, where the open-source parameter check requires the last dim of deqOffset and deqScale to be 1 or n = ${n}; ${list.join(', ')} ${bad.length > 1 ? 'do' : 'does'} not`,
      ),
    );
  },
};

const addMulBroadcastDim: WRule = {
  id: 'add-mul-broadcast-dim',
  stage: 'shape',
  documented: null,
  check(call, ctx) {
    const {n} = ctx;
    if (ctx.path !== 'single-op' || n === undefined) return null;
    const bad = SingleOpTensors.filter((name) => {
      const tensor = tensorOf(call, name);
      return tensor !== null && !addMulCodeOk(tensor.shape, n, ctx.transposeX2);
    });
    if (bad.length === 0) return null;
    const list = bad.map((name) => `${name} ${shapeStr(tensorOf(call, name)!.shape)}`);
    const rule = ctx.transposeX2
      ? t(
          `transposeX2 = true 时，其倒数第二维须为 1 或 n = ${n}，一维时只能是 (1)`,
          `with transposeX2 = true their second-to-last dim must be 1 or n = ${n}, and a 1-D one must be (1)`,
        )
      : t(`其最后一维须为 1 或 n = ${n}`, `their last dim must be 1 or n = ${n}`);
    return violation(
      [...bad],
      t(
        `${pathText(ctx)['zh-Hans']}，开源参数校验检查 addOffset、mulScale 的广播维：${rule['zh-Hans']}；${list.join('、')} 不满足`,
        `${pathText(ctx).en}, where the open-source parameter check tests the broadcast dim of addOffset and mulScale: ${rule.en}; ${list.join(', ')} ${bad.length > 1 ? 'do' : 'does'} not`,
      ),
    );
  },
};

function stridedInputs(call: CallDescription): string[] {
  return InputTensors.filter((name) => {
    const tensor = tensorOf(call, name);
    return tensor !== null && isStrided(tensor);
  });
}

const contiguousInputs: WRule = {
  id: 'contiguous-inputs',
  stage: 'shape',
  // Inferred: the docs give no code for this rule; 161002 by the common table.
  documented: 161002,
  check(call) {
    const bad = stridedInputs(call);
    if (bad.length === 0) return null;
    return violation(
      bad,
      t(
        `${bad.join('、')} 为转置视图或非连续Tensor，文档规定输入不支持非连续Tensor；请传入连续 Tensor（转置请用 transposeX1/transposeX2 表示）`,
        `${bad.join(', ')} ${bad.length > 1 ? 'are' : 'is'} a transposed view or non-contiguous; the docs do not support non-contiguous inputs; pass contiguous tensors (express transposes with transposeX1/transposeX2)`,
      ),
      LayoutPass,
    );
  },
};

// Why the three rules below never fail a call: `determinism` is a property of the implementation
// (deterministic by default); `empty-input` and `layout` describe what the code does with inputs it
// accepts (empty tensors succeed; non-contiguous and non-ND inputs are normalised). Their
// documented counterparts (`contiguous-inputs`, `dtype-format`) carry the verdict.
function statementOf(ctx: WqbmmCtx, id: string): L10n[] {
  const c = ctx.spec.constraints.find((x) => x.id === id)!;
  return c.note ? [c.statement, c.note] : [c.statement];
}

const determinism: WRule = {
  id: 'determinism',
  stage: 'info',
  documented: null,
  check(_call, ctx) {
    return note([], joinL10n(statementOf(ctx, 'determinism')));
  },
};

const emptyInput: WRule = {
  id: 'empty-input',
  stage: 'info',
  documented: null,
  check(call, ctx) {
    const empty = (['x1', 'x2'] as const).filter((name) => {
      const tensor = tensorOf(call, name);
      return tensor !== null && hasZero(tensor.shape);
    });
    if (empty.length === 0) return null;
    const list = empty.map((name) => `${name} ${shapeStr(tensorOf(call, name)!.shape)}`);
    return note(
      [...empty, 'out', 'bias'],
      joinL10n([
        t(`空 Tensor：${list.join('、')}。`, `Empty ${empty.length > 1 ? 'tensors' : 'tensor'}: ${list.join(', ')}.`),
        ...statementOf(ctx, 'empty-input'),
      ]),
    );
  },
};

const layout: WRule = {
  id: 'layout',
  stage: 'info',
  documented: null,
  check(call, ctx) {
    const strided = stridedInputs(call);
    const nonNd = InputTensors.filter((name) => {
      const tensor = tensorOf(call, name);
      return tensor !== null && tensor.format !== 'ND';
    });
    if (strided.length === 0 && nonNd.length === 0) return null;
    const parts: L10n[] = [];
    if (strided.length > 0)
      parts.push(t(`非连续输入：${strided.join('、')}。`, `Non-contiguous inputs: ${strided.join(', ')}.`));
    if (nonNd.length > 0)
      parts.push(t(`非 ND 格式的输入：${nonNd.join('、')}。`, `Non-ND inputs: ${nonNd.join(', ')}.`));
    return note([...new Set([...strided, ...nonNd])], joinL10n([...parts, ...statementOf(ctx, 'layout')]));
  },
};

/** Every WQBMM rule, keyed by constraint id, in evaluation order. */
export const wqbmmRules: Record<string, Rule<WqbmmCtx>> = Object.fromEntries(
  [
    notNull,
    fixpipeInputsRequired,
    implNotNull,
    dtypeFormat,
    outDtype,
    implDtypes,
    outFloat16Only,
    xRank2d,
    dimsRange,
    kMatch,
    kEqual,
    outShape,
    outShapeMatch,
    biasShape,
    biasLastDim,
    diagonalMatrixIdentity,
    diagonalShape32,
    scaleOffsetShape,
    deqLastDim,
    addMulBroadcastDim,
    contiguousInputs,
    determinism,
    emptyInput,
    layout,
  ].map((rule) => [rule.id, rule]),
);

/**
 * The stage after the op_api's CheckParam, whose code is not public (see the file comment):
 * aclnn_weight_quant_batch_matmul.cpp:379-388 (empty inputs: Fill, Cast, Add, ViewCopy),
 * :401-405 (m ≤ 64: l0 WeightQuantBatchmatmul, whose shape inference and kernel are not in
 * ops-nn; weightQuantBatchmatmul.cpp:33-45 only wraps them), :407-408 and :301-353 (m > 64:
 * Cast, Add, Muls, Mul — stubs in ops-nn — then MatMulNd / BatchMatMul).
 */
export function wqbmmHiddenNext(ctx: WqbmmCtx): {stage: 'l0 op'; note: L10n} | null {
  if (!ctx.x1 || !ctx.x2 || ctx.path === undefined) return null;
  if (hasZero(ctx.x1.shape) || hasZero(ctx.x2.shape)) {
    return {
      stage: 'l0 op',
      note: t(
        '空输入由 l0 算子 Fill、Cast、Add 与 ViewCopy 处理（源码不在 ops-nn 中），资料（勘误 I18）称结果为 0 加 bias',
        'Empty inputs are handled by the l0 ops Fill, Cast, Add and ViewCopy (their source is not in ops-nn); the sources (erratum I18) say the result is zeros plus bias',
      ),
    };
  }
  return ctx.path === 'fixpipe'
    ? {
        stage: 'l0 op',
        note: t(
          'm ≤ 64：参数校验之后由 l0 算子 WeightQuantBatchmatmul 推导 shape 并选择 kernel，其实现（shape 推导、tiling、kernel）未公开',
          'm ≤ 64: after the parameter check, the l0 op WeightQuantBatchmatmul infers the shape and selects the kernel; its implementation (shape inference, tiling, kernel) is not public',
        ),
      }
    : {
        stage: 'l0 op',
        note: t(
          'm > 64：参数校验之后依次调用 l0 算子 Cast、Add、Muls、Mul（ops-nn 中只有声明，实现未公开）和矩阵乘',
          'm > 64: after the parameter check, the l0 ops Cast, Add, Muls and Mul (only declared in ops-nn; their implementation is not public) and a matmul run',
        ),
      };
}

/** WQBMM's inferred output: x1's leading dims + (m, n); dtype of `out`, else FLOAT16 (x1's). */
export function wqbmmOutput(ctx: WqbmmCtx): {shape: number[]; dtype: string} | undefined {
  if (!ctx.expectedOut) return undefined;
  return {shape: ctx.expectedOut, dtype: ctx.out?.dtype ?? 'FLOAT16'};
}
