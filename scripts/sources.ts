/**
 * Maintainer commands over local clones of the upstream repositories (not part of `npm test`,
 * which has no clones). README.md, "Sources and citations".
 *
 *   npm run --silent sources:cite -- --repos DIR <source-id> <from> [<to>]
 *       print a citation `{"source", "lines", "hash"}` for those lines (and the lines themselves on
 *       stderr, for the editor's eyes only: never paste them into the project)
 *   npm run --silent sources:verify -- --repos DIR [--seeds DIR]
 *       re-check every citation's fingerprint at its pinned commit; then, for the newest commit of
 *       each release line, report which cited lines are unchanged, moved or changed. Exit 1 on any
 *       mismatch at the pinned commit.
 *
 * `--repos DIR` holds one clone (bare or not) per repository, under one of the names listed in the
 * repository's `cloneNames` (sources.ts); `--seeds DIR` holds the two scraped seed pages (default:
 * ../shared/seeds next to the project).
 */
import path from 'node:path';
import {
  allApis,
  allErrata,
  allFamilies,
  allOperators,
  allRepositories,
  allSources,
  allStatusCodes,
} from '../src/operators';
import {allFacts} from '../src/lib/sources/facts';
import {findBlock, fingerprint} from '../src/lib/sources/fingerprint';
import {Files} from './clones';
import versionOverrides from '../src/operators/versions.overrides';

class UsageError extends Error {}

function parseArgs(argv: string[]): {opts: Record<string, string>; rest: string[]} {
  const opts: Record<string, string> = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${a} needs a value`);
      opts[a.slice(2)] = value;
      i++;
    } else rest.push(a);
  }
  return {opts, rest};
}

const sourceById = new Map(allSources.map((s) => [s.id, s]));

function cite(files: Files, rest: string[]): number {
  const [id, fromText, toText] = rest;
  const s = sourceById.get(id ?? '');
  if (!s) throw new UsageError(`unknown source "${id ?? ''}"; known: ${[...sourceById.keys()].join(', ')}`);
  const from = Number(fromText);
  const to = Number(toText ?? fromText);
  const lines = files.pinned(s);
  if (!lines) throw new Error(`${s.path} not found at ${s.commit ?? 'the seeds folder'}`);
  const hash = fingerprint(lines, from, to);
  process.stderr.write(
    lines
      .slice(from - 1, to)
      .map((l, i) => `${String(from + i).padStart(5)}| ${l}`)
      .join('\n') + '\n',
  );
  process.stdout.write(`{source: '${s.id}', lines: [${from}, ${to}], hash: '${hash}'}\n`);
  return 0;
}

function verify(files: Files): number {
  const facts = allFacts(allOperators, allErrata, allStatusCodes, allApis, allFamilies);
  const citations = [
    ...facts.flatMap((f) => f.sources.map((c) => ({fact: f.where, c}))),
    // The citations of the version overrides (versions.overrides.ts) are checked the same way.
    ...Object.entries(versionOverrides).flatMap(([key, o]) =>
      o.sources.map((c) => ({fact: `version override ${key}`, c: {...c, lines: c.lines as [number, number]}})),
    ),
  ];
  let mismatches = 0;
  const perSource = new Map<string, number>();
  for (const {fact, c} of citations) {
    const s = sourceById.get(c.source);
    if (!s) {
      console.log(`MISMATCH ${fact}: unknown source ${c.source}`);
      mismatches++;
      continue;
    }
    perSource.set(s.id, (perSource.get(s.id) ?? 0) + 1);
    const lines = files.pinned(s);
    if (!lines) {
      console.log(`MISMATCH ${fact}: ${s.path} missing at ${s.commit ?? 'the seeds folder'}`);
      mismatches++;
      continue;
    }
    let actual: string;
    try {
      actual = fingerprint(lines, c.lines[0], c.lines[1]);
    } catch (e) {
      actual = `(${(e as Error).message})`;
    }
    if (actual !== c.hash) {
      console.log(`MISMATCH ${fact}: ${s.id} L${c.lines[0]}-${c.lines[1]} stored ${c.hash}, now ${actual}`);
      mismatches++;
    }
  }
  console.log(
    `sources:verify: ${citations.length} citations of ${facts.length} facts over ${perSource.size} sources: ` +
      (mismatches === 0 ? 'every fingerprint matches at its pinned commit.' : `${mismatches} MISMATCH(ES).`),
  );

  // Release lines: does each cited block still read the same at the newest commit of each line?
  for (const repo of allRepositories) {
    for (const line of repo.releaseLines) {
      const tip = files.resolve(repo, line);
      if (!tip) {
        console.log(`\n${repo.name} ${line}: branch not found in the clone`);
        continue;
      }
      const counts = {same: 0, moved: 0, changed: 0, absent: 0};
      const details: string[] = [];
      for (const {fact, c} of citations) {
        const s = sourceById.get(c.source);
        if (!s || s.repo !== repo.id) continue;
        const lines = files.at(repo, tip.sha, s.path);
        const where = `${fact} (${s.id} L${c.lines[0]}-${c.lines[1]})`;
        if (!lines) {
          counts.absent++;
          details.push(`  absent   ${where}: ${s.path} does not exist`);
          continue;
        }
        const length = c.lines[1] - c.lines[0] + 1;
        const at = findBlock(lines, length, c.hash, c.lines[0]);
        if (at === c.lines[0]) counts.same++;
        else if (at !== null) {
          counts.moved++;
          details.push(`  moved    ${where} → L${at}-${at + length - 1}`);
        } else {
          counts.changed++;
          details.push(`  changed  ${where}`);
        }
      }
      console.log(
        `\n${repo.name} ${line} @ ${tip.sha.slice(0, 10)} (${tip.date}): ${counts.same} same, ${counts.moved} moved, ${counts.changed} changed, ${counts.absent} file absent`,
      );
      for (const d of details) console.log(d);
    }
  }
  return mismatches === 0 ? 0 : 1;
}

function main(): number {
  const [command, ...argv] = process.argv.slice(2);
  const {opts, rest} = parseArgs(argv);
  const reposDir = opts.repos ?? process.env.SOURCE_REPOS;
  if (!reposDir) throw new UsageError('--repos DIR is required (a folder with clones of the upstream repositories)');
  const seedsDir = opts.seeds ?? path.resolve(process.cwd(), '../shared/seeds');
  const files = new Files(path.resolve(reposDir), seedsDir);
  if (command === 'cite') return cite(files, rest);
  if (command === 'verify') return verify(files);
  throw new UsageError(`unknown command "${command ?? ''}" (cite | verify)`);
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`sources: ${(e as Error).message}`);
  process.exitCode = e instanceof UsageError ? 2 : 1;
}
