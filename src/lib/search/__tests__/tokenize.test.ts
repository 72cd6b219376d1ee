import {describe, expect, it} from 'vitest';
import {tokenize, tokenizeDetailed} from '../tokenize';

describe('tokenize: ASCII identifiers and numbers', () => {
  it('keeps identifiers whole and lower-cases them', () => {
    const t = tokenize('FRACTAL_NZ x1 int8 INT8 65535 161002 2147483647', 'en');
    for (const term of ['fractal_nz', 'x1', 'int8', '65535', '161002', '2147483647']) expect(t).toContain(term);
    expect(t.filter((x) => x === 'int8')).toHaveLength(2);
  });

  it('adds the parts of underscore and hyphen compounds', () => {
    expect(tokenize('FRACTAL_NZ', 'en')).toEqual(['fractal_nz', 'fractal', 'nz']);
    expect(tokenize('last-dim-max', 'en')).toEqual(['last-dim-max', 'last', 'dim', 'max']);
  });

  it('splits environment assignments at "="', () => {
    const t = tokenize('HCCL_DETERMINISTIC=true', 'en');
    expect(t).toContain('hccl_deterministic');
    expect(t).toContain('true');
    expect(t).not.toContain('hccl_deterministic=true');
  });

  it('keeps camelCase whole and adds its parts', () => {
    expect(tokenize('pertokenScaleOptional', 'en')).toEqual(['pertokenscaleoptional', 'pertoken', 'scale', 'optional']);
    expect(tokenize('aclnnQuantMatmulAllReduceV2', 'en')).toEqual([
      'aclnnquantmatmulallreducev2',
      'aclnn',
      'quant',
      'matmul',
      'all',
      'reduce',
      'v2',
    ]);
    expect(tokenize('ACLNN_ERR_PARAM_INVALID', 'en')).toEqual([
      'aclnn_err_param_invalid',
      'aclnn',
      'err',
      'param',
      'invalid',
    ]);
  });

  it('does not split letters from digits and keeps single letters', () => {
    expect(tokenize('x1 x3Optional m k n', 'en')).toEqual(['x1', 'x3optional', 'x3', 'optional', 'm', 'k', 'n']);
  });

  it('marks whole words and parts, and adds English singulars as parts', () => {
    expect(tokenizeDetailed('constraints bias class', 'en')).toEqual([
      {term: 'constraints', kind: 'word'},
      {term: 'constraint', kind: 'part'},
      {term: 'bias', kind: 'word'},
      {term: 'class', kind: 'word'},
    ]);
  });

  it('normalises full-width digits and letters (NFKC)', () => {
    expect(tokenize('６５５３５ ＩＮＴ８', 'zh-Hans')).toEqual(['65535', 'int8']);
  });
});

describe('tokenize: Chinese', () => {
  it('emits segmenter words plus every character bigram of a CJK run', () => {
    const t = tokenizeDetailed('确定性计算', 'zh-Hans');
    const bigrams = t.filter((x) => x.kind === 'bigram').map((x) => x.term);
    expect(bigrams).toEqual(['确定', '定性', '性计', '计算']);
    const words = t.filter((x) => x.kind === 'word').map((x) => x.term);
    expect(words.join('')).toBe('确定性计算');
    expect(words.length).toBeGreaterThan(1);
  });

  it('covers any two-character query with bigrams, whatever the segmenter does', () => {
    // "量化" must match "伪量化" even when the segmenter cuts 伪量化 differently.
    expect(tokenize('伪量化', 'zh-Hans')).toContain('量化');
  });

  it('handles mixed ASCII and Chinese text', () => {
    const t = tokenize('pertokenScaleOptional 的 shape', 'zh-Hans');
    expect(t).toEqual(['pertokenscaleoptional', 'pertoken', 'scale', 'optional', '的', 'shape']);
    const t2 = tokenize('不支持空Tensor', 'zh-Hans');
    expect(t2).toContain('tensor');
    expect(t2).toContain('支持');
  });

  it('ignores punctuation and symbols', () => {
    expect(tokenize('（m, k）：≤ 64；', 'zh-Hans')).toEqual(['m', 'k', '64']);
    expect(tokenize('', 'zh-Hans')).toEqual([]);
  });
});
