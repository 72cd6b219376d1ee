// @vitest-environment node
/** The call-description parser: structure, normalisation and problem reporting. */
import {describe, expect, it} from 'vitest';
import {getOperator} from '../../../operators';
import {callParameters, callParametersOf, normaliseDType, parseCallDescription} from '../../callDescription';
import {samplePresets} from '../presets';

const base = () => structuredClone(samplePresets[0].call) as unknown as Record<string, any>;

function problems(input: unknown): string[] {
  const r = parseCallDescription(input);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}

describe('parameter lists derived from the spec', () => {
  it('tensors are the aclTensor parameters, attrs the others without workspaceSize/executor', () => {
    expect(callParameters.aclnnQuantMatmulAllReduceV2).toMatchObject({
      tensors: ['x1', 'x2', 'biasOptional', 'x3Optional', 'dequantScale', 'pertokenScaleOptional', 'output'],
      attrs: ['group', 'reduceOp', 'commTurn', 'streamMode'],
    });
    expect(callParametersOf(getOperator('aclnnWeightQuantBatchMatmul'))).toMatchObject({
      tensors: ['x1', 'x2', 'diagonalMatrix', 'deqOffset', 'deqScale', 'addOffset', 'mulScale', 'bias', 'out'],
      attrs: ['transposeX1', 'transposeX2', 'antiquantScale', 'antiquantOffset'],
      attrKinds: {transposeX1: 'boolean', transposeX2: 'boolean', antiquantScale: 'number', antiquantOffset: 'number'},
    });
  });
});

describe('parseCallDescription', () => {
  it('accepts the issue example and normalises dtype aliases and format case', () => {
    const input = base();
    input.tensors.output.dtype = 'fp16';
    input.tensors.x1.dtype = 'int8';
    input.tensors.x2.format = 'nd';
    input.tensors.dequantScale = {shape: [128], dtype: 'uint64'};
    const r = parseCallDescription(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.call.tensors.output?.dtype).toBe('FLOAT16');
    expect(r.call.tensors.x1?.dtype).toBe('INT8');
    expect(r.call.tensors.x2?.format).toBe('ND');
    expect(r.call.tensors.dequantScale?.format).toBe('ND');
  });

  it.each([
    ['FLOAT', 'FLOAT32'],
    ['fp32', 'FLOAT32'],
    ['BF16', 'BFLOAT16'],
    ['FP16', 'FLOAT16'],
    ['bfloat16', 'BFLOAT16'],
    ['INT4', null],
  ])('normaliseDType(%s) = %s', (name, expected) => {
    expect(normaliseDType(name)).toBe(expected);
  });

  it('lists every problem with its JSON path', () => {
    const input = base();
    input.tensors.x1.shape = [1.5, -1, 2 ** 60];
    input.tensors.x2.dtype = 'INT4';
    input.tensors.x2.format = 'NZ';
    input.tensors.x9 = null;
    input.tensors.output.extra = 1;
    input.attrs.commTurn = 0.5;
    input.attrs.transposeX1 = true;
    input.extra = 'x';
    const p = problems(input);
    expect(p).toEqual(
      expect.arrayContaining([
        'tensors.x1.shape[0]: expected an integer, got 1.5',
        'tensors.x1.shape[1]: must be ≥ 0 (got -1)',
        expect.stringMatching(/^tensors\.x1\.shape\[2\]: must be ≤ 9007199254740991/),
        expect.stringMatching(/^tensors\.x2\.dtype: unknown dtype "INT4"; use one of INT8/),
        expect.stringMatching(/^tensors\.x2\.format: unknown format "NZ"/),
        expect.stringMatching(
          /^tensors: unknown tensor parameter "x9" for aclnnQuantMatmulAllReduceV2; known: x1, x2,/,
        ),
        expect.stringMatching(/^tensors\.output: unknown key "extra" in a tensor/),
        'attrs.commTurn: expected an integer, got 0.5',
        expect.stringMatching(/^attrs: unknown attribute "transposeX1" for aclnnQuantMatmulAllReduceV2; known: group/),
        expect.stringMatching(/^\(root\): unknown key "extra"/),
      ]),
    );
    expect(p).toHaveLength(10);
  });

  it('names the known operators for an unknown one and still checks the structure', () => {
    const p = problems({operator: 'aclnnFoo', tensors: {a: {shape: [-1], dtype: 'INT8'}}, attrs: {}});
    expect(p[0]).toBe(
      'operator: unknown operator "aclnnFoo"; known operators: aclnnQuantMatmulAllReduceV2, aclnnWeightQuantBatchMatmul',
    );
    expect(p).toContain('tensors.a.shape[0]: must be ≥ 0 (got -1)');
  });

  it('reports missing keys and suggests where a misplaced parameter goes', () => {
    const p = problems({operator: 'aclnnWeightQuantBatchMatmul', tensors: {transposeX1: true}, attrs: {x1: null}});
    expect(p).toContain('attrs.transposeX2: required (a boolean expected)');
    expect(p.some((x) => x.includes('"transposeX1" is an attribute: put it under attrs'))).toBe(true);
    expect(p.some((x) => x.includes('"x1" is a tensor: put it under tensors'))).toBe(true);
  });

  it('treats absent and null tensors as null pointers', () => {
    const input = base();
    delete input.tensors.biasOptional;
    input.tensors.x3Optional = null;
    const r = parseCallDescription(input);
    expect(r.ok && r.call.tensors.biasOptional).toBeUndefined();
    expect(r.ok && r.call.tensors.x3Optional).toBeNull();
  });

  it('never throws and quotes hostile strings instead of interpreting them', () => {
    for (const input of [
      '<script>alert(1)</script>',
      42,
      null,
      undefined,
      [],
      {operator: '<img src=x onerror=alert(1)>'},
    ]) {
      const p = problems(input);
      expect(p.length).toBeGreaterThan(0);
    }
    const p = problems({operator: '<img src=x onerror=alert(1)>', tensors: {}, attrs: {}});
    expect(p[0]).toContain('"<img src=x onerror=alert(1)>"');
  });
});
