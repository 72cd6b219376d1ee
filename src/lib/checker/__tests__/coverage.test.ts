// @vitest-environment node
/** One rule per spec constraint: the rule ids equal the constraint ids of each operator. */
import {describe, expect, it} from 'vitest';
import {allOperators} from '../../../operators';
import {checkedOperators, documentedStatusOf, rulesOf} from '../index';

describe('rule coverage', () => {
  it('the checker knows exactly the operators of the registry', () => {
    expect([...checkedOperators].sort()).toEqual(allOperators.map((op) => op.id).sort());
  });

  for (const op of allOperators) {
    describe(op.id, () => {
      const rules = rulesOf(op.id);

      it('rule ids == spec constraint ids', () => {
        expect(Object.keys(rules).sort()).toEqual(op.constraints.map((c) => c.id).sort());
      });

      it('each rule is keyed by its own id and has a phase-1 stage', () => {
        for (const [id, rule] of Object.entries(rules)) {
          expect(rule.id).toBe(id);
          expect(['null', 'dtype', 'attr', 'shape', 'info']).toContain(rule.stage);
        }
      });

      it('documented statuses come from the spec where the spec gives one', () => {
        for (const c of op.constraints) {
          const rule = rules[c.id];
          const status = documentedStatusOf(rule, op);
          if (c.group === 'documented' && c.status !== undefined) expect(status).toBe(c.status);
          if (rule.stage === 'info') {
            expect(status).toBeNull();
            expect(c.status).toBeUndefined();
          }
        }
      });
    });
  }
});
