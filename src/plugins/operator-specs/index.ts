/**
 * Build-time plugin: validates the operator data (schema + lint; any problem fails the
 * build), localises it for the locale being built, renders every formula to KaTeX HTML at
 * build time (no KaTeX JS reaches the browser), reads the C++ samples, and hands the result
 * to the React components as global data.
 */
import fs from 'node:fs';
import path from 'node:path';
import katex from 'katex';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {Locale} from '../../operators/schema';
import {
  allApis,
  allErrata,
  allFamilies,
  allOperators,
  allReleases,
  allRepositories,
  allSources,
  allStatusCodes,
} from '../../operators';
import {CitationResolver} from '../../lib/sources/links';
import {allFacts} from '../../lib/sources/facts';
import {ReleaseIds, VersionData} from '../../lib/versions';
import {VersionDataSchema} from '../../operators/schema';
import {KatexOptions, lintAll, lintApis, lintFamilies} from '../../lib/specLint';
import {apiFunctionNames, apiPath, findApiCalls} from '../../lib/apiCalls';
import {localize} from '../../lib/text';
import {samplePresets} from '../../lib/checker/presets';
import {checkerPath} from '../../lib/checker/url';
import {highlightCompact} from '../../lib/highlight';
import {formatDeclaration} from '../../lib/prototype';
import type {
  ApiCall,
  FamilyMember,
  LocalApi,
  LocalErratum,
  LocalFamily,
  LocalOperator,
  LocalStatusCode,
  SiteData,
  SourceRegistryData,
} from './types';

export const PluginName = 'operator-specs';

/** The version data (versions.generated.json) must parse and name known facts and releases. */
function versionDataProblems(): string[] {
  const parsed = VersionDataSchema.safeParse(VersionData);
  if (!parsed.success)
    return parsed.error.issues.map((i) => `versions.generated.json: ${i.path.join('.')}: ${i.message}`);
  const keys = new Set(allFacts(allOperators, allErrata, allStatusCodes).map((f) => f.key));
  const problems: string[] = [];
  if (parsed.data.releases.join(' ') !== ReleaseIds.join(' ')) {
    problems.push('versions.generated.json: releases differ from releases.ts (rerun npm run versions:scan)');
  }
  for (const [key, v] of Object.entries(parsed.data.facts)) {
    if (!keys.has(key)) problems.push(`versions.generated.json: unknown fact "${key}"`);
    for (const r of Object.keys(v.states)) {
      if (!ReleaseIds.includes(r)) problems.push(`versions.generated.json: ${key}: unknown release "${r}"`);
    }
  }
  return problems;
}

function renderTex(tex: string, displayMode: boolean): string {
  return katex.renderToString(tex, {...KatexOptions, displayMode});
}

/** Everything the components need, for one locale. Pure apart from reading sample files. */
export function buildSiteData(locale: Locale, siteDir: string): SiteData {
  const problems = [
    ...lintAll(allOperators, allErrata, allStatusCodes, allSources),
    ...lintApis(
      allApis,
      allErrata,
      allReleases.map((r) => r.id),
      allSources,
    ),
    ...lintFamilies(allFamilies, allOperators, allApis),
    ...versionDataProblems(),
  ];
  if (problems.length > 0) {
    throw new Error(`Operator data has ${problems.length} problem(s):\n${problems.join('\n')}`);
  }
  // Citations become links to the cited lines (a repository's link template can be pointed at an
  // intranet mirror with SOURCE_URL_<ID>; see README "Sources and citations").
  const resolver = new CitationResolver(allSources, allRepositories, process.env);
  // Related-API calls in the samples: linked from the code to /api/<id>, listed on the API pages.
  const apiNames = apiFunctionNames(allApis);
  const calls: ApiCall[] = [];
  const operators = allOperators.map((op) => {
    const local = resolver.resolveDeep(localize(op, locale)) as unknown as LocalOperator;
    return {
      ...local,
      formulas: local.formulas.map((f) => ({...f, html: renderTex(f.tex, true)})),
      prototypeCode: highlightCompact(
        [local.prototypes.getWorkspaceSize, local.prototypes.execute]
          .map((p) => `${formatDeclaration(p.declaration)};`)
          .join('\n\n'),
        'cpp',
      ),
      symbols: local.symbols.map((s) => ({...s, html: renderTex(s.tex, false)})),
      samples: local.samples.map((s) => {
        // The checker page preloaded with this sample, described as a call (src/lib/checker/presets.ts).
        const preset = samplePresets.find((p) => p.operator === op.id && p.id === s.id);
        const code = fs.readFileSync(path.join(siteDir, 'src/operators', op.id, s.file), 'utf8');
        const found = findApiCalls(code, apiNames);
        const file = s.file.replace('samples/', '');
        calls.push(...found.map(({line, fn}) => ({operator: op.id, sample: s.id, file, line, fn})));
        return {
          ...s,
          code: highlightCompact(code, 'cpp'),
          checkerPath: preset ? checkerPath(preset.call) : null,
          apiLinks: Object.fromEntries(found.map(({fn, api}) => [fn, api])),
        };
      }),
    };
  });
  // Pages that exist: the operators, and the related APIs with a page under docs/api/.
  const pagePath = (id: string): string | null =>
    allOperators.some((o) => o.id === id)
      ? `/operators/${id}`
      : fs.existsSync(path.join(siteDir, 'docs/api', `${id}.mdx`))
        ? apiPath(id)
        : null;
  const apis: LocalApi[] = allApis.map((api) => {
    const local = resolver.resolveDeep(localize(api, locale)) as unknown as Omit<LocalApi, 'prototypeCode' | 'calls'>;
    return {
      ...local,
      prototypeCode: highlightCompact(
        local.prototypes.map((p) => `${formatDeclaration(p.declaration)};`).join('\n\n'),
        'cpp',
      ),
      calls: calls.filter((c) => apiNames.get(c.fn) === api.id),
      links: Object.fromEntries(
        [...new Set(api.facts.flatMap((f) => (f.relatesTo ? [f.relatesTo] : [])))].flatMap((id) => {
          const to = pagePath(id);
          return to ? [[id, to]] : [];
        }),
      ),
    };
  });
  const families: LocalFamily[] = allFamilies.map((family) => {
    const local = resolver.resolveDeep(localize(family, locale)) as unknown as Omit<
      LocalFamily,
      'members' | 'migrationSamples'
    >;
    const members: FamilyMember[] = family.members.map((id) => {
      const op = operators.find((o) => o.id === id);
      const api = apis.find((a) => a.id === id);
      const spec = (op ?? api)!;
      return {
        id,
        kind: op ? 'operator' : 'api',
        path: op ? `/operators/${id}` : apiPath(id),
        header: spec.header,
        summary: spec.summary,
        parameters: spec.parameters
          .filter((p) => p.name !== 'workspaceSize' && p.name !== 'executor')
          .map((p) => ({name: p.name, cType: p.cType, optional: p.optional, dtypes: p.dtypes, formats: p.formats})),
        products: spec.products.map((p) => ({id: p.id, name: p.name, supported: p.supported})),
        adds: api ? api.facts.filter((f) => f.kind === 'adds') : [],
        firstRelease: api ? api.firstRelease : null,
        deprecation: spec.deprecation
          ? {
              replacement: spec.deprecation.replacement,
              provenance: spec.deprecation.provenance,
              sources: spec.deprecation.sources,
            }
          : null,
      };
    });
    // The before/after samples: every call of a member or a related API links to its page.
    const names = new Map([
      ...apiNames,
      ...members.flatMap((m) => [[m.id, m.id] as const, [`${m.id}GetWorkspaceSize`, m.id] as const]),
    ]);
    const pathOf = (id: string) => members.find((m) => m.id === id)?.path ?? apiPath(id);
    const sample = (file: string) => {
      const code = fs.readFileSync(path.join(siteDir, 'src/operators/families', family.id, file), 'utf8');
      const links = Object.fromEntries(findApiCalls(code, names).map(({fn, api}) => [fn, pathOf(api)]));
      return {file: file.replace('samples/', ''), code: highlightCompact(code, 'cpp'), links};
    };
    return {
      ...local,
      members,
      migrationSamples: family.migration
        ? {before: sample(family.migration.samples.before), after: sample(family.migration.samples.after)}
        : null,
    };
  });
  const facts = allFacts(allOperators, allErrata, allStatusCodes, allApis, allFamilies);
  const registry: SourceRegistryData = {
    repositories: localize(allRepositories, locale),
    sources: allSources.map((s) => ({
      ...s,
      repository: allRepositories.find((r) => r.id === s.repo)!.name,
      fileUrl: resolver.fileUrl(s),
      citations: facts.reduce((n, f) => n + f.sources.filter((c) => c.source === s.id).length, 0),
    })),
  };
  return {
    locale,
    registry,
    operators: Object.fromEntries(operators.map((op) => [op.id, op])),
    apis: Object.fromEntries(apis.map((api) => [api.id, api])),
    families: Object.fromEntries(families.map((f) => [f.id, f])),
    errata: resolver.resolveDeep(localize(allErrata, locale)) as unknown as LocalErratum[],
    statusCodes: resolver.resolveDeep(localize(allStatusCodes, locale)) as unknown as LocalStatusCode[],
  };
}

export default function operatorSpecsPlugin(context: LoadContext): Plugin {
  const locale = context.i18n.currentLocale as Locale;
  return {
    name: PluginName,
    async loadContent() {
      return buildSiteData(locale, context.siteDir);
    },
    async contentLoaded({content, actions}) {
      // Per-page data modules (not global data): a page imports only what it renders, e.g.
      // `@generated/operator-specs/default/aclnnQuantMatmulAllReduceV2.json`, so the specs, the
      // pre-rendered formulas and the samples never ship in the bundle every page loads.
      const data = content as SiteData;
      for (const op of Object.values(data.operators)) {
        await actions.createData(`${op.id}.json`, JSON.stringify(op));
      }
      // One module per related API (src/operators/apis/): `api-<apiName>.json`.
      for (const api of Object.values(data.apis)) {
        await actions.createData(`api-${api.id}.json`, JSON.stringify(api));
      }
      // One module per operator family: `family-<id>.json`.
      for (const family of Object.values(data.families)) {
        await actions.createData(`family-${family.id}.json`, JSON.stringify(family));
      }
      await actions.createData('errata.json', JSON.stringify(data.errata));
      // What the operator pages need of the errata: the link labels and titles only.
      await actions.createData(
        'errata-links.json',
        JSON.stringify(data.errata.map(({id, label, title, operators}) => ({id, label, title, operators}))),
      );
      await actions.createData('status-codes.json', JSON.stringify(data.statusCodes));
      await actions.createData('sources.json', JSON.stringify(data.registry));
      await actions.createData(
        'constraint-index.json',
        JSON.stringify(Object.values(data.operators).map((op) => ({id: op.id, constraints: op.constraints}))),
      );
    },
    getPathsToWatch() {
      return [path.join(context.siteDir, 'src/operators/**/*')];
    },
  };
}
