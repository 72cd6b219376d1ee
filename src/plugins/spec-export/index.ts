/**
 * Build plugin: publishes the operator specs as machine-readable JSON next to the site.
 *
 * After the build it writes, under the build's output directory:
 * - `spec/index.json`: `{schema, operators: [{id, summary, url, json, deprecated}]}`;
 * - `spec/<apiName>.json`: the validated spec (defaults applied, both languages), as the pages use it;
 * - `spec/schema.json`: the JSON Schema of the spec format, generated from the zod schema;
 * - `spec/sources.json`: the source registry the specs' citations name (repositories, pinned
 *   files), with the link to each file, and `spec/sources.schema.json`, its JSON Schema;
 * - `spec/api/<apiName>.json`: each related API (companions and family members, `ApiSpecSchema`),
 *   and `spec/api-schema.json`, its JSON Schema; `spec/families/<id>.json`: each operator family
 *   (`FamilySchema`: members, decisions, migration mapping), and `spec/family-schema.json`;
 * - `spec/versions.json`: the CANN releases the site covers and, per fact key, the releases where
 *   the fact does not hold (`npm run versions:scan`), with `since` / `until`; and
 *   `spec/versions.schema.json`, its JSON Schema.
 * Every fact in a spec carries `sources: [{source, lines, hash}]`: the source id, the cited lines
 * and their fingerprint.
 * Every spec is validated against `OperatorSpecSchema` before it is written; a failure throws and
 * fails the build. Paths in index.json carry the locale's base URL (`/` or `/en/`).
 */
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {
  allApis,
  allFamilies,
  allOperators,
  allReleases,
  allRepositories,
  allSources,
  formatIssues,
} from '../../operators';
import {factRange, VersionData} from '../../lib/versions';
import {CitationResolver} from '../../lib/sources/links';
import {
  ApiSpecSchema,
  FamilySchema,
  FactVersionSchema,
  OperatorSpecSchema,
  ReleaseSchema,
  RepositorySchema,
  SourceSchema,
  type ApiSpec,
  type Family,
  type L10n,
  type OperatorSpec,
} from '../../operators/schema';

export const PluginName = 'spec-export';

/** One entry of spec/index.json. */
export interface SpecIndexEntry {
  id: string;
  summary: L10n;
  /** The operator page. */
  url: string;
  /** The spec JSON. */
  json: string;
  deprecated: boolean;
}

export interface SpecIndex {
  /** The JSON Schema of the spec files. */
  schema: string;
  /** The source registry the citations name, and its JSON Schema. */
  sources: string;
  sourcesSchema: string;
  /** The releases and the per-fact version ranges, and their JSON Schema. */
  versions: string;
  versionsSchema: string;
  operators: SpecIndexEntry[];
  /** The JSON Schema of the related-API files, and one entry per related API. */
  apiSchema: string;
  apis: (SpecIndexEntry & {kind: ApiSpec['kind']; family: string | null})[];
  /** The JSON Schema of the family files, and one entry per family. */
  familySchema: string;
  families: {id: string; title: L10n; url: string; json: string; members: string[]}[];
}

/** The JSON Schema of the related-API files (spec/api/<apiName>.json). */
export function apiJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ApiSpecSchema, {io: 'input'}) as Record<string, unknown>;
  return {
    ...schema,
    title: 'Related API spec',
    description:
      'A companion API of the two operators or a member of an operator family (issue 14): prototypes, parameters, products, first release and cited facts; every human-readable string in zh-Hans and en.',
  };
}

/** The JSON Schema of the family files (spec/families/<id>.json). */
export function familyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(FamilySchema, {io: 'input'}) as Record<string, unknown>;
  return {
    ...schema,
    title: 'Operator family',
    description:
      'The versions of an operator family, the cited "which one do I call?" decisions and the parameter-by-parameter migration mapping; the comparison tables are computed from the members\' specs.',
  };
}

/** Validate data with `schema` as it will be written (after a JSON round trip); throws with every issue. */
function validated<T>(schema: z.ZodType<T>, value: T, where: string): unknown {
  const json: unknown = JSON.parse(JSON.stringify(value));
  const result = schema.safeParse(json);
  if (!result.success) throw new Error(`spec export: invalid data in ${where}:\n${formatIssues(where, result.error)}`);
  return json;
}

/** spec/versions.json: the releases, and per fact key where it does not hold. */
export const VersionsExportSchema = z.strictObject({
  releases: z.array(ReleaseSchema),
  facts: z.record(
    z.string(),
    FactVersionSchema.extend({
      /** The first release of the last run of releases the fact holds for (absent: from the oldest). */
      since: z.string().optional(),
      /** The last release it holds for (absent: to the newest). */
      until: z.string().optional(),
    }),
  ),
});

/** The content of spec/versions.json, validated. */
export function versionsExport(): z.infer<typeof VersionsExportSchema> {
  const facts = Object.fromEntries(
    Object.entries(VersionData.facts).map(([key, v]) => {
      const r = factRange(key);
      return [key, {...v, ...(r.since ? {since: r.since} : {}), ...(r.until ? {until: r.until} : {})}];
    }),
  );
  return VersionsExportSchema.parse({releases: allReleases, facts});
}

/** The JSON Schema of spec/versions.json. */
export function versionsJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(VersionsExportSchema, {io: 'input'}) as Record<string, unknown>;
  return {
    ...schema,
    title: 'Versions per fact',
    description:
      'The CANN releases the site covers (oldest first; `refs`: the tag or branch and commit read per repository) and, per fact key (`<apiName>/<kind>/<id>`, `erratum/<id>/<column>`, `status/<code>`), its state at each release where it does not hold (`absent`, `differs`, `undetermined`); a fact not listed holds for every release. `override`: a committed correction of the scan, with its reason and citations.',
  };
}

/**
 * The JSON Schema of the spec format (input side: fields with defaults are optional).
 * @example specJsonSchema().properties.parameters.type // 'array'
 */
export function specJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(OperatorSpecSchema, {io: 'input'}) as Record<string, unknown>;
  return {
    ...schema,
    title: 'Operator spec',
    description:
      'The data of one operator page (aclnn API): parameters, errors, constraints, formulas, samples; every human-readable string in zh-Hans and en.',
  };
}

/** The JSON Schema of spec/sources.json. */
export function sourcesJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(
    z.strictObject({
      repositories: z.array(RepositorySchema),
      sources: z.array(SourceSchema.extend({fileUrl: z.string().nullable()})),
    }),
    {io: 'input'},
  ) as Record<string, unknown>;
  return {
    ...schema,
    title: 'Source registry',
    description:
      'The upstream repositories and pinned files that the citations of the operator specs name (`sources[].source`). `fileUrl`: the file at its pinned commit; null for the scraped seed pages.',
  };
}

/** Validate a spec as it will be written (after a JSON round trip); throws with every issue. */
export function validateSpecJson(spec: OperatorSpec, where: string): unknown {
  const json: unknown = JSON.parse(JSON.stringify(spec));
  const result = OperatorSpecSchema.safeParse(json);
  if (!result.success) throw new Error(`spec export: invalid spec in ${where}:\n${formatIssues(where, result.error)}`);
  return json;
}

function writeJson(file: string, value: unknown): void {
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Write spec/index.json, spec/<apiName>.json and spec/schema.json under `outDir`.
 * @returns the paths written, relative to `outDir`.
 * @example writeSpecExport('build', '/') // ['spec/aclnnQuantMatmulAllReduceV2.json', …, 'spec/index.json']
 */
export function writeSpecExport(
  outDir: string,
  baseUrl = '/',
  operators: readonly OperatorSpec[] = allOperators,
  apis: readonly ApiSpec[] = allApis,
  families: readonly Family[] = allFamilies,
): string[] {
  const dir = path.join(outDir, 'spec');
  fs.mkdirSync(dir, {recursive: true});
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const written: string[] = [];
  const entries: SpecIndexEntry[] = operators.map((op) => {
    const json = validateSpecJson(op, `spec/${op.id}.json`);
    writeJson(path.join(dir, `${op.id}.json`), json);
    written.push(`spec/${op.id}.json`);
    return {
      id: op.id,
      summary: op.summary,
      url: `${base}operators/${op.id}`,
      json: `${base}spec/${op.id}.json`,
      deprecated: op.deprecation !== null,
    };
  });
  fs.mkdirSync(path.join(dir, 'api'), {recursive: true});
  const apiEntries = apis.map((api) => {
    writeJson(path.join(dir, 'api', `${api.id}.json`), validated(ApiSpecSchema, api, `spec/api/${api.id}.json`));
    written.push(`spec/api/${api.id}.json`);
    return {
      id: api.id,
      kind: api.kind,
      family: api.family,
      summary: api.summary,
      url: `${base}api/${api.id}`,
      json: `${base}spec/api/${api.id}.json`,
      deprecated: api.deprecation !== null,
    };
  });
  writeJson(path.join(dir, 'api-schema.json'), apiJsonSchema());
  written.push('spec/api-schema.json');
  fs.mkdirSync(path.join(dir, 'families'), {recursive: true});
  const familyEntries = families.map((f) => {
    writeJson(path.join(dir, 'families', `${f.id}.json`), validated(FamilySchema, f, `spec/families/${f.id}.json`));
    written.push(`spec/families/${f.id}.json`);
    return {
      id: f.id,
      title: f.title,
      url: `${base}families/${f.id}`,
      json: `${base}spec/families/${f.id}.json`,
      members: f.members,
    };
  });
  writeJson(path.join(dir, 'family-schema.json'), familyJsonSchema());
  written.push('spec/family-schema.json');
  writeJson(path.join(dir, 'schema.json'), specJsonSchema());
  written.push('spec/schema.json');
  const resolver = new CitationResolver(allSources, allRepositories, process.env);
  writeJson(path.join(dir, 'sources.json'), {
    repositories: allRepositories,
    sources: allSources.map((s) => ({...s, fileUrl: resolver.fileUrl(s)})),
  });
  writeJson(path.join(dir, 'sources.schema.json'), sourcesJsonSchema());
  written.push('spec/sources.json', 'spec/sources.schema.json');
  writeJson(path.join(dir, 'versions.json'), versionsExport());
  writeJson(path.join(dir, 'versions.schema.json'), versionsJsonSchema());
  written.push('spec/versions.json', 'spec/versions.schema.json');
  const index: SpecIndex = {
    schema: `${base}spec/schema.json`,
    sources: `${base}spec/sources.json`,
    sourcesSchema: `${base}spec/sources.schema.json`,
    versions: `${base}spec/versions.json`,
    versionsSchema: `${base}spec/versions.schema.json`,
    operators: entries,
    apiSchema: `${base}spec/api-schema.json`,
    apis: apiEntries,
    familySchema: `${base}spec/family-schema.json`,
    families: familyEntries,
  };
  writeJson(path.join(dir, 'index.json'), index);
  written.push('spec/index.json');
  return written;
}

/** The Docusaurus plugin: runs `writeSpecExport` after each locale's build. */
export default function specExport(context: LoadContext): Plugin {
  return {
    name: PluginName,
    async postBuild({outDir}) {
      writeSpecExport(outDir, context.baseUrl);
    },
  };
}
