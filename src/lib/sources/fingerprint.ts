/**
 * Citation fingerprints: a citation stores a hash of the lines it cites, never the text, so a
 * maintainer can tell whether the cited lines are still what they were (scripts/sources.ts).
 * Node only (node:crypto); used by the maintainer scripts and the tests, never by a page.
 */
import {createHash} from 'node:crypto';

/** Split a file into lines (LF or CRLF), 1-based access via index + 1. */
export function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/**
 * The whitespace-normalised form of lines `from`..`to` (1-based, inclusive): each line trimmed and
 * every run of whitespace collapsed to one space; lines joined with `\n`. Throws when the range
 * lies outside the file.
 */
export function normalisedLines(lines: readonly string[], from: number, to: number): string {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < from || to > lines.length) {
    throw new RangeError(`lines ${from}–${to} are outside the file (1–${lines.length})`);
  }
  return lines
    .slice(from - 1, to)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n');
}

/** The fingerprint of lines `from`..`to`: sha256 of their normalised form, first 16 hex digits. */
export function fingerprint(lines: readonly string[], from: number, to: number): string {
  return createHash('sha256')
    .update(normalisedLines(lines, from, to), 'utf8')
    .digest('hex')
    .slice(0, 16);
}

/**
 * Where a block of `length` lines with fingerprint `hash` sits in `lines` now: the first start line
 * (1-based) whose block matches, preferring `near` when it matches; null when none does.
 */
export function findBlock(lines: readonly string[], length: number, hash: string, near?: number): number | null {
  if (near !== undefined && near >= 1 && near + length - 1 <= lines.length) {
    if (fingerprint(lines, near, near + length - 1) === hash) return near;
  }
  for (let from = 1; from + length - 1 <= lines.length; from++) {
    if (fingerprint(lines, from, from + length - 1) === hash) return from;
  }
  return null;
}
