/** Copied links keep the chosen CANN release (`?cann=`) and nothing else of the query string. */
import {describe, expect, it} from 'vitest';
import {anchorUrl} from '../../links';

describe('anchorUrl and ?cann=', () => {
  it('keeps a known release and drops every other parameter', () => {
    expect(anchorUrl('http://h/operators/X?utm=a&cann=9.0.0#old', 'param-x1')).toBe(
      'http://h/operators/X?cann=9.0.0#param-x1',
    );
    expect(anchorUrl('http://h/en/operators/X?cann=8.0.RC2', 'constraint-a')).toBe(
      'http://h/en/operators/X?cann=8.0.RC2#constraint-a',
    );
  });
  it('drops an unknown release and a missing one', () => {
    expect(anchorUrl('http://h/operators/X?cann=7.0', 'param-x1')).toBe('http://h/operators/X#param-x1');
    expect(anchorUrl('http://h/operators/X?utm=1', 'param-x1')).toBe('http://h/operators/X#param-x1');
  });
});

describe('anchorUrl on a plain static host', () => {
  it('copies the clean, canonical form of a .html address', () => {
    expect(anchorUrl('http://h/operators/X.html#old', 'param-x1')).toBe('http://h/operators/X#param-x1');
    expect(anchorUrl('http://h/en/operators/X.html?cann=9.0.0', 'param-x1')).toBe(
      'http://h/en/operators/X?cann=9.0.0#param-x1',
    );
    expect(anchorUrl('http://h/index.html', 'anchors')).toBe('http://h/#anchors');
    expect(anchorUrl('http://h/operators/X', 'param-x1')).toBe('http://h/operators/X#param-x1');
  });
});
