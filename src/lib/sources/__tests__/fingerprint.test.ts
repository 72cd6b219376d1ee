import {createHash} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {findBlock, fingerprint, normalisedLines, splitLines} from '../fingerprint';

const file = splitLines('alpha\r\n  beta   gamma\t\n\ndelta\nbeta gamma\n');

describe('citation fingerprints', () => {
  it('normalises whitespace per line and keeps line breaks', () => {
    expect(normalisedLines(file, 2, 4)).toBe('beta gamma\n\ndelta');
  });

  it('is the first 16 hex digits of sha256 of the normalised lines', () => {
    const expected = createHash('sha256').update('alpha\nbeta gamma').digest('hex').slice(0, 16);
    expect(fingerprint(file, 1, 2)).toBe(expected);
    expect(fingerprint(file, 1, 2)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('ignores re-indentation but not a changed word', () => {
    const reindented = splitLines('alpha\n\t\tbeta gamma');
    expect(fingerprint(reindented, 1, 2)).toBe(fingerprint(file, 1, 2));
    const changed = splitLines('alpha\nbeta delta');
    expect(fingerprint(changed, 1, 2)).not.toBe(fingerprint(file, 1, 2));
  });

  it('rejects ranges outside the file or reversed', () => {
    expect(() => fingerprint(file, 0, 1)).toThrow(RangeError);
    expect(() => fingerprint(file, 3, 2)).toThrow(RangeError);
    expect(() => fingerprint(file, 1, file.length + 1)).toThrow(/outside the file/);
  });

  it('finds a moved block, preferring the original position', () => {
    const hash = fingerprint(file, 2, 2);
    expect(findBlock(file, 1, hash, 2)).toBe(2);
    expect(findBlock(file, 1, hash, 5)).toBe(5);
    expect(findBlock(file, 1, hash)).toBe(2);
    const shifted = ['new line', ...file];
    expect(findBlock(shifted, 3, fingerprint(file, 2, 4), 2)).toBe(3);
    expect(findBlock(file, 1, '0000000000000000', 1)).toBeNull();
  });
});
