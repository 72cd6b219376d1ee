/**
 * Compact form of build-time highlighted code (browser-safe, no highlighter): the plain text
 * plus runs of `[length, class index]` over it. About 2.5× smaller than per-token arrays,
 * which matters because it ships in the page's JavaScript.
 */

/** One token: its class names ('' for plain text) and its text (never contains a newline). */
export type CodeToken = [classes: string, text: string];
export type CodeLines = CodeToken[][];

export interface CompactCode {
  text: string;
  /** Distinct class strings ('' = plain). */
  classes: string[];
  /** Flattened pairs: length of a run of `text`, index into `classes`. */
  runs: number[];
}

/**
 * @example encodeLines([[['keyword', 'int'], ['', ' x;']]]) // {text: 'int x;', classes: ['keyword', ''], runs: [3, 0, 3, 1]}
 */
export function encodeLines(lines: CodeLines): CompactCode {
  const classes: string[] = [];
  const runs: number[] = [];
  const parts: string[] = [];
  const push = (cls: string, text: string) => {
    let i = classes.indexOf(cls);
    if (i < 0) i = classes.push(cls) - 1;
    runs.push(text.length, i);
    parts.push(text);
  };
  lines.forEach((line, n) => {
    for (const [cls, text] of line) push(cls, text);
    if (n < lines.length - 1) push('', '\n');
  });
  return {text: parts.join(''), classes, runs};
}

/** Back to lines of tokens (inverse of encodeLines). */
export function decodeLines(code: CompactCode): CodeLines {
  const lines: CodeLines = [[]];
  let at = 0;
  for (let i = 0; i < code.runs.length; i += 2) {
    const text = code.text.slice(at, at + code.runs[i]);
    at += code.runs[i];
    if (text === '\n') lines.push([]);
    else lines[lines.length - 1].push([code.classes[code.runs[i + 1]] ?? '', text]);
  }
  return lines;
}
