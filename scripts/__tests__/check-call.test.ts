// @vitest-environment node
/** The check-call CLI: files, standard input, arrays, exit codes, no stack traces. */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {samplePresets} from '../../src/lib/checker/presets';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'check-call-'));

afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));

function cli(args: string[], input?: string) {
  const r = spawnSync(tsx, ['scripts/check-call.ts', ...args], {cwd: root, input, encoding: 'utf8', timeout: 60_000});
  return {status: r.status, stdout: r.stdout, stderr: r.stderr};
}

function file(name: string, content: string): string {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, content);
  return p;
}

const nd = samplePresets.find((p) => p.id === 'allreduce-nd')!.call;
const bad = {
  ...nd,
  tensors: {
    ...nd.tensors,
    x1: {shape: [32, 70000], dtype: 'INT8', format: 'ND'},
    x2: {shape: [70000, 128], dtype: 'INT8', format: 'ND'},
  },
};

function noStackTrace(text: string) {
  expect(text).not.toMatch(/^\s+at /m);
  expect(text).not.toMatch(/Error:.*\n\s+at /);
}

describe('check-call CLI', () => {
  it('prints the verdict of a file (pretty JSON) and exits 0 for a valid call', () => {
    const r = cli([file('ok.json', JSON.stringify(nd))]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('\n  "operator": "aclnnQuantMatmulAllReduceV2"');
    expect(JSON.parse(r.stdout).documented).toEqual({status: 'ACLNN_SUCCESS', code: 0});
  });

  it('exits 0 for a call that fails the check; the verdict tells why', () => {
    const r = cli([file('bad.json', JSON.stringify(bad))]);
    expect(r.status).toBe(0);
    const v = JSON.parse(r.stdout);
    expect(v.documented.code).toBe(161002);
    expect(v.violations.map((x: {constraint: string}) => x.constraint)).toContain('last-dim-max');
    expect(v.implementation).toMatchObject({code: 561002, stage: 'tiling'});
  });

  it('reads standard input with -', () => {
    const r = cli(['-'], JSON.stringify(nd));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).operator).toBe('aclnnQuantMatmulAllReduceV2');
  });

  it('gives an array of verdicts for an array of calls', () => {
    const r = cli(['-'], JSON.stringify(samplePresets.map((p) => p.call).concat([bad as never])));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(5);
    expect(out.map((v: {documented: {code: number}}) => v.documented.code)).toEqual([0, 0, 0, 0, 161002]);
  });

  it('exits 2 on a malformed description, listing every problem as JSON and as a list', () => {
    const r = cli(
      ['-'],
      JSON.stringify({operator: 'aclnnFoo', tensors: {x1: {shape: [-1], dtype: 'INT4'}}, attrs: {}, x: '<script>'}),
    );
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const report = JSON.parse(r.stderr.split('\n')[0]);
    expect(report.error).toBe('malformed call description');
    expect(report.problems.length).toBeGreaterThanOrEqual(4);
    expect(r.stderr).toContain('Malformed call description:\n  - operator: unknown operator "aclnnFoo"');
    noStackTrace(r.stderr);
  });

  it('takes cannVersion: the verdict names the release, or the latest when none is given', () => {
    const x2 = {...(nd.tensors as Record<string, object>).x2, contiguous: false};
    const call = {...nd, tensors: {...nd.tensors, x2}};
    const old = cli(['-'], JSON.stringify({...call, cannVersion: '8.5.0'}));
    expect(old.status).toBe(0);
    expect(JSON.parse(old.stdout)).toMatchObject({
      cannVersion: {value: '8.5.0', assumed: false},
      documented: {code: 0},
    });
    const latest = JSON.parse(cli(['-'], JSON.stringify(call)).stdout);
    expect(latest).toMatchObject({cannVersion: {value: 'master', assumed: true}, documented: {code: 161002}});
    const bad = cli(['-'], JSON.stringify({...call, cannVersion: '10.0'}));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(
      'cannVersion: unknown CANN release "10.0"; known: 8.0.RC2, 8.5.0, 9.0.0, 9.0.1, 9.1.0, master',
    );
    noStackTrace(bad.stderr);
  });

  it('prefixes the problems of array items with their index', () => {
    const r = cli(['-'], JSON.stringify([nd, {operator: 'aclnnQuantMatmulAllReduceV2'}]));
    expect(r.status).toBe(2);
    const report = JSON.parse(r.stderr.split('\n')[0]);
    expect(report.problems[0]).toMatch(/^\[1\] /);
  });

  it.each([
    ['invalid JSON', ['-'], '{"operator": '],
    ['an unreadable file', [path.join(tmp, 'missing.json')], undefined],
    ['no argument', [], undefined],
    ['a JSON string', ['-'], '"<img src=x onerror=alert(1)>"'],
  ])('exits 2 without a stack trace on %s', (_name, args, input) => {
    const r = cli(args as string[], input as string | undefined);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stderr.split('\n')[0]).error).toBe('malformed call description');
    noStackTrace(r.stderr);
  });
});
