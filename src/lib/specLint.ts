/**
 * Cross-field checks of the operator data that a schema cannot express. The build plugin
 * fails on any problem; the tests run each check against good and broken data.
 * Each check returns human-readable problems ("where: what is wrong, what to do").
 */
import katex from 'katex';
import type {
  ApiParameter,
  ApiSpec,
  Erratum,
  Family,
  OperatorSpec,
  Parameter,
  Source,
  StatusCode,
} from '../operators/schema';
import {allFacts} from './sources/facts';
import {normalizeCType, parsePrototype} from './prototype';
import {OperatorSections, rowAnchors} from './anchors';
import {allStrings, isL10n} from './text';

export type Problem = string;

/** KaTeX options used everywhere a formula is rendered: any error or warning fails. */
export const KatexOptions = {displayMode: true, throwOnError: true, strict: 'error', output: 'htmlAndMathml'} as const;

/** Parameter rows match the documented prototype: same names, same order, same C types. */
export function checkPrototypes(op: OperatorSpec): Problem[] {
  return checkPrototypePairs(op.id, [
    ['parameters', op.prototypes.getWorkspaceSize, op.parameters],
    ['executeParameters', op.prototypes.execute, op.executeParameters],
  ]);
}

type PrototypePair = [field: string, proto: {name: string; declaration: string}, rows: (Parameter | ApiParameter)[]];

/** Each prototype against its table rows: same names, same order, same C types. */
function checkPrototypePairs(id: string, pairs: PrototypePair[]): Problem[] {
  const op = {id};
  const problems: Problem[] = [];
  for (const [field, proto, rows] of pairs) {
    let parsed;
    try {
      parsed = parsePrototype(proto.declaration);
    } catch (e) {
      problems.push(`${op.id}: ${(e as Error).message}`);
      continue;
    }
    if (parsed.name !== proto.name) {
      problems.push(`${op.id}: prototype name "${proto.name}" differs from its declaration "${parsed.name}"`);
    }
    const protoNames = parsed.params.map((p) => p.name);
    const rowNames = rows.map((r) => r.name);
    for (const name of protoNames) {
      const count = rowNames.filter((n) => n === name).length;
      if (count !== 1)
        problems.push(`${op.id}.${field}: prototype parameter "${name}" has ${count} table rows (expected exactly 1)`);
    }
    for (const name of rowNames) {
      if (!protoNames.includes(name))
        problems.push(`${op.id}.${field}: row "${name}" is not a parameter of ${parsed.name}`);
    }
    if (problems.length === 0) {
      parsed.params.forEach((p, i) => {
        const row = rows[i];
        if (row.name !== p.name) {
          problems.push(`${op.id}.${field}[${i}]: row "${row.name}" is out of prototype order (expected "${p.name}")`);
        } else if (normalizeCType(row.cType) !== p.cType) {
          problems.push(
            `${op.id}.${field}.${row.name}: cType "${row.cType}" differs from the prototype's "${p.cType}"`,
          );
        }
      });
    }
  }
  return problems;
}

/** Ids that become anchors are unique within their kind, and anchors are unique on the page. */
export function checkUniqueIds(op: OperatorSpec): Problem[] {
  const anchors = [...OperatorSections, ...rowAnchors(op)];
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const a of anchors) {
    if (seen.has(a)) problems.push(`${op.id}: duplicate anchor "#${a}"`);
    seen.add(a);
  }
  for (const [kind, ids] of [
    ['formula', op.formulas.map((f) => f.id)],
    ['product', op.products.map((p) => p.id)],
    ['sample', op.samples.map((s) => s.id)],
  ] as const) {
    const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
    for (const id of dup) problems.push(`${op.id}: duplicate ${kind} id "${id}"`);
  }
  return problems;
}

/** Constraints and errors name parameters that exist; errata links point at existing errata. */
export function checkReferences(op: OperatorSpec, errata: Erratum[]): Problem[] {
  const problems: Problem[] = [];
  const names = new Set([...op.parameters, ...op.executeParameters].map((p) => p.name));
  const errataIds = new Set(errata.map((e) => e.id));
  for (const c of op.constraints) {
    for (const p of c.params)
      if (!names.has(p)) problems.push(`${op.id}: constraint "${c.id}" names unknown parameter "${p}"`);
  }
  for (const e of op.errors) {
    for (const p of e.params)
      if (!names.has(p)) problems.push(`${op.id}: error "${e.code}-${e.slug}" names unknown parameter "${p}"`);
  }
  const links: [string, string[]][] = [
    ...op.parameters.map((p) => [`parameter "${p.name}"`, p.errata] as [string, string[]]),
    ...op.executeParameters.map((p) => [`execute parameter "${p.name}"`, p.errata] as [string, string[]]),
    ...op.constraints.map((c) => [`constraint "${c.id}"`, c.errata] as [string, string[]]),
    ...op.errors.map((e) => [`error "${e.code}-${e.slug}"`, e.errata] as [string, string[]]),
    ['determinism', op.determinism.errata],
    ['deprecation', op.deprecation?.errata ?? []],
  ];
  for (const [where, ids] of links) {
    for (const id of ids) if (!errataIds.has(id)) problems.push(`${op.id}: ${where} links unknown erratum "${id}"`);
  }
  return problems;
}

/** Tensor rows state dtypes and formats; non-tensor rows state a value type. */
export function checkParameterColumns(op: {
  id: string;
  parameters: readonly (Parameter | ApiParameter)[];
  executeParameters: readonly (Parameter | ApiParameter)[];
}): Problem[] {
  const problems: Problem[] = [];
  for (const p of [...op.parameters, ...op.executeParameters]) {
    const isTensor = /aclTensor/.test(p.cType);
    if ('reserved' in p && p.reserved) {
      if (!p.optional)
        problems.push(`${op.id}.${p.name}: a reserved parameter is passed as a null pointer: mark it optional`);
    } else if (isTensor) {
      if (p.dtypes.length === 0) problems.push(`${op.id}.${p.name}: a tensor needs at least one dtype`);
      if (p.formats.length === 0) problems.push(`${op.id}.${p.name}: a tensor needs at least one format`);
      if (!p.dims) problems.push(`${op.id}.${p.name}: a tensor needs its dims`);
      if (p.nonContiguous === 'not-applicable')
        problems.push(`${op.id}.${p.name}: say whether a non-contiguous tensor is supported`);
    } else {
      if (p.dtypes.length > 0 || p.formats.length > 0)
        problems.push(`${op.id}.${p.name}: only tensors have dtypes/formats; use valueType`);
      if (!p.valueType) problems.push(`${op.id}.${p.name}: a non-tensor parameter needs a valueType`);
    }
  }
  return problems;
}

/** No string shows the failure modes of the scraped pages, and no bilingual pair is half-copied. */
export function checkText(value: unknown, where: string): Problem[] {
  const problems: Problem[] = [];
  for (const [path, text] of allStrings(value)) {
    if (/\[object Object\]|\bundefined\b|\bNaN\b/.test(text)) {
      problems.push(`${where}.${path}: text contains "undefined", "[object Object]" or "NaN": ${text.slice(0, 80)}`);
    }
    if ((text.match(/`/g) ?? []).length % 2 === 1) problems.push(`${where}.${path}: unbalanced backtick`);
  }
  const walk = (v: unknown, path: string): void => {
    if (isL10n(v)) {
      if (v['zh-Hans'].trim() === v.en.trim() && /[a-z]{3,}\s+[a-z]{3,}/i.test(v.en)) {
        problems.push(`${where}.${path}: zh-Hans and en are identical English prose; translate one`);
      }
      if (/[\u4e00-\u9fff]/.test(v.en)) problems.push(`${where}.${path}.en: English text contains Chinese characters`);
      return;
    }
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  walk(value, '');
  return problems;
}

/** Every formula and symbol renders with KaTeX in strict mode. */
export function checkFormulas(op: OperatorSpec): Problem[] {
  const problems: Problem[] = [];
  const texts = [
    ...op.formulas.map((f) => [`formula "${f.id}"`, f.tex, true] as const),
    ...op.symbols.map((s, i) => [`symbol[${i}]`, s.tex, false] as const),
  ];
  for (const [where, tex, display] of texts) {
    try {
      katex.renderToString(tex, {...KatexOptions, displayMode: display});
    } catch (e) {
      problems.push(`${op.id}: ${where}: KaTeX: ${(e as Error).message}`);
    }
  }
  return problems;
}

/**
 * Status names and codes agree with the return-code table (error rows and constraint statuses):
 * the table cites the documented names, so a row cannot carry a guessed one.
 */
export function checkStatusCodes(op: OperatorSpec, codes: readonly StatusCode[]): Problem[] {
  const problems: Problem[] = [];
  const byCode = new Map(codes.map((c) => [c.code, c]));
  for (const e of op.errors) {
    const row = byCode.get(e.code);
    if (!row) problems.push(`${op.id}.errors ${e.code}-${e.slug}: code ${e.code} is not in statusCodes.ts`);
    else if (row.name !== e.status)
      problems.push(
        `${op.id}.errors ${e.code}-${e.slug}: status "${e.status}" but the return-code table names ${e.code} "${row.name}"`,
      );
  }
  for (const c of op.constraints) {
    if (c.status !== undefined && !byCode.has(c.status))
      problems.push(`${op.id}.constraints ${c.id}: status ${c.status} is not in statusCodes.ts`);
  }
  return problems;
}

/** Every citation names a registered source, and its line range is well-formed. */
export function checkCitationSources(
  ops: OperatorSpec[],
  errata: Erratum[],
  codes: readonly StatusCode[],
  sources: readonly Source[],
): Problem[] {
  const ids = new Set(sources.map((s) => s.id));
  return allFacts(ops, errata, codes).flatMap((f) =>
    f.sources.filter((c) => !ids.has(c.source)).map((c) => `${f.where}: cites unknown source "${c.source}"`),
  );
}

/** Run every check over the registry (status codes and sources: when given). */
export function lintAll(
  ops: OperatorSpec[],
  errata: Erratum[],
  codes?: readonly StatusCode[],
  sources?: readonly Source[],
): Problem[] {
  const problems: Problem[] = [];
  for (const op of ops) {
    problems.push(
      ...checkPrototypes(op),
      ...checkUniqueIds(op),
      ...checkReferences(op, errata),
      ...checkParameterColumns(op),
      ...checkText(op, op.id),
      ...checkFormulas(op),
    );
  }
  problems.push(...checkText(errata, 'errata'));
  const opIds = new Set(ops.map((o) => o.id));
  for (const e of errata) {
    for (const o of e.operators) if (!opIds.has(o)) problems.push(`errata: "${e.id}" names unknown operator "${o}"`);
  }
  const ids = errata.map((e) => e.id);
  for (const id of ids.filter((x, i) => ids.indexOf(x) !== i)) problems.push(`errata: duplicate id "${id}"`);
  if (codes) for (const op of ops) problems.push(...checkStatusCodes(op, codes));
  if (codes && sources) problems.push(...checkCitationSources(ops, errata, codes, sources));
  return problems;
}

/**
 * The cross-field checks of the related APIs (ApiSpecSchema, src/operators/apis/): the parameter
 * rows match `prototypes[0]` (and `prototypes[1]` for a two-phase API, whose execute rows are then
 * required), tensor columns, text, unique ids and anchors, errata links, a `family` on every family
 * member, the first release among `releaseIds`, and (when given) registered citation sources.
 */
export function lintApis(
  apis: readonly ApiSpec[],
  errata: readonly Erratum[],
  releaseIds: readonly string[],
  sources?: readonly Source[],
): Problem[] {
  const problems: Problem[] = [];
  const errataIds = new Set(errata.map((e) => e.id));
  const sourceIds = sources ? new Set(sources.map((x) => x.id)) : null;
  const seenApis = new Set<string>();
  for (const api of apis) {
    if (seenApis.has(api.id)) problems.push(`apis: duplicate API "${api.id}"`);
    seenApis.add(api.id);
    const [first, execute] = api.prototypes;
    const pairs: PrototypePair[] = [['parameters', first, api.parameters]];
    if (execute) pairs.push(['executeParameters', execute, api.executeParameters]);
    else if (api.executeParameters.length > 0)
      problems.push(`${api.id}: executeParameters given but there is no second (execute) prototype`);
    problems.push(...checkPrototypePairs(api.id, pairs));
    if (!api.prototypes.some((p) => p.name === api.id))
      problems.push(`${api.id}: no prototype is named after the API (the execute call or the single function)`);
    problems.push(...checkParameterColumns(api), ...checkText(api, api.id));
    if (api.kind === 'family-member' && api.family === null)
      problems.push(`${api.id}: a family member needs its family id`);
    if (api.firstRelease && !releaseIds.includes(api.firstRelease.release))
      problems.push(`${api.id}: first release "${api.firstRelease.release}" is not a release of releases.ts`);
    const anchors = [
      ...api.parameters.map((p) => `param-${p.name}`),
      ...api.executeParameters.map((p) => `exec-param-${p.name}`),
      ...api.products.map((p) => `product-${p.id}`),
      ...api.facts.map((f) => `fact-${f.id}`),
    ];
    for (const a of anchors.filter((x, i) => anchors.indexOf(x) !== i))
      problems.push(`${api.id}: duplicate anchor "#${a}"`);
    const links: [string, string[]][] = [
      ...api.parameters.map((p) => [`parameter "${p.name}"`, p.errata] as [string, string[]]),
      ...api.executeParameters.map((p) => [`execute parameter "${p.name}"`, p.errata] as [string, string[]]),
      ...api.facts.map((f) => [`fact "${f.id}"`, f.errata] as [string, string[]]),
      ['deprecation', api.deprecation?.errata ?? []],
    ];
    for (const [where, ids] of links) {
      for (const id of ids) if (!errataIds.has(id)) problems.push(`${api.id}: ${where} links unknown erratum "${id}"`);
    }
    if (sourceIds) {
      const cited = [
        ...api.parameters,
        ...api.executeParameters,
        ...api.products,
        ...api.facts,
        ...(api.firstRelease ? [api.firstRelease] : []),
        ...(api.deprecation ? [api.deprecation] : []),
      ].flatMap((x) => x.sources);
      for (const c of cited)
        if (!sourceIds.has(c.source)) problems.push(`${api.id}: cites unknown source "${c.source}"`);
    }
  }
  return problems;
}

/**
 * The family checks: members are operators or related APIs and list their family; decisions
 * recommend a member; migration rows name real parameters of `from` / `to`, and every parameter of
 * both phase-1 prototypes (but the workspace outputs) is covered by a row; ids are unique.
 */
export function lintFamilies(
  families: readonly Family[],
  ops: readonly OperatorSpec[],
  apis: readonly ApiSpec[],
): Problem[] {
  const problems: Problem[] = [];
  const params = (id: string): string[] | null => {
    const spec = ops.find((o) => o.id === id) ?? apis.find((a) => a.id === id);
    return spec ? spec.parameters.map((p) => p.name).filter((n) => n !== 'workspaceSize' && n !== 'executor') : null;
  };
  for (const f of families) {
    for (const m of f.members) {
      if (params(m) === null) problems.push(`family ${f.id}: unknown member "${m}"`);
      const api = apis.find((a) => a.id === m);
      if (api && api.family !== f.id) problems.push(`family ${f.id}: member ${m} names family "${api.family}"`);
    }
    for (const a of apis.filter((x) => x.family === f.id)) {
      if (!f.members.includes(a.id)) problems.push(`family ${f.id}: ${a.id} names the family but is not a member`);
    }
    const ids = [
      ...f.decisions.map((d) => `decision-${d.id}`),
      ...(f.migration?.rows ?? []).map((r) => `migration-${r.id}`),
    ];
    for (const id of ids.filter((x, i) => ids.indexOf(x) !== i))
      problems.push(`family ${f.id}: duplicate anchor "#${id}"`);
    for (const d of f.decisions) {
      if (!f.members.includes(d.recommend))
        problems.push(`family ${f.id}: decision "${d.id}" recommends non-member ${d.recommend}`);
    }
    const mig = f.migration;
    if (!mig) continue;
    const from = params(mig.from) ?? [];
    const to = params(mig.to) ?? [];
    if (!f.members.includes(mig.from) || !f.members.includes(mig.to))
      problems.push(`family ${f.id}: the migration must go between members`);
    for (const r of mig.rows) {
      if (r.from !== null && !from.includes(r.from))
        problems.push(`family ${f.id}: migration "${r.id}": ${mig.from} has no parameter "${r.from}"`);
      if (r.to !== null && !to.includes(r.to))
        problems.push(`family ${f.id}: migration "${r.id}": ${mig.to} has no parameter "${r.to}"`);
      if (r.from === null && r.to === null) problems.push(`family ${f.id}: migration "${r.id}" maps nothing`);
    }
    for (const p of from)
      if (!mig.rows.some((r) => r.from === p))
        problems.push(`family ${f.id}: ${mig.from} parameter "${p}" has no migration row`);
    for (const p of to)
      if (!mig.rows.some((r) => r.to === p))
        problems.push(`family ${f.id}: ${mig.to} parameter "${p}" has no migration row`);
    problems.push(...checkText(f, `family ${f.id}`));
  }
  return problems;
}
