// @vitest-environment node
/**
 * Sample lines that call a related API link to its page: every such call is found, and the
 * highlighted token of the called name is the exact text CodeBlock turns into a link.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {allApis, allOperators} from '../../operators';
import {apiFunctionNames, findApiCalls} from '../apiCalls';
import {highlightLines} from '../highlight';

const names = apiFunctionNames(allApis);
const samples = allOperators.flatMap((op) =>
  op.samples.map((s) => ({op: op.id, file: path.join('src/operators', op.id, s.file)})),
);

describe('findApiCalls', () => {
  it('finds calls, ignores comments and unknown names', () => {
    const map = new Map([['aclnnF', 'aclnnF']]);
    expect(findApiCalls('x = aclnnF(1);\n// aclnnF(2)\naclnnG(3);\n  aclnnF (4);', map)).toEqual([
      {line: 1, fn: 'aclnnF', api: 'aclnnF'},
      {line: 4, fn: 'aclnnF', api: 'aclnnF'},
    ]);
  });

  it('the samples call aclnnTransQuantParam, aclnnTransQuantParamV2, aclnnCalculateMatmulWeightSizeV2 and aclnnTransMatmulWeight', () => {
    const called = new Set(
      samples.flatMap((s) => findApiCalls(fs.readFileSync(s.file, 'utf8'), names).map((c) => c.api)),
    );
    for (const id of [
      'aclnnTransQuantParam',
      'aclnnTransQuantParamV2',
      'aclnnCalculateMatmulWeightSizeV2',
      'aclnnTransMatmulWeight',
    ]) {
      expect(called.has(id), id).toBe(true);
    }
  });

  it.each(samples.map((s) => [s.file, s] as const))(
    '%s: every line calling a related API has a linkable token',
    (_f, s) => {
      const code = fs.readFileSync(s.file, 'utf8');
      const lines = highlightLines(code, 'cpp');
      for (const {line, fn} of findApiCalls(code, names)) {
        const token = lines[line - 1].find(([, text]) => text === fn);
        expect(token, `${s.file}:${line} ${fn}`).toBeDefined();
      }
      // and no line mentions a related API function in a call the scan misses
      code.split('\n').forEach((text, i) => {
        const live = text.replace(/\/\/.*$/, '');
        for (const name of names.keys()) {
          if (new RegExp(`\\b${name}\\s*\\(`).test(live)) {
            expect(
              findApiCalls(code, names).some((c) => c.line === i + 1 && c.fn === name),
              `${s.file}:${i + 1}`,
            ).toBe(true);
          }
        }
      });
    },
  );
});
