/**
 * Runs the reference implementation on a call description with values (issue 6, item 4).
 *
 *   npm run --silent reference -- FILE.json      (or `-` for standard input)
 *
 * Prints the result JSON: {output: {shape, dtype, values, hex}, ranks: [...], steps, warnings}; an
 * array of descriptions gives an array of results. Exit codes: 0 computed; 2 malformed input (every
 * problem listed); 3 the checker finds the call invalid ({"error": "invalid call", "verdict": …});
 * 1 internal error. Never prints a stack trace. Format: README.md, "Reference implementation".
 */
import fs from 'node:fs';
import {checkCall} from '../src/lib/checker';
import {ExitCode, formatJson, runReference} from '../src/lib/reference/io';

const Usage = 'usage: npm run --silent reference -- FILE.json   (or - for standard input)';

function fail(code: number, json: unknown, text: string): never {
  process.stdout.write(formatJson(json) + '\n');
  process.stderr.write(text + '\n');
  process.exit(code);
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.length !== 1) fail(ExitCode.malformed, {error: 'malformed input', problems: [Usage]}, Usage);
  const file = args[0]!;
  let text: string;
  try {
    text = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    const msg = `cannot read ${file === '-' ? 'standard input' : file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`;
    fail(ExitCode.malformed, {error: 'malformed input', problems: [msg]}, `reference: ${msg}`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    const msg = `not valid JSON: ${(e as Error).message}`;
    fail(ExitCode.malformed, {error: 'malformed input', problems: [msg]}, `reference: ${msg}`);
  }
  const {json, exitCode} = runReference(input, checkCall);
  process.stdout.write(formatJson(json) + '\n');
  if (exitCode === ExitCode.malformed) {
    const list = (Array.isArray(json) ? json : [json]).flatMap((j) =>
      j && typeof j === 'object' && 'problems' in j && Array.isArray(j.problems) ? j.problems : [],
    );
    process.stderr.write(`reference: malformed input:\n${list.map((p) => `  - ${String(p)}`).join('\n')}\n`);
  } else if (exitCode === ExitCode.invalid) {
    process.stderr.write('reference: the checker finds the call invalid (see "verdict")\n');
  }
  process.exitCode = exitCode;
}

try {
  main();
} catch (e) {
  const msg = e instanceof Error ? e.message : String(e);
  process.stdout.write(formatJson({error: 'internal error', message: msg}) + '\n');
  process.stderr.write(`reference: internal error: ${msg}\n`);
  process.exitCode = ExitCode.internal;
}
