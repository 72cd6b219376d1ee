import {describe, expect, it} from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

const lock = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package-lock.json'), 'utf8')) as {
  packages: Record<string, {version?: string; optionalDependencies?: Record<string, string>}>;
};
const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('package-lock.json', () => {
  it('locks every optional platform build of every locked package (else `npm ci` fails on a fresh machine)', () => {
    // npm install silently skips optional builds missing from the registry, but npm ci then rejects
    // the lock as out of sync; package.json "overrides" pin such packages to complete versions.
    const names = Object.keys(lock.packages);
    const incomplete = Object.entries(lock.packages).flatMap(([key, v]) =>
      Object.keys(v.optionalDependencies ?? {})
        .filter((dep) => !names.some((n) => n.endsWith(`node_modules/${dep}`)))
        .map((dep) => `${key}@${v.version} → ${dep}`),
    );
    expect(incomplete).toEqual([]);
  });

  it('pins every direct dependency to an exact version', () => {
    const ranges = Object.entries({...pkg.dependencies, ...pkg.devDependencies}).filter(
      ([, v]) => !/^\d+\.\d+\.\d+$/.test(v),
    );
    expect(ranges).toEqual([]);
  });
});
