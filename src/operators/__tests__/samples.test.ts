// @vitest-environment node
/**
 * Compiles every C++ sample of every operator against compile-only headers: the operator's
 * own header is generated from its spec (operatorStubHeader), the headers of the related APIs
 * (src/operators/apis/: aclnnTransQuantParam*, aclnnCalculateMatmulWeightSizeV2,
 * aclnnTransMatmulWeight, the family members) from their specs (apiStubHeaders); everything else
 * (runtime, HCCL, meta types) comes from the hand-written stubs in src/lib/cpp-stubs/. A sample that calls an operator with arguments
 * that do not match the documented prototype fails here.
 *
 * Needs `g++` on PATH (C++17).
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {apiStubHeaders, operatorStubHeader} from '../../lib/stubHeader';
import {parsePrototype} from '../../lib/prototype';
import {allApis, allFamilies, allOperators} from '../index';

const operatorsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stubsDir = path.resolve(operatorsDir, '../lib/cpp-stubs');
const STUB_BANNER = '// Compile-only stub: declarations as documented by CANN; not the vendor header.';

let includeDir = '';

/** Syntax-check one C++ file against the temp include dir; returns g++'s exit code and stderr. */
function compile(file: string): {status: number | null; stderr: string} {
  const args = ['-std=c++17', '-fsyntax-only', '-Wall', '-Werror', '-I', includeDir, file];
  const result = spawnSync('g++', args, {encoding: 'utf8', timeout: 120_000});
  if (result.error) {
    throw new Error(`could not run g++ (${result.error.message}); the sample tests need g++ on PATH`);
  }
  return {status: result.status, stderr: result.stderr};
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

beforeAll(() => {
  includeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cann-sample-stubs-'));
  fs.cpSync(stubsDir, includeDir, {recursive: true});
  for (const spec of allOperators) {
    const target = path.join(includeDir, spec.header);
    if (fs.existsSync(target)) {
      throw new Error(`${spec.id}: generated header ${spec.header} collides with a file in cpp-stubs`);
    }
    fs.mkdirSync(path.dirname(target), {recursive: true});
    fs.writeFileSync(target, operatorStubHeader(spec));
  }
  for (const [header, text] of apiStubHeaders(allApis)) {
    const target = path.join(includeDir, header);
    if (fs.existsSync(target)) {
      throw new Error(`generated header ${header} collides with a file in cpp-stubs or an operator header`);
    }
    fs.mkdirSync(path.dirname(target), {recursive: true});
    fs.writeFileSync(target, text);
  }
});

afterAll(() => {
  if (includeDir) fs.rmSync(includeDir, {recursive: true, force: true});
});

describe('compile-only stub headers', () => {
  it('every hand-written stub starts with the compile-only banner', () => {
    const files = listFiles(stubsDir);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const firstLine = fs.readFileSync(file, 'utf8').split('\n', 1)[0];
      expect(firstLine, path.relative(stubsDir, file)).toBe(STUB_BANNER);
    }
  });

  it.each(allOperators.map((spec) => [spec.id, spec] as const))(
    'the generated header of %s declares both prototypes',
    (_id, spec) => {
      const header = operatorStubHeader(spec);
      expect(header).toContain('#include "aclnn/acl_meta.h"');
      for (const proto of [spec.prototypes.getWorkspaceSize, spec.prototypes.execute]) {
        expect(header).toMatch(new RegExp(`\\b${proto.name}\\s*\\(`));
      }
    },
  );
});

describe('related APIs (src/operators/apis/) in the stub headers', () => {
  it('no hand-written stub declares a related API: their declarations are generated from the specs', () => {
    const names = allApis.flatMap((api) => api.prototypes.map((p) => p.name));
    for (const file of listFiles(stubsDir)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const name of names)
        expect(text, path.relative(stubsDir, file)).not.toMatch(new RegExp(`\\b${name}\\s*\\(`));
    }
  });

  it.each(allApis.map((api) => [api.id, api] as const))(
    '%s: every prototype is declared in its generated header and a call with its documented arity compiles',
    (_id, api) => {
      const header = apiStubHeaders(allApis).get(api.header)!;
      const file = path.join(includeDir, `call-${api.id}.cpp`);
      const calls = api.prototypes.map((p) => {
        expect(header).toMatch(new RegExp(`\\b${p.name}\\s*\\(`));
        const args = parsePrototype(p.declaration).params.map((x) => `static_cast<${x.cType}>(0)`);
        return `  (void)${p.name}(${args.join(', ')});`;
      });
      fs.writeFileSync(file, [`#include "${api.header}"`, 'int main() {', ...calls, '  return 0;', '}', ''].join('\n'));
      const {status, stderr} = compile(file);
      expect(status, stderr).toBe(0);
    },
  );
});

describe.each(allOperators.map((spec) => [spec.id, spec] as const))('samples of %s', (_id, spec) => {
  it('has at least one sample', () => {
    expect(spec.samples.length).toBeGreaterThan(0);
  });

  it.each(spec.samples.map((sample) => [sample.file, sample] as const))(
    '%s compiles with -Wall -Werror',
    (_file, sample) => {
      const file = path.join(operatorsDir, spec.id, sample.file);
      expect(fs.existsSync(file), `missing sample file ${file}`).toBe(true);
      const source = fs.readFileSync(file, 'utf8');
      expect(source, 'the sample must include the operator header').toContain(`#include "${spec.header}"`);
      const {status, stderr} = compile(file);
      expect(status, `g++ failed on ${path.relative(process.cwd(), file)}:\n${stderr}`).toBe(0);
    },
  );
});

describe.each(allFamilies.filter((f) => f.migration).map((f) => [f.id, f] as const))(
  'migration samples of the %s family',
  (_id, family) => {
    const mig = family.migration!;
    const dir = path.join(operatorsDir, 'families', family.id);
    const headerOf = (id: string): string =>
      (allOperators.find((o) => o.id === id) ?? allApis.find((a) => a.id === id))!.header;

    it.each([
      ['before', mig.samples.before, mig.from],
      ['after', mig.samples.after, mig.to],
    ] as const)('%s (%s) calls %s and compiles with -Wall -Werror', (_which, file, api) => {
      const full = path.join(dir, file);
      expect(fs.existsSync(full), `missing ${full}`).toBe(true);
      const source = fs.readFileSync(full, 'utf8');
      expect(source).toContain(`#include "${headerOf(api)}"`);
      expect(source).toMatch(new RegExp(`\\b${api}GetWorkspaceSize\\s*\\(`));
      expect(source).toMatch(new RegExp(`\\b${api}\\s*\\(`));
      const {status, stderr} = compile(full);
      expect(status, `g++ failed on ${file}:\n${stderr}`).toBe(0);
    });
  },
);

describe('the compile check can fail', () => {
  it('rejects a call of aclnnQuantMatmulAllReduceV2GetWorkspaceSize with a wrong argument count', () => {
    const spec = allOperators.find((op) => op.id === 'aclnnQuantMatmulAllReduceV2');
    expect(spec, 'aclnnQuantMatmulAllReduceV2 is not in the registry').toBeDefined();
    const file = path.join(includeDir, 'wrong-argument-count.cpp');
    // commTurn is missing: 12 arguments instead of 13.
    fs.writeFileSync(
      file,
      [
        `#include "${spec!.header}"`,
        'int main() {',
        '  uint64_t workspaceSize = 0;',
        '  aclOpExecutor *executor = nullptr;',
        '  return aclnnQuantMatmulAllReduceV2GetWorkspaceSize(nullptr, nullptr, nullptr, nullptr,',
        '      nullptr, nullptr, "group", "sum", 1, nullptr, &workspaceSize, &executor);',
        '}',
        '',
      ].join('\n'),
    );
    const {status, stderr} = compile(file);
    expect(status).not.toBe(0);
    expect(stderr).toContain('aclnnQuantMatmulAllReduceV2GetWorkspaceSize');
  });
});

describe('deprecated operators', () => {
  const deprecated = allOperators.filter((op) => op.deprecation !== null);

  it('at least one operator (aclnnWeightQuantBatchMatmul) is deprecated', () => {
    expect(deprecated.map((op) => op.id)).toContain('aclnnWeightQuantBatchMatmul');
  });

  it.each(allOperators.map((spec) => [spec.id, spec] as const))(
    'the generated header of %s carries the deprecated attribute exactly when the spec is deprecated',
    (_id, spec) => {
      const header = operatorStubHeader(spec);
      const count = header.split('__attribute__((deprecated(').length - 1;
      expect(count).toBe(spec.deprecation === null ? 0 : 2);
    },
  );

  it.each(deprecated.map((spec) => [spec.id, spec] as const))(
    '%s: a call without the diagnostic pragma fails with -Werror; with it, it compiles',
    (_id, spec) => {
      const call = [
        '  uint64_t workspaceSize = 0;',
        '  aclOpExecutor *executor = nullptr;',
        `  return static_cast<int>(${spec.prototypes.execute.name}(nullptr, workspaceSize, executor, nullptr));`,
      ];
      const write = (name: string, body: string[]): string => {
        const file = path.join(includeDir, name);
        fs.writeFileSync(file, [`#include "${spec.header}"`, 'int main() {', ...body, '}', ''].join('\n'));
        return file;
      };
      const plain = compile(write(`${spec.id}-deprecated-call.cpp`, call));
      expect(plain.status).not.toBe(0);
      expect(plain.stderr).toContain('deprecated');
      expect(plain.stderr).toContain(spec.prototypes.execute.name);
      const silenced = compile(
        write(`${spec.id}-deprecated-call-silenced.cpp`, [
          '#pragma GCC diagnostic push',
          '#pragma GCC diagnostic ignored "-Wdeprecated-declarations"',
          ...call,
          '#pragma GCC diagnostic pop',
        ]),
      );
      expect(silenced.status, silenced.stderr).toBe(0);
    },
  );
});
