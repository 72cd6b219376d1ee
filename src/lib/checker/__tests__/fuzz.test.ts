// @vitest-environment node
/**
 * Fuzz test: 12,000 generated or mutated call descriptions (seeded PRNG, so the run is
 * reproducible). For each: checkCall never throws, returns either a verdict or a malformed-input
 * report, and returns the same result twice for the same input.
 */
import {describe, expect, it} from 'vitest';
import {DTypes} from '../../../operators/schema';
import {callParameters} from '../../callDescription';
import {checkCall, rulesOf} from '../index';
import {samplePresets} from '../presets';
import {allCases} from './cases';

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const Hostile = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '`${alert(1)}`',
  '__proto__',
  'constructor',
  '\u0000\u202e',
  '',
  ' sum ',
  'SUM',
  'ＳＵＭ',
];
const Junk: unknown[] = [
  null,
  true,
  false,
  0,
  -0,
  -1,
  1.5,
  -7.25,
  2 ** 53,
  2 ** 53 - 1,
  2 ** 64,
  1e308,
  Number.MAX_SAFE_INTEGER,
  '12',
  '0x10',
  [],
  [1, 2],
  [[1]],
  {},
  {shape: [1]},
  ...Hostile,
];
const Dims = [0, 1, 2, 3, 4, 8, 16, 31, 32, 33, 64, 65, 128, 65535, 65536, 70000, 2147483647, 2147483648, 2 ** 53 - 1];
const DTypeNames = [...DTypes, 'FLOAT', 'bf16', 'fp16', 'Fp32'];
const BadDTypeNames = ['int4', 'COMPLEX64', '<b>INT8</b>', 'FLOAT64'];

interface Gen {
  r: () => number;
  pick<T>(list: readonly T[]): T;
  int(n: number): number;
}

function gen(seed: number): Gen {
  const r = prng(seed);
  return {
    r,
    pick: (list) => list[Math.floor(r() * list.length)],
    int: (n) => Math.floor(r() * n),
  };
}

function randomTensor(g: Gen): unknown {
  const rank = g.int(10);
  const t: Record<string, unknown> = {
    shape: Array.from({length: rank}, () => g.pick(Dims)),
    dtype: g.r() < 0.97 ? g.pick(DTypeNames) : g.pick(BadDTypeNames),
  };
  if (g.r() < 0.8) t.format = g.r() < 0.97 ? g.pick(['ND', 'FRACTAL_NZ', 'nd']) : 'NZ';
  if (g.r() < 0.2) t.storage_shape = Array.from({length: g.pick([2, 4])}, () => g.pick(Dims));
  if (g.r() < 0.2) t.transposed = g.r() < 0.5;
  if (g.r() < 0.2) t.contiguous = g.r() < 0.5;
  return t;
}

function randomAttr(g: Gen, kind: string): unknown {
  if (g.r() < 0.03) return g.pick(Junk);
  switch (kind) {
    case 'string':
      return g.pick(['sum', 'hcom_world', ...Hostile]);
    case 'integer':
      return g.pick([0, 1, 2, -1, 2 ** 40]);
    case 'boolean':
      return g.r() < 0.5;
    default:
      return g.pick([0, 1, -1.5, 3.25, 1e-30]);
  }
}

/** A random, mostly well-formed description (exercises the rules with odd shapes). */
function randomCall(g: Gen): unknown {
  const operator = g.r() < 0.97 ? g.pick(Object.keys(callParameters)) : g.pick(Hostile);
  const params = Object.hasOwn(callParameters, operator)
    ? callParameters[operator]
    : callParameters.aclnnQuantMatmulAllReduceV2;
  const tensors: Record<string, unknown> = {};
  for (const name of params.tensors) {
    const x = g.r();
    if (x < 0.15) continue;
    tensors[name] = x < 0.25 ? null : randomTensor(g);
  }
  const attrs: Record<string, unknown> = {};
  for (const name of params.attrs) attrs[name] = randomAttr(g, params.attrKinds[name]);
  return {operator, tensors, attrs};
}

/** A random path of keys inside a JSON-ish value. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function setAt(root: unknown, path: (string | number)[], value: unknown, remove: boolean): unknown {
  if (path.length === 0) return remove ? undefined : value;
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (remove) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return root;
}

/** Mutate a valid description: change, delete or add one to three things. */
function mutate(g: Gen, base: unknown): unknown {
  let value: unknown = structuredClone(base);
  const n = 1 + g.int(3);
  for (let i = 0; i < n; i++) {
    const all = paths(value);
    const path = g.pick(all);
    const op = g.r();
    if (op < 0.45) value = setAt(value, path, structuredClone(g.pick(Junk)), false);
    else if (op < 0.65) value = setAt(value, path, undefined, true);
    else if (op < 0.8) {
      const target =
        path.length === 0 ? value : path.reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], value);
      if (target && typeof target === 'object' && !Array.isArray(target)) {
        (target as Record<string, unknown>)[g.pick(['extra', 'x4', 'dtype2', ...Hostile])] = g.pick(Junk);
      }
    } else if (op < 0.9) value = setAt(value, path, g.pick(Hostile), false);
    else value = setAt(value, path, g.pick(Dims) * (g.r() < 0.5 ? -1 : 1) + (g.r() < 0.3 ? 0.5 : 0), false);
    if (value === undefined) value = g.pick(Junk);
  }
  return value;
}

const bases: unknown[] = [...samplePresets.map((p) => p.call), ...allCases.map((c) => c.call)];
const knownIds = new Set(Object.keys(callParameters).flatMap((op) => Object.keys(rulesOf(op))));

function checkShape(input: unknown): string {
  const before = JSON.stringify(input);
  const first = checkCall(input);
  const second = checkCall(input);
  const a = JSON.stringify(first);
  expect(JSON.stringify(second)).toBe(a);
  // The checker does not modify its input.
  expect(JSON.stringify(input)).toBe(before);
  if (first.ok) {
    const v = first.verdict;
    expect(typeof v.documented.code).toBe('number');
    expect([0, 161001, 161002]).toContain(v.documented.code);
    expect(Array.isArray(v.violations)).toBe(true);
    for (const x of v.violations) {
      expect(knownIds.has(x.constraint)).toBe(true);
      expect(x.message['zh-Hans'].length).toBeGreaterThan(0);
      expect(x.message.en.length).toBeGreaterThan(0);
    }
    for (const x of v.notes ?? []) expect(x.message.en).not.toContain('internal checker error');
    if (v.implementation) expect(v.implementation.code).not.toBe(v.documented.code);
    if (v.documented.code === 0) expect(v.violations.every((x) => x.status === undefined)).toBe(true);
  } else {
    expect(first.problems.length).toBeGreaterThan(0);
    for (const p of first.problems) expect(typeof p).toBe('string');
    expect(first.problems.join('\n')).not.toContain('internal checker error');
  }
  return first.ok ? 'ok' : 'malformed';
}

describe('fuzz: checkCall on 12,000 generated and mutated descriptions', () => {
  it('never throws, always returns a verdict or problems, deterministically', () => {
    const g = gen(0x5eed);
    const counts = {ok: 0, malformed: 0, total: 0};
    for (let i = 0; i < 12_000; i++) {
      const kind = i % 3;
      const input = kind === 0 ? randomCall(g) : kind === 1 ? mutate(g, g.pick(bases)) : mutate(g, randomCall(g));
      const outcome = checkShape(input);
      counts[outcome as 'ok' | 'malformed']++;
      counts.total++;
    }
    expect(counts.total).toBeGreaterThanOrEqual(10_000);
    // Both paths are exercised substantially.
    expect(counts.ok).toBeGreaterThan(2_000);
    expect(counts.malformed).toBeGreaterThan(2_000);
  });

  it('handles values JSON cannot produce (functions, symbols, bigint, cycles, throwing getters)', () => {
    const cyclic: Record<string, unknown> = {operator: 'aclnnQuantMatmulAllReduceV2', attrs: {}};
    cyclic.tensors = cyclic;
    const throwing = {
      get operator(): string {
        throw new Error('boom');
      },
    };
    const odd: unknown[] = [
      undefined,
      () => 1,
      Symbol('x'),
      10n,
      cyclic,
      throwing,
      Object.create(null),
      new Map(),
      new Date(0),
      {operator: 'aclnnWeightQuantBatchMatmul', tensors: {x1: {shape: [10n], dtype: 'FLOAT16'}}, attrs: {}},
    ];
    for (const input of odd) {
      const result = checkCall(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
    }
  });
});
