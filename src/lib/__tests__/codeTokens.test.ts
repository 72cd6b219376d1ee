import {describe, expect, it} from 'vitest';
import {decodeLines, encodeLines} from '../codeTokens';
import {highlightCompact, highlightLines} from '../highlight';

describe('build-time highlighting', () => {
  it('tokenizes C++ with Prism classes, one array per line', () => {
    const lines = highlightLines('int main() {\n  return 0; // done\n}\n', 'cpp');
    expect(lines).toHaveLength(3);
    expect(lines[0][0]).toEqual(['token keyword', 'int']);
    expect(lines[1].find(([c]) => c.includes('comment'))).toEqual(['token comment', '// done']);
    expect(lines.map((l) => l.map(([, t]) => t).join('')).join('\n')).toBe('int main() {\n  return 0; // done\n}');
  });

  it('leaves unknown languages as plain text', () => {
    expect(highlightLines('a <b>\nc', 'nosuchlang')).toEqual([[['', 'a <b>']], [['', 'c']]]);
  });

  it('the compact encoding round-trips and keeps the text', () => {
    const code = '#include "acl/acl.h"\nint x = 0x1F;\n\n// end';
    const lines = highlightLines(code, 'cpp');
    const compact = highlightCompact(code, 'cpp');
    expect(compact.text).toBe(code);
    expect(decodeLines(compact)).toEqual(lines);
    expect(decodeLines(encodeLines([]))).toEqual([[]]);
  });
});
