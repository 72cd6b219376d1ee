/**
 * Every fact on the site is cited (issue 10): a parameter row, constraint, error row, formula,
 * product, notice, deprecation, determinism note, version note, erratum column or status code
 * without a citation fails here, listed by name. Citations must name registered sources, and each
 * provenance tag must be backed by a citation of its kind.
 */
import {describe, expect, it} from 'vitest';
import {allErrata, allOperators, allRepositories, allSources, allStatusCodes} from '../../../operators';
import {allFacts, citationProblems, operatorFacts} from '../facts';

const sources = new Map(allSources.map((s) => [s.id, s]));
const facts = allFacts(allOperators, allErrata, allStatusCodes);

describe('citations', () => {
  it('every fact has at least one citation, and every provenance tag is backed by a source of its kind', () => {
    const problems = facts.flatMap((f) => citationProblems(f, sources));
    expect(problems, `${problems.length} citation problem(s):\n${problems.join('\n')}`).toEqual([]);
  });

  it('covers every kind of fact', () => {
    const kinds = new Set(facts.map((f) => f.kind));
    for (const k of [
      'parameter',
      'execute-parameter',
      'error',
      'constraint',
      'formula',
      'product',
      'determinism',
      'status-code',
      'erratum-documented',
      'erratum-later-docs',
      'erratum-implementation',
      'framework',
      'framework-condition',
      'framework-param',
      'framework-note',
    ] as const) {
      expect(kinds.has(k), k).toBe(true);
    }
    // one fact per row: the operator lists match the spec lengths
    for (const op of allOperators) {
      expect(operatorFacts(op).filter((f) => f.kind === 'constraint')).toHaveLength(op.constraints.length);
    }
  });

  it('covers every fact of the framework mapping: each call, condition, mapping row and note, with a unique key', () => {
    for (const op of allOperators) {
      const fs = operatorFacts(op);
      const count = (kind: string) => fs.filter((f) => f.kind === kind).length;
      expect(op.frameworks.length, op.id).toBeGreaterThan(0);
      expect(count('framework')).toBe(op.frameworks.length);
      expect(count('framework-condition')).toBe(op.frameworks.reduce((n, c) => n + c.conditions.length, 0));
      expect(count('framework-param')).toBe(op.frameworks.reduce((n, c) => n + c.parameters.length, 0));
      expect(count('framework-note')).toBe(op.frameworks.reduce((n, c) => n + c.notes.length, 0));
      const keys = fs.map((f) => f.key);
      expect(new Set(keys).size, `${op.id}: duplicate fact keys`).toBe(keys.length);
      // every framework fact is checked by the first test of this file (no citation problem)
      for (const f of fs.filter((x) => x.kind.startsWith('framework'))) {
        expect(citationProblems(f, sources), f.where).toEqual([]);
        expect(f.sources.length, f.where).toBeGreaterThan(0);
      }
    }
    // the torch_npu mapping of aclnnQuantMatmulAllReduceV2 cites the branch that calls it
    const qmar = allOperators.find((o) => o.id === 'aclnnQuantMatmulAllReduceV2')!;
    const call = qmar.frameworks.find((c) => c.id === 'torch-npu')!;
    expect(call.reachesThisOperator).toBe(true);
    expect(call.sources.some((c) => c.source === 'tnpu-mm-all-reduce-base')).toBe(true);
    const wqbmm = allOperators.find((o) => o.id === 'aclnnWeightQuantBatchMatmul')!;
    expect(wqbmm.frameworks.find((c) => c.id === 'torch-npu')!.reachesThisOperator).toBe(false);
  });

  it('every source names a known repository; repository sources are pinned to a commit and dated', () => {
    const repos = new Set(allRepositories.map((r) => r.id));
    for (const s of allSources) {
      expect(repos.has(s.repo), `${s.id}: repository ${s.repo}`).toBe(true);
      if (s.repo === 'seeds') {
        expect(s.kind).toBe('seed');
      } else {
        expect(s.commit, `${s.id}: commit`).toMatch(/^[0-9a-f]{40}$/);
        expect(s.date, `${s.id}: date`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    expect(new Set(allSources.map((s) => s.id)).size).toBe(allSources.length);
  });

  it('reports the figures (facts and citations per operator)', () => {
    const rows = [...allOperators.map((o) => o.id), null].map((op) => {
      const fs = facts.filter((f) => f.operator === op);
      return {
        operator: op ?? 'errata + status codes',
        facts: fs.length,
        citations: fs.reduce((n, f) => n + f.sources.length, 0),
      };
    });
    console.log(rows.map((r) => `${r.operator}: ${r.facts} facts, ${r.citations} citations`).join('\n'));
    expect(rows.every((r) => r.facts > 0)).toBe(true);
  });
});
