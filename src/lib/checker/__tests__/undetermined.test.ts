// @vitest-environment node
/**
 * Implementation verdicts that the public upstream code does not decide (UNDETERMINED), the
 * x2 contiguity check of QuantMatmulAllReduceV2, erratum E5 (m = 64) and the commit notes.
 * Each rule or path that yields UNDETERMINED has a test here; the counter-cases show the
 * checker still gives a code where the visible code decides.
 */
import {describe, expect, it} from 'vitest';
import errata from '../../../operators/errata';
import {checkCall, type Verdict} from '../index';
import {fromPreset, T} from './cases';

function verdict(call: unknown): Verdict {
  const result = checkCall(call);
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.verdict;
}

function expectUndetermined(v: Verdict, stage: string, noteParts: string[]) {
  expect(v.implementation).toMatchObject({status: 'UNDETERMINED', code: null, stage});
  for (const part of noteParts) expect(v.implementation!.note.en).toContain(part);
  expect(v.implementation!.note['zh-Hans']).toMatch(/未公开/);
}

const gt = (patch?: Parameters<typeof fromPreset>[1]) => fromPreset('m-gt-64', patch);
const le = (patch?: Parameters<typeof fromPreset>[1]) => fromPreset('m-le-64', patch);
const nd = (patch?: Parameters<typeof fromPreset>[1]) => fromPreset('allreduce-nd', patch);
const nz = (patch?: Parameters<typeof fromPreset>[1]) => fromPreset('allreduce-nz', patch);
const noFixpipe = {diagonalMatrix: null, deqOffset: null, deqScale: null};

describe('WeightQuantBatchMatmul: calls the op_api accepts are undetermined', () => {
  it('fixpipe path (m = 16): l0 WeightQuantBatchmatmul decides', () => {
    const v = verdict(le());
    expect(v.documented.code).toBe(0);
    expectUndetermined(v, 'l0 op', ['WeightQuantBatchmatmul']);
  });

  it('single-op path (m = 128): the l0 ops Cast, Add, Muls, Mul decide', () => {
    const v = verdict(gt());
    expect(v.documented.code).toBe(0);
    expectUndetermined(v, 'l0 op', ['Cast', 'Mul']);
    expect(v.implementation!.note.en).not.toContain('WeightQuantBatchmatmul');
  });

  it('empty inputs: Fill/Cast/Add decide (I18 expects zeros + bias)', () => {
    const v = verdict(gt({tensors: {x1: T([128, 0], 'FLOAT16'), x2: T([0, 4], 'INT8')}}));
    expectUndetermined(v, 'l0 op', ['Fill', 'I18']);
  });

  it('batch x1/x2: documented 161002, the op_api accepts (I16), then undetermined — not "accepted"', () => {
    const v = verdict(
      gt({tensors: {x1: T([2, 128, 4], 'FLOAT16'), x2: T([2, 4, 4], 'INT8'), out: T([2, 128, 4], 'FLOAT16')}}),
    );
    expect(v.documented.code).toBe(161002);
    expectUndetermined(v, 'l0 op', ['I16', 'Cast']);
    expect(v.implementation!.stage).not.toBe('none');
  });

  it('bias [1]: 561103 is only the expectation of the sources (I15), not a verdict', () => {
    const v = verdict(gt({tensors: {bias: T([1], 'FLOAT32')}}));
    expect(v.documented.code).toBe(161002);
    expectUndetermined(v, 'l0 op', ['561103', 'I15']);
  });

  it('a deqScale that passes the broadcast-dim check but cannot broadcast (I14) is undetermined', () => {
    const v = verdict(le({tensors: {deqScale: T([2, 4], 'UINT64')}}));
    expect(v.documented.code).toBe(161002);
    expectUndetermined(v, 'l0 op', ['I14', 'WeightQuantBatchmatmul']);
  });

  it('off-path dtype (I12) and non-ND format (I17): the op_api accepts, then undetermined', () => {
    expectUndetermined(verdict(gt({tensors: {deqScale: T([4], 'INT64')}})), 'l0 op', ['I12']);
    expectUndetermined(verdict(gt({tensors: {x2: T([4, 4], 'INT8', {format: 'FRACTAL_NZ'})}})), 'l0 op', ['I17']);
  });

  it('counter-case: a call the op_api rejects keeps its code', () => {
    expect(verdict(gt({tensors: {x1: T([128, 4], 'FLOAT32')}})).implementation).toBeUndefined();
    const out = verdict(gt({tensors: {out: T([128, 4], 'INT8')}}));
    expect(out.implementation).toMatchObject({code: 161002, stage: 'parameter check'});
  });

  it('the JSON form: status UNDETERMINED and code null survive serialisation', () => {
    const json = JSON.parse(JSON.stringify(verdict(gt())));
    expect(json.implementation.status).toBe('UNDETERMINED');
    expect(json.implementation.code).toBeNull();
    expect(Object.keys(json.implementation).sort()).toEqual(['code', 'note', 'stage', 'status']);
  });
});

describe('QuantMatmulAllReduceV2: only a strided x1 is undetermined', () => {
  it('the ND and NZ samples: phase 1 is public, no implementation verdict', () => {
    expect(verdict(nd()).implementation).toBeUndefined();
    expect(verdict(nz()).implementation).toBeUndefined();
  });

  it('transposed x1 (I7): the framework behind the generated aclnnInner API decides', () => {
    const v = verdict(nd({tensors: {x1: T([32, 64], 'INT8', {transposed: true})}}));
    expect(v.documented.code).toBe(161002);
    expectUndetermined(v, 'framework', ['I7', 'aclnnInner']);
  });

  it('non-contiguous x1 (I7) is undetermined too', () => {
    const v = verdict(nd({tensors: {x1: T([32, 64], 'INT8', {contiguous: false})}}));
    expectUndetermined(v, 'framework', ['I7']);
  });

  it('(n, 1) dequantScale with an NZ x2: decided by the public tiling, accepted (stage none)', () => {
    const v = verdict(nz({tensors: {dequantScale: T([128, 1], 'FLOAT32')}}));
    expect(v.documented.code).toBe(161002);
    expect(v.implementation).toMatchObject({status: 'ACLNN_SUCCESS', code: 0, stage: 'none'});
  });

  it('a 2-D bias with an NZ x2: the tiling bias check rejects it (561002)', () => {
    const v = verdict(nz({tensors: {biasOptional: T([1, 128], 'INT32')}}));
    expect(v.implementation).toMatchObject({code: 561002, stage: 'tiling'});
  });
});

describe('QuantMatmulAllReduceV2 x2-transpose-only follows the op_api', () => {
  const strided = T([64, 128], 'INT8', {contiguous: false});
  const ids = (v: Verdict) => v.violations.map((x) => x.constraint);

  it('a non-contiguous x2 that is not a transpose: 161002 at the parameter check, with the commit', () => {
    const v = verdict(nd({tensors: {x2: strided}}));
    expect(v.documented.code).toBe(161002);
    expect(ids(v)).toEqual(['x2-transpose-only']);
    expect(v.implementation).toBeUndefined(); // the code returns the documented 161002 at the same stage
    expect(v.violations[0].status).toBe(161002);
  });

  it('the note names commit eb57bb071 (2026-04-03)', async () => {
    const {qmarRules} = await import('../qmar');
    const finding = qmarRules['x2-transpose-only'].check(
      nd({tensors: {x2: strided}}),
      (await import('../qmar')).qmarContext(
        nd({tensors: {x2: strided}}),
        (await import('../../../operators')).getOperator('aclnnQuantMatmulAllReduceV2'),
      ),
    );
    expect(finding?.reaction).toMatchObject({kind: 'reject', code: 161002, stage: 'parameter check'});
    const note = (finding!.reaction as {note: {en: string; 'zh-Hans': string}}).note;
    expect(note.en).toContain('eb57bb071 (2026-04-03)');
    expect(note['zh-Hans']).toContain('eb57bb071（2026-04-03）');
  });

  it('is skipped when k = 0', () => {
    const v = verdict(nd({tensors: {x1: T([32, 0], 'INT8'), x2: T([0, 128], 'INT8', {contiguous: false})}}));
    expect(ids(v)).not.toContain('x2-transpose-only');
  });

  it('is skipped when n = 0', () => {
    const v = verdict(
      nd({
        tensors: {
          x2: T([64, 0], 'INT8', {contiguous: false}),
          biasOptional: null,
          x3Optional: null,
          dequantScale: T([1], 'UINT64'),
          output: T([32, 0], 'FLOAT16'),
        },
      }),
    );
    expect(ids(v)).not.toContain('x2-transpose-only');
  });

  it('is skipped when m = 0', () => {
    const v = verdict(
      nd({tensors: {x1: T([0, 64], 'INT8'), x2: strided, x3Optional: null, output: T([0, 128], 'FLOAT16')}}),
    );
    expect(ids(v)).not.toContain('x2-transpose-only');
  });
});

describe('WeightQuantBatchMatmul m = 64 (erratum E5)', () => {
  const e5 = errata.find((e) => e.label === 'E5')!;
  const m = (rows: number, patch: Record<string, unknown> = {}) =>
    gt({tensors: {x1: T([rows, 4], 'FLOAT16'), out: T([rows, 4], 'FLOAT16'), ...patch} as never});

  it('the anchor exists', () => {
    expect(e5.id).toBe('e5-m-equals-64');
  });

  it('m = 64 without fixpipe inputs: documented success (m < 64 rule), code 161002 with the E5 link', () => {
    const v = verdict(m(64, noFixpipe));
    expect(v.documented.code).toBe(0);
    expect(v.violations.map((x) => x.constraint)).toEqual(['impl-not-null']);
    expect(v.implementation).toMatchObject({
      code: 161002,
      stage: 'parameter check',
      anchor: `/errata#erratum-${e5.id}`,
    });
    expect(v.implementation!.note.en).toContain('m < 64');
    expect(v.notes?.map((n) => n.constraint)).toContain('fixpipe-inputs-required');
  });

  it('m = 63 without fixpipe inputs: documented 161001', () => {
    const v = verdict(m(63, noFixpipe));
    expect(v.documented.code).toBe(161001);
    expect(v.violations.map((x) => x.constraint)).toContain('fixpipe-inputs-required');
    expect(v.implementation).toMatchObject({code: 161002, stage: 'parameter check'});
    expect(v.implementation!.anchor).toBeUndefined();
  });

  it('m = 65 without fixpipe inputs: accepted by both, then undetermined (single-op l0 ops)', () => {
    const v = verdict(m(65, noFixpipe));
    expect(v.documented.code).toBe(0);
    expectUndetermined(v, 'l0 op', ['Cast']);
  });
});

describe('commit notes', () => {
  it('null x1: 161002 only after ops-nn 4c8b12ff9 (2026-08-11); before, a crash', () => {
    const v = verdict(gt({tensors: {x1: null}}));
    expect(v.implementation).toMatchObject({code: 161002, stage: 'parameter check'});
    expect(v.implementation!.note.en).toContain('4c8b12ff9 (2026-08-11)');
    expect(v.implementation!.note.en).toContain('crash');
  });

  it('null x2 does not carry the x1 note', () => {
    const v = verdict(gt({tensors: {x2: null}}));
    expect(v.implementation!.note.en).not.toContain('4c8b12ff9');
  });

  it('empty output: the check exists since ops-transformer 6b31281b8 (2026-01-28)', () => {
    const v = verdict(nd({tensors: {x1: T([0, 64], 'INT8'), x3Optional: null, output: T([0, 128], 'FLOAT16')}}));
    const msg = v.violations.find((x) => x.constraint === 'output-not-empty')!.message;
    expect(msg.en).toContain('6b31281b8, 2026-01-28');
  });
});

describe('QuantMatmulAllReduceV2: x2 counts as NZ only with storage format FRACTAL_NZ and a 4-D stored shape', () => {
  const badX3 = {x3Optional: T([32, 64], 'FLOAT16')};
  it('FRACTAL_NZ with a 4-D stored shape: the parameter check skips the x3 shape check (I6)', () => {
    const v = verdict(nz({tensors: badX3}));
    expect(v.documented.code).toBe(161002);
    expect(v.implementation).toMatchObject({code: 0, stage: 'none'});
    expect(v.implementation!.note.en).toContain('FRACTAL_NZ');
  });
  it('the same 4-D stored shape with format ND: not NZ, so the x3 shape check rejects it as documented', () => {
    const x2 = T([64, 128], 'INT8', {format: 'ND', storage_shape: [4, 4, 16, 32]});
    const v = verdict(nz({tensors: {...badX3, x2}}));
    expect(v.documented.code).toBe(161002);
    expect(v.implementation?.code ?? 161002).toBe(161002);
  });
});
