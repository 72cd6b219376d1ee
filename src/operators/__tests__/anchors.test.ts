import {describe, expect, it} from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import {allErrata, allOperators, allStatusCodes} from '../index';
import {OperatorSections, rowAnchors} from '../../lib/anchors';

const manifest = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../scripts/anchor-manifest.json'), 'utf8'),
) as {pages: Record<string, string[]>};

describe('anchor manifest', () => {
  it.each(allOperators.map((o) => [o.id, o] as const))(
    '%s: every section and row anchor derived from the spec is in the committed manifest',
    (id, op) => {
      const listed = new Set(manifest.pages[`/operators/${id}`] ?? []);
      const missing = [...OperatorSections, ...rowAnchors(op)].filter((a) => !listed.has(a));
      expect(missing, 'run `npm run build && npm run anchors:update` and commit the manifest').toEqual([]);
    },
  );

  it('every erratum and return code anchor is in the manifest', () => {
    const errata = new Set(manifest.pages['/errata'] ?? []);
    expect(allErrata.map((e) => `erratum-${e.id}`).filter((a) => !errata.has(a))).toEqual([]);
    const codes = new Set(manifest.pages['/concepts/return-codes'] ?? []);
    expect(allStatusCodes.map((s) => `status-${s.code}`).filter((a) => !codes.has(a))).toEqual([]);
  });

  it('anchors are ASCII and URL-safe, so they paste into wikis unencoded', () => {
    for (const anchors of Object.values(manifest.pages)) {
      for (const a of anchors) expect(a).toMatch(/^[A-Za-z0-9_-]+$/);
    }
  });
});
