// @vitest-environment node
/**
 * For every constraint id of both specs: a call that satisfies it and one that breaks it (for
 * 'info' rules, which never fail a call, a call that produces their note), asserting the
 * documented status, the violation's constraint id and the implementation difference.
 */
import {describe, expect, it} from 'vitest';
import {getOperator} from '../../../operators';
import {checkCall, rulesOf} from '../index';
import {allCases, type CheckCase} from './cases';

function verdictOf(c: CheckCase) {
  const result = checkCall(c.call);
  if (!result.ok) throw new Error(`case "${c.name}" is malformed: ${result.problems.join('; ')}`);
  return result.verdict;
}

function title(c: CheckCase): string {
  const short = c.operator === 'aclnnQuantMatmulAllReduceV2' ? 'QMAR' : 'WQBMM';
  if (c.kind === 'note')
    return `${short} ${c.constraint} — info rule (never fails), evaluated and adds its note: ${c.name}`;
  return `${short} ${c.constraint} — ${c.kind === 'pass' ? 'satisfied' : 'broken'}: ${c.name}`;
}

describe('constraint cases', () => {
  for (const c of allCases) {
    it(title(c), () => {
      const verdict = verdictOf(c);
      const ids = verdict.violations.map((v) => v.constraint);
      if (c.kind === 'fail') expect(ids).toContain(c.constraint);
      else expect(ids).not.toContain(c.constraint);
      if (c.kind === 'note') {
        expect(verdict.notes?.map((n) => n.constraint)).toContain(c.constraint);
      }
      expect(verdict.documented.code).toBe(c.documented);
      if (c.impl === null) expect(verdict.implementation).toBeUndefined();
      else {
        expect(verdict.implementation).toBeDefined();
        expect({code: verdict.implementation!.code, stage: verdict.implementation!.stage}).toEqual(c.impl);
      }
      for (const v of verdict.violations) {
        expect(v.anchor).toBe(`/operators/${c.operator}#constraint-${v.constraint}`);
        expect(v.message['zh-Hans'].length).toBeGreaterThan(0);
        expect(v.message.en.length).toBeGreaterThan(0);
      }
    });
  }
});

describe('case table coverage', () => {
  for (const op of ['aclnnQuantMatmulAllReduceV2', 'aclnnWeightQuantBatchMatmul']) {
    it(`${op}: every constraint has a satisfied and a broken case (info rules: a note case)`, () => {
      const rules = rulesOf(op);
      for (const c of getOperator(op).constraints) {
        const cases = allCases.filter((x) => x.operator === op && x.constraint === c.id);
        if (rules[c.id].stage === 'info') {
          expect(
            cases.some((x) => x.kind === 'note'),
            `${c.id}: note case`,
          ).toBe(true);
        } else {
          expect(
            cases.some((x) => x.kind === 'pass'),
            `${c.id}: satisfied case`,
          ).toBe(true);
          expect(
            cases.some((x) => x.kind === 'fail'),
            `${c.id}: broken case`,
          ).toBe(true);
        }
      }
    });
  }
});

describe('violation messages', () => {
  it('name the offending values (k = 70000 > 65535)', () => {
    const c = allCases.find((x) => x.constraint === 'last-dim-max' && x.kind === 'fail')!;
    const v = verdictOf(c).violations.find((x) => x.constraint === 'last-dim-max')!;
    expect(v.message['zh-Hans']).toContain('k = 70000');
    expect(v.message['zh-Hans']).toContain('65535');
    expect(v.message['zh-Hans']).toContain('请');
    expect(v.message.en).toContain('k = 70000');
  });

  it('carry group and documented status', () => {
    const c = allCases.find((x) => x.constraint === 'x3-dtype-match' && x.kind === 'fail')!;
    const v = verdictOf(c).violations.find((x) => x.constraint === 'x3-dtype-match')!;
    expect(v.group).toBe('implementation');
    expect(v.status).toBeUndefined();
    const d = verdictOf(allCases.find((x) => x.constraint === 'reduce-op-value' && x.kind === 'fail')!);
    expect(d.violations[0]).toMatchObject({constraint: 'reduce-op-value', status: 161002});
    expect(d.violations[0].message.en).toContain('"SUM"');
  });
});
