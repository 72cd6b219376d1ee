/**
 * The related APIs (ApiSpecSchema, src/operators/apis/): every data file parses, passes the lint
 * (prototype ↔ rows, tensor columns, text, anchors, errata, sources, first release) and the lint
 * catches broken data.
 */
import {describe, expect, it} from 'vitest';
import {allErrata, allFamilies, allOperators, allReleases, allSources} from '../index';
import {allApis, familyMembers, getApi, RawApis} from '../apis';
import {ApiSpecSchema, type ApiSpec} from '../schema';
import {lintApis, lintFamilies} from '../../lib/specLint';

const releaseIds = allReleases.map((r) => r.id);
const lint = (apis: ApiSpec[]) => lintApis(apis, allErrata, releaseIds, allSources);

describe('related APIs', () => {
  it.each(RawApis.map((r) => [r.id, r] as const))('%s parses with ApiSpecSchema', (_id, raw) => {
    const result = ApiSpecSchema.safeParse(raw);
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues, null, 2)).toBe(true);
  });

  it('the registry holds the five companion APIs of issue 14', () => {
    const companions = allApis.filter((a) => a.kind === 'companion').map((a) => a.id);
    expect(companions).toEqual(
      expect.arrayContaining([
        'aclnnTransQuantParam',
        'aclnnTransQuantParamV2',
        'aclnnTransQuantParamV3',
        'aclnnCalculateMatmulWeightSizeV2',
        'aclnnTransMatmulWeight',
      ]),
    );
    expect(getApi('aclnnTransMatmulWeight').header).toBe('aclnnop/aclnn_trans_matmul_weight.h');
    expect(() => getApi('aclnnNoSuchApi')).toThrow(/Unknown API/);
    expect(familyMembers('no-such-family')).toEqual([]);
  });

  it('the whole registry passes the lint', () => {
    const problems = lint(allApis);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('two-phase APIs have execute rows; single functions have none', () => {
    for (const api of allApis) {
      expect(api.executeParameters.length, api.id).toBe(api.prototypes.length === 2 ? 4 : 0);
    }
  });
});

describe('the related-API lint catches broken data', () => {
  const base = getApi('aclnnTransQuantParamV2');
  it('a wrong C type, a missing row, a stray execute row, an unknown release or source', () => {
    const wrongType: ApiSpec = {
      ...base,
      parameters: base.parameters.map((p, i) => (i === 0 ? {...p, cType: 'aclTensor *'} : p)),
    };
    expect(lint([wrongType]).join('\n')).toMatch(/cType "aclTensor \*" differs/);
    const missing: ApiSpec = {...base, parameters: base.parameters.slice(1)};
    expect(lint([missing]).join('\n')).toMatch(/prototype parameter "scale" has 0 table rows/);
    const single: ApiSpec = {...base, prototypes: [base.prototypes[0]]};
    expect(lint([single]).join('\n')).toMatch(/no second \(execute\) prototype/);
    const release: ApiSpec = {
      ...base,
      firstRelease: {release: '7.0.0', text: base.summary, provenance: ['doc'], sources: base.facts[0].sources},
    };
    expect(lint([release]).join('\n')).toMatch(/first release "7.0.0"/);
    const source: ApiSpec = {
      ...base,
      facts: [{...base.facts[0], sources: [{...base.facts[0].sources[0], source: 'nope'}]}],
    };
    expect(lint([source]).join('\n')).toMatch(/unknown source "nope"/);
    const member: ApiSpec = {...base, kind: 'family-member', family: null};
    expect(lint([member]).join('\n')).toMatch(/needs its family id/);
  });

  it('the schema rejects an uncited doc fact and a third prototype', () => {
    const raw = RawApis[1];
    expect(ApiSpecSchema.safeParse({...raw, facts: [{...raw.facts[0], sources: []}]}).success).toBe(false);
    expect(ApiSpecSchema.safeParse({...raw, prototypes: [...raw.prototypes, raw.prototypes[0]]}).success).toBe(false);
  });
});

describe('operator families', () => {
  it('every family passes the lint (members, decisions, migration coverage)', () => {
    const problems = lintFamilies(allFamilies, allOperators, allApis);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('the WeightQuantBatchMatmul family: V1 → V3 migration maps the m ≤ 64 fixpipe inputs to nothing', () => {
    const f = allFamilies.find((x) => x.id === 'weight-quant-batch-matmul')!;
    expect(f.members).toEqual([
      'aclnnWeightQuantBatchMatmul',
      'aclnnWeightQuantBatchMatmulV2',
      'aclnnWeightQuantBatchMatmulV3',
      'aclnnWeightQuantBatchMatmulNz',
    ]);
    const none = f.migration!.rows.filter((r) => r.to === null).map((r) => r.from);
    expect(none).toEqual(expect.arrayContaining(['diagonalMatrix', 'deqOffset', 'deqScale', 'addOffset', 'mulScale']));
    // V1 is deprecated in favour of the migration target
    expect(allOperators.find((o) => o.id === f.migration!.from)!.deprecation!.replacement).toBe(f.migration!.to);
  });

  it('the family lint catches an uncovered parameter and a non-member recommendation', () => {
    const f = allFamilies[0];
    const broken = {
      ...f,
      decisions: [{...f.decisions[0], recommend: 'aclnnNope'}],
      migration: {...f.migration!, rows: f.migration!.rows.filter((r) => r.from !== 'bias')},
    };
    const problems = lintFamilies([broken], allOperators, allApis).join('\n');
    expect(problems).toMatch(/recommends non-member aclnnNope/);
    expect(problems).toMatch(/parameter "bias" has no migration row/);
  });
});
