import {describe, expect, it} from 'vitest';
import katex from 'katex';
import {OperatorSpecSchema, ErratumSchema, StatusCodeSchema, type OperatorSpec} from '../schema';
import {RawOperators, allErrata, allOperators, allSources, allStatusCodes, getOperator} from '../index';
import {
  KatexOptions,
  checkFormulas,
  checkParameterColumns,
  checkPrototypes,
  checkReferences,
  checkText,
  checkUniqueIds,
  checkStatusCodes,
  checkCitationSources,
  lintAll,
} from '../../lib/specLint';
import {parsePrototype} from '../../lib/prototype';

const clone = <T>(x: T): T => structuredClone(x);

describe('operator specs', () => {
  it.each(RawOperators.map((r) => [r.id, r] as const))('%s parses with the schema', (_id, raw) => {
    const result = OperatorSpecSchema.safeParse(raw);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('the registry holds both operators, keyed by API name', () => {
    expect(allOperators.map((o) => o.id)).toEqual(['aclnnQuantMatmulAllReduceV2', 'aclnnWeightQuantBatchMatmul']);
    expect(() => getOperator('aclnnNoSuchOp')).toThrow(/Unknown operator/);
  });

  it('the whole registry passes every lint check', () => {
    expect(lintAll(allOperators, allErrata, allStatusCodes, allSources)).toEqual([]);
  });

  it.each(allOperators.map((o) => [o.id, o] as const))(
    '%s: every prototype parameter has exactly one row and vice versa',
    (_id, op) => {
      for (const [proto, rows] of [
        [op.prototypes.getWorkspaceSize, op.parameters],
        [op.prototypes.execute, op.executeParameters],
      ] as const) {
        expect(rows.map((r) => r.name)).toEqual(parsePrototype(proto.declaration).params.map((p) => p.name));
      }
    },
  );

  it('QuantMatmulAllReduceV2 has 13 phase-1 rows and 4 phase-2 rows', () => {
    const op = getOperator('aclnnQuantMatmulAllReduceV2');
    expect(op.parameters).toHaveLength(13);
    expect(op.executeParameters).toHaveLength(4);
  });

  it('WeightQuantBatchMatmul has 15 phase-1 rows and 4 phase-2 rows, and is deprecated', () => {
    const op = getOperator('aclnnWeightQuantBatchMatmul');
    expect(op.parameters).toHaveLength(15);
    expect(op.executeParameters).toHaveLength(4);
    expect(op.deprecation?.replacement).toMatch(/^aclnnWeightQuantBatchMatmulV\d$/);
  });

  it.each(allOperators.map((o) => [o.id, o] as const))('%s: constraint ids are unique', (_id, op) => {
    const ids = op.constraints.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(allOperators.map((o) => [o.id, o] as const))(
    '%s: every formula renders with KaTeX in strict mode',
    (_id, op) => {
      for (const f of op.formulas) {
        expect(() => katex.renderToString(f.tex, KatexOptions), f.id).not.toThrow();
      }
    },
  );

  it('errata and status codes parse, with unique ids', () => {
    for (const e of allErrata) expect(ErratumSchema.safeParse(e).success).toBe(true);
    for (const s of allStatusCodes) expect(StatusCodeSchema.safeParse(s).success).toBe(true);
    expect(new Set(allErrata.map((e) => e.id)).size).toBe(allErrata.length);
    expect(new Set(allStatusCodes.map((s) => s.code)).size).toBe(allStatusCodes.length);
  });

  it('every erratum of reference §4 (E1–E8) and §5 (I1–I18) is present', () => {
    const labels = allErrata.map((e) => e.label).sort();
    const expected = [
      ...Array.from({length: 8}, (_, i) => `E${i + 1}`),
      ...Array.from({length: 18}, (_, i) => `I${i + 1}`),
    ].sort();
    expect(labels).toEqual(expected);
  });
});

describe('schema rejects bad data', () => {
  const base = RawOperators[0];

  it('a string missing its English text', () => {
    const bad = clone(base) as {summary: Record<string, string>};
    delete bad.summary.en;
    const r = OperatorSpecSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(['summary', 'en']);
  });

  it('an unknown key (a typo cannot silently drop a field)', () => {
    const bad = {...clone(base), paramters: []};
    expect(OperatorSpecSchema.safeParse(bad).success).toBe(false);
  });

  it('a constraint id that is not kebab-case', () => {
    const bad = clone(base) as {constraints: {id: string}[]};
    bad.constraints[0].id = 'Last_Dim_Max';
    expect(OperatorSpecSchema.safeParse(bad).success).toBe(false);
  });

  it('an unknown dtype', () => {
    const bad = clone(base) as {parameters: {dtypes: string[]}[]};
    bad.parameters[0].dtypes = ['INT4'];
    expect(OperatorSpecSchema.safeParse(bad).success).toBe(false);
  });
});

describe('lint rules catch what the schema cannot', () => {
  const op = (): OperatorSpec => clone(getOperator('aclnnQuantMatmulAllReduceV2'));

  it('checkPrototypes: a missing row, an extra row, a wrong C type', () => {
    const a = op();
    a.parameters = a.parameters.slice(1);
    expect(checkPrototypes(a).join('\n')).toMatch(/"x1" has 0 table rows/);
    const b = op();
    b.parameters.push({...b.parameters[0], name: 'extra'});
    expect(checkPrototypes(b).join('\n')).toMatch(/row "extra" is not a parameter/);
    const c = op();
    c.parameters[0].cType = 'aclTensor *';
    expect(checkPrototypes(c).join('\n')).toMatch(/cType "aclTensor \*" differs/);
  });

  it('checkUniqueIds: a duplicated constraint id', () => {
    const a = op();
    a.constraints.push(clone(a.constraints[0]));
    expect(checkUniqueIds(a).join('\n')).toMatch(/duplicate anchor "#constraint-/);
  });

  it('checkReferences: a constraint naming an unknown parameter, an unknown erratum', () => {
    const a = op();
    a.constraints[0].params = ['x9'];
    a.parameters[0].errata = ['e99-nothing'];
    const problems = checkReferences(a, allErrata).join('\n');
    expect(problems).toMatch(/unknown parameter "x9"/);
    expect(problems).toMatch(/unknown erratum "e99-nothing"/);
  });

  it('checkParameterColumns: a tensor without dtypes', () => {
    const a = op();
    a.parameters[0].dtypes = [];
    expect(checkParameterColumns(a).join('\n')).toMatch(/needs at least one dtype/);
  });

  it('checkText: "undefined", "[object Object]", NaN and Chinese in English', () => {
    expect(checkText({x: {'zh-Hans': '支持undefined格式', en: 'ok text'}}, 't')).toHaveLength(1);
    expect(checkText({x: {'zh-Hans': '表格', en: '[object Object]'}}, 't')).toHaveLength(1);
    expect(checkText({x: {'zh-Hans': 'NaN', en: 'value'}}, 't')).toHaveLength(1);
    expect(checkText({x: {'zh-Hans': '中文', en: '中文'}}, 't').join()).toMatch(/Chinese/);
    expect(checkText({x: {'zh-Hans': '中文 `code`', en: 'English `code`'}}, 't')).toEqual([]);
  });

  it('checkFormulas: bad TeX and CJK in math fail', () => {
    const a = op();
    a.formulas[0].tex = '\\frac{1}{';
    expect(checkFormulas(a)).toHaveLength(1);
    const b = op();
    b.formulas[0].tex = 'k 轴';
    expect(checkFormulas(b)).toHaveLength(1);
  });
});

describe('lint: status names and citation sources', () => {
  const op = allOperators[0];
  it('an error row whose status name differs from the return-code table fails', () => {
    const broken = {...op, errors: [{...op.errors[0], status: 'ACLNN_ERR_GUESSED'}]} as OperatorSpec;
    expect(checkStatusCodes(broken, allStatusCodes).join('\n')).toMatch(/ACLNN_ERR_GUESSED.*return-code table/);
    const unknown = {...op, errors: [{...op.errors[0], code: 999999}]} as OperatorSpec;
    expect(checkStatusCodes(unknown, allStatusCodes).join('\n')).toMatch(/999999 is not in statusCodes/);
  });
  it('a citation of an unregistered source fails', () => {
    const broken = {
      ...op,
      parameters: [
        {...op.parameters[0], sources: [{source: 'no-such-source', lines: [1, 2], hash: '0123456789abcdef'}]},
      ],
    } as OperatorSpec;
    expect(checkCitationSources([broken], [], [], allSources).join('\n')).toMatch(/unknown source "no-such-source"/);
  });
});

describe('schema: citations required on later-docs and implementation facts', () => {
  const raw = RawOperators[0];
  it('a doc- or impl-tagged constraint without sources is rejected; a seed-only one passes the schema', () => {
    const c = raw.constraints[0];
    for (const provenance of [['doc'], ['impl'], ['seed', 'impl'], ['inferred']]) {
      const broken = {...raw, constraints: [{...c, provenance, sources: []}, ...raw.constraints.slice(1)]};
      const result = OperatorSpecSchema.safeParse(broken);
      expect(result.success, provenance.join('+')).toBe(false);
      expect(JSON.stringify(result.error?.issues)).toMatch(/needs at least one citation/);
    }
    const seedOnly = {...raw, constraints: [{...c, provenance: ['seed'], sources: []}, ...raw.constraints.slice(1)]};
    expect(OperatorSpecSchema.safeParse(seedOnly).success).toBe(true);
  });
  it('a status code or an erratum implementation column without citations is rejected', () => {
    expect(StatusCodeSchema.safeParse({...allStatusCodes[0], sources: []}).success).toBe(false);
    const e = allErrata[0];
    expect(ErratumSchema.safeParse({...e, sources: {...e.sources, implementation: []}}).success).toBe(false);
    expect(ErratumSchema.safeParse(e).success).toBe(true);
  });
});
