/**
 * The reference CLI end to end (`npx tsx scripts/reference.ts`), with the real checker.
 * Expected values are the hand-computed ones documented in src/lib/reference/__tests__/io.test.ts.
 */
import {describe, expect, it} from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import {spawnSync} from 'node:child_process';

const Root = path.resolve(__dirname, '../..');
const Examples = path.join(Root, 'src/lib/reference/examples');
const example = (name: string) => JSON.parse(fs.readFileSync(path.join(Examples, name), 'utf8')) as Record<string, any>;

function cli(arg: string, stdin?: string) {
  const r = spawnSync('npx', ['tsx', 'scripts/reference.ts', arg], {cwd: Root, encoding: 'utf8', input: stdin});
  let json: any = null;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    // left null; the test asserting on json fails with the output below
  }
  return {status: r.status, json, stdout: r.stdout, stderr: r.stderr};
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+[(:]\d+/);

describe('reference CLI', () => {
  it('computes the 2-rank QuantMatmulAllReduceV2 example: output values and hex', () => {
    const r = cli(path.join(Examples, 'qmar-2rank-fp16.json'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.json.output).toEqual({
      shape: [2, 2],
      dtype: 'FLOAT16',
      values: [
        [1, 38.5],
        [6.3984375, 7.5],
      ],
      hex: [
        ['0x3C00', '0x50D0'],
        ['0x4666', '0x4780'],
      ],
    });
    expect(r.json.ranks).toHaveLength(2);
    expect(r.json.ranks[0].converted.hex[0][0]).toBe('0x5641'); // 1001 · fp19(0.1) → 100.0625
    expect(r.json.warnings).toEqual([]);
  });

  it('computes the WeightQuantBatchMatmul examples of both paths', () => {
    const fix = cli(path.join(Examples, 'wqbmm-fixpipe-m2.json'));
    expect(fix.status, fix.stderr).toBe(0);
    expect(fix.json.path).toBe('fixpipe');
    expect(fix.json.output.hex).toEqual([
      ['0x3F66', '0xC800'],
      ['0x3D1A', '0x4BC0'],
    ]);
    const single = cli(path.join(Examples, 'wqbmm-single-op-m65.json'));
    expect(single.status, single.stderr).toBe(0);
    expect(single.json.path).toBe('single-op');
    expect(single.json.output.values.slice(0, 2)).toEqual([
      [1.8994140625, 0.39990234375],
      [1.8994140625, 0.89990234375],
    ]);
  });

  it('reads standard input with "-" and maps an array to an array', () => {
    const input = JSON.stringify([example('wqbmm-fixpipe-m2.json'), example('qmar-2rank-fp16.json')]);
    const r = cli('-', input);
    expect(r.status, r.stderr).toBe(0);
    expect(r.json.map((x: any) => x.output.hex[0][0])).toEqual(['0x3F66', '0x3C00']);
  });

  it('exits 2 on malformed input, listing the problems, without a stack trace', () => {
    const badJson = cli('-', '{"operator": ');
    expect(badJson.status).toBe(2);
    expect(badJson.json.error).toBe('malformed input');
    expect(badJson.json.problems[0]).toMatch(/not valid JSON/);
    noStackTrace(badJson.stdout + badJson.stderr);

    const d = example('qmar-2rank-fp16.json');
    d.ranks[0].tensors.x1.values = [
      [77, 0.5, 1],
      [1, 2],
    ];
    d.ranks[1].tensors.x2.values[0][0] = 300;
    const bad = cli('-', JSON.stringify(d));
    expect(bad.status).toBe(2);
    expect(bad.json.problems).toEqual([
      'ranks[0].tensors.x1.values[1]: expected 3 entries (shape [2, 3]), got 2',
      'ranks[1].tensors.x2.values[0]: 300 is outside the INT8 range [-128, 127]',
    ]);
    expect(bad.stderr).toMatch(/malformed input/);
    noStackTrace(bad.stdout + bad.stderr);

    const missing = cli(path.join(Examples, 'does-not-exist.json'));
    expect(missing.status).toBe(2);
    expect(missing.json.problems[0]).toMatch(/cannot read/);
  });

  it('exits 3 on a call the checker finds invalid, with its verdict', () => {
    const d = example('qmar-2rank-fp16.json');
    d.attrs.reduceOp = 'max';
    const r = cli('-', JSON.stringify(d));
    expect(r.status).toBe(3);
    expect(r.json.error).toBe('invalid call');
    expect(r.json.verdict.documented).toEqual({status: 'ACLNN_ERR_PARAM_INVALID', code: 161002});
    expect(r.json.verdict.violations.map((v: any) => v.parameters).flat()).toContain('reduceOp');
    noStackTrace(r.stdout + r.stderr);
  });
});
