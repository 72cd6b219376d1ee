/**
 * Build-time syntax highlighting (Node only): code → lines of tokens, using Prism. The site
 * ships no highlighter to the browser; pages carry the tokens (MDX code blocks through
 * rehype-prism, the operator samples and prototypes through the operator-specs plugin) and
 * src/theme/CodeBlock renders them as spans. The token class names are Prism's.
 */
import Prism from 'prismjs';
import loadLanguages from 'prismjs/components/index';

import {encodeLines, type CodeLines, type CodeToken, type CompactCode} from './codeTokens';

export type {CodeLines, CodeToken, CompactCode};

const Aliases: Record<string, string> = {
  sh: 'bash',
  shell: 'bash',
  console: 'bash',
  'c++': 'cpp',
  h: 'c',
  jsonc: 'json',
};
const Supported = ['c', 'cpp', 'bash', 'json', 'javascript', 'typescript'];
loadLanguages(Supported);

/** The Prism grammar name for a fence language, or null when it is not highlighted. */
export function grammarName(lang: string | undefined): string | null {
  if (!lang) return null;
  const name = Aliases[lang.toLowerCase()] ?? lang.toLowerCase();
  return Prism.languages[name] ? name : null;
}

type Stream = (string | Prism.Token)[];

/**
 * Highlight `code` as `lang` and split it into lines (a trailing newline is dropped).
 * Unknown languages give one plain token per line.
 * @example highlightLines('int x;', 'cpp') // [[['keyword', 'int'], ['', ' x'], ['punctuation', ';']]]
 */
export function highlightLines(code: string, lang: string | undefined): CodeLines {
  const text = code.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  const name = grammarName(lang);
  const flat: CodeToken[] = [];
  const walk = (stream: Stream, classes: string[]) => {
    for (const t of stream) {
      if (typeof t === 'string') flat.push([classes.join(' '), t]);
      else {
        const alias = Array.isArray(t.alias) ? t.alias : t.alias ? [t.alias] : [];
        const own = ['token', t.type, ...alias];
        const content = t.content;
        walk(Array.isArray(content) ? content : [content as string | Prism.Token], [...classes, ...own]);
      }
    }
  };
  walk(name ? Prism.tokenize(text, Prism.languages[name]) : [text], []);
  const lines: CodeLines = [[]];
  for (const [cls, value] of flat) {
    value.split('\n').forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part !== '') lines[lines.length - 1].push([[...new Set(cls.split(' ').filter(Boolean))].join(' '), part]);
    });
  }
  return lines;
}

/** Highlight and encode compactly for shipping to the browser (see codeTokens.ts). */
export function highlightCompact(code: string, lang: string | undefined): CompactCode {
  return encodeLines(highlightLines(code, lang));
}
