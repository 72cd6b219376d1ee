/**
 * The playground's pure logic (src/lib/reference/playground.ts): presets reproduce the hand-computed
 * cases, the URL form round-trips and is robust to hostile or out-of-range parameters, seeded
 * generation is deterministic, typed values are parsed strictly, and evaluate() never throws.
 */
import {describe, expect, it} from 'vitest';
import {
  benchRunners,
  DefaultState,
  encodeTransQuantParam,
  encodeTransQuantParamV2,
  evaluate,
  fieldSpecs,
  fieldText,
  generatedText,
  Limits,
  MaxTextLength,
  parseField,
  parseSearch,
  playgroundPath,
  presetPath,
  Presets,
  QmarOp,
  stateToSearch,
  ulpDistance,
  updateState,
  WqbmmOp,
} from '../playground';
import type {FieldSpec, PlaygroundState} from '../playground';
import {formatHex} from '../numerics';

const spec = (s: PlaygroundState, key: string): FieldSpec => {
  const f = fieldSpecs(s).find((x) => x.key === key);
  if (!f) throw new Error(`no field ${key}`);
  return f;
};
const out = (s: PlaygroundState) => {
  const e = evaluate(s);
  const r = e.qmar?.result ?? e.wqbmm;
  if (!r) throw new Error(JSON.stringify({fields: e.fields.map((f) => f.problems), e: e.referenceErrors}));
  return r.output;
};
const wqbmm: PlaygroundState = {...DefaultState, op: WqbmmOp};

describe('presets', () => {
  it.each(Presets)('$id computes the hand-computed value and bit pattern', (p) => {
    const e = evaluate(p.state);
    expect(e.invalid).toBe(false);
    const r = e.qmar?.result ?? e.wqbmm!;
    expect(r.output.data[0]).toBe(p.expected.value);
    expect(formatHex(r.output.dtype, r.output.data[0]!)).toBe(p.expected.hex);
    if (p.expected.unsplitHex) {
      const u = e.qmar!.unsplit!.output;
      expect(formatHex(u.dtype, u.data[0]!)).toBe(p.expected.unsplitHex);
      // 0x1400 − 0x1200: the split result differs from the unsplit one by 512 FLOAT16 ulps.
      expect(e.qmar!.ulps).toEqual([512]);
    }
  });

  it('the x3 preset gives W·x3: 8 ranks give 1·8 + 0.25·8 = 10', () => {
    const p = Presets.find((x) => x.id === 'x3-per-rank')!;
    expect(out(updateState(p.state, {ranks: 8})).data).toEqual([10]);
  });

  it('the m = 64 preset crosses the path boundary at m = 65 (0x34CC → 0x34CD on the kept rows)', () => {
    const p = Presets.find((x) => x.id === 'm64')!;
    const e = evaluate(updateState(p.state, {m: 65}));
    expect(e.wqbmm!.path).toBe('single-op');
    expect(new Set(e.wqbmm!.output.data.map((v) => formatHex('FLOAT16', v)))).toEqual(new Set(['0x34CD']));
  });

  it('preset paths are deep links to the playground', () => {
    expect(presetPath('fp19')).toBe(
      '/tools/playground?op=aclnnQuantMatmulAllReduceV2&m=1&k=1&n=1&w=1&dtype=FLOAT16&seed=1&v.x1.0=77&v.x2.0=13&v.scale.0=0x000040003DCCC000',
    );
    expect(() => presetPath('nope')).toThrow();
  });
});

describe('deep links from the operator pages (numerics sections)', () => {
  it('the aclnnQuantMatmulAllReduceV2 link computes the 2-rank example of the reference README', () => {
    const path =
      '/tools/playground?op=aclnnQuantMatmulAllReduceV2&m=2&k=3&n=2&w=2&dtype=FLOAT16&bias=1&x3=1&same=scale,x3&seed=1&v.x1.0=77,0,1;1,2,3&v.x1.1=-77,0,0;0,1,1&v.x2.0=13,2;5,-1;0,4&v.x2.1=13,1;0,1;1,1&v.bias.0=0,10&v.bias.1=0,-10&v.scale.0=0x000040003DCCC000,0x000040003F000000&v.x3.0=0.5,-1;2,0.25';
    const s = parseSearch(path.slice(path.indexOf('?')));
    expect(playgroundPath(s)).toBe(path);
    const o = out(s);
    expect(o.data).toEqual([1, 38.5, 6.3984375, 7.5]);
    expect(o.data.map((v) => formatHex('FLOAT16', v))).toEqual(['0x3C00', '0x50D0', '0x4666', '0x4780']);
  });

  it('the aclnnWeightQuantBatchMatmul link is the m = 64 preset', () => {
    const path = presetPath('m64');
    expect(path).toBe(
      `/tools/playground?op=aclnnWeightQuantBatchMatmul&m=64&k=1&n=1&antiquantScale=1&transposeX1=1&seed=1&v.x1=${new Array(64).fill('1').join(',')}&v.x2=3&v.deqOffset=0&v.deqScale=0x000040003DCCCCCD&v.antiquantScale=0.1`,
    );
    expect(out(parseSearch(path.slice(path.indexOf('?')))).data[0]).toBe(0.2998046875);
  });
});

describe('URL state', () => {
  it('round-trips the default state and every preset', () => {
    expect(parseSearch(stateToSearch(DefaultState))).toEqual(DefaultState);
    for (const p of Presets) expect(parseSearch('?' + stateToSearch(p.state))).toEqual(p.state);
  });

  it('an empty query is the default state; missing flags are off once op is given', () => {
    expect(parseSearch('')).toEqual(DefaultState);
    const s = parseSearch('op=aclnnQuantMatmulAllReduceV2&m=2&k=2&n=2&w=1');
    expect([s.bias, s.x3, s.pertoken, s.split]).toEqual([false, false, false, false]);
  });

  it('round-trips typed values with newlines, spaces and signs', () => {
    const s = updateState(DefaultState, {values: {'x1.0': '1, -2 +3\n4 5 6;7 8'}});
    const back = parseSearch(stateToSearch(s));
    expect(back.values['x1.0']).toBe('1, -2 +3\n4 5 6\n7 8');
    expect(out(back).data).toEqual(out(s).data);
  });

  it('clamps sizes, rejects unsupported rank counts and ignores unknown parameters', () => {
    const s = parseSearch(
      'op=aclnnQuantMatmulAllReduceV2&m=1000&k=-5&n=abc&w=3&dtype=INT8&evil=<b>&v.__proto__=1&seed=-1',
    );
    expect([s.m, s.k, s.n]).toEqual([16, 1, DefaultState.n]);
    expect(s.ranks).toBe(DefaultState.ranks);
    expect(s.dtype).toBe('FLOAT16');
    expect(s.seed).toBe(0);
    expect(Object.keys(s.values)).toEqual([]);
    const w = parseSearch('op=aclnnWeightQuantBatchMatmul&m=500&k=99&n=0');
    expect([w.m, w.k, w.n]).toEqual([Limits[WqbmmOp].m[1], 16, 0]);
  });

  it('cuts over-long values', () => {
    const s = parseSearch(`op=aclnnQuantMatmulAllReduceV2&v.x1.0=${'1,'.repeat(MaxTextLength)}`);
    expect(s.values['x1.0']!.length).toBe(MaxTextLength);
  });

  it('writes only the values of fields in use', () => {
    const s = updateState(DefaultState, {values: {'x1.0': '1', 'x1.7': '2', 'pertoken.0': '1'}});
    const q = stateToSearch(s);
    expect(q).toContain('v.x1.0=1');
    expect(q).not.toContain('x1.7');
    expect(q).not.toContain('pertoken');
    expect(playgroundPath(s).startsWith('/tools/playground?op=')).toBe(true);
  });
});

describe('seeded generation', () => {
  it('is deterministic per seed and field, and differs between seeds and ranks', () => {
    const a = generatedText(DefaultState, spec(DefaultState, 'x1.0'));
    expect(generatedText({...DefaultState}, spec(DefaultState, 'x1.0'))).toBe(a);
    expect(generatedText({...DefaultState, seed: 2}, spec(DefaultState, 'x1.0'))).not.toBe(a);
    expect(generatedText(DefaultState, spec(DefaultState, 'x1.1'))).not.toBe(a);
    expect(evaluate(DefaultState)).toEqual(evaluate({...DefaultState}));
  });

  it('generates values every field accepts, in every dtype case and on both operators', () => {
    for (const dtype of ['FLOAT16', 'BFLOAT16'] as const)
      for (const pertoken of [false, true])
        for (const seed of [1, 2, 3]) {
          const s: PlaygroundState = {...DefaultState, dtype, pertoken, seed, m: 16, k: 16, n: 16, ranks: 8};
          const e = evaluate(s);
          expect(e.invalid).toBe(false);
          expect(e.fields.every((f) => f.rounded === null)).toBe(true);
          expect(e.qmar!.result.output.data.every(Number.isFinite)).toBe(true);
        }
    for (const m of [0, 1, 64, 65, 80]) {
      const s: PlaygroundState = {
        ...wqbmm,
        m,
        k: 16,
        n: 16,
        bias: true,
        addOffset: true,
        mulScale: true,
        antiquantScale: true,
        antiquantOffset: true,
      };
      const e = evaluate(s);
      expect(e.invalid).toBe(false);
      expect(e.wqbmm!.path).toBe(m === 0 ? 'empty' : m <= 64 ? 'fixpipe' : 'single-op');
    }
  });

  it('lays transposed fields out in the stored shape', () => {
    const s = {...wqbmm, m: 2, k: 3, transposeX1: true};
    expect(spec(s, 'x1').shape).toEqual([3, 2]);
    expect(fieldText(s, spec(s, 'x1')).split('\n')).toHaveLength(3);
  });
});

describe('parseField', () => {
  const s = DefaultState;
  it('reads INT8 strictly', () => {
    const f = spec(s, 'x1.0'); // INT8 (2, 4)
    expect(parseField(QmarOp, f, '1 2 3 4\n-128 127 0 +5', true).numbers).toEqual([1, 2, 3, 4, -128, 127, 0, 5]);
    const bad = parseField(QmarOp, f, '1 2 3 128 1.5 x <img> 0', true);
    expect(bad.numbers).toBeNull();
    expect(bad.problems.map((p) => p.kind)).toEqual(['range', 'notInteger', 'token', 'token']);
    expect(parseField(QmarOp, f, '1 2 3', true).problems).toEqual([{kind: 'count', expected: [8], got: 3}]);
  });

  it('reads UINT64 as a bit pattern or encodes a float scale as the operator documents', () => {
    const f = spec(s, 'scale.0'); // UINT64, 1 or n = 3 values
    expect(parseField(QmarOp, f, '0x000040003DCCC000', true).bigints).toEqual([0x000040003dccc000n]);
    expect(parseField(QmarOp, f, '0.1', true).bigints).toEqual([0x000040003dccc000n]);
    expect(encodeTransQuantParamV2(0.1)).toBe(0x000040003dccc000n);
    const w = spec(wqbmm, 'deqScale');
    expect(parseField(WqbmmOp, w, '0.1', true).bigints).toEqual([0x000040003dcccccdn]);
    expect(encodeTransQuantParam(0.1)).toBe(0x000040003dcccccdn);
    expect(parseField(QmarOp, f, '1e60', true).problems[0]!.kind).toBe('range');
    expect(parseField(QmarOp, f, '0x1 0x2', true).problems[0]).toEqual({kind: 'count', expected: [1, 3], got: 2});
  });

  it('rounds floats to the dtype with a note, reads bit patterns and infinities, refuses overflow', () => {
    const f = spec(s, 'x3.0'); // FLOAT16 (2, 3)
    const r = parseField(QmarOp, f, '0.1 0x3C00 inf -Infinity nan 1', true);
    expect(r.numbers!.slice(0, 4)).toEqual([0.0999755859375, 1, Infinity, -Infinity]);
    expect(Number.isNaN(r.numbers![4])).toBe(true);
    expect(r.rounded).toEqual({count: 1, from: '0.1', to: '0.0999755859375'});
    expect(parseField(QmarOp, f, '1 1 1 1 1 65520', true).problems[0]!.kind).toBe('range');
    expect(parseField(QmarOp, f, '1 1 1 1 1 65519', true).numbers![5]).toBe(65504);
  });

  it('keeps user text as data: hostile tokens come back as (shortened) text in a problem', () => {
    const r = parseField(QmarOp, spec(s, 'x1.0'), '<img src=x onerror="alert(1)"> 1 2 3 4 5 6 7', true);
    expect(r.problems.find((p) => p.kind === 'token')).toMatchObject({kind: 'token', token: '<img'});
    const long = parseField(QmarOp, spec(s, 'x1.0'), 'a'.repeat(100), true);
    expect((long.problems[1] as {token: string}).token).toHaveLength(25);
  });

  it('refuses over-long text without parsing it', () => {
    const r = parseField(QmarOp, spec(s, 'x1.0'), '1 '.repeat(MaxTextLength), true);
    expect(r.problems).toEqual([{kind: 'tooLong', max: MaxTextLength}]);
  });
});

describe('updateState', () => {
  it('keeps typed values through shape changes, copying the nearest value into new cells', () => {
    let s = updateState(DefaultState, {values: {'x1.0': '1 2 3 4\n5 6 7 8'}});
    s = updateState(s, {m: 3, k: 5});
    expect(s.values['x1.0']).toBe('1, 2, 3, 4, 4\n5, 6, 7, 8, 8\n5, 6, 7, 8, 8');
    s = updateState(s, {m: 1, k: 2});
    expect(s.values['x1.0']).toBe('1, 2');
  });

  it('re-lays out a typed x1 when transposeX1 changes, so the result is unchanged', () => {
    const s = updateState({...wqbmm, m: 2, k: 3}, {values: {x1: '1 2 3\n4 5 6'}});
    const t = updateState(s, {transposeX1: true});
    expect(t.values.x1).toBe('1, 4\n2, 5\n3, 6');
    expect(out(t).data).toEqual(out(s).data);
    const both = updateState(updateState(s, {values: {...s.values, x2: fieldText(s, spec(s, 'x2'))}}), {
      transposeX2: true,
    });
    expect(out(both).data).toEqual(out(s).data);
  });

  it('drops a typed dequantScale whose dtype changes, keeps a single broadcast value', () => {
    let s = updateState(DefaultState, {values: {'scale.0': '0x000040003F800000'}});
    s = updateState(s, {n: 5});
    expect(s.values['scale.0']).toBe('0x000040003F800000');
    s = updateState(s, {dtype: 'BFLOAT16'});
    expect(s.values['scale.0']).toBeUndefined();
  });

  it('clamps sizes per operator', () => {
    const s = updateState(wqbmm, {m: 80});
    expect(s.m).toBe(80);
    expect(updateState(s, {op: QmarOp}).m).toBe(16);
  });
});

describe('evaluate', () => {
  it('never throws: bad values give field problems and compute nothing', () => {
    const e = evaluate(updateState(DefaultState, {values: {'x1.0': '1 2 <script>'}}));
    expect(e.invalid).toBe(true);
    expect(e.qmar).toBeNull();
    expect(e.fields.find((f) => f.spec.key === 'x1.0')!.problems.length).toBeGreaterThan(0);
  });

  it('split k: with unit scales and small integers the split equals the unsplit result (property)', () => {
    for (let seed = 0; seed < 50; seed++)
      for (const ranks of [1, 2, 4, 8]) {
        const m = 1 + (seed % 4);
        const k = 1 + ((seed * 7) % 16);
        const n = 1 + ((seed * 3) % 5);
        const small = (len: number) => Array.from({length: len}, (_, i) => ((i * 7 + seed) % 7) - 3).join(' ');
        const s: PlaygroundState = {
          ...DefaultState,
          m,
          k,
          n,
          ranks,
          split: true,
          bias: true,
          x3: false,
          values: {'x1.0': small(m * k), 'x2.0': small(k * n), 'bias.0': small(n), 'scale.0': '1'},
        };
        const e = evaluate(s);
        expect(e.qmar!.ulps!.every((u) => u === 0)).toBe(true);
        expect(e.qmar!.result.ranks).toHaveLength(ranks);
      }
  });

  it('split k uses only rank 0 fields; other ranks are not shown', () => {
    const keys = fieldSpecs({...DefaultState, split: true, ranks: 4}).map((f) => f.key);
    expect(keys.every((k) => k.endsWith('.0'))).toBe(true);
  });

  it('shared tensors give one field for every rank', () => {
    const f = fieldSpecs({...DefaultState, ranks: 4, same: ['x3', 'scale']});
    expect(f.filter((x) => x.tensor === 'x3').map((x) => [x.key, x.rank])).toEqual([['x3.0', null]]);
    expect(f.filter((x) => x.tensor === 'x1')).toHaveLength(4);
  });

  it('flags int32 overflow of the accumulator instead of computing silently', () => {
    const s: PlaygroundState = {
      ...DefaultState,
      m: 1,
      k: 1,
      n: 1,
      ranks: 1,
      x3: false,
      values: {'x1.0': '1', 'x2.0': '1', 'bias.0': '2147483647', 'scale.0': '1'},
    };
    expect(evaluate(s).qmar!.result.warnings.map((w) => w.code)).toContain('int32-overflow');
  });

  it('WQBMM: deqOffset/deqScale are passed only on the fixpipe path', () => {
    const s = updateState({...wqbmm, m: 65, k: 2, n: 2}, {});
    expect(spec(s, 'deqScale').used).toBe(false);
    expect(evaluate(s).wqbmm!.warnings.map((w) => w.code)).not.toContain('ignored-on-path');
    expect(spec({...s, m: 64}, 'deqScale').used).toBe(true);
  });
});

describe('ulpDistance and the benchmark runners', () => {
  it('counts ulps across zero and to infinity', () => {
    expect(ulpDistance('FLOAT16', 1, 1)).toBe(0);
    expect(ulpDistance('FLOAT16', 0, -0)).toBe(0);
    expect(ulpDistance('FLOAT16', 2 ** -24, -(2 ** -24))).toBe(2);
    expect(ulpDistance('FLOAT16', 65504, Infinity)).toBe(1);
    expect(ulpDistance('BFLOAT16', 1, 1.0078125)).toBe(1);
    expect(ulpDistance('FLOAT16', NaN, 1)).toBeNull();
  });

  it('the benchmark runners compute', () => {
    const b = benchRunners();
    expect(() => {
      b.run16x8();
      b.evaluate16x8();
    }).not.toThrow();
  });
});
