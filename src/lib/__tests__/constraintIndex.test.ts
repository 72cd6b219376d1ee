import {describe, expect, it} from 'vitest';
import {allOperators} from '../../operators';
import {
  constraintRows,
  filterRows,
  filtersToSearch,
  mentionedDtypes,
  NoFilters,
  parseFilters,
} from '../constraintIndex';

const rows = constraintRows(allOperators);

describe('constraint index', () => {
  it('lists every constraint of every spec exactly once', () => {
    const keys = rows.map((r) => `${r.operator}#${r.id}`);
    const expected = allOperators.flatMap((o) => o.constraints.map((c) => `${o.id}#${c.id}`));
    expect(keys).toEqual(expected);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('links each row to its constraint anchor', () => {
    for (const r of rows) expect(r.href).toBe(`/operators/${r.operator}#constraint-${r.id}`);
  });

  it('with no filter shows everything', () => {
    expect(filterRows(rows, NoFilters)).toHaveLength(rows.length);
  });

  it('the operator filter keeps exactly that operator', () => {
    for (const op of allOperators) {
      const out = filterRows(rows, {...NoFilters, op: op.id});
      expect(out).toHaveLength(op.constraints.length);
      expect(out.every((r) => r.operator === op.id)).toBe(true);
    }
  });

  it('the parameter filter keeps the rules that name the parameter', () => {
    const out = filterRows(rows, {...NoFilters, param: 'pertokenScaleOptional'});
    expect(out.length).toBeGreaterThan(0);
    expect(out.length).toBeLessThan(rows.length);
    expect(out.every((r) => r.params.includes('pertokenScaleOptional'))).toBe(true);
    expect(out.map((r) => r.id)).toContain('pertoken-shape');
  });

  it('the dtype filter keeps the rules that mention the dtype', () => {
    const out = filterRows(rows, {...NoFilters, dtype: 'BFLOAT16'});
    expect(out.map((r) => r.id)).toContain('bf16-dequant');
    expect(out.every((r) => r.dtypes.includes('BFLOAT16'))).toBe(true);
    expect(out.length).toBeLessThan(rows.length);
  });

  it('free text matches numbers, ids and words, all words required', () => {
    expect(filterRows(rows, {...NoFilters, q: '65535'}).map((r) => r.id)).toContain('last-dim-max');
    expect(filterRows(rows, {...NoFilters, q: 'LAST-DIM-MAX'}).map((r) => r.id)).toEqual(['last-dim-max']);
    expect(filterRows(rows, {...NoFilters, q: '65535 nosuchword'})).toEqual([]);
  });

  it('filters combine', () => {
    const out = filterRows(rows, {op: 'aclnnQuantMatmulAllReduceV2', param: 'dequantScale', dtype: 'FLOAT32', q: ''});
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((r) => r.operator === 'aclnnQuantMatmulAllReduceV2' && r.params.includes('dequantScale'))).toBe(
      true,
    );
  });

  it('filters round-trip through the URL query, and hostile input stays a plain string', () => {
    const f = {op: 'aclnnWeightQuantBatchMatmul', param: 'bias', dtype: 'FLOAT32', q: 'm > 64 <script>'};
    expect(parseFilters(filtersToSearch(f))).toEqual(f);
    expect(filtersToSearch(NoFilters)).toBe('');
    // A malformed escape or an unknown operator is just a string that matches nothing; nothing throws.
    const bad = parseFilters('?op=%E0%A4%A&q=%3Cimg%20onerror%3Dx%3E');
    expect(typeof bad.op).toBe('string');
    expect(filterRows(rows, bad)).toEqual([]);
  });

  it('finds dtype names as whole words only', () => {
    expect(mentionedDtypes('FLOAT16 output, INT64/UINT64 scale')).toEqual(['INT64', 'UINT64', 'FLOAT16']);
    expect(mentionedDtypes('FLOAT160')).toEqual([]);
  });
});
