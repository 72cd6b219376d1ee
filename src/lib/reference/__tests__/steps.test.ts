/**
 * The step formulas are shown as they are on both language versions of the playground (names and
 * notes are translated; formulas are not), so they must be notation only: no English words.
 */
import {describe, expect, it} from 'vitest';
import {qmarSteps} from '../aclnnQuantMatmulAllReduceV2';
import {wqbmmSteps} from '../aclnnWeightQuantBatchMatmul';

const English = /\b(if|when|then|else|each|must|lie|with|for|exact|above|below|clamp to|rounded|float32 with)\b/i;

const all = [
  ...(['FLOAT16', 'BFLOAT16'] as const).flatMap((d) =>
    [true, false].flatMap((pt) => [true, false].flatMap((x3) => qmarSteps(d, pt, x3))),
  ),
  ...(['fixpipe', 'single-op', 'empty'] as const).flatMap((p) =>
    wqbmmSteps(p, {addOffset: true, mulScale: true, bias: true}),
  ),
];

describe('step formulas', () => {
  it('cover every step of both operators', () => {
    expect(new Set(all.map((s) => s.id)).size).toBeGreaterThan(20);
  });
  it.each(all.map((s) => [s.id, s.formula] as const))('%s is notation only: %s', (_id, formula) => {
    expect(formula).not.toMatch(English);
  });
});
