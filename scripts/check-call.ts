/**
 * Check a described call against the documented constraints (README.md, "Checking a call").
 *
 *   npm run --silent check-call -- FILE.json     # or `-` to read standard input
 *
 * Prints the verdict as JSON (an array of verdicts for an array of calls). Exit codes:
 *   0  the check ran, whatever the verdict;
 *   2  the input is malformed (unreadable file, invalid JSON, or a description with problems):
 *      stderr gets one JSON line {"error":"malformed call description","problems":[…]} followed
 *      by the same problems as a readable list. Never a stack trace.
 */
import fs from 'node:fs';
import path from 'node:path';
import {checkCall} from '../src/lib/checker';
import type {Verdict} from '../src/lib/checker/types';

const Usage = 'usage: npm run --silent check-call -- FILE.json   (or - for standard input)';

/** Thrown by `fail` once the report is written; ends the run with exit code 2. */
class Exit extends Error {}

/** Print the malformed-input report and end with exit code 2. */
function fail(problems: string[]): never {
  process.stderr.write(`${JSON.stringify({error: 'malformed call description', problems})}\n`);
  process.stderr.write(`\nMalformed call description:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exitCode = 2;
  throw new Exit();
}

function readInput(arg: string): string {
  if (arg === '-') return fs.readFileSync(0, 'utf8');
  // npm runs scripts from the package root; resolve the file against the caller's directory.
  const base = process.env.INIT_CWD ?? process.cwd();
  return fs.readFileSync(path.resolve(base, arg), 'utf8');
}

/** Check one description or an array of them; problems are prefixed with `[i]` for arrays. */
function run(value: unknown): {ok: true; output: Verdict | Verdict[]} | {ok: false; problems: string[]} {
  const many = Array.isArray(value);
  const items: unknown[] = many ? value : [value];
  if (many && items.length === 0) return {ok: false, problems: ['(root): the array holds no call description']};
  const verdicts: Verdict[] = [];
  const problems: string[] = [];
  items.forEach((item, i) => {
    const result = checkCall(item);
    if (result.ok) verdicts.push(result.verdict);
    else problems.push(...result.problems.map((p) => (many ? `[${i}] ${p}` : p)));
  });
  if (problems.length > 0) return {ok: false, problems};
  return {ok: true, output: many ? verdicts : verdicts[0]};
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.length !== 1)
    fail([args.length === 0 ? `no input file given; ${Usage}` : `expected one input file; ${Usage}`]);
  let text: string;
  try {
    text = readInput(args[0]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail([`cannot read ${args[0] === '-' ? 'standard input' : JSON.stringify(args[0])}${code ? ` (${code})` : ''}`]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    fail([`invalid JSON: ${error instanceof Error ? error.message.split('\n')[0] : 'parse error'}`]);
  }
  const result = run(value);
  if (!result.ok) fail(result.problems);
  process.stdout.write(`${JSON.stringify(result.output, null, 2)}\n`);
}

try {
  main();
} catch (error) {
  if (!(error instanceof Exit)) {
    // Not expected; still no stack trace.
    try {
      fail([`internal error: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown'}`]);
    } catch {
      // fail() has written the report and set the exit code.
    }
  }
}
