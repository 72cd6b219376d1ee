// @vitest-environment node
/** Every C++ sample on the site, described as a call, passes the checker. */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {allOperators} from '../../../operators';
import {checkCall} from '../index';
import {presetsOf, samplePresets} from '../presets';

const operatorsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../operators');

describe('sample presets', () => {
  it('one preset per spec sample, with the spec sample id and title', () => {
    const expected = allOperators.flatMap((op) => op.samples.map((s) => `${op.id}/${s.id}`));
    expect(samplePresets.map((p) => `${p.operator}/${p.id}`)).toEqual(expected);
    for (const p of samplePresets) {
      const sample = allOperators.find((op) => op.id === p.operator)!.samples.find((s) => s.id === p.id)!;
      expect(p.title).toEqual(sample.title);
      expect(p.call.operator).toBe(p.operator);
      expect(fs.existsSync(path.join(operatorsDir, p.operator, sample.file))).toBe(true);
    }
  });

  for (const p of samplePresets) {
    // QMAR's phase 1 is public (op_api, infer-shape, tiling): no difference. WQBMM's samples pass the
    // op_api check and reach l0 ops whose source is not public: UNDETERMINED, never success.
    const wqbmm = p.operator === 'aclnnWeightQuantBatchMatmul';
    it(`${p.operator} sample ${p.id} passes: ACLNN_SUCCESS, no violation, ${wqbmm ? 'implementation undetermined (l0 op)' : 'no implementation difference'}`, () => {
      const result = checkCall(p.call);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.verdict.documented).toEqual({status: 'ACLNN_SUCCESS', code: 0});
      expect(result.verdict.violations).toEqual([]);
      if (wqbmm)
        expect(result.verdict.implementation).toMatchObject({status: 'UNDETERMINED', code: null, stage: 'l0 op'});
      else expect(result.verdict.implementation).toBeUndefined();
      expect(result.verdict.output?.shape).toEqual(
        p.call.tensors[p.operator === 'aclnnWeightQuantBatchMatmul' ? 'out' : 'output']?.shape,
      );
    });
  }

  it('the presets use the sizes of the sample files', () => {
    const read = (op: string, file: string) => fs.readFileSync(path.join(operatorsDir, op, 'samples', file), 'utf8');
    expect(read('aclnnQuantMatmulAllReduceV2', 'allreduce-nd.cpp')).toContain('kM = 32, kK = 64, kN = 128');
    expect(read('aclnnQuantMatmulAllReduceV2', 'allreduce-nz.cpp')).toContain('kM = 32, kK = 64, kN = 128');
    expect(read('aclnnWeightQuantBatchMatmul', 'm-gt-64.cpp')).toContain('kM = 128, kK = 4, kN = 4');
    expect(read('aclnnWeightQuantBatchMatmul', 'm-le-64.cpp')).toContain('kM = 16, kK = 4, kN = 4');
    expect(presetsOf('aclnnWeightQuantBatchMatmul').map((p) => p.call.tensors.x1?.shape)).toEqual([
      [128, 4],
      [16, 4],
    ]);
  });
});
