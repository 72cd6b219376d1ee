/** The checker on a given CANN release (`cannVersion`): both sides of each modelled change. */
import {describe, expect, it} from 'vitest';
import {checkCall} from '..';
import {samplePresets} from '../presets';
import type {Verdict} from '../types';

const preset = (id: string) => structuredClone(samplePresets.find((p) => p.id === id)!.call) as Record<string, any>;

function verdict(call: unknown): Verdict {
  const r = checkCall(call);
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.verdict;
}
const ids = (v: Verdict) => v.violations.map((x) => x.constraint);

describe('cannVersion', () => {
  it('without it the checker assumes the latest release and says so', () => {
    expect(verdict(preset('allreduce-nd')).cannVersion).toEqual({value: 'master', assumed: true});
    expect(verdict({...preset('allreduce-nd'), cannVersion: '9.0.0'}).cannVersion).toEqual({
      value: '9.0.0',
      assumed: false,
    });
  });

  it('an unknown release is a clear problem, never a throw', () => {
    const r = checkCall({...preset('allreduce-nd'), cannVersion: '7.0'});
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toContain(
      'cannVersion: unknown CANN release "7.0"; known: 8.0.RC2, 8.5.0, 9.0.0, 9.0.1, 9.1.0, master',
    );
    const n = checkCall({...preset('allreduce-nd'), cannVersion: 9});
    expect(!n.ok && n.problems.join('\n')).toMatch(/^cannVersion: expected a string/m);
  });

  describe('QuantMatmulAllReduceV2: a non-contiguous x2 that is not a transpose', () => {
    const call = () => {
      const c = preset('allreduce-nd');
      c.tensors.x2.contiguous = false;
      return c;
    };
    it.each(['9.0.0', '9.0.1', '9.1.0', 'master'])('rejected by the parameter check on %s', (release) => {
      const v = verdict({...call(), cannVersion: release});
      expect(ids(v)).toContain('x2-transpose-only');
      expect(v.documented.code).toBe(161002);
    });
    it('not rejected by phase 1 on 8.5.0 (the check came later), with a note saying so', () => {
      const v = verdict({...call(), cannVersion: '8.5.0'});
      expect(ids(v)).not.toContain('x2-transpose-only');
      expect(v.documented.code).toBe(0);
      expect(v.implementation).toBeUndefined();
      const n = v.notes!.find((x) => x.constraint === 'x2-transpose-only')!;
      expect(n.message.en).toMatch(/code of 8\.5\.0 has no such check/);
    });
  });

  describe('QuantMatmulAllReduceV2: an empty output', () => {
    const call = () => {
      const c = preset('allreduce-nd');
      c.tensors.output.shape[0] = 0;
      c.tensors.x1.shape[0] = 0;
      c.tensors.x3Optional.shape[0] = 0;
      return c;
    };
    it('rejected by the parameter check from 9.0.0 on', () => {
      const v = verdict({...call(), cannVersion: '9.0.0'});
      expect(ids(v)).toContain('output-not-empty');
      expect(v.implementation?.code ?? v.documented.code).toBe(161002);
    });
    it('only rejected in tiling on 8.5.0 (561002)', () => {
      const v = verdict({...call(), cannVersion: '8.5.0'});
      expect(v.implementation).toMatchObject({code: 561002, stage: 'tiling'});
    });
  });

  describe('WeightQuantBatchMatmul: a null x1', () => {
    const call = () => {
      const c = preset('m-gt-64');
      c.tensors.x1 = null;
      return c;
    };
    it('returns 161002 on master (after ops-nn 4c8b12ff9)', () => {
      const v = verdict({...call(), cannVersion: 'master'});
      expect(v.implementation).toMatchObject({code: 161002, stage: 'parameter check'});
    });
    it.each(['8.5.0', '9.0.0', '9.0.1', '9.1.0'])('crashes on %s (before the fix): undetermined, stage crash', (r) => {
      const v = verdict({...call(), cannVersion: r});
      expect(v.implementation).toMatchObject({status: 'UNDETERMINED', code: null, stage: 'crash'});
      expect(v.implementation!.note.en).toMatch(/crashes/);
      expect(v.documented.code).toBe(161001);
    });
    it('a null x2 (x1 present) still returns 161002 before the fix', () => {
      const c = preset('m-gt-64');
      c.tensors.x2 = null;
      expect(verdict({...c, cannVersion: '9.1.0'}).implementation).toMatchObject({code: 161002});
    });
  });

  it('8.0.RC2: its code is not public, so the implementation verdict is undetermined', () => {
    const v = verdict({...preset('allreduce-nd'), cannVersion: '8.0.RC2'});
    expect(v.implementation).toMatchObject({status: 'UNDETERMINED', code: null, stage: 'unpublished release'});
    expect(v.documented.code).toBe(0);
  });

  it('notes where the cited lines of a broken rule read differently in the chosen release', () => {
    const c = preset('allreduce-nd');
    c.attrs.reduceOp = 'max';
    const v = verdict({...c, cannVersion: '8.5.0'});
    expect(ids(v)).toContain('reduce-op-value');
    expect(v.notes!.find((n) => n.constraint === 'cann-version')!.message.en).toMatch(/reduce-op-value/);
    expect(verdict(c).notes?.some((n) => n.constraint === 'cann-version') ?? false).toBe(false);
  });
});
