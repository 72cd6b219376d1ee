/**
 * Relaxed matching of a cited block for the version scan: upstream files get reformatted between
 * releases (tables become lists, code is re-indented or re-wrapped), which changes the exact
 * fingerprint without changing the fact. A block counts as `similar` at a release when most of its
 * significant lines, stripped of markup, whitespace and punctuation, occur in the file there.
 * Pure; used by scripts/versions.ts (the text is read from local clones and never stored).
 */

/**
 * A line without markup (HTML tags and comments, table pipes, list and emphasis markers), whitespace
 * or punctuation; a table's support marks read as the words a list uses (√ = 支持, × = 不支持).
 */
export function relaxedLine(line: string): string {
  return line
    .replace(/√/g, '支持')
    .replace(/×/g, '不支持')
    .replace(/<!--.*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/[\s|`*_#>\-:;,.，。：；、（）()[\]{}"'“”‘’!！?？=+/\\]/g, '');
}

/** Relaxed lines shorter than this carry too little to match on (braces, `return ret;`). */
export const MinSignificant = 6;

/**
 * Lines that only log (and the message lines of a log call): their wording changes between releases
 * (e.g. `OP_LOGE` → `OP_LOGE_FOR_INVALID_VALUE_WITH_REASON`) without changing the check.
 */
export function isLogLine(line: string): boolean {
  return /\bOP_LOG[A-Z_]*\s*\(|^\s*"[^"]*"\s*[,)]|^\s*"[^"]*"\s*$/.test(line);
}

/**
 * Is `block` (the cited lines as read at the pinned commit) similar to something in `file`? True
 * when at least `threshold` of the block's significant relaxed lines occur in the relaxed file
 * (lines joined, so re-wrapping does not matter); false when the block has no significant line.
 */
export function similarBlock(file: readonly string[], block: readonly string[], threshold = 0.8): boolean {
  const wanted = block
    .filter((l) => !isLogLine(l))
    .map(relaxedLine)
    .filter((l) => l.length >= MinSignificant);
  if (wanted.length === 0) return false;
  const haystack = file.map(relaxedLine).join('');
  const hits = wanted.filter((l) => haystack.includes(l)).length;
  return hits / wanted.length >= threshold;
}
