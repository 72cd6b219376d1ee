// @vitest-environment node
/** The spec export: files written, validated against the zod schema, JSON Schema shape. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import {allOperators} from '../../../operators';
import {OperatorSpecSchema, type OperatorSpec} from '../../../operators/schema';
import specExport, {VersionsExportSchema, writeSpecExport} from '..';

const dirs: string[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'spec-export-'));
  dirs.push(d);
  return d;
}
afterAll(() => dirs.forEach((d) => fs.rmSync(d, {recursive: true, force: true})));

const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

describe('spec export', () => {
  const out = tempDir();
  const written = writeSpecExport(out, '/');

  it('writes index.json, one JSON per operator and schema.json', () => {
    expect(written.sort()).toEqual(
      [
        ...allOperators.map((op) => `spec/${op.id}.json`),
        'spec/index.json',
        'spec/schema.json',
        'spec/sources.json',
        'spec/sources.schema.json',
        'spec/versions.json',
        'spec/versions.schema.json',
      ].sort(),
    );
  });

  it('each spec JSON validates against the zod schema and equals the validated spec', () => {
    for (const op of allOperators) {
      const json = read(path.join(out, 'spec', `${op.id}.json`));
      expect(OperatorSpecSchema.parse(json)).toEqual(op);
      expect(json.summary['zh-Hans'].length).toBeGreaterThan(0);
      expect(json.summary.en.length).toBeGreaterThan(0);
    }
  });

  it('index.json lists every operator with summary, page URL and JSON path', () => {
    const index = read(path.join(out, 'spec', 'index.json'));
    expect(index.schema).toBe('/spec/schema.json');
    expect(index.sources).toBe('/spec/sources.json');
    expect(index.sourcesSchema).toBe('/spec/sources.schema.json');
    expect(index.versions).toBe('/spec/versions.json');
    expect(index.versionsSchema).toBe('/spec/versions.schema.json');
    expect(index.operators).toEqual(
      allOperators.map((op) => ({
        id: op.id,
        summary: op.summary,
        url: `/operators/${op.id}`,
        json: `/spec/${op.id}.json`,
        deprecated: op.deprecation !== null,
      })),
    );
  });

  it('schema.json is a JSON Schema object with properties.parameters', () => {
    const schema = read(path.join(out, 'spec', 'schema.json'));
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.type).toBe('object');
    expect(schema.properties.parameters.type).toBe('array');
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'parameters', 'constraints']));
    expect(schema.additionalProperties).toBe(false);
  });

  it('the specs carry their citations, and sources.json resolves every cited source id', () => {
    const registry = read(path.join(out, 'spec', 'sources.json'));
    const ids = new Set(registry.sources.map((s: {id: string}) => s.id));
    expect(registry.repositories.length).toBeGreaterThan(0);
    for (const op of allOperators) {
      const json = read(path.join(out, 'spec', `${op.id}.json`));
      const cited = [...json.parameters, ...json.constraints, ...json.errors].flatMap(
        (row: {sources: {source: string; lines: number[]; hash: string}[]}) => row.sources,
      );
      expect(cited.length).toBeGreaterThan(0);
      for (const c of cited) {
        expect(ids.has(c.source), c.source).toBe(true);
        expect(c.hash).toMatch(/^[0-9a-f]{16}$/);
      }
    }
    for (const s of registry.sources) {
      if (s.commit) expect(s.fileUrl).toContain(s.commit);
      else expect(s.fileUrl).toBeNull();
    }
    const schema = read(path.join(out, 'spec', 'sources.schema.json'));
    expect(schema.properties.sources.type).toBe('array');
  });

  it('exports the framework mapping with its citations, and schema.json describes it', () => {
    const registry = read(path.join(out, 'spec', 'sources.json'));
    const ids = new Set(registry.sources.map((s: {id: string}) => s.id));
    for (const op of allOperators) {
      const json = read(path.join(out, 'spec', `${op.id}.json`));
      expect(json.frameworks).toEqual(op.frameworks);
      expect(json.frameworks.length).toBeGreaterThan(0);
      for (const call of json.frameworks) {
        const rows = [call, ...call.conditions, ...call.parameters, ...call.notes];
        for (const row of rows) {
          expect(row.sources.length).toBeGreaterThan(0);
          for (const c of row.sources) expect(ids.has(c.source), c.source).toBe(true);
        }
      }
    }
    const schema = read(path.join(out, 'spec', 'schema.json'));
    const frameworks = schema.properties.frameworks;
    expect(frameworks.type).toBe('array');
    // input side: the field has a default, so it is optional
    expect(schema.required).not.toContain('frameworks');
    const text = JSON.stringify(frameworks);
    for (const key of [
      'signature',
      'conditionLogic',
      'conditions',
      'parameters',
      'targetApis',
      'reachesThisOperator',
    ]) {
      expect(text, key).toContain(`"${key}"`);
    }
  });

  it('refuses to write an invalid spec', () => {
    const broken = {...allOperators[0], summary: {'zh-Hans': '', en: 'x'}} as OperatorSpec;
    expect(() => writeSpecExport(tempDir(), '/', [broken])).toThrow(/invalid spec/);
  });

  it('the plugin writes under the build directory with the locale base URL', async () => {
    const outDir = tempDir();
    const plugin = specExport({baseUrl: '/en/'} as LoadContext);
    expect(plugin.name).toBe('spec-export');
    await plugin.postBuild?.({outDir} as Parameters<NonNullable<typeof plugin.postBuild>>[0]);
    const index = read(path.join(outDir, 'spec', 'index.json'));
    expect(index.operators[0].url).toBe(`/en/operators/${allOperators[0].id}`);
    expect(index.operators[0].json).toBe(`/en/spec/${allOperators[0].id}.json`);
  });

  it('versions.json carries the releases and the ranges; its schema describes them', () => {
    const v = read(path.join(out, 'spec', 'versions.json'));
    expect(VersionsExportSchema.parse(v)).toEqual(v);
    expect(v.releases.map((r: {id: string}) => r.id)).toEqual([
      '8.0.RC2',
      '8.5.0',
      '9.0.0',
      '9.0.1',
      '9.1.0',
      'master',
    ]);
    expect(v.releases[1].refs['ops-transformer']).toMatchObject({ref: 'v8.5.0'});
    expect(v.facts['aclnnQuantMatmulAllReduceV2/constraint/x2-transpose-only']).toMatchObject({
      states: {'8.0.RC2': 'absent', '8.5.0': 'absent'},
      since: '9.0.0',
    });
    const schema = read(path.join(out, 'spec', 'versions.schema.json'));
    expect(schema.title).toBe('Versions per fact');
    expect(schema.properties.releases.type).toBe('array');
    expect(schema.properties.facts.type).toBe('object');
  });
});
