/**
 * Highlights fenced code blocks at build time: `pre > code.language-xxx` gets its text
 * replaced by one `span.code-line` per line holding `span.token …` elements (Prism classes).
 * The browser receives ready-made markup and no highlighter (src/theme/CodeBlock renders it).
 */
import {highlightLines} from '../lib/highlight';

interface HastText {
  type: 'text';
  value: string;
}
interface HastElement {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children: HastNode[];
}
type HastNode = HastText | HastElement | {type: string; children?: HastNode[]};

function textOf(node: HastNode): string {
  if (node.type === 'text') return (node as HastText).value;
  return ((node as HastElement).children ?? []).map(textOf).join('');
}

function languageOf(code: HastElement): string | undefined {
  const cls = code.properties?.className;
  const list = Array.isArray(cls) ? cls.map(String) : typeof cls === 'string' ? cls.split(/\s+/) : [];
  return list.find((c) => c.startsWith('language-'))?.slice('language-'.length);
}

/** hast for highlighted lines: line spans separated by newline text nodes (copyable as text). */
export function linesToHast(code: string, lang: string | undefined): HastNode[] {
  const out: HastNode[] = [];
  highlightLines(code, lang).forEach((line, i, all) => {
    out.push({
      type: 'element',
      tagName: 'span',
      properties: {className: ['code-line']},
      children: line.map(([cls, value]) =>
        cls
          ? {
              type: 'element',
              tagName: 'span',
              properties: {className: cls.split(' ')},
              children: [{type: 'text', value}],
            }
          : {type: 'text', value},
      ),
    } as HastElement);
    if (i < all.length - 1) out.push({type: 'text', value: '\n'});
  });
  return out;
}

export default function rehypePrism() {
  return (tree: HastNode): void => {
    const visit = (node: HastNode) => {
      const el = node as HastElement;
      if (el.type === 'element' && el.tagName === 'pre') {
        const code = el.children.find((c) => (c as HastElement).tagName === 'code') as HastElement | undefined;
        if (code) {
          code.children = linesToHast(textOf(code), languageOf(code));
          return;
        }
      }
      for (const child of el.children ?? []) visit(child);
    };
    visit(tree);
  };
}
