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

  it('has no dependency on a dist-tag such as "latest" that is not pinned by an override (npm ci would re-resolve it)', () => {
    const overrides = JSON.stringify((pkg as {overrides?: unknown}).overrides ?? {});
    const tagged = Object.entries(lock.packages).flatMap(([key, v]) =>
      Object.entries({...(v as {dependencies?: Record<string, string>}).dependencies})
        .filter(([, spec]) => /^[a-z][\w-]*$/i.test(spec) && spec !== '*')
        .filter(([dep]) => !overrides.includes(`"${dep}"`))
        .map(([dep, spec]) => `${key} → ${dep}@${spec}`),
    );
    expect(tagged).toEqual([]);
  });

  it('pins every direct dependency to an exact version', () => {
    const ranges = Object.entries({...pkg.dependencies, ...pkg.devDependencies}).filter(
      ([, v]) => !/^\d+\.\d+\.\d+$/.test(v),
    );
    expect(ranges).toEqual([]);
  });
});
