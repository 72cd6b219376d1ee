/**
 * Operator families (src/lib/family.ts): the comparison is computed from the members' specs, and
 * the lint catches family data that no longer matches them.
 */
import {describe, expect, it} from 'vitest';
import {allApis, allOperators, allReleases} from '../../operators';
import {allFamilies, getFamily, RawFamilies} from '../../operators/families';
import {FamilySchema, type Family} from '../../operators/schema';
import {familyModel, lintFamilyComparison, memberLabels} from '../family';

const releaseIds = allReleases.map((r) => r.id);
const lint = (families: Family[]) => lintFamilyComparison(families, allOperators, allApis, releaseIds);
const qmar = getFamily('quant-matmul-all-reduce');
const model = familyModel(qmar, allOperators, allApis);

describe('operator families', () => {
  it.each(RawFamilies.map((r) => [r.id, r] as const))('%s parses and passes the lint', (_id, raw) => {
    expect(FamilySchema.safeParse(raw).success).toBe(true);
    expect(lint(allFamilies)).toEqual([]);
  });

  it('the QuantMatmulAllReduce family lists V1 to V5, oldest first, with their specs', () => {
    expect(model.members.map((m) => m.label)).toEqual(['V1', 'V2', 'V3', 'V4', 'V5']);
    expect(model.members.map((m) => m.kind)).toEqual(['api', 'operator', 'api', 'api', 'api']);
    for (const m of model.members) {
      const spec = allOperators.find((o) => o.id === m.api) ?? allApis.find((a) => a.id === m.api)!;
      expect(m.parameterCount).toBe(spec.parameters.length);
      expect(m.products.map((p) => p.id)).toEqual(spec.products.map((p) => p.id));
    }
    // every member after the first says what it adds, with citations
    for (const m of model.members.slice(1)) {
      expect(m.adds.length, m.api).toBeGreaterThan(0);
      for (const a of m.adds) expect(a.sources.length).toBeGreaterThan(0);
    }
    expect(model.members.map((m) => m.firstRelease)).toEqual([null, '8.0.RC2', null, '9.0.0', '9.1.0']);
  });

  it('every parameter of every member is in exactly one slot, at its prototype position', () => {
    model.members.forEach((m, i) => {
      const spec = allOperators.find((o) => o.id === m.api) ?? allApis.find((a) => a.id === m.api)!;
      const cells = model.slots.flatMap((s) => (s.cells[i] ? [s.cells[i]] : []));
      expect(cells.map((c) => c.name).sort()).toEqual(spec.parameters.map((p) => p.name).sort());
      for (const c of cells) expect(spec.parameters[c.position - 1].name).toBe(c.name);
    });
  });

  it('renamed parameters share a slot; a slot only one member has is new there and absent elsewhere', () => {
    const slot = (id: string) => model.slots.find((s) => s.id === id)!;
    expect(slot('x2-scale').cells.map((c) => c?.name)).toEqual([
      'dequantScale',
      'dequantScale',
      'dequantScale',
      'x2ScaleOptional',
      'x2ScaleOptional',
    ]);
    expect(slot('x2-scale').cells[3]?.change).toBe('changed');
    expect(slot('x1-scale').cells[0]).toBeNull();
    expect(slot('x1-scale').cells[1]?.change).toBe('new');
    expect(slot('commMode').cells.map((c) => c?.change ?? null)).toEqual([null, null, null, null, 'new']);
    // the first member is the baseline; an unchanged parameter is `same`
    expect(slot('x1').cells.map((c) => c?.change)).toEqual(['same', 'same', 'same', 'changed', 'same']);
    expect(slot('group').cells.every((c) => c?.change === 'same')).toBe(true);
  });

  it('the decision list names members only, each item cited', () => {
    const labels = new Set(model.members.map((m) => m.label));
    for (const d of model.decisions) {
      expect(d.sources.length).toBeGreaterThan(0);
      expect(labels.has(d.recommend.label)).toBe(true);
    }
  });

  it('member labels: the suffix after the shortest name', () => {
    expect(memberLabels(qmar.members)).toEqual(['V1', 'V2', 'V3', 'V4', 'V5']);
    expect(
      memberLabels([
        'aclnnWeightQuantBatchMatmul',
        'aclnnWeightQuantBatchMatmulV2',
        'aclnnWeightQuantBatchMatmulV3',
        'aclnnWeightQuantBatchMatmulNz',
      ]),
    ).toEqual(['V1', 'V2', 'V3', 'Nz']);
  });

  it('the comparison lint catches a stray correspondence name, a note on a related API, an unknown release', () => {
    const broken: Family = {
      ...qmar,
      memberNotes: [
        ...qmar.memberNotes.map((n) => (n.kind === 'first-release' ? {...n, release: '7.0.0'} : n)),
        {...qmar.memberNotes[0], api: 'aclnnQuantMatmulAllReduceV3'},
      ],
      correspondences: [{...qmar.correspondences[0], names: ['bias', 'biasTypo']}],
    };
    const problems = lint([broken]).join('\n');
    expect(problems).toMatch(/no member has "biasTypo"/);
    expect(problems).toMatch(/aclnnQuantMatmulAllReduceV3 carries its own facts/);
    expect(problems).toMatch(/unknown release "7.0.0"/);
    const silent: Family = {...qmar, memberNotes: qmar.memberNotes.filter((n) => n.kind !== 'adds')};
    expect(lint([silent]).join('\n')).toMatch(/operator member aclnnQuantMatmulAllReduceV2 has no "adds" note/);
  });
});
