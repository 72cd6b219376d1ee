/**
 * Reading local clones of the upstream repositories for the maintainer scripts (sources.ts,
 * versions.ts): files at a revision (`git show REV:path`), refs, and the commits that added or
 * removed a line (`git log -S`). Node only; never used by a page or `npm test` (except on a
 * synthetic repository in the tests).
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {allRepositories} from '../src/operators';
import type {Repository, Source} from '../src/operators/schema';
import {splitLines} from '../src/lib/sources/fingerprint';

const repoById = new Map(allRepositories.map((r) => [r.id, r]));

export class Files {
  private cache = new Map<string, string[] | null>();
  private renames = new Map<string, string[]>();
  constructor(
    private readonly reposDir: string,
    private readonly seedsDir: string,
  ) {}

  cloneDir(repo: Repository): string {
    for (const name of repo.cloneNames) {
      const dir = path.join(this.reposDir, name);
      if (fs.existsSync(dir)) return dir;
    }
    throw new Error(`no clone of ${repo.name} under ${this.reposDir} (tried ${repo.cloneNames.join(', ')})`);
  }

  /** Lines of `file` at `rev` in `repo`; null when the file does not exist there. */
  at(repo: Repository, rev: string, file: string): string[] | null {
    const key = `${repo.id}\0${rev}\0${file}`;
    if (!this.cache.has(key)) {
      let text: string | null;
      try {
        text = execFileSync('git', ['-C', this.cloneDir(repo), 'show', `${rev}:${file}`], {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
      } catch (e) {
        if (e instanceof Error && /no clone of/.test(e.message)) throw e;
        text = null;
      }
      this.cache.set(key, text === null ? null : splitLines(text));
    }
    return this.cache.get(key)!;
  }

  /**
   * The names `file` (as named at `commit`) had earlier, newest first (`git log --follow`), so a
   * release that predates a rename is read under its name there.
   */
  formerPaths(repo: Repository, commit: string, file: string): string[] {
    const key = `${repo.id}\0${commit}\0${file}`;
    const cached = this.renames.get(key);
    if (cached) return cached;
    let names: string[] = [];
    try {
      const out = execFileSync(
        'git',
        [
          '-C',
          this.cloneDir(repo),
          '-c',
          'core.quotepath=off',
          'log',
          '--follow',
          '--name-only',
          '--format=',
          commit,
          '--',
          file,
        ],
        {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 16 * 1024 * 1024},
      );
      names = [...new Set(out.split('\n').filter((l) => l && l !== file))];
    } catch {
      names = [];
    }
    this.renames.set(key, names);
    return names;
  }

  /** Lines of a source at its pinned commit (seed pages: from the seeds folder). */
  pinned(s: Source): string[] | null {
    if (s.commit === null) {
      const file = path.join(this.seedsDir, s.path);
      return fs.existsSync(file) ? splitLines(fs.readFileSync(file, 'utf8')) : null;
    }
    return this.at(repoById.get(s.repo)!, s.commit, s.path);
  }

  /**
   * The commits between `from` (exclusive) and `to` that add or remove `text` in `file`
   * (`git log -S`), oldest first, as `{commit, date}`.
   */
  pickaxe(repo: Repository, from: string, to: string, file: string, text: string): {commit: string; date: string}[] {
    try {
      const out = execFileSync(
        'git',
        ['-C', this.cloneDir(repo), 'log', '--reverse', '--format=%H %cs', '-S', text, `${from}..${to}`, '--', file],
        {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 16 * 1024 * 1024},
      ).trim();
      return out
        .split('\n')
        .filter(Boolean)
        .map((l) => {
          const [commit, date] = l.split(' ');
          return {commit, date};
        });
    } catch {
      return [];
    }
  }

  /** The commit a branch (or tag) points to, or null. */
  resolve(repo: Repository, ref: string): {sha: string; date: string} | null {
    try {
      const out = execFileSync('git', ['-C', this.cloneDir(repo), 'log', '-1', '--format=%H %cs', ref, '--'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }).trim();
      const [sha, date] = out.split(' ');
      return sha ? {sha, date} : null;
    } catch {
      return null;
    }
  }
}
