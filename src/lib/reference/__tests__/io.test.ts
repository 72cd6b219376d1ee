/**
 * The JSON interface (src/lib/reference/io.ts) in-process, with a test double for the checker so
 * that parsing and rendering are tested independently of the checker's rules. The CLI tests in
 * scripts/__tests__/reference.test.ts run the same examples through the real checker.
 */
import {describe, expect, it} from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type {CheckResult} from '../../checker/types';
import {runReference, runReferenceCall} from '../io';

const Examples = path.resolve(__dirname, '../examples');
const example = (name: string) => JSON.parse(fs.readFileSync(path.join(Examples, name), 'utf8')) as Record<string, any>;

/** Accepts everything, records what it was given; `invalidIf` makes a call invalid. */
function fakeChecker(invalidIf: (d: any) => boolean = () => false) {
  const seen: unknown[] = [];
  const check = (d: unknown): CheckResult => {
    seen.push(d);
    const bad = invalidIf(d);
    return {
      ok: true,
      verdict: {
        operator: String((d as any).operator),
        cannVersion: {value: 'master', assumed: true},
        documented: bad ? {status: 'ACLNN_ERR_PARAM_INVALID', code: 161002} : {status: 'ACLNN_SUCCESS', code: 0},
        violations: [],
      },
    };
  };
  return {check, seen};
}

const ok = (input: unknown) => {
  const o = runReferenceCall(input, fakeChecker().check);
  if (o.status !== 'ok') throw new Error(JSON.stringify(o));
  return o.result as any;
};
const problems = (input: unknown) => {
  const o = runReferenceCall(input, fakeChecker().check);
  if (o.status !== 'malformed') throw new Error(`expected malformed, got ${o.status}`);
  return o.problems.join('\n');
};

/** A 1-rank QMAR description with values; `patch` edits the tensors. */
function qmar(patch: Record<string, any> = {}) {
  return {
    operator: 'aclnnQuantMatmulAllReduceV2',
    tensors: {
      x1: {shape: [1, 2], dtype: 'INT8', format: 'ND', values: [[1, 2]]},
      x2: {shape: [2, 1], dtype: 'INT8', format: 'ND', values: [[3], [4]]},
      dequantScale: {shape: [1], dtype: 'UINT64', format: 'ND', values: ['0x000040003F800000']},
      output: {shape: [1, 1], dtype: 'FLOAT16', format: 'ND'},
      ...patch,
    },
    attrs: {group: 'g', reduceOp: 'sum', commTurn: 0, streamMode: 1},
  };
}

describe('runReferenceCall: the examples (hand-computed)', () => {
  it('qmar-2rank-fp16.json: 2 ranks, shared x3 counted twice', () => {
    // rank 0 acc [[77·13, 77·2+4+10], [13+10, 2-2+12+10]] = [[1001,168],[23,22]]; rank 1 [[-1001,-87],[1,-8]].
    // col 0 × fp19(0.1) = 819/8192, col 1 × 0.5, f16sat; + x3 [[0.5,-1],[2,0.25]] per rank in f16:
    // rank 0 [[100.0625+0.5, 84-1], [f16(2.2994)=2.298828125 + 2 → 4.296875 (tie), 11.25]];
    // rank 1 [[-99.5625, -44.5], [f16(0.0999755859375 + 2) = 2.099609375, -3.75]];
    // sum: [[1, 38.5], [f16(6.396484375) = 6.3984375 (tie to even), 7.5]].
    const r = ok(example('qmar-2rank-fp16.json'));
    expect(r.output).toEqual({
      shape: [2, 2],
      dtype: 'FLOAT16',
      values: [
        [1, 38.5],
        [6.3984375, 7.5],
      ],
      hex: [
        ['0x3C00', '0x50D0'],
        ['0x4666', '0x4780'],
      ],
    });
    expect(r.ranks[0].acc.values).toEqual([
      [1001, 168],
      [23, 22],
    ]);
    expect(r.ranks[1].acc.values).toEqual([
      [-1001, -87],
      [1, -8],
    ]);
    expect(r.ranks[0].converted.hex[0][0]).toBe('0x5641');
    expect(r.ranks[0].local.values).toEqual([
      [100.5625, 83],
      [4.296875, 11.25],
    ]);
    expect(r.ranks[1].local.values).toEqual([
      [-99.5625, -44.5],
      [2.099609375, -3.75],
    ]);
    expect(r.allReduce.order).toEqual([0, 1]);
    expect(r.warnings).toEqual([]);
    expect(r.steps.map((s: any) => s.id)).toContain('fp19-decode');
  });

  it('wqbmm-fixpipe-m2.json: m = 2, deqOffset + V1-encoded deqScale', () => {
    // W col 0 = f16sat((x2+1)·819/8192): 11 → 1.0997… → 1.099609375; 5 → 0.49987… (tie) → 0.5; 0 → 0.
    // W col 1 = x2·2 = [-6, 14, 4]. Row 0: f32 acc from 0.5: 1.599609375, 1.849609375, 1.849609375 → 0x3F66;
    // col 1 from -1: -7, 0, -8. Row 1: 0.77490234375, 1.27490234375 → f16 tie → 1.275390625; -2.5, 11.5, 15.5.
    const r = ok(example('wqbmm-fixpipe-m2.json'));
    expect(r.path).toBe('fixpipe');
    expect(r.output.values).toEqual([
      [1.849609375, -8],
      [1.275390625, 15.5],
    ]);
    expect(r.output.hex).toEqual([
      ['0x3F66', '0xC800'],
      ['0x3D1A', '0x4BC0'],
    ]);
    expect(r.ranks[0].weight.values).toEqual([
      [1.099609375, -6],
      [0.5, 14],
      [0, 4],
    ]);
    expect(r.ranks[0].fixpipe.scale.hex).toEqual(['0x3DCCC000', '0x40000000']);
  });

  it('wqbmm-single-op-m65.json: m = 65 via transposeX1, antiquantScale 0.1, addOffset, mulScale', () => {
    // W[0][0] = f16(f16(f32(0.1)) + f16(0.2)) = 0.2998046875 (tie), ×3 = 0.8994140625; W[1][0] = f16(-0.2)+0.19995 = 0;
    // W[0][1] = f16(f32(0.3)) = 0.300048828125; W[1][1] = 0.5. b = [1, f16(0.1) = 0.0999755859375].
    // Even rows (x1 = [1, 0]): [1.8994140625, f16(0.4000244140625) = 0.39990234375 (tie)];
    // odd rows (x1 = [1, 1]): [1.8994140625, f16(0.9000244140625) = 0.89990234375].
    const r = ok(example('wqbmm-single-op-m65.json'));
    expect(r.path).toBe('single-op');
    expect(r.m).toBe(65);
    expect(r.output.shape).toEqual([65, 2]);
    expect(r.output.values[0]).toEqual([1.8994140625, 0.39990234375]);
    expect(r.output.values[1]).toEqual([1.8994140625, 0.89990234375]);
    expect(r.output.hex[64]).toEqual(['0x3F99', '0x3666']);
    expect(r.ranks[0].weight.values).toEqual([
      [0.8994140625, 0.300048828125],
      [0, 0.5],
    ]);
    expect(r.warnings.map((w: any) => w.code)).toEqual(['input-rounded', 'input-rounded']);
  });
});

describe('runReferenceCall: input handling', () => {
  it('runs the checker once per distinct rank description, without values or ranks', () => {
    const {check, seen} = fakeChecker();
    const o = runReferenceCall(example('qmar-2rank-fp16.json'), check);
    expect(o.status).toBe('ok');
    expect(seen).toHaveLength(1);
    const d = seen[0] as any;
    expect(d.ranks).toBeUndefined();
    expect(Object.values(d.tensors).some((t: any) => t && 'values' in t)).toBe(false);
    expect(d.tensors.x1).toEqual({shape: [2, 3], dtype: 'INT8', format: 'ND'});
    expect(d.attrs.reduceOp).toBe('sum');
  });

  it('refuses an invalid call with the verdict (and the rank)', () => {
    const {check} = fakeChecker((d) => d.attrs.reduceOp !== 'sum');
    const input = {...example('qmar-2rank-fp16.json'), attrs: {reduceOp: 'max'}};
    const o = runReferenceCall(input, check);
    expect(o).toMatchObject({status: 'invalid', rank: 0, verdict: {documented: {code: 161002}}});
  });

  it('passes on the checker’s malformed-input problems', () => {
    const o = runReferenceCall(qmar(), () => ({ok: false, problems: ['x1.shape: must be an array']}));
    expect(o).toEqual({status: 'malformed', problems: ['x1.shape: must be an array']});
  });

  it('accepts hex bit patterns, Infinity/NaN strings, decimal and hex UINT64', () => {
    const r = ok(
      qmar({
        dequantScale: {shape: [1], dtype: 'UINT64', format: 'ND', values: [String(0x000040003f800000)]},
        x3Optional: {shape: [1, 1], dtype: 'FLOAT16', format: 'ND', values: [['0x3C00']]},
      }),
    );
    expect(r.output.values).toEqual([[12]]); // 1·3 + 2·4 = 11, + x3 1
    const inf = ok(qmar({x3Optional: {shape: [1, 1], dtype: 'FP16', format: 'ND', values: [['-Infinity']]}}));
    expect(inf.output.values).toEqual([['-Infinity']]);
    expect(inf.output.hex).toEqual([['0xFC00']]);
  });

  it('rounds inexact float inputs with a warning', () => {
    const r = ok(qmar({x3Optional: {shape: [1, 1], dtype: 'FLOAT16', format: 'ND', values: [[0.1]]}}));
    expect(r.warnings[0]).toMatchObject({code: 'input-rounded', count: 1});
    expect(r.output.values).toEqual([[11.1015625]]); // f16(11 + 0.0999755859375): step 2^-7 → 1421/128
  });

  it.each([
    [
      'values not matching the shape',
      {x1: {shape: [1, 2], dtype: 'INT8', format: 'ND', values: [[1, 2, 3]]}},
      /expected 2 entries/,
    ],
    [
      'a non-array row',
      {x1: {shape: [1, 2], dtype: 'INT8', format: 'ND', values: [5]}},
      /expected an array of length 2/,
    ],
    ['a non-integer int8', {x1: {shape: [1, 2], dtype: 'INT8', format: 'ND', values: [[1, 2.5]]}}, /not an integer/],
    [
      'an out-of-range int8',
      {x1: {shape: [1, 2], dtype: 'INT8', format: 'ND', values: [[1, 128]]}},
      /outside the INT8 range/,
    ],
    ['a string int8', {x1: {shape: [1, 2], dtype: 'INT8', format: 'ND', values: [[1, '2']]}}, /not an integer/],
    ['missing values', {x1: {shape: [1, 2], dtype: 'INT8', format: 'ND'}}, /x1\.values: missing/],
    [
      'a bad UINT64',
      {dequantScale: {shape: [1], dtype: 'UINT64', format: 'ND', values: ['0xZZ']}},
      /not a UINT64 value/,
    ],
    [
      'an unsafe UINT64 number',
      {dequantScale: {shape: [1], dtype: 'UINT64', format: 'ND', values: [2 ** 60]}},
      /not a UINT64/,
    ],
    [
      'a negative UINT64',
      {dequantScale: {shape: [1], dtype: 'UINT64', format: 'ND', values: ['-1']}},
      /outside the UINT64 range/,
    ],
    [
      'an FP16 beyond 65504',
      {x3Optional: {shape: [1, 1], dtype: 'FLOAT16', format: 'ND', values: [[70000]]}},
      /outside the finite FLOAT16/,
    ],
    [
      'an int32 bias out of range',
      {biasOptional: {shape: [1], dtype: 'INT32', format: 'ND', values: [2 ** 31]}},
      /outside the INT32/,
    ],
  ])('reports %s', (_what, patch, re) => {
    expect(problems(qmar(patch))).toMatch(re);
  });

  it('lists every problem, capped at 50', () => {
    const p = problems(qmar({x1: {shape: [1, 60], dtype: 'INT8', format: 'ND', values: [new Array(60).fill(999)]}}));
    expect(p.split('\n')).toHaveLength(51);
    expect(p).toMatch(/and 10 more/);
  });

  it('checks the ranks envelope', () => {
    const base = example('qmar-2rank-fp16.json');
    expect(problems({...base, ranks: [base.ranks[0], base.ranks[1], base.ranks[0]]})).toMatch(/1, 2, 4 or 8/);
    expect(problems({...base, ranks: [{tensors: {}, attrs: {}}]})).toMatch(/unknown key\(s\) attrs/);
    expect(problems({...example('wqbmm-fixpipe-m2.json'), ranks: []})).toMatch(/only aclnnQuantMatmulAllReduceV2/);
    expect(problems(42)).toMatch(/call description/);
  });

  it('uses top-level values for every rank that does not give its own', () => {
    const base = example('qmar-2rank-fp16.json');
    const r = ok({...base, ranks: [base.ranks[0], base.ranks[0], base.ranks[0], base.ranks[0]]});
    // rank 0's (0,1) = 83 four times → 332 (x3 −1 counted on each rank)
    expect(r.output.values[0][1]).toBe(332);
  });

  it('does not model an INT8 WeightQuantBatchMatmul output (erratum E6)', () => {
    const base = example('wqbmm-fixpipe-m2.json');
    expect(problems({...base, tensors: {...base.tensors, out: {shape: [2, 2], dtype: 'INT8', format: 'ND'}}})).toMatch(
      /E6/,
    );
  });

  it('maps an array to an array with the worst exit code', () => {
    const {check} = fakeChecker();
    expect(runReference([qmar(), qmar()], check).exitCode).toBe(0);
    const bad = qmar({x1: {shape: [1, 2], dtype: 'INT8', format: 'ND', values: [[1]]}});
    const res = runReference([qmar(), bad], check);
    expect(res.exitCode).toBe(2);
    expect((res.json as any[])[0].output.values).toEqual([[11]]);
    expect((res.json as any[])[1].error).toBe('malformed input');
    const inv = runReference(
      [qmar(), {...qmar(), attrs: {reduceOp: 'max'}}],
      fakeChecker((d) => d.attrs.reduceOp !== 'sum').check,
    );
    expect(inv.exitCode).toBe(3);
    expect((inv.json as any[])[1].error).toBe('invalid call');
  });
});

describe('runReferenceCall: robustness', () => {
  it('never throws on 3,000 mutated examples, even with a checker that accepts everything', () => {
    const bases = ['qmar-2rank-fp16.json', 'wqbmm-fixpipe-m2.json', 'wqbmm-single-op-m65.json'].map(example);
    const junk = [
      null,
      0,
      -1,
      1.5,
      'x',
      '<script>',
      [],
      {},
      [[1]],
      1e300,
      true,
      '0x',
      '0x1FFFFFFFFFFFFFFFF',
      [0],
      [2, 3],
    ];
    let seed = 12345;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const mutate = (o: any): any => {
      if (o === null || typeof o !== 'object') return rnd() < 0.3 ? pick(junk) : o;
      const c: any = Array.isArray(o) ? [...o] : {...o};
      const keys = Object.keys(c);
      if (!keys.length) return c;
      const k = pick(keys);
      if (rnd() < 0.2) Array.isArray(c) ? c.splice(Number(k), 1) : delete c[k];
      else if (rnd() < 0.3) c[k] = pick(junk);
      else c[k] = mutate(c[k]);
      return c;
    };
    const statuses = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      let d: any = bases[i % 3];
      for (let j = 0; j < 1 + (i % 3); j++) d = mutate(d);
      statuses.add(runReferenceCall(d, fakeChecker().check).status);
    }
    expect([...statuses].sort()).toEqual(['malformed', 'ok']);
  });
});
