// @vitest-environment node
/** The version data (versions.generated.json) and the scan logic that writes it. */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {allErrata, allOperators, allReleases, allRepositories, allSources, allStatusCodes} from '../../../operators';
import overrides from '../../../operators/versions.overrides';
import {
  VersionDataSchema,
  VersionEvidenceDataSchema,
  VersionOverrideSchema,
  type Source,
} from '../../../operators/schema';
import rawEvidence from '../../../operators/versions.evidence.generated.json';
import {releaseCss, ReleaseCssOut} from '../css';
import {allFacts, type Fact} from '../../sources/facts';
import {fingerprint} from '../../sources/fingerprint';
import {factRange, LatestRelease, ReleaseIds, stateAt, VersionData, cannAttributes} from '..';
import {isLogLine, relaxedLine, similarBlock} from '../match';
import {scanFact, transition, type ScannedCitation} from '../scan';
import {Files} from '../../../../scripts/clones';

const facts = allFacts(allOperators, allErrata, allStatusCodes);
const keys = new Set(facts.map((f) => f.key));
const sourceIds = new Set(allSources.map((s) => s.id));

describe('releases', () => {
  it('start with the seed release and end with master; ids are unique', () => {
    expect(allReleases[0]).toMatchObject({id: '8.0.RC2', seed: true});
    expect(allReleases.at(-1)!.id).toBe('master');
    expect(new Set(ReleaseIds).size).toBe(ReleaseIds.length);
    expect(allReleases.filter((r) => r.seed)).toHaveLength(1);
  });
  it('every open-source release reads every repository with release lines, at a pinned commit', () => {
    const repos = allRepositories.filter((r) => r.releaseLines.length > 1).map((r) => r.id);
    for (const r of allReleases.filter((x) => !x.seed)) {
      for (const repo of repos) expect(r.refs[repo]?.commit, `${r.id} ${repo}`).toMatch(/^[0-9a-f]{40}$/);
    }
  });
  it('master reads the commits the citations are pinned to', () => {
    const master = allReleases.at(-1)!;
    const pinned = allSources.filter((s) => s.id === 'qmar-v2-doc' || s.id === 'wqbmm-doc');
    for (const s of pinned) expect(master.refs[s.repo]!.commit).toBe(s.commit);
  });
});

describe('version data (versions.generated.json)', () => {
  it('parses, and names the releases of releases.ts, in order', () => {
    expect(VersionDataSchema.parse(VersionData)).toBeTruthy();
    expect(VersionData.releases).toEqual(ReleaseIds);
  });
  it('the selector CSS is generated from the release list', () => {
    expect(fs.readFileSync(path.resolve(ReleaseCssOut), 'utf8')).toBe(releaseCss(ReleaseIds));
  });
  it('every key names an existing fact', () => {
    const unknown = Object.keys(VersionData.facts).filter((k) => !keys.has(k));
    expect(unknown).toEqual([]);
  });
  it('every state names a known release and never says "holds" (a release not listed holds)', () => {
    for (const [key, v] of Object.entries(VersionData.facts)) {
      for (const [release, state] of Object.entries(v.states)) {
        expect(ReleaseIds, `${key}`).toContain(release);
        expect(state).not.toBe('holds');
      }
    }
    const evidence = VersionEvidenceDataSchema.parse(rawEvidence);
    for (const [key, list] of Object.entries(evidence.facts)) {
      expect(keys.has(key), key).toBe(true);
      for (const e of list) {
        expect(sourceIds.has(e.source), `${key} evidence ${e.source}`).toBe(true);
        for (const r of Object.keys(e.states)) expect(ReleaseIds).toContain(r);
        for (const c of e.changes) for (const r of c.between) expect(ReleaseIds).toContain(r);
      }
    }
  });
  it('every fact holds at the newest release (the site states master)', () => {
    for (const f of facts) expect(stateAt(f.key, LatestRelease), f.key).toBe('holds');
  });
  it('a fact with no entry holds for every release', () => {
    const plain = facts.find((f) => !VersionData.facts[f.key])!;
    expect(plain).toBeDefined();
    for (const r of ReleaseIds) expect(stateAt(plain.key, r)).toBe('holds');
    expect(factRange(plain.key)).toEqual({absent: [], differs: [], undetermined: []});
    expect(cannAttributes(plain.key)).toEqual({'data-fact': plain.key});
  });
  it('overrides are valid, name existing facts and releases, and are what the data says', () => {
    for (const [key, o] of Object.entries(overrides)) {
      const parsed = VersionOverrideSchema.parse(o);
      expect(keys.has(key), key).toBe(true);
      for (const r of Object.keys(parsed.states)) expect(ReleaseIds).toContain(r);
      for (const c of parsed.sources) expect(sourceIds.has(c.source), c.source).toBe(true);
      expect(VersionData.facts[key]?.states, key).toEqual(parsed.states);
      expect(VersionData.facts[key]?.override?.reason).toEqual(parsed.reason);
    }
  });
  it('models the version-dependent facts the issue names', () => {
    // QMAR x2 contiguity check: absent from 8.5.0, in 9.0.0 onwards (cherry-picked from eb57bb071).
    const contig = 'aclnnQuantMatmulAllReduceV2/constraint/x2-transpose-only';
    expect(factRange(contig)).toMatchObject({since: '9.0.0', absent: ['8.0.RC2', '8.5.0']});
    // QMAR empty-output check (6b31281b8, 2026-01-28): since 9.0.0.
    expect(factRange('aclnnQuantMatmulAllReduceV2/constraint/output-not-empty').since).toBe('9.0.0');
    // WQBMM null-x1 fix (4c8b12ff9): only master.
    const nul = factRange('aclnnWeightQuantBatchMatmul/constraint/impl-not-null');
    expect(nul.differs).toEqual(['8.5.0', '9.0.0', '9.0.1', '9.1.0']);
    // WQBMM deprecation attribute and warning (34cddc5cd, 2026-03-02): since 9.0.0.
    expect(factRange('aclnnWeightQuantBatchMatmul/version-note/2')).toMatchObject({since: '9.0.0', absent: ['8.5.0']});
    expect(factRange('erratum/e7-missing-formula-replacement/implementation').since).toBe('9.0.0');
    // QMAR determinism switch to HCCL_DETERMINISTIC (17beabaea, 2026-02-05) and 950PR/950DT: since 9.0.0.
    expect(factRange('aclnnQuantMatmulAllReduceV2/version-note/1').since).toBe('9.0.0');
    expect(factRange('aclnnQuantMatmulAllReduceV2/product/ascend-950pr-950dt').since).toBe('9.0.0');
  });
});

const src = (kind: Source['kind'], id = `s-${kind}`): Source => ({
  id,
  repo: 'r',
  path: 'f',
  kind,
  commit: kind === 'seed' ? null : 'a'.repeat(40),
  release: 'master',
  date: null,
  title: id,
});
const fact = (implementation: boolean, seed = false): Fact => ({
  key: 'op/constraint/x',
  where: 'x',
  kind: 'constraint',
  operator: 'op',
  provenance: implementation ? ['impl'] : seed ? ['seed', 'doc'] : ['doc'],
  sources: [],
  implementation,
});
const R = [{id: 'rc2', seed: true}, {id: 'a'}, {id: 'b'}, {id: 'm'}].map((r) => ({seed: false, ...r}));

describe('scanFact', () => {
  const code = (states: Record<string, ScannedCitation['states'][string]>): ScannedCitation => ({
    source: src('code'),
    current: true,
    states,
  });
  const doc = (states: Record<string, ScannedCitation['states'][string]>): ScannedCitation => ({
    source: src('doc'),
    current: true,
    states,
  });
  it('an implementation fact follows its code citations; absent at the oldest release → absent at the seed release', () => {
    const s = scanFact(
      fact(true),
      [code({a: 'absent', b: 'similar', m: 'same'}), doc({a: 'same', b: 'same', m: 'same'})],
      R,
    );
    expect(s).toEqual({rc2: 'absent', a: 'absent', b: 'holds', m: 'holds'});
    // Code whose cited lines are not found (but whose file exists) may still behave the same: differs.
    const changed = scanFact(fact(true), [code({a: 'changed', b: 'same', m: 'same'})], R);
    expect(changed).toEqual({rc2: 'undetermined', a: 'differs', b: 'holds', m: 'holds'});
  });
  it('some blocks found → differs; all → holds; the seed release of an implementation fact present at the oldest release is undetermined', () => {
    const s = scanFact(
      fact(true),
      [code({a: 'same', b: 'same', m: 'same'}), code({a: 'absent', b: 'moved', m: 'same'})],
      R,
    );
    expect(s).toEqual({rc2: 'undetermined', a: 'differs', b: 'holds', m: 'holds'});
  });
  it('a documented fact follows its doc citations and holds at the seed release when it cites the seed pages', () => {
    const seedCite: ScannedCitation = {source: src('seed'), current: false, states: {}};
    const s = scanFact(fact(false, true), [seedCite, doc({a: 'changed', b: 'same', m: 'same'}), code({a: 'same'})], R);
    expect(s).toEqual({rc2: 'holds', a: 'absent', b: 'holds', m: 'holds'});
  });
  it('does not scan the framework mapping (op-plugin master, not a CANN release), even where it cites current aclnn headers', () => {
    for (const kind of ['framework', 'framework-condition', 'framework-param', 'framework-note'] as const) {
      const fw: Fact = {...fact(true), kind, key: `op/${kind}/torch-npu-x`};
      expect(scanFact(fw, [code({a: 'absent', b: 'same', m: 'same'})], R), kind).toBeNull();
    }
    const real = facts.filter((f) => f.kind.startsWith('framework'));
    expect(real.length).toBeGreaterThan(0);
    for (const f of real) expect(VersionData.facts[f.key], f.key).toBeUndefined();
  });
  it('ignores citations pinned to an older commit; a fact citing only the seed pages is not scanned', () => {
    const old: ScannedCitation = {source: src('code', 'old'), current: false, states: {}};
    expect(scanFact(fact(true), [old], R)).toBeNull();
    expect(scanFact(fact(false, true), [{source: src('seed'), current: false, states: {}}], R)).toBeNull();
  });
  it('transitions between consecutive releases', () => {
    expect(transition('absent', 'holds')).toBe('appears');
    expect(transition('holds', 'absent')).toBe('disappears');
    expect(transition('differs', 'holds')).toBe('changes');
    expect(transition('undetermined', 'holds')).toBeNull();
    expect(transition('holds', 'holds')).toBeNull();
  });
});

describe('relaxed block matching', () => {
  it('a table row and the list item it became match; log lines are ignored', () => {
    expect(relaxedLine('| <term>Atlas A3 训练系列产品</term> |  √  |')).toBe(
      relaxedLine('- <term>Atlas A3 训练系列产品</term>：支持'),
    );
    expect(isLogLine('        OP_LOGE(ACLNN_ERR_PARAM_INVALID, "x must be contiguous",')).toBe(true);
    expect(isLogLine('if (!isTransposeX2 && !IsContiguous(x2)) {')).toBe(false);
    const block = [
      'if (!isTransposeX2 && !IsContiguous(x2)) {',
      '    OP_LOGE(ACLNN_ERR_PARAM_INVALID, "old message");',
      '    return false;',
      '}',
    ];
    const file = [
      'void f() {',
      'if (!isTransposeX2 &&',
      '    !IsContiguous(x2)) {',
      'OP_LOGE_FOR_INVALID_VALUE("new");',
      'return false; }',
    ];
    expect(similarBlock(file, block)).toBe(true);
    expect(similarBlock(['return false;'], block)).toBe(false);
    expect(similarBlock(file, ['}', '{'])).toBe(false);
  });
});

describe('reading clones (scripts/clones.ts) on a synthetic repository', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'versions-scan-'));
  afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));
  const dir = path.join(tmp, 'ops-nn');
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {encoding: 'utf8'}).trim();
  it('reads a file at a tag, under its former name after a rename, and dates a change with git log -S', () => {
    fs.mkdirSync(dir);
    git('init', '-q', '-b', 'master');
    const body = Array.from({length: 20}, (_, i) => `line ${i}`).join('\n');
    fs.writeFileSync(path.join(dir, 'old.md'), `title\ncheck nothing\n${body}\n`);
    git('add', '.');
    git('commit', '-q', '-m', 'one', '--date', '2026-01-01T00:00:00Z');
    git('tag', 'v1');
    git('mv', 'old.md', 'new.md');
    fs.writeFileSync(path.join(dir, 'new.md'), `title\ncheck x2 contiguity\n${body}\n`);
    git('add', '.');
    git('commit', '-q', '-m', 'two');
    const head = git('rev-parse', 'HEAD');
    const repo = allRepositories.find((r) => r.id === 'ops-nn')!;
    const files = new Files(tmp, tmp);
    expect(files.at(repo, 'v1', 'new.md')).toBeNull();
    expect(files.formerPaths(repo, head, 'new.md')).toEqual(['old.md']);
    const v1 = files.at(repo, 'v1', 'old.md')!;
    const now = files.at(repo, head, 'new.md')!;
    expect(fingerprint(v1, 1, 1)).toBe(fingerprint(now, 1, 1));
    expect(fingerprint(v1, 2, 2)).not.toBe(fingerprint(now, 2, 2));
    const hits = files.pickaxe(repo, 'v1', head, 'new.md', 'check x2 contiguity');
    expect(hits.map((h) => h.commit)).toEqual([head]);
  });
});
